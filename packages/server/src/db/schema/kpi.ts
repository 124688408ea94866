// Tables of 0011_kpi.sql and kpi_reminders of 0020.
import { boolean, date, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.ts';

export const kpiSets = pgTable('kpi_sets', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull(),
  issuerUnitId: uuid('issuer_unit_id').notNull(),
  year: integer('year').notNull(),
  title: text('title').notNull(),
  greenPercent: integer('green_percent').notNull().default(100),
  amberPercent: integer('amber_percent').notNull().default(80),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export const kpiRows = pgTable('kpi_rows', {
  id: uuid('id').primaryKey(),
  setId: uuid('set_id').notNull(),
  position: integer('position').notNull(),
  label: text('label').notNull(),
  target: integer('target').notNull(),
  comparator: text('comparator').notNull(),
  measure: text('measure').notNull(),
  channel: text('channel').notNull(),
  unitId: uuid('unit_id'),
  unitKind: text('unit_kind'),
  leadUnitId: uuid('lead_unit_id'),
  periodKind: text('period_kind').notNull(),
  periodFrom: date('period_from'),
  periodUntil: date('period_until'),
  removedAt: tz('removed_at'),
});

export const kpiEvidence = pgTable('kpi_evidence', {
  id: uuid('id').primaryKey(),
  setId: uuid('set_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  publishedOn: date('published_on').notNull(),
  title: text('title').notNull(),
  channel: text('channel').notNull(),
  url: text('url'),
  urlKey: text('url_key'),
  fileId: uuid('file_id'),
  visits: integer('visits'),
  linkCheck: text('link_check').notNull().default('unchecked'),
  linkCheckedAt: tz('link_checked_at'),
  status: text('status').notNull().default('pending'),
  reviewReason: text('review_reason'),
  reviewedBy: uuid('reviewed_by'),
  reviewedAt: tz('reviewed_at'),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull().defaultNow(),
});

export const kpiEvidenceRows = pgTable(
  'kpi_evidence_rows',
  {
    evidenceId: uuid('evidence_id').notNull(),
    rowId: uuid('row_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.evidenceId, t.rowId] })],
);

/** A unit's KPI row lagging as its period's end nears, one row per stage × person (0020). */
export const kpiReminders = pgTable('kpi_reminders', {
  id: uuid('id').primaryKey(),
  rowId: uuid('row_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  periodEnd: date('period_end').notNull(),
  offsetDays: integer('offset_days').notNull(),
  userId: uuid('user_id').notNull(),
  status: text('status').notNull(),
  sentence: text('sentence').notNull(),
  reminderDate: date('reminder_date').notNull(),
  inApp: boolean('in_app').notNull(),
  /** pending | queued (in a digest, outboxId) | skipped | obsolete — as reminder_log.email_status. */
  emailStatus: text('email_status').notNull().default('pending'),
  outboxId: uuid('outbox_id'),
  createdAt: tz('created_at').notNull(),
});
