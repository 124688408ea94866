// Reminders and e-mail (issue #7): a person's notification preferences, a plan's reminder settings and
// the coordinator's view of what was sent to whom.
import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

export const notificationPreferences = z.object({
  /** In-app reminders (the bell). Events about one's own work are always shown in the app. */
  inApp: z.boolean(),
  /** E-mail at all. */
  email: z.boolean(),
  /** Deadline reminders as one e-mail a day. */
  emailDigest: z.boolean(),
  /** Returned reports, appraisal changes and published rankings by e-mail at once. */
  emailEvents: z.boolean(),
});
export type NotificationPreferencesDto = z.infer<typeof notificationPreferences>;
export const notificationPreferencesResponse = notificationPreferences.extend({
  emailAddress: z.string().nullable(),
  /** False when the server has no SMTP configured: e-mail choices are kept but nothing is sent. */
  emailAvailable: z.boolean(),
});
export type NotificationPreferencesResponseDto = z.infer<typeof notificationPreferencesResponse>;

const dayCount = z.number().int().min(1).max(60);
export const reminderSettings = z.object({
  enabled: z.boolean(),
  daysBefore: z.array(dayCount).max(10),
  onDueDay: z.boolean(),
  overdueEveryDays: dayCount.nullable(),
  overdueMaxCount: z.number().int().min(1).max(100).nullable(),
});
export type ReminderSettingsDto = z.infer<typeof reminderSettings>;
export const reminderSettingsResponse = reminderSettings.extend({
  planId: uuid,
  isDefault: z.boolean(),
  version: z.number().int(),
});
export type ReminderSettingsResponseDto = z.infer<typeof reminderSettingsResponse>;
export const updateReminderSettingsRequest = reminderSettings.extend({ expectedVersion: z.number().int() });

export const reminderLogQuery = z.object({
  planId: uuid.optional(),
  unitId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export const REMINDER_EMAIL_STATES = ['pending', 'queued', 'sending', 'sent', 'failed', 'skipped', 'obsolete'] as const;
export const reminderLogEntry = z.object({
  id: uuid,
  createdAt: z.string(),
  reminderDate: isoDate,
  userId: uuid,
  userName: z.string(),
  role: z.string(),
  unitId: uuid,
  unitName: z.string(),
  planId: uuid,
  planNumber: z.string().nullable(),
  obligationId: uuid,
  title: z.string(),
  dueDate: z.string(),
  deadlineText: z.string(),
  offsetDays: z.number().int(),
  /** "7 ngày trước hạn", "đúng ngày hạn cuối", "quá hạn 3 ngày". */
  offsetLabel: z.string(),
  inApp: z.boolean(),
  email: z.enum(REMINDER_EMAIL_STATES),
  emailSentAt: z.string().nullable(),
});
export type ReminderLogEntryDto = z.infer<typeof reminderLogEntry>;
/** A reminder of a dialogue conclusion (issue 13): in-app at once, then in the person's e-mail digest. */
export const conclusionReminderLogEntry = z.object({
  id: uuid,
  createdAt: z.string(),
  reminderDate: isoDate,
  userName: z.string(),
  unitId: uuid,
  unitName: z.string(),
  conclusionId: uuid,
  content: z.string(),
  dueDate: z.string(),
  offsetDays: z.number().int(),
  offsetLabel: z.string(),
  email: z.enum(REMINDER_EMAIL_STATES),
  emailSentAt: z.string().nullable(),
});
export type ConclusionReminderLogEntryDto = z.infer<typeof conclusionReminderLogEntry>;
/** A reminder of a unit's KPI row lagging as its period's end nears (issue 12): in-app at once, then in the digest. */
export const kpiReminderLogEntry = z.object({
  id: uuid,
  createdAt: z.string(),
  reminderDate: isoDate,
  userName: z.string(),
  unitId: uuid,
  unitName: z.string(),
  rowId: uuid,
  rowLabel: z.string(),
  /** What the unit read that day: "Còn thiếu 2 tin/bài trên … trong quý IV năm 2026". */
  sentence: z.string(),
  status: z.enum(['red', 'amber']),
  periodEnd: isoDate,
  offsetDays: z.number().int(),
  offsetLabel: z.string(),
  email: z.enum(REMINDER_EMAIL_STATES),
  emailSentAt: z.string().nullable(),
});
export type KpiReminderLogEntryDto = z.infer<typeof kpiReminderLogEntry>;
export const reminderLogList = z.object({
  items: z.array(reminderLogEntry),
  total: z.number().int(),
  /** Reminders of dialogue conclusions in the same scope (none when the log is filtered by a plan). */
  conclusions: z.array(conclusionReminderLogEntry).default([]),
  conclusionTotal: z.number().int().default(0),
  /** Reminders of lagging KPI rows in the same scope (none when the log is filtered by a plan). */
  kpiRows: z.array(kpiReminderLogEntry).default([]),
  kpiTotal: z.number().int().default(0),
});
export type ReminderLogListDto = z.infer<typeof reminderLogList>;
