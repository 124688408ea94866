// API calls of the bell (latest notifications, marking one read) and of "Cách nhận thông báo".
import { useQuery } from '@tanstack/react-query';
import type { NotificationListDto, NotificationPreferencesDto, NotificationPreferencesResponseDto } from '@dvcq/shared';
import { api } from '../../api/client.ts';

export const notificationKeys = {
  list: ['notifications'] as const,
  prefs: ['notification-preferences'] as const,
};

export const notificationsApi = {
  list: () => api.get<NotificationListDto>('/api/notifications', { limit: 20 }),
  markRead: (id: string) => api.post(`/api/notifications/${id}/read`),
  preferences: () => api.get<NotificationPreferencesResponseDto>('/api/me/notification-preferences'),
  savePreferences: (p: NotificationPreferencesDto) => api.put<NotificationPreferencesResponseDto>('/api/me/notification-preferences', p),
};

/** Polls every minute: reminders are created by the server's tick. */
export function useNotifications() {
  return useQuery({ queryKey: notificationKeys.list, queryFn: notificationsApi.list, refetchInterval: 60_000 });
}

export function usePreferences(options: { staleTime?: number } = {}) {
  return useQuery({ queryKey: notificationKeys.prefs, queryFn: notificationsApi.preferences, ...options });
}
