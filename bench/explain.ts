// EXPLAIN (ANALYZE, BUFFERS) of the main read queries at province or national scale, on PostgreSQL.
// Builds the data set with plain SQL (fast): per province ~660 units (30 departments with 5 divisions,
// 96 communes with 4 divisions), one published plan of 10 deadlines owed by every unit below the
// province, 60% submitted, 2% exempt, org_unit_versions for the as-of tree. The queries are the ones the
// repositories send (captured from drizzle, with their parameters), so the plans stay true when the code
// changes. Writes bench/explain/<scale>.txt. Review them whenever a read query changes.
//
//   npx tsx bench/explain.ts --scale province|national
//   (BENCH_DATABASE_URL default postgres://postgres@127.0.0.1:5432/postgres; uses a database dvcq_explain_<scale>)
import { writeFileSync, mkdirSync } from 'node:fs';
import { count } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from '../packages/server/src/db/schema.ts';
import type { Db } from '../packages/server/src/db/client.ts';
import { openDatabase } from '../packages/server/src/db/client.ts';
import { migrate } from '../packages/server/src/db/migrate.ts';
import { unitInSubtreesAsOf } from '../packages/server/src/db/subtree.ts';
import { createObligationsRepository } from '../packages/server/src/modules/obligations/obligations.repository.ts';

const scale = process.argv.includes('--scale') ? process.argv[process.argv.indexOf('--scale') + 1] : 'province';
if (scale !== 'province' && scale !== 'national') throw new Error('--scale province|national');
const provinces = scale === 'national' ? 34 : 1;
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `dvcq_explain_${scale}`;

const DATA_SQL = (n: number) => `
insert into org_units (id, parent_id, kind, code, name, search_text, path, depth, valid_from)
  select id, null, 'province', 'P' || p, 'Tỉnh thử ' || p, 'tinh thu ' || p, '/' || id || '/', 0, '2025-07-01'
  from (select gen_random_uuid() id, p from generate_series(1, ${n}) p) x;
with x as (select gen_random_uuid() id, pr.id pid, pr.path ppath, pr.code pcode, d from org_units pr, generate_series(1, 30) d where pr.kind = 'province')
insert into org_units (id, parent_id, kind, code, name, search_text, path, depth, valid_from)
  select id, pid, 'department', pcode || '.S' || d, 'Sở thử ' || d, 'so thu ' || d, ppath || id || '/', 1, '2025-07-01' from x;
with x as (select gen_random_uuid() id, pr.id pid, pr.path ppath, pr.code pcode, d from org_units pr, generate_series(1, 96) d where pr.kind = 'province')
insert into org_units (id, parent_id, kind, code, name, search_text, path, depth, valid_from)
  select id, pid, 'commune', pcode || '.X' || d, 'Xã thử ' || d, 'xa thu ' || d, ppath || id || '/', 1, '2025-07-01' from x;
with x as (select gen_random_uuid() id, u.id pid, u.path ppath, u.code pcode, u.kind k, d from org_units u, generate_series(1, 5) d where u.kind in ('department', 'commune'))
insert into org_units (id, parent_id, kind, code, name, search_text, path, depth, valid_from)
  select id, pid, 'division', pcode || '.P' || d, 'Phòng thử ' || d, 'phong thu ' || d, ppath || id || '/', 2, '2025-07-01' from x
  where k = 'department' or d <= 4;
insert into org_unit_versions (id, unit_id, name, code, kind, parent_id, path, depth, valid_from)
  select gen_random_uuid(), id, name, code, kind, parent_id, path, depth, valid_from from org_units;
insert into plans (id, issuer_unit_id, status, year, number, title, search_text, published_at)
  select gen_random_uuid(), id, 'published', 2026, '1/KH-' || code, 'Kế hoạch thử ' || code, 'ke hoach thu', '2026-01-05T02:00:00Z' from org_units where kind = 'province';
insert into plan_milestones (id, plan_id, position, title, due_date, inclusive, phrase, deliverable_kind, audience)
  select gen_random_uuid(), p.id, m, 'Hạn ' || m, date '2026-01-15' + m * 30, m % 2 = 0, 'Hạn ' || m, 'other', '{}'::jsonb
  from plans p, generate_series(1, 10) m;
insert into obligations (id, plan_id, milestone_id, unit_id, deliverable_kind, due_date, inclusive, phrase, first_submitted_at, exempt_reason, exempted_at, created_at)
  select gen_random_uuid(), p.id, m.id, u.id, 'other', m.due_date, m.inclusive, m.phrase,
    case when r < 0.6 then (m.due_date - 3 + (r * 10)::int)::timestamp at time zone 'Asia/Ho_Chi_Minh' end,
    case when r > 0.98 then 'Miễn thử' end, case when r > 0.98 then timestamptz '2026-01-10T00:00:00Z' end,
    '2026-01-05T02:00:00Z'
  from plans p join plan_milestones m on m.plan_id = p.id
  join org_units pr on pr.id = p.issuer_unit_id
  join org_units u on u.path like pr.path || '%' and u.id <> pr.id
  cross join lateral (select random() + 0 * length(u.path) r) rr;
analyze;
`;

