// The benchmark that keeps the score (issue 19): builds the province or national data set with SQL
// (bench/data.ts; checked against the use cases first), starts the server as its own process on that
// database, drives every coordinator read endpoint and the report draft save over HTTP at 50 connections
// with autocannon, and runs hand-written SQL giving the same answers (the floor) at the same concurrency.
//
//   npm run --silent bench -- --scale province|national [--json] [--duration 8] [--connections 50] [--only ranking]
//     [--db postgres|pglite]
//   (--only: the endpoints whose name contains this text; the data set is built and checked in full)
//   (--db pglite: the same data in an embedded PGlite directory and the server on it (DATA_DIR); PGlite is one
//    process's, so the floor runs on the same directory after the server has stopped, over its one connection)
//   BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): a server where the benchmark
//   may create and drop the database dvcq_bench_<scale>.
//
// With --json stdout holds only a JSON array of {endpoint, scale, p50_ms, p95_ms, rps, bytes, floor_p95_ms,
// floor_rps}; progress, failed requests (by status) and the server's resident memory go to stderr. Without it,
// a table with the ratio to the floor and the server's peak memory during each endpoint's run.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../packages/server/src/db/client.ts';
import { migrate } from '../packages/server/src/db/migrate.ts';
import { loadDemoData } from '../packages/server/src/demo/load-demo.ts';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { MemoryFileStorage } from '../packages/server/src/storage/storage.ts';
import { DEMO_PASSWORD } from '../packages/server/src/demo/demo-org.ts';
import { validateScorecard, type RankingResult } from '@dvcq/domain';
import { BENCH_SCORING_YEAR, benchLevelSql, benchScorecard, provinceDataSql, scoringDataSql } from './data.ts';

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const scale = arg('--scale', 'province');
if (scale !== 'province' && scale !== 'national') throw new Error('--scale province|national');
const json = process.argv.includes('--json');
const duration = Number(arg('--duration', '8'));
const connections = Number(arg('--connections', '50'));
const only = arg('--only', '');
const engine = arg('--db', 'postgres');
if (engine !== 'postgres' && engine !== 'pglite') throw new Error('--db postgres|pglite');
const provinces = scale === 'national' ? 34 : 1;
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `dvcq_bench_${scale}`;
const log = (...a: unknown[]) => console.error('[bench]', ...a);

// The SQL form of complianceStatus at a fixed moment (the floor's own copy, written by hand).
const statusSql = (at: string, today: string) => `(case
  when o.exempt_reason is not null and (o.exempted_at is null or o.exempted_at <= '${at}') then 'exempt'
  when o.first_submitted_at <= '${at}' then
    case when (o.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <= (case when o.inclusive then o.due_date else o.due_date - 1 end)
      then 'submitted_on_time' else 'submitted_late' end
  when (case when o.inclusive then o.due_date else o.due_date - 1 end) < date '${today}' then 'overdue'
  when (case when o.inclusive then o.due_date else o.due_date - 1 end) - date '${today}' <= 3 then 'due_soon'
  else 'not_due' end)`;

interface Figures {
  p50: number;
  p95: number;
  rps: number;
}
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** What a floor query runs on: a pooled PostgreSQL connection, or PGlite's only one. */
interface FloorClient {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}
interface FloorSource {
  connect(): Promise<FloorClient & { release(): void }>;
  loops: number;
}

/** Runs `work` from `source.loops` loops for `duration` seconds; latency of each call. */
async function floor(source: FloorSource, work: (client: FloorClient, i: number) => Promise<unknown>): Promise<Figures> {
  const times: number[] = [];
  const end = Date.now() + duration * 1000;
  let i = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: source.loops }, async () => {
      const client = await source.connect();
      try {
        while (Date.now() < end) {
          const t0 = performance.now();
          await work(client, i++);
          times.push(performance.now() - t0);
        }
      } finally {
        client.release();
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), rps: times.length / ((Date.now() - started) / 1000) };
}

interface HttpCase {
  method?: 'GET' | 'PUT';
  path: string | ((i: number) => string);
  cookie: string;
  csrf?: string;
  body?: (i: number) => string;
}

