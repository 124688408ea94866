// Tables of 0006_reminders.sql.
import { boolean, date, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.ts';

export const reminderRules = pgTable('reminder_rules', {
  planId: uuid('plan_id').primaryKey(),
  enabled: boolean('enabled').notNull().default(true),
  daysBefore: jsonb('days_before').$type<number[]>().notNull(),
  onDueDay: boolean('on_due_day').notNull().default(true),
  overdueEveryDays: integer('overdue_every_days'),
  overdueMaxCount: integer('overdue_max_count'),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by'),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id').primaryKey(),
  inApp: boolean('in_app').notNull().default(true),
  email: boolean('email').notNull().default(true),
  emailDigest: boolean('email_digest').notNull().default(true),
  emailEvents: boolean('email_events').notNull().default(true),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export const reminderLog = pgTable('reminder_log', {
  id: uuid('id').primaryKey(),
  obligationId: uuid('obligation_id').notNull(),
  offsetDays: integer('offset_days').notNull(),
  userId: uuid('user_id').notNull(),
  role: text('role').notNull(),
  planId: uuid('plan_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  reminderDate: date('reminder_date').notNull(),
  inApp: boolean('in_app').notNull(),
  emailStatus: text('email_status').notNull(),
  outboxId: uuid('outbox_id'),
  createdAt: tz('created_at').notNull(),
});

export interface OutboxAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export const emailOutbox = pgTable('email_outbox', {
  id: uuid('id').primaryKey(),
  dedupeKey: text('dedupe_key').notNull(),
  kind: text('kind').notNull(),
  userId: uuid('user_id').notNull(),
  toAddress: text('to_address'),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  htmlBody: text('html_body').notNull(),
  attachments: jsonb('attachments').$type<OutboxAttachment[]>().notNull().default([]),
  digestDate: date('digest_date'),
  notificationId: uuid('notification_id'),
  status: text('status').notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: tz('next_attempt_at').notNull(),
  lockedBy: text('locked_by'),
  lockedUntil: tz('locked_until'),
  lastError: text('last_error'),
  createdAt: tz('created_at').notNull(),
  sentAt: tz('sent_at'),
});
