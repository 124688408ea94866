// API calls of the per-plan reminder settings and the coordinator's log of reminders sent.
import type { PlanSummaryDto, ReminderLogListDto, ReminderSettingsDto, ReminderSettingsResponseDto } from '@dvcq/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export const reminderKeys = {
  settings: (planId: string) => ['reminder-settings', planId] as const,
  log: (q: { planId?: string | undefined; unitId?: string | undefined }) => ['reminder-log', q] as const,
  publishedPlans: ['plans', 'published-for-reminders'] as const,
};

/** operationId getReminderSettings */
export const fetchReminderSettings = (planId: string) => api.get<ReminderSettingsResponseDto>(`/api/plans/${planId}/reminder-settings`);
/** operationId updateReminderSettings */
export const saveReminderSettings = (planId: string, body: ReminderSettingsDto & { expectedVersion: number }) =>
  api.put<ReminderSettingsResponseDto>(`/api/plans/${planId}/reminder-settings`, body);
/** operationId listReminderLog */
export const fetchReminderLog = (q: { planId?: string | undefined; unitId?: string | undefined }) => api.get<ReminderLogListDto>('/api/reminders/log', { ...q, limit: 500 });

export function usePublishedPlans() {
  return useQuery({
    queryKey: reminderKeys.publishedPlans,
    queryFn: () => api.get<PlanSummaryDto[]>('/api/plans', { status: 'published', limit: 200 }),
    staleTime: 60_000,
  });
}

export function useReminderLog(q: { planId?: string | undefined; unitId?: string | undefined }) {
  return useQuery({ queryKey: reminderKeys.log(q), queryFn: () => fetchReminderLog(q) });
}

/** "7 ngày trước hạn", "đúng ngày hạn", "sau hạn: cứ 3 ngày nhắc một lần (tối đa 5 lần)". */
export function describeReminderSchedule(s: Pick<ReminderSettingsDto, 'daysBefore' | 'onDueDay' | 'overdueEveryDays' | 'overdueMaxCount'>): string[] {
  const lines = [...new Set(s.daysBefore)].sort((a, b) => b - a).map((d) => `${d} ngày trước hạn`);
  if (s.onDueDay) lines.push('đúng ngày hạn');
  if (s.overdueEveryDays) {
    const every = s.overdueEveryDays === 1 ? 'sau hạn: ngày nào cũng nhắc' : `sau hạn: cứ ${s.overdueEveryDays} ngày nhắc một lần`;
    lines.push(s.overdueMaxCount ? `${every} (tối đa ${s.overdueMaxCount} lần)` : every);
  }
  return lines;
}
