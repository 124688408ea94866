// Two real DVCQ server processes behind a real nginx (Debian nginx-light), on one PostgreSQL database and
// one S3-compatible bucket (s3rver), as README "Several instances" describes. No browser: what is checked
// is what a person behind the proxy gets. One session works on both instances, a file uploaded through one
// is served by the other, and killing one instance (SIGKILL) while uploads are in flight loses no upload
// that was acknowledged. Every wait is for a state (a healthy instance, a finished request), bounded.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../packages/server/src/db/client.ts';
import { migrate } from '../packages/server/src/db/migrate.ts';
import { loadDemoData } from '../packages/server/src/demo/load-demo.ts';
import { DEMO_PASSWORD } from '../packages/server/src/demo/demo-org.ts';
import { DEMO_USERS } from './harness.ts';
import { startS3Server, type TestS3Server } from '../packages/server/src/testing/s3-server.ts';
import { createEmptyPostgresDatabase } from '../packages/server/src/testing/test-database.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NGINX = '/usr/sbin/nginx';
const READY_TIMEOUT_MS = 240_000;

const freePort = () =>
  new Promise<number>((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });

/** Polls until `check` is true (a state), failing after `timeoutMs`. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = READY_TIMEOUT_MS, output?: () => string) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not reached within ${timeoutMs / 1000} s\n${output?.() ?? ''}`);
}

interface Instance {
  port: number;
  child: ChildProcess;
  output: () => string;
  exited: () => boolean;
}

function startInstance(port: number, env: Record<string, string>): Instance {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let done = false;
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  child.on('exit', () => (done = true));
  return { port, child, output: () => out.slice(-4000), exited: () => done };
}

const stopChild = async (child: ChildProcess, signal: NodeJS.Signals) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await gone;
};

describe('two instances behind nginx on one PostgreSQL and one bucket', () => {
  let s3: TestS3Server;
  let db: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
  let work: string;
  let a: Instance;
  let b: Instance;
  let nginx: ChildProcess;
  let proxy: string;
  let unitId: string;

  beforeAll(async () => {
    s3 = await startS3Server('dvcq-instances');
    db = await createEmptyPostgresDatabase();
    const database = await openDatabase({ databaseUrl: db.url });
    await migrate(database);
    await loadDemoData(database, new Date(), { orgOnly: true });
    unitId = (await database.query<{ id: string }>(`select id from org_units where code = 'TN.STTTT'`))[0]!.id;
    await database.close();

    work = mkdtempSync(join(tmpdir(), 'dvcq-instances-'));
    const env = {
      DATABASE_URL: db.url,
      DATA_DIR: join(work, 'data'),
      DEMO_DATA: 'false',
      STORAGE: 's3',
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: s3.bucket,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      TRUST_PROXY: 'true',
      REMINDERS: 'off',
      LOG_LEVEL: 'warn',
    };
    const [pa, pb, pp] = [await freePort(), await freePort(), await freePort()];
    a = startInstance(pa, env);
    b = startInstance(pb, env);
    for (const i of [a, b]) {
      await until(
        `instance on port ${i.port} healthy`,
        async () => {
          if (i.exited()) throw new Error(`instance on port ${i.port} exited:\n${i.output()}`);
          return (await fetch(`http://127.0.0.1:${i.port}/api/health`)).ok;
        },
        READY_TIMEOUT_MS,
        i.output,
      );
    }

    // The README's proxy settings, minus TLS; X-Upstream tells the test which instance answered.
    for (const d of ['body', 'proxy', 'logs']) mkdirSync(join(work, d));
    writeFileSync(
      join(work, 'nginx.conf'),
      `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/proxy; uwsgi_temp_path ${work}/proxy; scgi_temp_path ${work}/proxy;
  upstream dvcq {
    server 127.0.0.1:${pa} max_fails=1 fail_timeout=30s;
    server 127.0.0.1:${pb} max_fails=1 fail_timeout=30s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${pp};
    client_max_body_size 25m;
    location / {
      proxy_pass http://dvcq;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
    );
    nginx = spawn(NGINX, ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let nginxOut = '';
    nginx.stderr!.on('data', (d: Buffer) => (nginxOut += d.toString()));
    proxy = `http://127.0.0.1:${pp}`;
    await until(
      'nginx answering',
      async () => (await fetch(`${proxy}/api/health`)).ok,
      60_000,
      () => nginxOut,
    );
  }, 600_000);

  afterAll(async () => {
    if (nginx) await stopChild(nginx, 'SIGQUIT');
    for (const i of [a, b]) if (i) await stopChild(i.child, 'SIGTERM');
    await s3?.close();
    await db?.drop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('one session on both instances; a file uploaded through one is served by the other; a killed instance loses no acknowledged upload', async () => {
    const login = await fetch(`${proxy}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: DEMO_USERS.formerDepartmentOfficer, password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { cookie, 'x-csrf-token': csrfToken };

    // Round robin: the same cookie is accepted by both instances.
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const me = await fetch(`${proxy}/api/auth/me`, { headers });
      expect(me.status).toBe(200);
      seen.add(me.headers.get('x-upstream') ?? '');
    }
    expect(seen).toEqual(new Set([`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`]));

    const upload = async (data: Buffer, name: string) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(data)], { type: 'application/pdf' }), name);
      const res = await fetch(`${proxy}/api/files?unitId=${unitId}`, { method: 'POST', headers, body: form });
      return { status: res.status, upstream: res.headers.get('x-upstream'), body: (await res.json()) as { id: string } };
    };
    const pdf = (n: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(n), Buffer.from('\n%%EOF\n')]);
    const sha = (d: Buffer | ArrayBuffer) =>
      createHash('sha256')
        .update(Buffer.from(d as ArrayBuffer))
        .digest('hex');

    const first = pdf(100_000);
    const up = await upload(first, 'Kế hoạch.pdf');
    expect(up.status).toBe(201);
    const servedBy = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${proxy}/api/files/${up.body.id}`, { headers });
      expect(res.status).toBe(200);
      expect(sha(await res.arrayBuffer())).toBe(sha(first));
      servedBy.add(res.headers.get('x-upstream') ?? '');
    }
    expect(servedBy.size).toBe(2);

    // Load: 6 clients uploading; instance A is killed (SIGKILL) once 10 uploads were acknowledged.
    const acknowledged: { id: string; sha: string }[] = [];
    const failures: number[] = [];
    let attempts = 0;
    let killed = false;
    const worker = async () => {
      while (attempts < 60) {
        attempts++;
        const data = pdf(20_000 + Math.floor(Math.random() * 50_000));
        const res = await upload(data, `tai-${attempts}.pdf`).catch(() => ({ status: 0, upstream: null, body: { id: '' } }));
        if (res.status === 201) acknowledged.push({ id: res.body.id, sha: sha(data) });
        else failures.push(res.status);
        if (!killed && acknowledged.length >= 10) {
          killed = true;
          a.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    expect(killed).toBe(true);
    await until('instance A gone', async () => a.exited(), 30_000);
    // Requests in flight at A when it died may fail (nginx does not resend a POST that reached it);
    // every other one was served by B. Nothing acknowledged may be missing.
    expect(acknowledged.length).toBeGreaterThan(40);
    expect(failures.every((s) => s === 502 || s === 0)).toBe(true);
    for (const f of acknowledged) {
      const res = await fetch(`${proxy}/api/files/${f.id}`, { headers });
      expect(res.status, f.id).toBe(200);
      expect(res.headers.get('x-upstream')).toBe(`127.0.0.1:${b.port}`);
      expect(sha(await res.arrayBuffer())).toBe(f.sha);
    }
  });
});
