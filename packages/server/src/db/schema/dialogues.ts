// Tables of 0013_dialogues.sql.
import { date, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.ts';

export const dialogues = pgTable('dialogues', {
  id: uuid('id').primaryKey(),
  unitId: uuid('unit_id').notNull(),
  heldOn: date('held_on').notNull(),
  place: text('place').notNull(),
  chair: text('chair').notNull(),
  participants: text('participants').notNull().default(''),
  attendance: integer('attendance').notNull(),
  topics: jsonb('topics').$type<string[]>().notNull().default([]),
  questions: jsonb('questions').$type<{ topic: string; count: number }[]>().notNull().default([]),
  minutesFileId: uuid('minutes_file_id'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull(),
  updatedAt: tz('updated_at').notNull(),
  /** Closed by its unit (0020): read-only until a coordinator reopens it. */
  closedAt: tz('closed_at'),
  closedBy: uuid('closed_by'),
});

export const dialogueConclusions = pgTable('dialogue_conclusions', {
  id: uuid('id').primaryKey(),
  dialogueId: uuid('dialogue_id').notNull(),
  position: integer('position').notNull(),
  content: text('content').notNull(),
  assigneeUnitId: uuid('assignee_unit_id').notNull(),
  assigneeUserId: uuid('assignee_user_id'),
  dueDate: date('due_date').notNull(),
  status: text('status').notNull().default('open'),
  closedOn: date('closed_on'),
  closeNote: text('close_note'),
  createdAt: tz('created_at').notNull(),
  updatedAt: tz('updated_at').notNull(),
});

export const dialogueConclusionUpdates = pgTable('dialogue_conclusion_updates', {
  id: uuid('id').primaryKey(),
  conclusionId: uuid('conclusion_id').notNull(),
  status: text('status').notNull(),
  onDate: date('on_date').notNull(),
  note: text('note'),
  evidenceFileId: uuid('evidence_file_id'),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull(),
});

export const dialogueConclusionReminders = pgTable('dialogue_conclusion_reminders', {
  id: uuid('id').primaryKey(),
  conclusionId: uuid('conclusion_id').notNull(),
  offsetDays: integer('offset_days').notNull(),
  userId: uuid('user_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  reminderDate: date('reminder_date').notNull(),
  createdAt: tz('created_at').notNull(),
  /** pending | queued (in a digest, outboxId) | skipped | obsolete — as reminder_log.email_status (0016). */
  emailStatus: text('email_status').notNull().default('pending'),
  outboxId: uuid('outbox_id'),
});

export const complaintStatistics = pgTable('complaint_statistics', {
  id: uuid('id').primaryKey(),
  unitId: uuid('unit_id').notNull(),
  year: integer('year').notNull(),
  periodKind: text('period_kind').notNull(),
  kind: text('kind').notNull(),
  received: integer('received').notNull(),
  inCompetence: integer('in_competence').notNull(),
  resolved: integer('resolved').notNull(),
  resolvedOnTime: integer('resolved_on_time').notNull(),
  pending: integer('pending').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: tz('updated_at').notNull(),
});
