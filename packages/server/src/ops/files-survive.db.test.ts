// Files that survive: attachments in an S3-compatible bucket (a real s3rver started here), a file store
// outage answered with 503 + Retry-After and recovered from alone, backups that carry every attachment and
// restore onto a new machine (the other database kind, the other storage kind), and two app instances on
// one database and one bucket sharing sessions and files.
import { createReadStream, createWriteStream, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { openDatabase } from '../db/client.ts';
import { DEMO_PASSWORD } from '../demo/demo-org.ts';
import { TINY_PDF } from '../testing/multipart.ts';
import { startS3Server, type TestS3Server } from '../testing/s3-server.ts';
import { clientFor, createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { createTestDatabase, testDbKind, type TestDatabase } from '../testing/test-database.ts';
import { LocalFileStorage, type FileStorage } from '../storage/storage.ts';
import { BackupError, createBackup, restoreBackup, writeBackup } from './backup.ts';
import type { FastifyInstance } from 'fastify';

/** A PDF of some size with random content, so a byte-for-byte comparison means something. */
const pdfOf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(bytes), Buffer.from('\n%%EOF\n')]);

let s3: TestS3Server;
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'dvcq-survive-'));
  dirs.push(d);
  return d;
};
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function signIn(app: FastifyInstance, username: string): Promise<{ client: TestClient; cookie: string; csrf: string }> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const cookie = `dvcq_sid=${res.cookies.find((c) => c.name === 'dvcq_sid')!.value}`;
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return { client: clientFor(app, cookie, csrf), cookie, csrf };
}

