import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedStatements } from './pglite-statements.ts';

describe('PGlite named statements', () => {
  let client: PGlite;
  let statements: ReturnType<typeof preparedStatements>;
  let query: ReturnType<typeof preparedStatements>['query'];
  beforeAll(async () => {
    client = new PGlite();
    await client.waitReady;
    await client.exec(`create table t (id int primary key, at timestamptz, doc jsonb, tags text[], note text)`);
    statements = preparedStatements(client);
    query = statements.query;
  });
  afterAll(() => client.close());

  it('answers as PGlite itself does, parameters and parsers included, the second time from the kept statement', async () => {
    const insert = 'insert into t (id, at, doc, tags, note) values ($1, $2, $3, $4, $5) returning *';
    const at = new Date('2026-12-02T10:00:00Z');
    await query(insert, [1, at, { a: 1 }, ['x', 'y'], null]);
    await query(insert, [2, at.toISOString(), { b: [2] }, [], 'hai']);
    const select = 'select id, at, doc, tags, note from t where id = any($1) order by id';
    const mine = await query(select, [[1, 2]], { rowMode: 'array' });
    const again = await query(select, [[1, 2]], { rowMode: 'array' });
    const theirs = await client.query(select, [[1, 2]], { rowMode: 'array' });
    expect(mine.rows).toEqual(theirs.rows);
    expect(again.rows).toEqual(theirs.rows);
    expect(mine.rows[0]).toEqual([1, at, { a: 1 }, ['x', 'y'], null]);
    const named = await client.query<{ n: number }>(`select count(*)::int n from pg_prepared_statements`);
    expect(named.rows[0]!.n).toBe(2);
  });

  it('keeps PostgreSQL errors with their codes, and the connection usable after them', async () => {
    const insert = 'insert into t (id) values ($1)';
    await query(insert, [10]);
    await expect(query(insert, [10])).rejects.toMatchObject({ code: '23505' });
    await expect(query('select nothing_here from t where id = $1', [1])).rejects.toMatchObject({ code: '42703' });
    const update = await query('update t set note = $2 where id = $1', [10, 'sau lỗi']);
    expect(update.affectedRows).toBe(1);
  });

  it("runs a transaction's queries named too, rolled back with it", async () => {
    const insert = 'insert into t (id, note) values ($1, $2)';
    await expect(
      client.transaction(async (tx) => {
        const inTx = statements.inTransaction(tx);
        await inTx(insert, [20, 'trong giao dịch']);
        expect((await inTx('select note from t where id = $1', [20])).rows).toEqual([{ note: 'trong giao dịch' }]);
        await inTx(insert, [20, 'trùng']);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect((await query('select note from t where id = $1', [20])).rows).toEqual([]);
    await client.transaction(async (tx) => statements.inTransaction(tx)(insert, [21, 'đã lưu']));
    expect((await query<{ note: string }>('select note from t where id = $1', [21])).rows).toEqual([{ note: 'đã lưu' }]);
  });

  it('leaves utility statements to PGlite', async () => {
    await query('set statement_timeout = 0');
    const named = await client.query<{ statement: string }>(`select statement from pg_prepared_statements`);
    expect(named.rows.map((r) => r.statement)).not.toContain('set statement_timeout = 0');
  });
});
