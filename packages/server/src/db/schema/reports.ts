// Tables of 0003_reports.sql.
import { date, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.ts';

export interface ReportFormSectionRow {
  code: string;
  title: string;
  hint: string | null;
}
export interface ReportIndicatorRow {
  code: string;
  name: string;
  type: 'integer' | 'money' | 'percent' | 'date' | 'text';
  unit: string | null;
  required: boolean;
  min: number | null;
  max: number | null;
  rollup: 'sum' | 'average' | 'min' | 'max' | 'none';
  group: string | null;
  /** Report source key the value is pre-filled from (@dvcq/domain REPORT_SOURCE_KEYS); absent in forms saved before. */
  source?: string | null;
}
export interface ReportRuleRow {
  left: string;
  op: '<=' | '<' | '=' | '>=' | '>';
  right: string | number;
  message: string | null;
}
export type StoredValue = number | string;
export interface VersionAttachment {
  fileId: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

export const reportForms = pgTable('report_forms', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull(),
  periodKind: text('period_kind').notNull(),
  periodYear: integer('period_year').notNull(),
  title: text('title').notNull(),
  sections: jsonb('sections').$type<ReportFormSectionRow[]>().notNull().default([]),
  indicators: jsonb('indicators').$type<ReportIndicatorRow[]>().notNull().default([]),
  rules: jsonb('rules').$type<ReportRuleRow[]>().notNull().default([]),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export const reports = pgTable('reports', {
  id: uuid('id').primaryKey(),
  obligationId: uuid('obligation_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  formId: uuid('form_id').notNull(),
  status: text('status').notNull().default('draft'),
  version: integer('version').notNull().default(1),
  sections: jsonb('sections').$type<Record<string, string>>().notNull().default({}),
  values: jsonb('values').$type<Record<string, StoredValue>>().notNull().default({}),
  cutOffDate: date('cut_off_date'),
  submissionCount: integer('submission_count').notNull().default(0),
  signerName: text('signer_name'),
  signerTitle: text('signer_title'),
  submittedBy: uuid('submitted_by'),
  submittedAt: tz('submitted_at'),
  decidedBy: uuid('decided_by'),
  decidedAt: tz('decided_at'),
  reopenedReason: text('reopened_reason'),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export const reportVersions = pgTable('report_versions', {
  id: uuid('id').primaryKey(),
  reportId: uuid('report_id').notNull(),
  number: integer('number').notNull(),
  sections: jsonb('sections').$type<Record<string, string>>().notNull(),
  values: jsonb('values').$type<Record<string, StoredValue>>().notNull(),
  cutOffDate: date('cut_off_date'),
  attachments: jsonb('attachments').$type<VersionAttachment[]>().notNull().default([]),
  signerName: text('signer_name').notNull(),
  signerTitle: text('signer_title'),
  submittedBy: uuid('submitted_by').notNull(),
  submittedAt: tz('submitted_at').notNull(),
});

export const reportReviews = pgTable('report_reviews', {
  id: uuid('id').primaryKey(),
  reportId: uuid('report_id').notNull(),
  versionNumber: integer('version_number').notNull(),
  decision: text('decision').notNull(),
  comment: text('comment'),
  sectionComments: jsonb('section_comments').$type<Record<string, string>>().notNull().default({}),
  decidedBy: uuid('decided_by').notNull(),
  decidedByName: text('decided_by_name').notNull(),
  decidedAt: tz('decided_at').notNull(),
});

export const reportAttachments = pgTable('report_attachments', {
  id: uuid('id').primaryKey(),
  reportId: uuid('report_id').notNull(),
  fileId: uuid('file_id').notNull(),
  addedBy: uuid('added_by'),
  addedAt: tz('added_at').notNull().defaultNow(),
  removedBy: uuid('removed_by'),
  removedAt: tz('removed_at'),
});

export const reportRequestKeys = pgTable(
  'report_request_keys',
  {
    obligationId: uuid('obligation_id').notNull(),
    requestKey: text('request_key').notNull(),
    action: text('action').notNull(),
    resultVersion: integer('result_version'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.obligationId, t.requestKey] })],
);

export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull().default(''),
  link: text('link'),
  entityType: text('entity_type'),
  entityId: text('entity_id'),
  createdAt: tz('created_at').notNull().defaultNow(),
  readAt: tz('read_at'),
});

/** 0010: the coordinator's edited text of a consolidated report, one row per saved version. */
export interface ConsolidatedReportContent {
  /** Edited text per section code of the report form. */
  sections: Record<string, string>;
  number: string | null;
  issuedOn: string | null;
  signerName: string | null;
  signerTitle: string | null;
}
export const consolidatedReportTexts = pgTable('consolidated_report_texts', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull(),
  periodKind: text('period_kind').notNull(),
  periodYear: integer('period_year').notNull(),
  rootUnitId: uuid('root_unit_id').notNull(),
  version: integer('version').notNull(),
  content: jsonb('content').$type<ConsolidatedReportContent>().notNull(),
  savedBy: uuid('saved_by'),
  savedAt: tz('saved_at').notNull().defaultNow(),
});
