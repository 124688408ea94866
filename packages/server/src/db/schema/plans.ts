// Tables of 0002_plans.sql.
import { bigint, boolean, date, integer, jsonb, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.ts';

export const files = pgTable('files', {
  id: uuid('id').primaryKey(),
  storageKey: text('storage_key').notNull(),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  unitId: uuid('unit_id'),
  uploadedBy: uuid('uploaded_by'),
  createdAt: tz('created_at').notNull().defaultNow(),
});

export interface LegalBasis {
  number: string;
  date: string | null;
  issuer: string | null;
  summary: string | null;
}
export interface PlanSection {
  label: string;
  heading: string;
  text: string;
  children: PlanSection[];
}
export interface Audience {
  unitKinds?: string[];
  unitIds?: string[];
  withinSubtreeOf?: string;
  excludeUnitIds?: string[];
}

export const plans = pgTable('plans', {
  id: uuid('id').primaryKey(),
  issuerUnitId: uuid('issuer_unit_id').notNull(),
  parentPlanId: uuid('parent_plan_id'),
  obligationId: uuid('obligation_id'),
  status: text('status').notNull().default('draft'),
  year: integer('year').notNull(),
  number: text('number'),
  issuedOn: date('issued_on'),
  place: text('place'),
  title: text('title').notNull(),
  summary: text('summary'),
  signerName: text('signer_name'),
  signerTitle: text('signer_title'),
  legalBases: jsonb('legal_bases').$type<LegalBasis[]>().notNull().default([]),
  sections: jsonb('sections').$type<PlanSection[]>().notNull().default([]),
  /** 0011: paragraphs before the numbered parts, as written (legal bases, lead-in). */
  preamble: jsonb('preamble').$type<string[]>().notNull().default([]),
  recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
  cascadeLeadDays: integer('cascade_lead_days').notNull().default(5),
  signedFileId: uuid('signed_file_id'),
  searchText: text('search_text').notNull().default(''),
  amendmentCount: integer('amendment_count').notNull().default(0),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
  publishedAt: tz('published_at'),
  publishedBy: uuid('published_by'),
});

export const planContentAreas = pgTable('plan_content_areas', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull(),
  position: integer('position').notNull(),
  code: text('code').notNull(),
  title: text('title').notNull(),
  description: text('description'),
});

export const planTargets = pgTable('plan_targets', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull(),
  position: integer('position').notNull(),
  text: text('text').notNull(),
  metric: text('metric'),
  comparator: text('comparator'),
  value: numeric('value', { mode: 'number' }),
  unit: text('unit'),
  unitKinds: jsonb('unit_kinds').$type<string[]>().notNull().default([]),
});

export const planActivities = pgTable('plan_activities', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull(),
  position: integer('position').notNull(),
  contentAreaCode: text('content_area_code'),
  content: text('content').notNull(),
  leadUnitId: uuid('lead_unit_id'),
  leadText: text('lead_text'),
  coordinatingUnitIds: jsonb('coordinating_unit_ids').$type<string[]>().notNull().default([]),
  coordinatingText: text('coordinating_text'),
  expectedOutputs: text('expected_outputs'),
  dueDate: date('due_date'),
  budgetSource: text('budget_source'),
  appliesToKinds: jsonb('applies_to_kinds').$type<string[]>().notNull().default([]),
});

export const planMilestones = pgTable('plan_milestones', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull(),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  dueDate: date('due_date').notNull(),
  inclusive: boolean('inclusive').notNull(),
  phrase: text('phrase').notNull(),
  deliverableKind: text('deliverable_kind').notNull(),
  periodKind: text('period_kind'),
  periodYear: integer('period_year'),
  audience: jsonb('audience').$type<Audience>().notNull(),
  parentMilestoneId: uuid('parent_milestone_id'),
  cancelledAt: tz('cancelled_at'),
});

export const planAssignments = pgTable('plan_assignments', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull(),
  itemType: text('item_type').notNull(),
  itemId: uuid('item_id').notNull(),
  userId: uuid('user_id').notNull(),
  duty: text('duty').notNull().default('follow'),
  createdAt: tz('created_at').notNull().defaultNow(),
  revokedAt: tz('revoked_at'),
});

export const planAmendments = pgTable('plan_amendments', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull(),
  number: integer('number').notNull(),
  reason: text('reason').notNull(),
  changes: jsonb('changes').notNull(),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull().defaultNow(),
});

export const obligations = pgTable('obligations', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull(),
  milestoneId: uuid('milestone_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  deliverableKind: text('deliverable_kind').notNull(),
  periodKind: text('period_kind'),
  periodYear: integer('period_year'),
  dueDate: date('due_date').notNull(),
  inclusive: boolean('inclusive').notNull(),
  phrase: text('phrase').notNull(),
  firstSubmittedAt: tz('first_submitted_at'),
  lastSubmittedAt: tz('last_submitted_at'),
  submissionType: text('submission_type'),
  submissionId: uuid('submission_id'),
  exemptReason: text('exempt_reason'),
  exemptedBy: uuid('exempted_by'),
  exemptedAt: tz('exempted_at'),
  cancelledAt: tz('cancelled_at'),
  cancelledReason: text('cancelled_reason'),
  createdAt: tz('created_at').notNull().defaultNow(),
});

// Tables of 0005_calendar_feeds.sql.
export const calendarFeeds = pgTable('calendar_feeds', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: tz('created_at').notNull().defaultNow(),
  revokedAt: tz('revoked_at'),
});
