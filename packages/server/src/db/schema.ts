// Typed view of the tables created by the SQL migrations in ../../migrations, one file per migration
// group. The migrations are the source of truth; db/migrations.db.test.ts compares these declarations
// with a migrated database column by column.
export * from './schema/platform.ts';
export * from './schema/plans.ts';
export * from './schema/reports.ts';
export * from './schema/scoring.ts';
export * from './schema/reminders.ts';
export * from './schema/kpi.ts';
export * from './schema/imports.ts';
export * from './schema/org-history.ts';
export * from './schema/dialogues.ts';
export * from './schema/movement.ts';
