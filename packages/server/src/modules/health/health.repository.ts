// The queries of the health check: is the database there, how far is it migrated, is mail piling up.
import type { Database } from '../../db/client.ts';

export const createHealthRepository = (database: Database) => ({
  kind: database.kind,
  async appliedMigrations(): Promise<number> {
    const [row] = await database.query<{ n: number }>('select count(*)::int as n from schema_migrations');
    return row?.n ?? 0;
  },
  /** Mail that failed at least once and waits for another attempt (the SMTP server refused or was away). */
  async mailBacklog(): Promise<{ retrying: number }> {
    const [row] = await database.query<{ n: number }>(
      `select count(*)::int as n from email_outbox where status in ('pending', 'sending') and attempts > 0 and last_error is not null`,
    );
    return { retrying: row?.n ?? 0 };
  },
});

export type HealthRepository = ReturnType<typeof createHealthRepository>;
