// EXPLAIN (ANALYZE, BUFFERS) of the main read queries at province or national scale, on PostgreSQL.
// Builds the data set with plain SQL (bench/data.ts, shared with the HTTP benchmark): per province ~660
// units (30 departments with 5 divisions, 96 communes with 4 divisions), one published plan of 10
// deadlines owed by every unit below the province, 60% submitted, 2% exempt, org_unit_versions. The queries are the ones the
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
import { createDashboardsRepository } from '../packages/server/src/modules/dashboards/dashboards.repository.ts';
import { createConsolidationRepository } from '../packages/server/src/modules/reports/consolidation.repository.ts';
import { provinceDataSql } from './data.ts';

const scale = process.argv.includes('--scale') ? process.argv[process.argv.indexOf('--scale') + 1] : 'province';
if (scale !== 'province' && scale !== 'national') throw new Error('--scale province|national');
const provinces = scale === 'national' ? 34 : 1;
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `dvcq_explain_${scale}`;

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
  await database.execScript(provinceDataSql(provinces));
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
  const dashboards = createDashboardsRepository(recording);
  const consolidation = createConsolidationRepository(recording);

  const [plan] = await database.query<{ id: string; path: string }>(
    "select p.id, u.path from plans p join org_units u on u.id = p.issuer_unit_id where u.code = 'P1'",
  );
  const [commune] = await database.query<{ path: string }>("select path from org_units where code = 'P1.X7'");
  const asOf = new Date('2026-06-20T03:00:00Z');
  const period = () => ({ planId: plan!.id, periodKind: 'Y', periodYear: 2026, root: plan!.path });
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
    ['coordinator dashboard: counts by deadline and status for the year', () => dashboards.complianceCountsOfYear(plan!.path, 2026, asOf)],
    ['coordinator dashboard: heat map units in the subtree', () => dashboards.heatmapUnitCount(plan!.path, 2026, asOf)],
    [
      'coordinator dashboard: first heat map page (51 units)',
      () => dashboards.heatmapPage({ root: plan!.path, year: 2026, now: asOf, limit: 51 }),
    ],
    ['consolidation: expected and accepted reports of the period', () => consolidation.counts(period())],
    [
      'consolidation: indicator aggregates over the accepted reports (a sum, a weighted average)',
      () =>
        consolidation.aggregates(period(), [
          { code: 'c1', type: 'integer', weightBy: null },
          { code: 'c12', type: 'percent', weightBy: 'c1' },
        ]),
    ],
    ['consolidation: first page of missing units (51)', () => consolidation.missingPage(period(), null, 51)],
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