async function main() {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${dbName}`);
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
  await migrate(database);
  const t0 = Date.now();
  await database.execScript(DATA_SQL(provinces));
  const built = Date.now() - t0;
  const [sizes] = await database.query<{ units: number; obligations: number }>(
    'select (select count(*) from org_units)::int units, (select count(*) from obligations)::int obligations',
  );

  // A drizzle instance that records what the repositories send.
  const captured: { sql: string; params: unknown[] }[] = [];
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  const recording = drizzle(pool, {
    schema,
    logger: { logQuery: (sql: string, params: unknown[]) => void captured.push({ sql, params }) },
  }) as unknown as Db;
  const repo = createObligationsRepository(recording);

  const [plan] = await database.query<{ id: string; path: string }>(
    "select p.id, u.path from plans p join org_units u on u.id = p.issuer_unit_id where u.code = 'P1'",
  );
  const [commune] = await database.query<{ path: string }>("select path from org_units where code = 'P1.X7'");
  const asOf = new Date('2026-06-20T03:00:00Z');
  const cases: [string, () => Promise<unknown>][] = [
    ['plan compliance: counts by deadline, unit kind, status', () => repo.complianceCounts({ planId: plan!.id, asOf })],
    ['plan compliance: first page of unit lines (50)', () => repo.compliancePage({ planId: plan!.id, asOf, limit: 51 })],
    [
      'plan compliance: a later page, overdue only, name search',
      () =>
        repo.compliancePage({
          planId: plan!.id,
          asOf,
          status: 'overdue',
          q: 'phong',
          after: ['2026-04-16', '00000000-0000-4000-8000-000000000000', 2, 'Phòng thử 2', '00000000-0000-4000-8000-000000000000'],
          limit: 51,
        }),
    ],
    ['compliance for one commune (subtree)', () => repo.complianceCounts({ planId: plan!.id, asOf, subtrees: [commune!.path] })],
    [
      'obligations list of one plan in a subtree (200)',
      () => repo.search({ subtrees: [plan!.path], planId: plan!.id, openOnly: false, limit: 200 }),
    ],
    [
      'subtree as of a date (org_unit_versions)',
      () =>
        recording
          .select({ n: count() })
          .from(schema.orgUnitVersions)
          .where(unitInSubtreesAsOf(schema.orgUnitVersions.unitId, [plan!.path], '2025-12-01')),
    ],
  ];
  const out: string[] = [
    `# EXPLAIN (ANALYZE, BUFFERS) at ${scale} scale: ${sizes!.units} units, ${sizes!.obligations} obligations (built in ${built} ms)`,
    `# ${new Date().toISOString()}; regenerate: npx tsx bench/explain.ts --scale ${scale}`,
    '',
  ];
  for (const [name, run] of cases) {
    captured.length = 0;
    await run();
    const q = captured[captured.length - 1]!;
    const plan = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.sql}`, q.params);
    out.push(`## ${name}`, '', q.sql, '', ...plan.rows.map((r) => r['QUERY PLAN']), '');
  }
  mkdirSync(new URL('./explain/', import.meta.url), { recursive: true });
  writeFileSync(new URL(`./explain/${scale}.txt`, import.meta.url), out.join('\n'));
  await pool.end();
  await database.close();
  console.log(`bench/explain/${scale}.txt written (${sizes!.units} units, ${sizes!.obligations} obligations)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
