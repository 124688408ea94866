// Test databases that start from the demo province without building it again. Loading the full demo
// through the use cases takes tens of seconds, and most test files start from one of three demo
// states, on both database kinds. The first file that needs a state builds it once and leaves a
// snapshot: a gzipped PGlite data directory in the temp directory, or a template database on the
// PostgreSQL server; every later file copies it in well under a second and then owns its copy.
//
// A snapshot is named by a hash of every source file the demo passes through (migrations, server,
// domain, shared, extractor, docgen, fixtures) and by the province's date, so an edited use case or a
// new day (the demo is laid out around "today") builds afresh. Set DVCQ_TEST_DEMO_CACHE=0 to build
// every time.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { localDateInProvince } from '@dvcq/domain';
import { openDatabase, type Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { loadDemoData } from '../demo/load-demo.ts';
import { TEST_DATABASE_URL, createEmptyPostgresDatabase, testDbKind, type TestDatabase, type TestDbKind } from './test-database.ts';

/** What a test database starts with: migrated only, the org tree and accounts, or the whole demo. */
export type DemoState = 'none' | 'org' | 'full' | 'pre2025';

const ROOT = resolve(import.meta.dirname, '../../../..');
const SOURCES = [
  'packages/server/migrations',
  'packages/server/src',
  'packages/domain/src',
  'packages/shared/src',
  'packages/extractor/src',
  'packages/docgen/src',
  'fixtures',
];
const PGLITE_DIR = join(tmpdir(), 'dvcq-demo-snapshots');

export const demoCacheEnabled = () => process.env.DVCQ_TEST_DEMO_CACHE !== '0';

async function loadState(database: Database, state: DemoState): Promise<void> {
  await migrate(database);
  if (state !== 'none') await loadDemoData(database, new Date(), { orgOnly: state === 'org', reorganise: state === 'full' });
}

/** A fresh database holding `state`, from a snapshot when there is one (built now when there is not). */
export async function createDemoDatabase(state: DemoState, kind: TestDbKind = testDbKind()): Promise<TestDatabase> {
  if (!demoCacheEnabled()) return buildDirectly(state, kind);
  return kind === 'pglite' ? fromPgliteSnapshot(state) : fromPostgresTemplate(state);
}

async function buildDirectly(state: DemoState, kind: TestDbKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    await loadState(database, state);
    return { database, url: null, drop: () => database.close() };
  }
  const empty = await createEmptyPostgresDatabase();
  const database = await openDatabase({ databaseUrl: empty.url });
  await loadState(database, state);
  return { database, url: empty.url, drop: () => database.close().then(() => empty.drop()) };
}

let sourceKey: string | null = null;
/** Hash of the sources the demo goes through, computed once per process. */
function sourcesHash(): string {
  if (sourceKey) return sourceKey;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      if (name === 'node_modules' || name === 'dist') continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!name.endsWith('.test.ts')) hash.update(p.slice(ROOT.length)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  for (const s of SOURCES) walk(join(ROOT, s));
  sourceKey = hash.digest('hex').slice(0, 16);
  return sourceKey;
}

const provinceDay = () => localDateInProvince(new Date()).replaceAll('-', '');

// ——— PGlite: a gzipped data directory in the temp directory ———

const pgliteSnapshots = new Map<string, Promise<Blob>>();

async function fromPgliteSnapshot(state: DemoState): Promise<TestDatabase> {
  const name = `${provinceDay()}-${sourcesHash()}-${state}.tar.gz`;
  let snapshot = pgliteSnapshots.get(name);
  if (!snapshot) {
    snapshot = readOrBuildPgliteSnapshot(name, state);
    pgliteSnapshots.set(name, snapshot);
    snapshot.catch(() => pgliteSnapshots.delete(name));
  }
  const database = await openDatabase({ dataDir: 'memory://', loadFrom: await snapshot });
  return { database, url: null, drop: () => database.close() };
}

async function readOrBuildPgliteSnapshot(name: string, state: DemoState): Promise<Blob> {
  const file = join(PGLITE_DIR, name);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await loadState(database, state);
    const dump = await database.dump!();
    mkdirSync(PGLITE_DIR, { recursive: true });
    // Written aside and renamed: a file running beside this one never reads half a snapshot.
    const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
    pruneEarlierDays(name.slice(0, 8));
    return dump;
  } finally {
    await database.close();
  }
}

/** Snapshots of earlier days are never read again (the demo is laid out around its day): remove them. */
function pruneEarlierDays(day: string): void {
  for (const entry of readdirSync(PGLITE_DIR)) {
    if (/^\d{8}-/.test(entry) && entry.slice(0, 8) < day) rmSync(join(PGLITE_DIR, entry), { force: true });
  }
}

// ——— PostgreSQL: a template database on the server ———

async function withAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

async function fromPostgresTemplate(state: DemoState): Promise<TestDatabase> {
  const day = provinceDay();
  const template = `dvcq_demo_${day}_${sourcesHash()}_${state}`;
  const exists = await withAdmin(async (a) => (await a.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 1);
  if (!exists) await buildPostgresTemplate(template, state, day);
  const name = `dvcq_t_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (a) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await a.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (err) {
        // 55006: the template is still open (another file finishing its build); it closes in moments.
        if ((err as { code?: string }).code !== '55006' || attempt >= 50) throw err;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  });
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      await withAdmin((a) => a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function buildPostgresTemplate(template: string, state: DemoState, day: string): Promise<void> {
  const empty = await createEmptyPostgresDatabase();
  const database = await openDatabase({ databaseUrl: empty.url });
  try {
    await loadState(database, state);
  } catch (err) {
    await database.close();
    await empty.drop();
    throw err;
  }
  await database.close();
  const built = new URL(empty.url).pathname.slice(1);
  await withAdmin(async (a) => {
    try {
      await a.query(`ALTER DATABASE ${built} RENAME TO ${template}`);
    } catch (err) {
      // 42P04: a file running beside this one finished the same template first; theirs is as good.
      if ((err as { code?: string }).code !== '42P04') throw err;
      await a.query(`DROP DATABASE IF EXISTS ${built} WITH (FORCE)`);
    }
    // Templates of earlier days are no longer used by anyone.
    const old = await a.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'dvcq\\_demo\\_%' AND substring(datname FROM 11 FOR 8) < $1`,
      [day],
    );
    for (const { datname } of old.rows) await a.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`).catch(() => undefined);
  });
}
