// Tables of 0007_org_history.sql (and 0022_lineage_closure.sql): the org tree through time.
import { boolean, date, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.ts';

export const orgBatches = pgTable('org_batches', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  legalNumber: text('legal_number').notNull(),
  legalDate: date('legal_date').notNull(),
  legalIssuer: text('legal_issuer').notNull(),
  effectiveDate: date('effective_date').notNull(),
  obligationRule: text('obligation_rule').notNull().default('successor_owes'),
  changes: jsonb('changes').notNull(),
  appliedAt: tz('applied_at').notNull(),
  appliedBy: uuid('applied_by'),
  revertedAt: tz('reverted_at'),
  revertedBy: uuid('reverted_by'),
});

export const orgEvents = pgTable('org_events', {
  id: uuid('id').primaryKey(),
  batchId: uuid('batch_id').notNull(),
  seq: integer('seq').notNull(),
  kind: text('kind').notNull(),
  effectiveDate: date('effective_date').notNull(),
  payload: jsonb('payload').notNull(),
  unitIds: jsonb('unit_ids').$type<string[]>().notNull(),
  createdAt: tz('created_at').notNull().defaultNow(),
});

export const orgUnitVersions = pgTable('org_unit_versions', {
  id: uuid('id').primaryKey(),
  unitId: uuid('unit_id').notNull(),
  name: text('name').notNull(),
  code: text('code').notNull(),
  kind: text('kind').notNull(),
  parentId: uuid('parent_id'),
  path: text('path').notNull(),
  depth: integer('depth').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
});

export const orgLineage = pgTable('org_lineage', {
  id: uuid('id').primaryKey(),
  eventId: uuid('event_id').notNull(),
  kind: text('kind').notNull(),
  fromUnitId: uuid('from_unit_id').notNull(),
  toUnitId: uuid('to_unit_id').notNull(),
  effectiveDate: date('effective_date').notNull(),
  whole: boolean('whole').notNull(),
});

/** Predecessors through lineage, transitively, from the day the whole chain stands; rebuilt from org_lineage. */
export const orgLineageClosure = pgTable(
  'org_lineage_closure',
  {
    toUnitId: uuid('to_unit_id').notNull(),
    fromUnitId: uuid('from_unit_id').notNull(),
    effectiveDate: date('effective_date').notNull(),
  },
  (t) => [primaryKey({ columns: [t.toUnitId, t.fromUnitId] })],
);
