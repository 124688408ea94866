import { describeDeadline } from '@dvcq/domain';
import type { ConclusionReminderLogEntryDto, KpiReminderLogEntryDto, ReminderLogListDto, ReminderSettingsResponseDto } from '@dvcq/shared';
import type { ConclusionLogEntry, KpiReminderLogEntry, ReminderLogEntry, ReminderRulesRow } from './reminders.repository.ts';
import { DEFAULT_REMINDER_RULES } from './reminders.rules.ts';

export function presentSettings(planId: string, row: ReminderRulesRow | null): ReminderSettingsResponseDto {
  if (!row) return { planId, ...DEFAULT_REMINDER_RULES, isDefault: true, version: 0 };
  return {
    planId,
    enabled: row.enabled,
    daysBefore: row.daysBefore,
    onDueDay: row.onDueDay,
    overdueEveryDays: row.overdueEveryDays,
    overdueMaxCount: row.overdueMaxCount,
    isDefault: false,
    version: row.version,
  };
}

export function offsetLabel(offset: number): string {
  if (offset > 0) return `${offset} ngày trước hạn`;
  if (offset === 0) return 'đúng ngày hạn cuối';
  return `quá hạn ${-offset} ngày`;
}

type EmailState = ReminderLogListDto['items'][number]['email'];

export const presentConclusionLogEntry = (x: ConclusionLogEntry): ConclusionReminderLogEntryDto => ({
  id: x.r.id,
  createdAt: x.r.createdAt.toISOString(),
  reminderDate: x.r.reminderDate,
  userName: x.userName,
  unitId: x.r.unitId,
  unitName: x.unitName,
  conclusionId: x.r.conclusionId,
  content: x.content,
  dueDate: x.dueDate,
  offsetDays: x.r.offsetDays,
  offsetLabel: offsetLabel(x.r.offsetDays),
  email: (x.r.emailStatus === 'queued' ? (x.outboxStatus ?? 'queued') : x.r.emailStatus) as EmailState,
  emailSentAt: x.sentAt?.toISOString() ?? null,
});

export const presentKpiLogEntry = (x: KpiReminderLogEntry): KpiReminderLogEntryDto => ({
  id: x.r.id,
  createdAt: x.r.createdAt.toISOString(),
  reminderDate: x.r.reminderDate,
  userName: x.userName,
  unitId: x.r.unitId,
  unitName: x.unitName,
  rowId: x.r.rowId,
  rowLabel: x.rowLabel,
  sentence: x.r.sentence,
  status: x.r.status as KpiReminderLogEntryDto['status'],
  periodEnd: x.r.periodEnd,
  offsetDays: x.r.offsetDays,
  offsetLabel: `${x.r.offsetDays} ngày trước khi chốt số liệu`,
  email: (x.r.emailStatus === 'queued' ? (x.outboxStatus ?? 'queued') : x.r.emailStatus) as EmailState,
  emailSentAt: x.sentAt?.toISOString() ?? null,
});

export const presentLogEntry = (x: ReminderLogEntry): ReminderLogListDto['items'][number] => ({
  id: x.r.id,
  createdAt: x.r.createdAt.toISOString(),
  reminderDate: x.r.reminderDate,
  userId: x.r.userId,
  userName: x.userName,
  role: x.r.role,
  unitId: x.r.unitId,
  unitName: x.unitName,
  planId: x.r.planId,
  planNumber: x.planNumber,
  obligationId: x.r.obligationId,
  title: x.title,
  dueDate: x.dueDate,
  deadlineText: describeDeadline({ due: x.dueDate, inclusive: x.inclusive }),
  offsetDays: x.r.offsetDays,
  offsetLabel: offsetLabel(x.r.offsetDays),
  inApp: x.r.inApp,
  // a queued digest reports its e-mail's own state (pending, sent, failed)
  email: (x.r.emailStatus === 'queued' ? (x.outboxStatus ?? 'queued') : x.r.emailStatus) as EmailState,
  emailSentAt: x.sentAt?.toISOString() ?? null,
});
