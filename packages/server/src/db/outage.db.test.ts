// The database going away under a running app, on a real PostgreSQL server (in both test projects: an
// embedded database cannot drop connections). The app reaches PostgreSQL through a TCP relay this test
// controls, so "the server restarts" is the relay cutting every connection and refusing new ones, and
// "it is back" is the relay listening again on the same port. Connections killed server-side
// (pg_terminate_backend, as a failover or an operator does) are the other fault.
import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { loadDemoData } from '../demo/load-demo.ts';
import { DEMO_PASSWORD } from '../demo/demo-org.ts';
import { MemoryFileStorage } from '../storage/storage.ts';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../testing/test-database.ts';
import { openDatabase, type Database } from './client.ts';

/** A TCP relay to the PostgreSQL server that can be cut (all connections dropped, new ones refused) and restored. */
async function relayTo(host: string, port: number) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let listenPort = 0;
  const start = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(port, host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(listenPort, '127.0.0.1', () => {
        listenPort = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  await start();
  return {
    get port() {
      return listenPort;
    },
    async cut() {
      await new Promise<void>((resolve) => {
        server!.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    },
    restore: start,
  };
}

const until = async (cond: () => Promise<boolean>) => {
  for (;;) {
    if (await cond()) return;
    await new Promise((r) => setImmediate(r));
  }
};

describe('PostgreSQL restarts, fails over or drops connections', () => {
  let fresh: TestDatabase;
  let relay: Awaited<ReturnType<typeof relayTo>>;
  let database: Database;
  let app: FastifyInstance;
  let cookie: string;
  const connectionErrors: Error[] = [];

  beforeAll(async () => {
    fresh = await createTestDatabase('postgres');
    await loadDemoData(fresh.database, new Date(), { orgOnly: true });
    const url = new URL(fresh.url!);
    relay = await relayTo(url.hostname, Number(url.port || 5432));
    url.host = `127.0.0.1:${relay.port}`;
    database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4, onConnectionError: (e) => connectionErrors.push(e) });
    app = await buildApp({ database, config: loadConfig({}), clock: () => new Date(), storage: new MemoryFileStorage() });
    await app.ready();
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'bdv.theodoi', password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    cookie = `dvcq_sid=${login.cookies.find((c) => c.name === 'dvcq_sid')!.value}`;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close().catch(() => undefined);
    await fresh?.drop();
  });

  const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });

  function expectUnavailable(res: Awaited<ReturnType<typeof get>>) {
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('30');
    expect(res.json().error.code).toBe('service.unavailable');
    expect(res.json().error.message).toContain('cơ sở dữ liệu');
  }

  it('a connection killed in the middle of a transaction does not crash the process', async () => {
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    try {
      const dbName = new URL(fresh.url!).pathname.slice(1);
      let pid = 0;
      const tx = database.db.transaction(async (t) => {
        const rows = (await t.execute('select pg_backend_pid() as pid')) as unknown as { rows: { pid: number }[] };
        pid = rows.rows[0]!.pid;
        // Held open while the backend is killed: the checked-out client emits 'error' between queries.
        await until(async () => connectionErrors.length > 0);
        await t.execute('select 1');
      });
      await until(async () => pid !== 0);
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await expect(tx).rejects.toThrow();
      expect(connectionErrors[0]!.message).toMatch(/terminat/i);
      // Every other backend of the app goes too (a failover), and the app carries on by reconnecting.
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [dbName]);
      const answers = await Promise.all(Array.from({ length: 12 }, () => get('/api/org-units')));
      for (const res of answers) {
        if (res.statusCode !== 200) expectUnavailable(res);
      }
      await until(async () => (await get('/api/org-units')).statusCode === 200);
    } finally {
      await admin.end();
    }
  });

  it('while the server is down: 503 with Retry-After and a Vietnamese message, health degraded; back to normal alone', async () => {
    // Load in flight when the database goes away.
    const inFlight = Array.from({ length: 20 }, () => get('/api/org-units'));
    await relay.cut();
    for (const res of await Promise.all(inFlight)) if (res.statusCode !== 200) expectUnavailable(res);

    expectUnavailable(await get('/api/org-units'));
    expectUnavailable(await get('/api/auth/me'));
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: DEMO_PASSWORD } });
    expectUnavailable(login);
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.headers['retry-after']).toBe('30');
    expect(health.json()).toMatchObject({ status: 'degraded', database: 'postgres', error: { code: 'service.unavailable' } });

    await relay.restore();
    await until(async () => (await app.inject({ method: 'GET', url: '/api/health' })).statusCode === 200);
    expect((await get('/api/org-units')).statusCode).toBe(200);
    expect((await get('/api/auth/me')).json().user.username).toBe('bdv.theodoi');
  });
});
