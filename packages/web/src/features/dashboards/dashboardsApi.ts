// API calls of the dashboards, the notification bell and the notification preferences.
import type { DashboardDto, NotificationListDto, NotificationPreferencesDto, NotificationPreferencesResponseDto } from '@dvcq/shared';
import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client.ts';

export const dashboardKeys = {
  one: (q: { unitId?: string | undefined; year?: number | undefined }) => ['dashboard', q] as const,
  notifications: ['notifications'] as const,
  prefs: ['notification-preferences'] as const,
};

export const fetchDashboard = (q: { unitId?: string | undefined; year?: number | undefined }) => api.get<DashboardDto>('/api/dashboard', q);
export const fetchNotifications = () => api.get<NotificationListDto>('/api/notifications', { limit: 20 });
export const markNotificationRead = (id: string) => api.post(`/api/notifications/${id}/read`);
export const fetchPreferences = () => api.get<NotificationPreferencesResponseDto>('/api/me/notification-preferences');
export const savePreferences = (p: NotificationPreferencesDto) => api.put<NotificationPreferencesResponseDto>('/api/me/notification-preferences', p);

/** "Tải Excel": the server builds the table behind the chart (same figures as the dashboard). */
export async function downloadDashboardXlsx(q: { unitId?: string | undefined; year?: number | undefined }, chart: string): Promise<void> {
  const params = new URLSearchParams({ chart });
  if (q.unitId) params.set('unitId', q.unitId);
  if (q.year) params.set('year', String(q.year));
  const res = await fetch(`/api/dashboard/export.xlsx?${params}`, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new ApiError(res.status, body?.error?.code ?? 'internal', body?.error?.message ?? 'Không tải được tệp Excel.');
  }
  saveBlob(await res.blob(), `Bang-dieu-khien-${chart}.xlsx`);
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useDashboard(q: { unitId?: string | undefined; year?: number | undefined }) {
  return useQuery({ queryKey: dashboardKeys.one(q), queryFn: () => fetchDashboard(q) });
}
