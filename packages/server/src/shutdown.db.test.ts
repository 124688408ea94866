// SIGTERM as a service manager sends it (systemd, a rolling deploy): the request in flight finishes with
// its real answer, new connections are refused, and the process exits 0. A real server process (main.ts)
// on this project's database kind; the slow request is a sign-in whose body arrives only after SIGTERM.
// Booting a process takes ~10 s on a quiet machine (minutes under heavy load: the bounds are generous).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, testDbKind } from './testing/test-database.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

const freePort = () =>
  new Promise<number>((done, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => done(port));
    });
  });

/** Waits for a state, checked every 100 ms, at most `ms`. */
async function until(what: string, check: () => boolean | Promise<boolean>, ms: number, output: () => string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}\n${output()}`);
}

/** Opens a connection: 'refused' when nothing listens any more, else the answer to GET /api/health. */
function tryRequest(port: number): Promise<'refused' | string> {
  return new Promise((done) => {
    const s = connect(port, '127.0.0.1');
    let answer = '';
    s.on('data', (d: Buffer) => (answer += d.toString()));
    s.on('error', (err: NodeJS.ErrnoException) => done(err.code === 'ECONNREFUSED' ? 'refused' : `error ${err.code}`));
    s.on('connect', () => s.write('GET /api/health HTTP/1.1\r\nHost: dvcq\r\nConnection: close\r\n\r\n'));
    s.on('end', () => done(answer));
  });
}

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('SIGTERM', () => {
  it('lets the request in flight finish, refuses new connections and exits 0', async () => {
    const pg = testDbKind() === 'postgres' ? await createEmptyPostgresDatabase() : null;
    if (pg) cleanups.push(() => pg.drop());
    const dataDir = mkdtempSync(join(tmpdir(), 'dvcq-drain-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DEMO_DATA: 'false',
        REMINDERS: 'off',
        ...(pg ? { DATABASE_URL: pg.url } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exit = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    cleanups.push(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    const output = () => out.slice(-4000);
    await until('a healthy server', async () => (await tryRequest(port).catch(() => '')).startsWith('HTTP/1.1 200'), 240_000, output);

    // A sign-in whose body is only half sent: the server has the request, the request is not done.
    const body = JSON.stringify({ username: 'khong.co.tai.khoan', password: 'Mat-khau-sai-2026' });
    const slow = connect(port, '127.0.0.1');
    await once(slow, 'connect');
    let answer = '';
    slow.on('data', (d: Buffer) => (answer += d.toString()));
    const answered = once(slow, 'end');
    slow.write(
      `POST /api/auth/login HTTP/1.1\r\nHost: dvcq\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    await until('the sign-in to reach the server', () => out.includes('/api/auth/login'), 30_000, output);

    child.kill('SIGTERM');
    await until('the drain to start', () => out.includes('shutting down'), 30_000, output);
    // New connections: refused once the listener is closed (a request that slips in before gets 503).
    await until(
      'new connections to be refused',
      async () => {
        const r = await tryRequest(port);
        if (r !== 'refused') expect(r).toMatch(/^HTTP\/1\.1 503/);
        return r === 'refused';
      },
      30_000,
      output,
    );
    expect(child.exitCode).toBeNull();

    // The rest of the body arrives: the request in flight gets its real answer (an unknown account: 401).
    slow.write(body.slice(10));
    await answered;
    expect(answer).toMatch(/^HTTP\/1\.1 401/);
    expect(answer).toContain('"code":"auth.invalid_credentials"');
    const [code, signal] = await exit;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  }, 360_000);
});