describe('attachments in an S3-compatible bucket', () => {
  let t: TestApp;
  let server: TestS3Server;
  beforeAll(async () => {
    server = await startS3Server('dvcq-outage');
    // Short timeouts and no retry inside a request: an outage answers at once.
    t = await createTestApp({ storage: server.storage({}, { connectionTimeoutMs: 1000, maxAttempts: 1 }) });
  });
  afterAll(async () => {
    await t.close();
    await server.close();
  });

  it('stores and serves files; while the store is down uploads and downloads answer 503 with Retry-After; it recovers alone', async () => {
    const officer = await t.login('stttt.canbo');
    const unitId = await t.unitId('TN.STTTT');
    const pdf = pdfOf(200_000);
    const up = await officer.call('uploadFile', { query: { unitId }, file: { filename: 'Kế hoạch dân vận 2026.pdf', content: pdf } });
    expect(up.statusCode).toBe(201);
    expect((await officer.call('downloadFile', { params: { id: up.data.id } })).raw.rawPayload.equals(pdf)).toBe(true);

    await server.stop();
    const down = await officer.call('downloadFile', { params: { id: up.data.id } });
    expect(down.statusCode).toBe(503);
    expect(down.headers['retry-after']).toBe('30');
    expect(down.error.code).toBe('service.storage_unavailable');
    expect(down.error.message).toContain('Kho lưu trữ tệp tạm thời không truy cập được');
    const refused = await officer.call('uploadFile', { query: { unitId }, file: { filename: 'b.pdf', content: TINY_PDF } });
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('30');
    // Nothing half-written: the refused upload left no row behind.
    const none = await t.db.database.query<{ n: number }>(`select count(*)::int as n from files where filename = 'b.pdf'`);
    expect(none[0]?.n).toBe(0);
    // The server itself answers (200: the rest of the app works) and its health names the store.
    const health = await t.anonymous.request({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({
      status: 'degraded',
      checks: { database: { status: 'ok' }, storage: { status: 'degraded', kind: 's3' } },
    });
    expect(health.json().checks.storage.reason).toContain('Không kết nối được kho lưu tệp (S3)');

    await server.start();
    const back = await officer.call('downloadFile', { params: { id: up.data.id } });
    expect(back.statusCode).toBe(200);
    expect(back.raw.rawPayload.equals(pdf)).toBe(true);
    expect((await officer.call('uploadFile', { query: { unitId }, file: { filename: 'b.pdf', content: TINY_PDF } })).statusCode).toBe(201);
    expect((await t.anonymous.request({ method: 'GET', url: '/api/health' })).json()).toMatchObject({
      status: 'ok',
      checks: { storage: { status: 'ok', kind: 's3' } },
    });
  });
});

describe('an upload whose row cannot be written', () => {
  it('leaves no bytes behind in the store', async () => {
    const dir = tempDir();
    const t = await createTestApp({ storage: new LocalFileStorage(dir) });
    try {
      const officer = await t.login('stttt.canbo');
      // PostgreSQL refuses a NUL in text: the row fails after the bytes were stored.
      const res = await officer.call('uploadFile', {
        query: { unitId: await t.unitId('TN.STTTT') },
        file: { filename: 'a\u0000b.pdf', content: TINY_PDF },
      });
      expect(res.statusCode).not.toBe(201);
      expect(readdirSync(dir, { recursive: true }).filter((p) => String(p).includes('/'))).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('an attachment whose bytes are gone', () => {
  it('answers 404 naming the file (not 500)', async () => {
    const dir = tempDir();
    const t = await createTestApp({ storage: new LocalFileStorage(dir) });
    try {
      const officer = await t.login('stttt.canbo');
      const up = await officer.call('uploadFile', {
        query: { unitId: await t.unitId('TN.STTTT') },
        file: { filename: 'Mất.pdf', content: TINY_PDF },
      });
      rmSync(dir, { recursive: true, force: true });
      const res = await officer.call('downloadFile', { params: { id: up.data.id } });
      expect(res.statusCode).toBe(404);
      expect(res.error.code).toBe('file.content_missing');
      expect(res.error.message).toContain('Mất.pdf');
    } finally {
      await t.close();
    }
  });
});

describe('backup and restore with files, onto a new machine', () => {
  // This run's database kind with one storage kind → the other database kind with the other storage kind.
  const otherDbKind = testDbKind() === 'postgres' ? 'pglite' : 'postgres';

  it('every attachment is downloadable after restoring into a new database and a new store', async () => {
    const sourceStorage: FileStorage =
      testDbKind() === 'postgres' ? s3.storage({ prefix: `nguon-${Date.now()}/` }) : new LocalFileStorage(tempDir());
    const targetStorage: FileStorage =
      testDbKind() === 'postgres' ? new LocalFileStorage(tempDir()) : s3.storage({ prefix: `dich-${Date.now()}/` });
    const source = await createTestApp({ storage: sourceStorage });
    const uploaded: { id: string; data: Buffer; by: string }[] = [];
    const file = join(tempDir(), 'sao-luu.json.gz');
    try {
      for (const [username, unit] of [
        ['stttt.canbo', 'TN.STTTT'],
        ['tptn.canbo', 'TN.TPTN'],
      ] as const) {
        const client = await source.login(username);
        for (const size of [10, 150_000]) {
          const data = pdfOf(size);
          const res = await client.call('uploadFile', {
            query: { unitId: await source.unitId(unit) },
            file: { filename: `Báo cáo ${size}.pdf`, content: data },
          });
          expect(res.statusCode).toBe(201);
          uploaded.push({ id: res.data.id, data, by: username });
        }
      }
      const summary = await writeBackup(source.db.database, sourceStorage, createWriteStream(file));
      expect(summary).toMatchObject({ files: 4, missingFiles: [] });
    } finally {
      await source.close();
    }

    const target: TestDatabase = await createTestDatabase(otherDbKind);
    const restored = await restoreBackup(target.database, targetStorage, createReadStream(file));
    expect(restored).toMatchObject({ files: 4, missingFiles: [] });
    const t = await createTestApp({ db: target, storage: targetStorage });
    try {
      for (const u of uploaded) {
        const client = await t.login(u.by);
        const res = await client.call('downloadFile', { params: { id: u.id } });
        expect(res.statusCode).toBe(200);
        expect(res.raw.rawPayload.equals(u.data)).toBe(true);
      }
      // Restoring again onto the same store is harmless: objects already there are kept.
      expect(await restoreBackup(target.database, targetStorage, createReadStream(file))).toMatchObject({ files: 4, missingFiles: [] });
      // New uploads after the restore get new ids (sequences continue).
      const officer = await t.login('stttt.canbo');
      expect(
        (
          await officer.call('uploadFile', {
            query: { unitId: await t.unitId('TN.STTTT') },
            file: { filename: 'sau.pdf', content: TINY_PDF },
          })
        ).statusCode,
      ).toBe(201);
    } finally {
      await t.close();
    }
  });

  it('refuses a truncated backup or a damaged attachment before touching the database', async () => {
    const storage = new LocalFileStorage(tempDir());
    const t = await createTestApp({ storage });
    try {
      const officer = await t.login('stttt.canbo');
      await officer.call('uploadFile', {
        query: { unitId: await t.unitId('TN.STTTT') },
        file: { filename: 'a.pdf', content: pdfOf(1000) },
      });
      const backup = await createBackup(t.db.database, storage);
      const before = await t.db.database.query<{ n: number }>('select count(*)::int as n from users');

      const lines = gunzipSync(backup).toString('utf8').split('\n');
      const withoutEnd = gzipSync(lines.filter((l) => !l.startsWith('{"end"')).join('\n'));
      await expect(restoreBackup(t.db.database, storage, Readable.from([withoutEnd]))).rejects.toThrow(/bị cắt cụt/);
      await expect(restoreBackup(t.db.database, storage, Readable.from([backup.subarray(0, backup.length - 40)]))).rejects.toBeInstanceOf(
        BackupError,
      );

      const damaged = lines.map((l) =>
        l.startsWith('{"file"') ? l.replace(/"data":"(.)/, (_m, c: string) => `"data":"${c === 'A' ? 'B' : 'A'}`) : l,
      );
      await expect(restoreBackup(t.db.database, storage, Readable.from([gzipSync(damaged.join('\n'))]))).rejects.toThrow(
        /mã kiểm tra không khớp/,
      );

      expect(await t.db.database.query<{ n: number }>('select count(*)::int as n from users')).toEqual(before);
    } finally {
      await t.close();
    }
  });
  it('still restores a backup made before files were included (format 1), listing the attachments it lacks', async () => {
    const storage = new LocalFileStorage(tempDir());
    const t = await createTestApp({ storage });
    try {
      const officer = await t.login('stttt.canbo');
      const up = await officer.call('uploadFile', {
        query: { unitId: await t.unitId('TN.STTTT') },
        file: { filename: 'cu.pdf', content: TINY_PDF },
      });
      const [header, ...rest] = gunzipSync(await createBackup(t.db.database, storage))
        .toString('utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      const tables = Object.fromEntries(rest.filter((l) => typeof l.table === 'string').map((l) => [l.table as string, l.rows]));
      const v1 = gzipSync(JSON.stringify({ ...header, formatVersion: 1, tables }));
      const emptyStore = new LocalFileStorage(tempDir());
      const restored = await restoreBackup(t.db.database, emptyStore, Readable.from([v1]));
      expect(restored.files).toBe(0);
      expect(restored.missingFiles).toHaveLength(1);
      expect(restored.missingFiles[0]).toMatch(new RegExp(`${up.data.id}$`));
    } finally {
      await t.close();
    }
  });
});

describe('two app instances on one database and one bucket', () => {
  it('a session from one works on the other, a file uploaded on one downloads on the other, sign-out ends it on both', async () => {
    const a = await createTestApp({ storage: s3.storage() });
    // The second instance: its own connection pool on PostgreSQL (PGlite is one process: the same database), its own S3 client.
    const database = testDbKind() === 'postgres' ? await openDatabase({ databaseUrl: a.db.url! }) : a.db.database;
    const b = await buildApp({ ...a.deps, database, storage: s3.storage() });
    await b.ready();
    try {
      const { client: onA, cookie, csrf } = await signIn(a.app, 'stttt.canbo');
      const onB = clientFor(b, cookie, csrf);
      expect((await onB.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);

      const data = pdfOf(80_000);
      const up = await onB.call('uploadFile', {
        query: { unitId: await a.unitId('TN.STTTT') },
        file: { filename: 'Từ máy B.pdf', content: data },
      });
      expect(up.statusCode).toBe(201);
      const down = await onA.call('downloadFile', { params: { id: up.data.id } });
      expect(down.statusCode).toBe(200);
      expect(down.raw.rawPayload.equals(data)).toBe(true);

      expect((await onA.call('logout', {})).statusCode).toBe(200);
      expect((await onB.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    } finally {
      await b.close();
      if (database !== a.db.database) await database.close();
      await a.close();
    }
  });
});
