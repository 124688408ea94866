import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { mkdtempSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import * as schema from './schema.ts';
import { loadMigrations, migrate, MIGRATIONS_DIR, MigrationError } from './migrate.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';

const tables = (Object.values(schema) as unknown[]).filter(
  (v): v is PgTable => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v,
);

// The SQL migrations are the source of truth; the typed schema the queries use must describe exactly
// the database they produce, or a query compiles but fails at run time.
describe('migrations', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('produce exactly the tables and columns the query layer declares', async () => {
    const columns = await t.database.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>(
      `select table_name, column_name, data_type, is_nullable from information_schema.columns
       where table_schema = 'public' and table_name <> 'schema_migrations' order by table_name, ordinal_position`,
    );
    const fromDb = new Map<string, string>();
    for (const c of columns)
      fromDb.set(`${c.table_name}.${c.column_name}`, `${c.data_type}|${c.is_nullable === 'YES' ? 'null' : 'not null'}`);

    const typeName: Record<string, string> = {
      PgUUID: 'uuid',
      PgText: 'text',
      PgInteger: 'integer',
      PgBoolean: 'boolean',
      PgDateString: 'date',
      PgDate: 'date',
      PgTimestamp: 'timestamp with time zone',
      PgJsonb: 'jsonb',
      PgBigSerial53: 'bigint',
      PgBigInt53: 'bigint',
      PgSerial: 'integer',
      PgNumeric: 'numeric',
      PgNumericNumber: 'numeric',
      PgCustomColumn: 'bytea',
      PgArray: 'ARRAY',
    };
    const fromCode = new Map<string, string>();
    for (const table of tables) {
      const cfg = getTableConfig(table);
      for (const col of cfg.columns) {
        fromCode.set(`${cfg.name}.${col.name}`, `${typeName[col.columnType] ?? col.columnType}|${col.notNull ? 'not null' : 'null'}`);
      }
    }
    expect(Object.fromEntries(fromCode)).toEqual(Object.fromEntries(fromDb));
  });

  it('apply once: running them again changes nothing', async () => {
    expect(await migrate(t.database)).toEqual([]);
  });

  it('refuse a migration that was edited after being applied (they are append-only)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvcq-mig-'));
    for (const f of readdirSync(MIGRATIONS_DIR)) copyFileSync(join(MIGRATIONS_DIR, f), join(dir, f));
    const first = loadMigrations()[0]!;
    writeFileSync(join(dir, `${first.version}.sql`), `${first.sql}\n-- edited later`);
    await expect(migrate(t.database, loadMigrations(`${dir}/`))).rejects.toThrow(MigrationError);
  });

  it('roll back a failing migration completely, leaving nothing half-applied', async () => {
    const fresh = await createTestDatabase(undefined, { migrate: false });
    try {
      const broken = [
        ...loadMigrations(),
        { version: '9999_broken', sql: 'create table half_done (id int); select * from no_such_table;', checksum: 'x' },
      ];
      await expect(migrate(fresh.database, broken)).rejects.toThrow();
      const half = await fresh.database.query(`select 1 from information_schema.tables where table_name = 'half_done'`);
      expect(half).toHaveLength(0);
      const applied = await fresh.database.query<{ version: string }>('select version from schema_migrations');
      expect(applied.map((r) => r.version)).not.toContain('9999_broken');
    } finally {
      await fresh.drop();
    }
  });
});
