// An in-process app on a fresh database with the demo province loaded, and clients that sign in like the
// browser does (cookie + x-csrf-token) through Fastify's inject, typed by the API contract.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import type { Clock } from '../clock.ts';
import { createDemoDatabase } from './demo-snapshot.ts';
import { DEMO_PASSWORD } from '../demo/demo-org.ts';
import { createOrgRepository } from '../modules/org/org.repository.ts';
import type { TestDatabase } from './test-database.ts';
import type { AppDeps } from '../app-deps.ts';
import { MemoryFileStorage, type FileStorage } from '../storage/storage.ts';
import { clientFor, type TestClient } from './api-client.ts';

export { clientFor, type ApiResult, type TestClient } from './api-client.ts';

/** The password `loginChanging` sets in place of a temporary one. */
export const changedPassword = (temporary: string) => `${temporary}-doi`;

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  db: TestDatabase;
  /** Moves the app's clock (idle expiry, lockouts, deadlines); null: back to the real time. */
  setNow(date: Date | null): void;
  /** The app's current time. */
  now(): Date;
  login(username: string, password?: string): Promise<TestClient>;
  /**
   * First sign-in of an account an administrator created: signs in with the temporary password and
   * changes it to `changedPassword(temporary)` (the server allows nothing else until then).
   */
  loginChanging(username: string, temporaryPassword: string): Promise<TestClient>;
  anonymous: TestClient;
  unitId(code: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * `demo`: 'org' (default) loads the Tây Ninh org tree and the demo accounts as they stood before the
 * 1/7/2025 reorganisation; 'full' is the demo as users open it (the 2024–2025 history, the
 * reorganisation, the current year's cycle); 'pre2025' is the full demo without the reorganisation
 * (old tree, old accounts active), for tests still written against it; false leaves the database empty.
 * `db`: an existing database (e.g. one a backup was restored into) instead of a fresh one; nothing is loaded into it.
 * `storage`: where uploads go (default: in memory).
 */
export async function createTestApp(
  opts: { demo?: false | 'org' | 'full' | 'pre2025'; config?: Partial<Config>; db?: TestDatabase; storage?: FileStorage } = {},
): Promise<TestApp> {
  // A copy of the demo state built once per run (testing/demo-snapshot.ts), owned by this app alone.
  const demo = opts.demo ?? 'org';
  const db = opts.db ?? (await createDemoDatabase(demo === false ? 'none' : demo));
  let now: Date | null = null;
  const clock: Clock = () => now ?? new Date();
  const config = { ...loadConfig({}), ...opts.config };
  const deps: AppDeps = { database: db.database, config, clock, storage: opts.storage ?? new MemoryFileStorage() };
  const app = await buildApp(deps);
  await app.ready();
  const org = createOrgRepository(db.database.db);
  const t: TestApp = {
    app,
    deps,
    db,
    setNow: (d) => {
      now = d;
    },
    now: clock,
    anonymous: clientFor(app, null, null),
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const setCookie = res.cookies.find((c) => c.name === 'dvcq_sid');
      return clientFor(app, `dvcq_sid=${setCookie!.value}`, (res.json() as { csrfToken: string }).csrfToken);
    },
    async loginChanging(username, temporaryPassword) {
      const c = await t.login(username, temporaryPassword);
      const res = await c.call('changePassword', {
        body: { currentPassword: temporaryPassword, newPassword: changedPassword(temporaryPassword) },
      });
      if (res.statusCode !== 200) throw new Error(`password change of ${username} failed: ${res.statusCode} ${res.raw.body}`);
      return c;
    },
    async unitId(code) {
      const unit = await org.findUnitByCode(code);
      if (!unit) throw new Error(`no unit ${code}`);
      return unit.id;
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
  return t;
}
