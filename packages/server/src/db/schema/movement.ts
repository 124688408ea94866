// Tables of 0012_movement.sql.
import { boolean, date, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.ts';

export const movementModels = pgTable('movement_models', {
  id: uuid('id').primaryKey(),
  unitId: uuid('unit_id').notNull(),
  year: integer('year').notNull(),
  registeredOn: date('registered_on').notNull(),
  name: text('name').notNull(),
  field: text('field').notNull(),
  problem: text('problem').notNull(),
  goals: text('goals').notNull(),
  activities: text('activities').notNull(),
  area: text('area'),
  beneficiaries: text('beneficiaries'),
  forces: text('forces'),
  resources: text('resources'),
  startsOn: date('starts_on'),
  endsOn: date('ends_on'),
  outputs: text('outputs'),
  sustainability: text('sustainability'),
  leadUnitId: uuid('lead_unit_id'),
  partners: text('partners'),
  state: text('state').notNull().default('registered'),
  decisionNumber: text('decision_number'),
  decisionDate: date('decision_date'),
  decisionIssuer: text('decision_issuer'),
  recognitionLevel: text('recognition_level'),
  refusalReason: text('refusal_reason'),
  searchText: text('search_text').notNull(),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export const movementModelFiles = pgTable(
  'movement_model_files',
  {
    modelId: uuid('model_id').notNull(),
    fileId: uuid('file_id').notNull(),
    addedBy: uuid('added_by'),
    addedAt: tz('added_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.fileId] })],
);

export const movementModelResults = pgTable('movement_model_results', {
  id: uuid('id').primaryKey(),
  modelId: uuid('model_id').notNull(),
  reportedOn: date('reported_on').notNull(),
  summary: text('summary').notNull(),
  fileId: uuid('file_id'),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull().defaultNow(),
});

export const movementPeople = pgTable('movement_people', {
  id: uuid('id').primaryKey(),
  unitId: uuid('unit_id').notNull(),
  year: integer('year').notNull(),
  fullName: text('full_name').notNull(),
  position: text('position'),
  achievements: text('achievements').notNull(),
  modelId: uuid('model_id'),
  searchText: text('search_text').notNull(),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export const movementCommendations = pgTable('movement_commendations', {
  id: uuid('id').primaryKey(),
  modelId: uuid('model_id'),
  personId: uuid('person_id'),
  form: text('form').notNull(),
  level: text('level').notNull(),
  decisionNumber: text('decision_number').notNull(),
  decisionDate: date('decision_date').notNull(),
  decisionIssuer: text('decision_issuer').notNull(),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull().defaultNow(),
});

export const movementPublicPages = pgTable('movement_public_pages', {
  provinceUnitId: uuid('province_unit_id').primaryKey(),
  enabled: boolean('enabled').notNull().default(false),
  updatedBy: uuid('updated_by'),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});