/** Drives one endpoint with autocannon; latency of each answer, its bytes, and what was not 2xx, by status. */
async function http(
  base: string,
  c: HttpCase,
): Promise<Figures & { bytes: number; failed: number; sample: number; statuses: Map<number, number>; errors: number; timeouts: number }> {
  const times: number[] = [];
  let bytes = 0;
  let failed = 0;
  const statuses = new Map<number, number>();
  let i = 0;
  const headers: Record<string, string> = { cookie: c.cookie, ...(c.csrf ? { 'x-csrf-token': c.csrf } : {}) };
  if (c.body) headers['content-type'] = 'application/json';
  const instance = autocannon({
    url: base,
    connections,
    duration,
    requests: [
      {
        method: c.method ?? 'GET',
        headers,
        setupRequest: (req) => {
          const n = i++;
          return { ...req, path: typeof c.path === 'string' ? c.path : c.path(n), ...(c.body ? { body: c.body(n) } : {}) };
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, status: number, resBytes: number, responseTime: number) => {
    times.push(responseTime);
    bytes += resBytes;
    if (status >= 300) {
      failed++;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rps: result.requests.total / (result.duration || duration),
    bytes: times.length ? Math.round(bytes / times.length) : 0,
    failed: failed + result.errors + result.timeouts,
    sample: times.length,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** The server's resident memory in MB (Linux), sampled while an endpoint is driven. */
function residentMb(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function main() {
  const t0 = Date.now();
  let databaseUrl: string | undefined;
  let pgliteDir: string | undefined;
  if (engine === 'postgres') {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  } else pgliteDir = mkdtempSync(join(tmpdir(), `dvcq-bench-${scale}-`));
  const openBenchDatabase = () => openDatabase(databaseUrl ? { databaseUrl, poolSize: 4 } : { dataDir: join(pgliteDir!, 'db') });

  // ——— Data: demo accounts and tree (orgOnly), then the province(s) through SQL ———
  const database = await openBenchDatabase();
  await migrate(database);
  await loadDemoData(database, new Date(), { orgOnly: true });
  await database.execScript(provinceDataSql(provinces - 1));
  await database.execScript(scoringDataSql());
  await database.execScript(`
    insert into users (id, username, full_name, password_hash)
      select gen_random_uuid(), 'bench.canbo', 'Cán bộ đo tải', password_hash from users where username = 'snv.dieuphoi';
    insert into role_assignments (id, user_id, role, unit_id)
      select gen_random_uuid(), u.id, 'officer', r.id from users u, org_units r where u.username = 'bench.canbo' and r.code = 'TN';`);
  const [ids] = await database.query<{
    plan: string;
    root: string;
    rootPath: string;
    commune: string;
    communePath: string;
    stttt: string;
    scorecard: string;
    units: number;
    obligations: number;
    assessments: number;
    scores: number;
  }>(`select p.id plan, r.id root, r.path "rootPath", c.id commune, c.path "communePath", s.id stttt,
      (select sc.id from scorecard_versions sc where sc.issuer_unit_id = r.id) scorecard,
      (select count(*) from org_units)::int units, (select count(*) from obligations)::int obligations,
      (select count(*) from assessments)::int assessments, (select count(*) from assessment_scores)::int scores
    from plans p join org_units r on r.id = p.issuer_unit_id and r.code = 'TN'
    join org_units c on c.code = 'TN.X7' join org_units s on s.code = 'TN.STTTT'`);
  if (!ids) throw new Error('bench data: plan of TN not found');
  const drafts = (
    await database.query<{ id: string }>(
      `select o.id from obligations o join org_units u on u.id = o.unit_id where o.plan_id = $1 and o.deliverable_kind = 'period_report'
         and not exists (select 1 from reports r where r.obligation_id = o.id) and o.exempt_reason is null order by u.code`,
      [ids.plan],
    )
  ).map((r) => r.id);
  const accepted = (
    await database.query<{ id: string }>(`select r.id from reports r join obligations o on o.id = r.obligation_id where o.plan_id = $1`, [
      ids.plan,
    ])
  ).map((r) => r.id);
  log(
    `data: ${ids.units} units, ${ids.obligations} obligations, ${ids.assessments} assessments, ${ids.scores} scores, built in ${Date.now() - t0} ms`,
  );

  const now = new Date();
  const at = now.toISOString();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
  const status = statusSql(at, today);
  // The obligations list of one plan: the columns the list shows, soonest first (due date, unit name, id).
  const obligationsPageSql = (extra: string) =>
    `select o.id, o.plan_id, o.milestone_id, o.unit_id, o.deliverable_kind, o.period_kind, o.period_year, o.due_date, o.inclusive,
       o.phrase, o.first_submitted_at, o.submission_type, o.submission_id, o.exempt_reason, o.exempted_at, u.name, u.kind, p.title,
       p.number, m.title, (case when o.deliverable_kind = 'unit_plan' then (select p2.id from plans p2 where p2.obligation_id = o.id limit 1) end)
     from obligations o join org_units u on u.id = o.unit_id join plans p on p.id = o.plan_id join plan_milestones m on m.id = o.milestone_id
     where o.cancelled_at is null and o.plan_id = $1 and o.unit_id in (select id from org_units where path like $2) ${extra}
     order by o.due_date, u.name, o.id limit 200`;
  const [{ id: pageAfter } = { id: '' }] = await database.query<{ id: string }>(
    `select o.id from obligations o join org_units u on u.id = o.unit_id where o.plan_id = $1 and o.cancelled_at is null
     order by o.due_date, u.name, o.id offset 999 limit 1`,
    [ids.plan],
  );
  const countsSql = (subtree: string | null) =>
    `select o.milestone_id, u.kind, ${status} status, count(*)::int n from obligations o join org_units u on u.id = o.unit_id
     where o.plan_id = $1 and o.cancelled_at is null and o.created_at <= '${at}' ${subtree ? `and u.path like $2` : ''} group by 1, 2, 3`;

  // The ranking of one scorecard and year: each assessment's total (sum of final scores: appraised, else
  // self), its level by the scorecard's bands and, among the finalised ones, its rank in its unit group
  // (equal totals share a rank); the assessments not finalised listed after, without a rank.
  const rankingSql = `select a.id, u.id "unitId", u.name, a.unit_group "unitGroup", a.status, t.total::float8 total,
      ${benchLevelSql('t.total')} level,
      case when a.status = 'finalised' then rank() over (partition by a.unit_group, a.status = 'finalised' order by t.total desc) end::int rank
    from assessments a join org_units u on u.id = a.unit_id
    join (select assessment_id, sum(coalesce(appraised_score, self_score, 0)) total from assessment_scores
          where assessment_id in (select id from assessments where scorecard_id = $1 and year = $2) group by 1) t on t.assessment_id = a.id
    where a.scorecard_id = $1 and a.year = $2 and u.path like $3
    order by a.unit_group, a.status <> 'finalised', t.total desc, u.name, u.id`;

  // ——— Check: the data set and the floor agree with the use cases (in-process, before measuring) ———
  {
    const app = await buildApp({ database, config: loadConfig({}), clock: () => now, storage: new MemoryFileStorage() });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'snv.dieuphoi', password: DEMO_PASSWORD },
    });
    const cookie = `dvcq_sid=${login.cookies.find((c) => c.name === 'dvcq_sid')!.value}`;
    const product = (await app.inject({ url: `/api/plans/${ids.plan}/compliance?units=none`, headers: { cookie } })).json<{
      overall: { owed: number; onTime: number; late: number; overdue: number; exempt: number };
    }>();
    const counts = await database.query<{ status: string; n: number }>(countsSql(null), [ids.plan]);
    const sum = (s: string) => counts.filter((c) => c.status === s).reduce((a, c) => a + c.n, 0);
    const expected = { onTime: sum('submitted_on_time'), late: sum('submitted_late'), overdue: sum('overdue'), exempt: sum('exempt') };
    const got = {
      onTime: product.overall.onTime,
      late: product.overall.late,
      overdue: product.overall.overdue,
      exempt: product.overall.exempt,
    };
    if (JSON.stringify(expected) !== JSON.stringify(got))
      throw new Error(`floor and product disagree: ${JSON.stringify({ expected, got })}`);

    // The ranking: the bench scorecard is one the product accepts, and every ranked unit has the floor's
    // total, level and rank; the units not finalised are the floor's too.
    const problems = validateScorecard({
      ...benchScorecard,
      id: 'bench',
      decision: { number: '1/QĐ-UBND', date: '2026-01-10' },
      name: 'x',
    });
    if (problems.length) throw new Error(`bench scorecard refused by the domain: ${JSON.stringify(problems)}`);
    // Every row, page by page (the page asks 20 per group; 500 is the most a page holds).
    type RankingPageBody = {
      ranking: { groups: { unitGroup: string; count: number; units: RankingResult['groups'][number]['units'] }[] };
      notFinalised: { unitName: string }[];
    };
    const rankingPage = async (query: string) => {
      const res = await app.inject({
        url: `/api/scoring/ranking?scorecardId=${ids.scorecard}&year=${BENCH_SCORING_YEAR}${query}`,
        headers: { cookie },
      });
      if (res.statusCode !== 200) throw new Error(`ranking: ${res.statusCode} ${res.body}`);
      return res.json<RankingPageBody>();
    };
    const r = await rankingPage('');
    const productUnits: RankingPageBody['ranking']['groups'][number]['units'] = [];
    for (const g of r.ranking.groups)
      for (let offset = 0; offset < g.count; offset += 500)
        productUnits.push(...(await rankingPage(`&group=${g.unitGroup}&offset=${offset}&limit=500`)).ranking.groups[0]!.units);
    const floorRows = await database.query<{ unitId: string; status: string; total: number; level: string; rank: number | null }>(
      rankingSql,
      [ids.scorecard, BENCH_SCORING_YEAR, `${ids.rootPath}%`],
    );
    const line = (u: { unitId: string; total: number; level: string; rank: number | null }) =>
      `${u.unitId} ${u.total} ${u.level} ${u.rank}`;
    const productLines = productUnits.map((u) => line({ ...u, level: u.level.code })).sort();
    const floorLines = floorRows
      .filter((f) => f.status === 'finalised')
      .map(line)
      .sort();
    const notFinalised = floorRows.length - floorLines.length;
    if (JSON.stringify(productLines) !== JSON.stringify(floorLines) || r.notFinalised.length !== notFinalised)
      throw new Error(
        `ranking: floor and product disagree (${productLines.length} vs ${floorLines.length} ranked, ${r.notFinalised.length} vs ${notFinalised} not finalised; first difference ${productLines.find((l, i) => l !== floorLines[i])} / ${floorLines.find((l, i) => l !== productLines[i])})`,
      );
    const levels = new Set(floorRows.map((f) => f.level));
    const totals = floorRows.map((f) => f.total);
    log(
      `ranking checked: ${floorLines.length} units ranked (totals ${Math.min(...totals)}–${Math.max(...totals)}, ${levels.size} levels), ${notFinalised} not finalised`,
    );
    await app.close();
  }
  await database.close();

  // ——— The server, as production starts it (the compiled bundle, plain Node), in its own process ———
  execFileSync(process.execPath, ['scripts/build-server.mjs', '--if-needed'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_DATA: 'false',
    REMINDERS: 'off',
    DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? '10',
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else {
    delete env.DATABASE_URL;
    env.DATA_DIR = pgliteDir!;
  }
  const spawnedAt = Date.now();
  const server: ChildProcess = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.mjs'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stopped = new Promise((r) => server.once('exit', r));
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      const ok = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) {
        log(`server healthy ${Date.now() - spawnedAt} ms after its start (${engine}), ${round(residentMb(server.pid))} MB resident`);
        break;
      }
      if (i > 600) throw new Error('server did not become healthy');
      await new Promise((r) => setTimeout(r, 100));
    }
    const signIn = async (username: string) => {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      if (!res.ok) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`);
      const sid = /dvcq_sid=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
      return { cookie: `dvcq_sid=${sid}`, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
    };
    const coordinator = await signIn('snv.dieuphoi');
    const officer = await signIn('stttt.canbo');
    const drafter = await signIn('bench.canbo');

    const pool = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: connections }) : undefined;
    const saves = new Map<string, number>();
    const cases: { endpoint: string; http: HttpCase; floor: (c: FloorClient, i: number) => Promise<unknown> }[] = [
      {
        endpoint: 'plan compliance (tallies)',
        http: { path: `/api/plans/${ids.plan}/compliance?units=none`, ...coordinator },
        floor: (c) => c.query(countsSql(null), [ids.plan]),
      },
      {
        endpoint: 'plan compliance (first page of unit lines)',
        http: { path: `/api/plans/${ids.plan}/compliance/units?limit=50`, ...coordinator },
        floor: (c) =>
          c.query(
            `select o.id, o.milestone_id, o.due_date, u.id, u.name, u.kind, ${status} status, o.first_submitted_at, o.exempt_reason
             from obligations o join org_units u on u.id = o.unit_id where o.plan_id = $1 and o.cancelled_at is null and o.created_at <= '${at}'
             order by o.due_date, o.milestone_id, u.depth, u.name, o.id limit 51`,
            [ids.plan],
          ),
      },
      {
        endpoint: 'compliance for one commune',
        http: { path: `/api/plans/${ids.plan}/compliance?units=none&subtree=${ids.commune}`, ...coordinator },
        floor: (c) => c.query(countsSql('x'), [ids.plan, `${ids.communePath}%`]),
      },
      {
        endpoint: 'consolidation',
        http: { path: `/api/consolidation?planId=${ids.plan}&periodKind=Y&periodYear=2026`, ...coordinator },
        floor: (c) =>
          c.query(
            `select u.id, u.parent_id, o.id is not null expected, r.values from org_units u
             left join obligations o on o.unit_id = u.id and o.plan_id = $1 and o.period_kind = 'Y' and o.period_year = 2026 and o.cancelled_at is null
             left join reports r on r.obligation_id = o.id and r.status = 'accepted' where u.path like $2`,
            [ids.plan, `${ids.rootPath}%`],
          ),
      },
      {
        endpoint: 'coordinator dashboard',
        http: { path: `/api/dashboard?unitId=${ids.root}&year=2026`, ...coordinator },
        floor: async (c) => {
          const scope = `o.unit_id in (select id from org_units where path like $1) and o.cancelled_at is null and o.created_at <= '${at}'
            and o.plan_id in (select id from plans where status = 'published' and year = 2026)`;
          await c.query(`select o.milestone_id, ${status} status, count(*)::int from obligations o where ${scope} group by 1, 2`, [
            `${ids.rootPath}%`,
          ]);
          await c.query(
            `with page as (select u.id, u.name from org_units u where u.id in (select o.unit_id from obligations o where ${scope}) order by u.name, u.id limit 51)
             select page.id, page.name, o.milestone_id, ${status} from page join obligations o on o.unit_id = page.id where ${scope}`,
            [`${ids.rootPath}%`],
          );
          await c.query(
            `select count(*) from reports r where r.status = 'submitted' and r.unit_id in (select id from org_units where path like $1)`,
            [`${ids.rootPath}%`],
          );
        },
      },
      {
        // What the ranking page asks: the groups with their first 20 rows each (the floor reads every row).
        endpoint: 'ranking',
        http: { path: `/api/scoring/ranking?scorecardId=${ids.scorecard}&year=${BENCH_SCORING_YEAR}`, ...coordinator },
        floor: (c) => c.query(rankingSql, [ids.scorecard, BENCH_SCORING_YEAR, `${ids.rootPath}%`]),
      },
      {
        endpoint: 'obligations list',
        http: { path: `/api/obligations?planId=${ids.plan}&limit=200`, ...coordinator },
        floor: (c) => c.query(obligationsPageSql(''), [ids.plan, `${ids.rootPath}%`]),
      },
      {
        // A later page (keyset after the 1,000th line), overdue lines only: filters and paging in SQL.
        endpoint: 'obligations list (later page, overdue only)',
        http: { path: `/api/obligations?planId=${ids.plan}&limit=200&status=overdue&after=${pageAfter}`, ...coordinator },
        floor: (c) =>
          c.query(
            obligationsPageSql(
              `and ${status} = 'overdue' and (o.due_date, u.name, o.id) > (select a.due_date, au.name, a.id from obligations a join org_units au on au.id = a.unit_id where a.id = $3)`,
            ),
            [ids.plan, `${ids.rootPath}%`, pageAfter],
          ),
      },
      {
        endpoint: 'what my unit owes',
        http: { path: `/api/obligations?unitId=${ids.stttt}&open=true`, ...officer },
        floor: (c) =>
          c.query(
            `select o.*, p.title, m.title from obligations o join plans p on p.id = o.plan_id join plan_milestones m on m.id = o.milestone_id
             where o.unit_id = $1 and o.cancelled_at is null and o.exempt_reason is null and o.first_submitted_at is null order by o.due_date`,
            [ids.stttt],
          ),
      },
      {
        endpoint: 'report draft save (with audit)',
        http: {
          method: 'PUT',
          ...drafter,
          path: (i) => `/api/reports/${drafts[i % drafts.length]}/draft`,
          body: (i) => {
            const id = drafts[i % drafts.length]!;
            const version = saves.get(id) ?? 0;
            saves.set(id, version + 1);
            return JSON.stringify({ expectedVersion: version, saveId: randomUUID(), sections: { ket_qua: `Bản nháp lần ${version + 1}` } });
          },
        },
        floor: async (c, i) => {
          const id = accepted[i % accepted.length];
          await c.query('begin');
          await c.query(`update reports set sections = $2, version = version + 1, updated_at = now() where id = $1`, [
            id,
            { ket_qua: `Nháp ${i}` },
          ]);
          await c.query(`insert into audit_log (action, entity_type, entity_id, after) values ('report.save_draft', 'report', $1, $2)`, [
            id,
            { v: i },
          ]);
          await c.query('commit');
        },
      },
      {
        endpoint: 'signed-in "who am I"',
        http: { path: '/api/auth/me', ...coordinator },
        floor: (c) =>
          c.query(
            `select u.id, u.username, u.full_name, ra.role, ou.path from sessions s join users u on u.id = s.user_id
             left join role_assignments ra on ra.user_id = u.id and ra.revoked_at is null left join org_units ou on ou.id = ra.unit_id
             where s.user_id = (select id from users where username = 'snv.dieuphoi') and s.revoked_at is null limit 20`,
          ),
      },
    ];

    // Between runs: wait until the server has worked off what the previous run left queued.
    const settle = async () => {
      for (let i = 0; i < 300; i++) {
        const t = performance.now();
        const ok = await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok && performance.now() - t < 50) return;
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    const row = (c: (typeof cases)[number], h: Awaited<ReturnType<typeof http>>, f: Figures) => ({
      endpoint: c.endpoint,
      scale,
      p50_ms: round(h.p50),
      p95_ms: round(h.p95),
      rps: round(h.rps),
      bytes: h.bytes,
      floor_p95_ms: round(f.p95),
      floor_rps: round(f.rps),
    });
    const rows: Record<string, string | number>[] = [];
    const peakMb = new Map<string, number>();
    const measured: { c: (typeof cases)[number]; h: Awaited<ReturnType<typeof http>> }[] = [];
    for (const c of cases.filter((x) => x.endpoint.includes(only))) {
      await settle();
      log(`${c.endpoint}: HTTP…`);
      let peak = residentMb(server.pid);
      const sampler = setInterval(() => (peak = Math.max(peak, residentMb(server.pid))), 250);
      const h = await http(base, c.http).finally(() => clearInterval(sampler));
      peakMb.set(c.endpoint, round(peak));
      log(`${c.endpoint}: server peak ${round(peak)} MB resident`);
      if (h.failed) {
        const byStatus = [...h.statuses].map(([status, n]) => `${n} × ${status}`);
        if (h.errors) byStatus.push(`${h.errors} errors`);
        if (h.timeouts) byStatus.push(`${h.timeouts} timeouts`);
        log(`${c.endpoint}: ${h.failed} of ${h.sample} answers were not 2xx: ${byStatus.join(', ')}`);
      }
      if (!pool) {
        measured.push({ c, h });
        continue;
      }
      log(`${c.endpoint}: floor SQL…`);
      const f = await floor(
        {
          loops: connections,
          connect: async () => {
            const client = await pool.connect();
            return { query: (sql, params) => client.query(sql, params), release: () => client.release() };
          },
        },
        c.floor,
      );
      rows.push(row(c, h, f));
    }
    await pool?.end();
    if (measured.length) {
      server.kill('SIGTERM');
      await stopped;
      const embedded = await openBenchDatabase();
      for (const { c, h } of measured) {
        log(`${c.endpoint}: floor SQL (PGlite, its one connection)…`);
        const f = await floor(
          { loops: 1, connect: async () => ({ query: (sql, params) => embedded.query(sql, params), release: () => undefined }) },
          c.floor,
        );
        rows.push(row(c, h, f));
      }
      await embedded.close();
    }
    if (json) {
      process.stdout.write(`${JSON.stringify(rows)}\n`);
    } else {
      console.log(
        `DVCQ over HTTP vs SQL floor — ${scale} on ${engine}: ${ids.units} units, ${ids.obligations} obligations, ${connections} connections, ${duration} s each${pool ? '' : ' (floor: PGlite, its one connection)'}`,
      );
      console.table(
        rows.map((r) => ({
          ...r,
          ratio_p95: round(Number(r.p95_ms) / Number(r.floor_p95_ms), 2),
          server_peak_mb: peakMb.get(String(r.endpoint)),
        })),
      );
    }
    log(`done in ${Math.round((Date.now() - t0) / 1000)} s`);
  } finally {
    server.kill('SIGTERM');
    if (pgliteDir) {
      await stopped;
      rmSync(pgliteDir, { recursive: true, force: true });
    }
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
