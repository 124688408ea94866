// API calls of the per-plan reminder settings and the coordinator's log of reminders sent.
import type { PlanSummaryDto, ReminderLogListDto, ReminderSettingsDto, ReminderSettingsResponseDto } from '@dvcq/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export interface ReminderLogQuery {
  planId?: string | undefined;
  unitId?: string | undefined;
}

export const reminderKeys = {
  settings: (planId: string) => ['reminder-settings', planId] as const,
  log: (q: ReminderLogQuery) => ['reminder-log', q] as const,
  publishedPlans: ['plans', 'published-for-reminders'] as const,
};

export const remindersApi = {
  settings: (planId: string) => api.get<ReminderSettingsResponseDto>(`/api/plans/${planId}/reminder-settings`),
  saveSettings: (planId: string, body: ReminderSettingsDto & { expectedVersion: number }) =>
    api.put<ReminderSettingsResponseDto>(`/api/plans/${planId}/reminder-settings`, body),
  log: (q: ReminderLogQuery) => api.get<ReminderLogListDto>('/api/reminders/log', { ...q, limit: 500 }),
  publishedPlans: () => api.get<PlanSummaryDto[]>('/api/plans', { status: 'published', limit: 200 }),
};

export function usePublishedPlans() {
  return useQuery({ queryKey: reminderKeys.publishedPlans, queryFn: remindersApi.publishedPlans, staleTime: 60_000 });
}

export function useReminderLog(q: ReminderLogQuery) {
  return useQuery({ queryKey: reminderKeys.log(q), queryFn: () => remindersApi.log(q) });
}
