// Tables of 0009_import_jobs.sql.
import { boolean, customType, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.ts';

/** bytea as a Buffer on both drivers (node-postgres gives a Buffer, PGlite a Uint8Array). */
export const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (v) => v,
  fromDriver: (v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength),
});

export const importJobs = pgTable('import_jobs', {
  id: uuid('id').primaryKey(),
  kind: text('kind').notNull(),
  status: text('status').notNull().default('queued'),
  createdBy: uuid('created_by').notNull(),
  unitId: uuid('unit_id').notNull(),
  obligationId: uuid('obligation_id'),
  filename: text('filename').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  input: bytea('input'),
  stage: text('stage'),
  progress: integer('progress').notNull().default(0),
  page: integer('page'),
  pages: integer('pages'),
  cancelRequested: boolean('cancel_requested').notNull().default(false),
  errorCode: text('error_code'),
  errorParams: jsonb('error_params').$type<Record<string, string | number>>(),
  result: jsonb('result').$type<unknown>(),
  lockedBy: text('locked_by'),
  heartbeatAt: tz('heartbeat_at'),
  createdAt: tz('created_at').notNull(),
  startedAt: tz('started_at'),
  finishedAt: tz('finished_at'),
});
