// A fresh, migrated database per test file: in-memory PGlite, or a new database on the PostgreSQL
// server named by TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), dropped after.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export type TestDbKind = 'pglite' | 'postgres';
export const testDbKind = (): TestDbKind => (process.env.DVCQ_TEST_DB === 'postgres' ? 'postgres' : 'pglite');

export interface TestDatabase {
  database: Database;
  url: string | null;
  drop(): Promise<void>;
}

export const createEmptyPostgresDatabase = () => newPostgresDatabase(null);

/** A new database on the test server holding a copy of the one at `templateUrl` (nobody may be connected to it). */
export const copyPostgresDatabase = (templateUrl: string) => newPostgresDatabase(new URL(templateUrl).pathname.slice(1));

async function newPostgresDatabase(template: string | null): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `dvcq_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
        break;
      } catch (err) {
        // 55006: the template's last connection is still closing on the server; it goes in moments.
        if ((err as { code?: string }).code !== '55006' || attempt >= 50) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function createTestDatabase(kind: TestDbKind = testDbKind(), opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    if (opts.migrate !== false) await migrate(database);
    return { database, url: null, drop: () => database.close() };
  }
  const empty = await createEmptyPostgresDatabase();
  const database = await openDatabase({ databaseUrl: empty.url });
  if (opts.migrate !== false) await migrate(database);
  return {
    database,
    url: empty.url,
    async drop() {
      await database.close();
      await empty.drop();
    },
  };
}
