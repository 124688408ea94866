// Compliance at the scale of a whole province: ~1,000 units, 10 deadlines, ~10,000 obligations.
// Prints timings of the live compliance query and of "what my unit owes". Run: npm run bench
// (embedded database by default; BENCH_DATABASE_URL=postgres://… for a server).
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { openDatabase } from '../packages/server/src/db/client.ts';
import { migrate } from '../packages/server/src/db/migrate.ts';
import { loadDemoData } from '../packages/server/src/demo/load-demo.ts';
import { MemoryFileStorage } from '../packages/server/src/storage/storage.ts';
import { clientFor } from '../packages/server/src/testing/test-app.ts';
import { DEMO_PASSWORD } from '../packages/server/src/demo/demo-org.ts';
import { orgUnits } from '../packages/server/src/db/schema.ts';
import { fold } from '../packages/server/src/text.ts';

async function main() {
  const database = await openDatabase(
    process.env.BENCH_DATABASE_URL ? { databaseUrl: process.env.BENCH_DATABASE_URL } : { dataDir: 'memory://' },
  );
  await migrate(database);
  await loadDemoData(database, new Date(), { orgOnly: true });
  const [root] = await database.query<{ id: string; path: string }>("select id, path from org_units where code = 'TN'");
  // 20 more district-level units with 45 communes each: about 1,000 units in all.
  const rows: (typeof orgUnits.$inferInsert)[] = [];
  for (let d = 0; d < 20; d++) {
    const id = randomUUID();
    const path = `${root!.path}${id}/`;
    rows.push({
      id,
      parentId: root!.id,
      kind: 'district',
      code: `B.D${d}`,
      name: `Huyện thử ${d}`,
      searchText: fold(`Huyện thử ${d}`),
      path,
      depth: 1,
      validFrom: '2020-01-01',
    });
    for (let c = 0; c < 45; c++) {
      const cid = randomUUID();
      rows.push({
        id: cid,
        parentId: id,
        kind: 'commune',
        code: `B.D${d}.C${c}`,
        name: `Xã thử ${d}-${c}`,
        searchText: fold(`Xã thử ${d}-${c}`),
        path: `${path}${cid}/`,
        depth: 2,
        validFrom: '2020-01-01',
      });
    }
  }
  for (let i = 0; i < rows.length; i += 200) await database.db.insert(orgUnits).values(rows.slice(i, i + 200));
  const app = await buildApp({
    database,
    config: loadConfig({}),
    clock: () => new Date('2025-06-01T03:00:00Z'),
    storage: new MemoryFileStorage(),
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'snv.dieuphoi', password: DEMO_PASSWORD },
  });
  const c = clientFor(app, `dvcq_sid=${login.cookies[0]!.value}`, login.json().csrfToken);
  const milestones = Array.from({ length: 10 }, (_, i) => ({
    title: `Báo cáo đợt ${i + 1}`,
    dueDate: `2025-${String(i + 3).padStart(2, '0')}-15`,
    inclusive: i % 2 === 0,
    phrase: 'trước ngày',
    deliverableKind: 'other',
    audience: { unitKinds: ['department', 'district', 'commune', 'public_service', 'central_agency'] },
  }));
  const created = await c.post('/api/plans', {
    issuerUnitId: root!.id,
    year: 2025,
    title: 'Kế hoạch thử tải',
    issuedOn: '2025-02-01',
    milestones,
  });
  const planId = created.json().id as string;
  let t0 = performance.now();
  await c.post(`/api/plans/${planId}/publish`, { number: '1/KH-BENCH', issuedOn: '2025-02-01', signerName: 'Thử' });
  const publishMs = performance.now() - t0;
  const [{ n }] = (await database.query<{ n: number }>('select count(*)::int as n from obligations')) as [{ n: number }];
  await database.execScript("update obligations set first_submitted_at = now() - interval '200 days' where random() < 0.6");
  const timings: number[] = [];
  for (let i = 0; i < 10; i++) {
    t0 = performance.now();
    const res = await c.get(`/api/plans/${planId}/compliance?asOf=2025-09-01`);
    timings.push(performance.now() - t0);
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  timings.sort((a, b) => a - b);
  t0 = performance.now();
  await c.get(`/api/obligations?planId=${planId}&limit=1000`);
  const listMs = performance.now() - t0;
  console.log(`units: ${rows.length + 60}, obligations: ${n}, database: ${database.kind}`);
  console.log(`publish (derive + insert obligations): ${publishMs.toFixed(0)} ms`);
  console.log(`getPlanCompliance: median ${timings[5]!.toFixed(0)} ms, max ${timings[9]!.toFixed(0)} ms`);
  console.log(`listObligations (1,000 rows): ${listMs.toFixed(0)} ms`);
  await app.close();
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
