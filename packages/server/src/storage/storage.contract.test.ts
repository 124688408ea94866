// One contract for every kind of file storage: the local directory and a real S3-compatible server
// (s3rver started by the test). Whatever the kind, bytes come back exactly, a missing object is
// "missing", and a store that does not answer is "unavailable" (the API turns it into 503), never a crash.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type TestS3Server } from '../testing/s3-server.ts';
import { LocalFileStorage, StorageObjectMissingError, StorageUnavailableError, type FileStorage } from './storage.ts';
import { S3FileStorage } from './s3.ts';
import { createStorage } from './create.ts';
import { loadConfig } from '../config.ts';

let s3: TestS3Server;
const dirs: string[] = [];
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const kinds: [string, () => FileStorage][] = [
  [
    'local directory',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'dvcq-files-'));
      dirs.push(dir);
      return new LocalFileStorage(dir);
    },
  ],
  ['S3-compatible bucket', () => s3.storage()],
  ['S3-compatible bucket under a prefix', () => s3.storage({ prefix: 'tinh-tay-ninh/' })],
];

describe.each(kinds)('file storage: %s', (_name, make) => {
  it('gives back exactly the bytes it was given, under the key it was given', async () => {
    const storage = make();
    const data = randomBytes(300_000);
    await storage.put('2026-12/8f6c3c1e-0000-4000-8000-000000000001', data, 'application/pdf');
    await storage.put('2026-12/8f6c3c1e-0000-4000-8000-000000000002', Buffer.from('%PDF-1.4 nhỏ'), 'application/pdf');
    expect((await storage.get('2026-12/8f6c3c1e-0000-4000-8000-000000000001')).equals(data)).toBe(true);
    expect((await storage.get('2026-12/8f6c3c1e-0000-4000-8000-000000000002')).toString()).toBe('%PDF-1.4 nhỏ');
    expect(await storage.exists('2026-12/8f6c3c1e-0000-4000-8000-000000000001')).toBe(true);
  });

  it('says an object that is not there is missing', async () => {
    const storage = make();
    expect(await storage.exists('2026-12/khong-co')).toBe(false);
    await expect(storage.get('2026-12/khong-co')).rejects.toBeInstanceOf(StorageObjectMissingError);
  });

  it('deletes an object; deleting one that is not there is no error', async () => {
    const storage = make();
    await storage.put('2026-12/xoa', Buffer.from('tạm'), 'text/plain');
    await storage.delete('2026-12/xoa');
    expect(await storage.exists('2026-12/xoa')).toBe(false);
    await storage.delete('2026-12/xoa');
  });
});

describe('an S3 store that does not answer', () => {
  it('is unavailable (not missing, not a crash) while down, and serves again when back, on the same client', async () => {
    const server = await startS3Server('dvcq-outage');
    try {
      const storage = server.storage({}, { connectionTimeoutMs: 1000, maxAttempts: 1 });
      await storage.put('a/1', Buffer.from('trước sự cố'), 'text/plain');
      await server.stop();
      await expect(storage.get('a/1')).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(storage.put('a/2', Buffer.from('x'), 'text/plain')).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(storage.exists('a/1')).rejects.toBeInstanceOf(StorageUnavailableError);
      await server.start();
      expect((await storage.get('a/1')).toString()).toBe('trước sự cố');
    } finally {
      await server.close();
    }
  });

  it('a bucket that does not exist is a configuration problem (unavailable), not a missing file', async () => {
    const storage = s3.storage({ bucket: 'khong-ton-tai' });
    await expect(storage.get('a/1')).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(storage.put('a/1', Buffer.from('x'), 'text/plain')).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('wrong credentials are unavailable too', async () => {
    const storage = s3.storage({ accessKeyId: 'KHOA-SAI', secretAccessKey: 'sai-mat-khau' });
    await expect(storage.put('a/1', Buffer.from('x'), 'text/plain')).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});

describe('the configuration picks the store', () => {
  it('STORAGE=s3 with the S3_* variables opens the bucket; the default is the local directory', () => {
    const config = loadConfig({
      STORAGE: 's3',
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: s3.bucket,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_PREFIX: 'dvcq',
    });
    expect(config.s3).toMatchObject({ bucket: s3.bucket, endpoint: s3.endpoint, forcePathStyle: true, prefix: 'dvcq/' });
    const storage = createStorage(config);
    expect(storage).toBeInstanceOf(S3FileStorage);
    (storage as S3FileStorage).destroy();
    expect(createStorage(loadConfig({})).kind).toBe('local');
  });

  it('refuses STORAGE=s3 without a bucket, and half a key pair, naming the variables', () => {
    expect(() => loadConfig({ STORAGE: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ STORAGE: 's3', S3_BUCKET: 'dvcq', S3_ACCESS_KEY_ID: 'abc' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => loadConfig({ STORAGE: 'ftp' })).toThrow(/STORAGE/);
    expect(() => loadConfig({ STORAGE: 's3', S3_BUCKET: 'Tên Sai' })).toThrow(/S3_BUCKET/);
  });
});
