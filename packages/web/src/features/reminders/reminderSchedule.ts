// A reminder schedule as a person reads it, and the settings form's values to and from the API's shape.
import type { ReminderSettingsDto, ReminderSettingsResponseDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/reminders.ts';

/** "7 ngày trước hạn", "đúng ngày hạn", "sau hạn: cứ 3 ngày nhắc một lần (tối đa 5 lần)". */
export function describeReminderSchedule(
  s: Pick<ReminderSettingsDto, 'daysBefore' | 'onDueDay' | 'overdueEveryDays' | 'overdueMaxCount'>,
): string[] {
  const lines = [...new Set(s.daysBefore)].sort((a, b) => b - a).map((days) => t('reminders.daysBefore', { days }));
  if (s.onDueDay) lines.push(t('reminders.onDueDay'));
  if (s.overdueEveryDays) {
    const every = s.overdueEveryDays === 1 ? t('reminders.overdueDaily') : t('reminders.overdueEvery', { days: s.overdueEveryDays });
    lines.push(s.overdueMaxCount ? t('reminders.overdueMax', { every, count: s.overdueMaxCount }) : every);
  }
  return lines;
}

export interface ReminderFormValues {
  enabled: boolean;
  daysBefore: number[];
  onDueDay: boolean;
  overdueOn: boolean;
  overdueEveryDays: number | null;
  overdueMaxCount: number | null;
}

export const toReminderForm = (s: ReminderSettingsResponseDto): ReminderFormValues => ({
  enabled: s.enabled,
  daysBefore: [...s.daysBefore].sort((a, b) => b - a),
  onDueDay: s.onDueDay,
  overdueOn: s.overdueEveryDays !== null,
  overdueEveryDays: s.overdueEveryDays ?? 3,
  overdueMaxCount: s.overdueMaxCount,
});

export const fromReminderForm = (v: ReminderFormValues): ReminderSettingsDto => ({
  enabled: v.enabled,
  daysBefore: [...new Set(v.daysBefore)].sort((a, b) => b - a),
  onDueDay: v.onDueDay,
  overdueEveryDays: v.overdueOn ? (v.overdueEveryDays ?? null) : null,
  overdueMaxCount: v.overdueOn ? (v.overdueMaxCount ?? null) : null,
});
