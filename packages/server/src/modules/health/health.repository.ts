// The one query of the health check: is the database there, and how far is it migrated.
import type { Database } from '../../db/client.ts';

export const createHealthRepository = (database: Database) => ({
  kind: database.kind,
  async appliedMigrations(): Promise<number> {
    const [row] = await database.query<{ n: number }>('select count(*)::int as n from schema_migrations');
    return row?.n ?? 0;
  },
});

export type HealthRepository = ReturnType<typeof createHealthRepository>;
