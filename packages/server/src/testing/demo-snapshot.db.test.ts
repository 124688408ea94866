// Test files start from copies of one demo snapshot: each copy holds the whole demo state, and what
// one test file writes never reaches another file's copy.
import { afterAll, describe, expect, it } from 'vitest';
import { createDemoDatabase } from './demo-snapshot.ts';
import type { TestDatabase } from './test-database.ts';

describe('demo snapshots for test databases', () => {
  const opened: TestDatabase[] = [];
  afterAll(async () => {
    for (const db of opened) await db.drop();
  });
  const open = async () => {
    const db = await createDemoDatabase('org');
    opened.push(db);
    return db;
  };
  const count = async (db: TestDatabase, table: string) =>
    Number((await db.database.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

  it('gives each database its own copy of the org demo: same units and accounts, separate writes', async () => {
    const a = await open();
    const b = await open();
    expect(await count(a, 'org_units')).toBeGreaterThan(10);
    expect(await count(a, 'org_units')).toBe(await count(b, 'org_units'));
    expect(await count(a, 'users')).toBe(await count(b, 'users'));
    await a.database.query(`UPDATE users SET full_name = 'Đổi trong bản A' WHERE username = 'snv.dieuphoi'`);
    const nameIn = async (db: TestDatabase) =>
      (await db.database.query<{ full_name: string }>(`SELECT full_name FROM users WHERE username = 'snv.dieuphoi'`))[0]!.full_name;
    expect(await nameIn(a)).toBe('Đổi trong bản A');
    expect(await nameIn(b)).not.toBe('Đổi trong bản A');
  });

  it('a migrated database without demo data is empty', async () => {
    const db = await createDemoDatabase('none');
    opened.push(db);
    expect(await count(db, 'org_units')).toBe(0);
  });
});
