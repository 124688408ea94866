// The administrator's CLI against real databases: each command runs in-process as `npm run dvcq`
// would, with DATA_DIR / DATABASE_URL pointing at a scratch database of its own test.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli, exitCodeForError } from './commands.ts';
import { copyPostgresDatabase, createEmptyPostgresDatabase, testDbKind } from '../testing/test-database.ts';
import { openDatabase } from '../db/client.ts';
import { buildApp } from '../app.ts';
import { openConfiguredDatabase } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import { createStorage } from '../storage/create.ts';
import { startS3Server } from '../testing/s3-server.ts';
import { multipartFile } from '../testing/multipart.ts';
import { clientFor } from '../testing/api-client.ts';

/** The server as `npm start` builds it from these variables, for one request-response exchange at a time. */
async function withServer<T>(env: Record<string, string | undefined>, fn: (app: Awaited<ReturnType<typeof buildApp>>) => Promise<T>) {
  const config = loadConfig(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)));
  const opened = await openConfiguredDatabase(config, 'start');
  const app = await buildApp({ database: opened.database, config, clock: () => new Date(), storage: createStorage(config) });
  try {
    return await fn(app);
  } finally {
    await app.close();
    await opened.close();
  }
}

async function run(args: string[], env: Record<string, string | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const saved = Object.fromEntries(['DATA_DIR', 'DATABASE_URL', ...Object.keys(env)].map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    const code = await runCli(args).catch(exitCodeForError);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

describe(`dvcq CLI (${testDbKind()})`, () => {
  let dir: string;
  let env: Record<string, string | undefined>;
  let drop: () => Promise<void>;

  // A scratch data directory per test; its database is empty or a copy of the province below.
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dvcq-cli-'));
    env = { DATA_DIR: dir, DATABASE_URL: undefined };
    drop = async () => undefined;
  });
  afterEach(async () => {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const UNITS_CSV =
    '\uFEFFMã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Loại đơn vị\r\nBP,Ủy ban nhân dân tỉnh Bình Phước,,Tỉnh\r\nBP.SNV,Sở Nội vụ,BP,Sở\r\n';

  /** The test's database starts empty (on PostgreSQL a new database; embedded, the empty data directory). */
  async function emptyDatabase() {
    if (testDbKind() === 'postgres') {
      const pg = await createEmptyPostgresDatabase();
      drop = pg.drop;
      env = { DATA_DIR: dir, DATABASE_URL: pg.url };
    }
  }

  // A province of two units and its administrator "quantri", set up through the CLI itself once per file
  // (migrating and seeding took most of each test); every test that needs it gets its own copy.
  let template: Promise<{ env: Record<string, string | undefined>; drop(): Promise<void> }> | undefined;
  async function buildTemplate() {
    const templateDir = mkdtempSync(join(tmpdir(), 'dvcq-cli-province-'));
    const pg = testDbKind() === 'postgres' ? await createEmptyPostgresDatabase() : null;
    const templateEnv = { DATA_DIR: templateDir, DATABASE_URL: pg?.url };
    const csv = join(templateDir, 'units.csv');
    writeFileSync(csv, UNITS_CSV);
    const dropTemplate = async () => {
      await pg?.drop();
      rmSync(templateDir, { recursive: true, force: true });
    };
    try {
      expect((await run(['import-units', csv], templateEnv)).code).toBe(0);
      expect((await run(['create-admin', '--username', 'quantri', '--full-name', 'Trần Văn An'], templateEnv)).code).toBe(0);
    } catch (err) {
      await dropTemplate();
      throw err;
    }
    return { env: templateEnv, drop: dropTemplate };
  }
  afterAll(async () => {
    await (await template?.catch(() => undefined))?.drop();
  });

  /** The test's database starts as a copy of the province with its administrator. */
  async function provinceWithAdmin() {
    template ??= buildTemplate();
    const source = await template;
    if (source.env.DATABASE_URL) {
      const pg = await copyPostgresDatabase(source.env.DATABASE_URL);
      drop = pg.drop;
      env = { DATA_DIR: dir, DATABASE_URL: pg.url };
    } else cpSync(join(source.env.DATA_DIR!, 'db'), join(dir, 'db'), { recursive: true });
  }

  it('migrates, imports units from CSV and creates an administrator', async () => {
    await emptyDatabase();
    expect((await run(['migrate'], env)).out).toContain('Lược đồ dữ liệu đã cập nhật');
    const csv = join(dir, 'units.csv');
    writeFileSync(csv, UNITS_CSV);
    const imported = await run(['import-units', csv], env);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Thêm mới: 2');
    const admin = await run(['create-admin', '--username', 'quantri', '--full-name', 'Trần Văn An'], env);
    expect(admin.code).toBe(0);
    expect(admin.out).toMatch(/Mật khẩu tạm thời[^:]*: \S{10,}/);
  });

  it('reports a bad CSV row by row and writes nothing', async () => {
    await provinceWithAdmin();
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Loại đơn vị\nBP.X,Phòng X,KHONGCO,division\n');
    const res = await run(['import-units', csv], env);
    expect(res.code).toBe(2);
    expect(res.err).toContain('Dòng 2 (BP.X)');
    expect(res.err).toContain('Chưa ghi dữ liệu nào');
  });

  it('prints an API token for a user', async () => {
    await provinceWithAdmin();
    const res = await run(['create-token', 'quantri', '--name', 'Kết nối hệ thống báo cáo'], env);
    expect(res.code).toBe(0);
    expect(res.out.trim()).toMatch(/^dvcq_[\w-]{40,}$/);
    expect((await run(['create-token', 'khongco'], env)).err).toContain('Không tìm thấy người dùng "khongco"');
  });

  it('backs up and restores everything, and a backup from one database kind restores onto the other', async () => {
    await provinceWithAdmin();
    const file = join(dir, 'backup.json.gz');
    expect((await run(['backup', file], env)).code).toBe(0);
    expect(existsSync(file)).toBe(true);
    // Change something, then restore: the change is gone.
    const csv = join(dir, 'more.csv');
    writeFileSync(csv, 'Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Loại đơn vị\nBP.STC,Sở Tài chính,BP,department\n');
    expect((await run(['import-units', csv], env)).code).toBe(0);
    const restored = await run(['restore', file], env);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/Đã khôi phục \d+ dòng/);
    expect((await run(['import-units', csv, '--dry-run'], env)).out).toContain('Thêm mới: 1');

    // Cross-kind: restore the same file onto the other kind of database.
    const otherDir = mkdtempSync(join(tmpdir(), 'dvcq-cli-other-'));
    let otherEnv: Record<string, string | undefined>;
    let dropOther = async () => undefined as void;
    if (testDbKind() === 'postgres') otherEnv = { DATA_DIR: otherDir, DATABASE_URL: undefined };
    else {
      const pg = await createEmptyPostgresDatabase();
      dropOther = pg.drop;
      otherEnv = { DATA_DIR: otherDir, DATABASE_URL: pg.url };
    }
    try {
      expect((await run(['restore', file], otherEnv)).code).toBe(0);
      const token = await run(['create-token', 'quantri'], otherEnv);
      expect(token.code).toBe(0);
    } finally {
      await dropOther();
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('backs up the attachments too: restored on a new machine (other database kind, files now in a bucket) every file downloads', async () => {
    await provinceWithAdmin();
    const token = (await run(['create-token', 'quantri'], env)).out.trim();
    const auth = { authorization: `Bearer ${token}` };
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('Kế hoạch dân vận '.repeat(5000)), Buffer.from('\n%%EOF\n')]);
    const id = await withServer(env, async (app) => {
      const units = (await app.inject({ method: 'GET', url: '/api/org-units', headers: auth })).json() as { id: string; code: string }[];
      const unitId = units.find((u) => u.code === 'BP.SNV')!.id;
      // Administrators do not upload into units' files: the department's officer does, after the first
      // sign-in's password change.
      const admin = clientFor(app, null, null, auth);
      const temporary = 'MatKhauTam2026x';
      await admin.call('createUser', {
        body: { username: 'snv.canbo', fullName: 'Lê Thị Hoa', password: temporary, roles: [{ role: 'officer', unitId }] },
      });
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'snv.canbo', password: temporary } });
      const sid = login.cookies.find((c) => c.name === 'dvcq_sid')!.value;
      const officer = clientFor(app, `dvcq_sid=${sid}`, (login.json() as { csrfToken: string }).csrfToken);
      await officer.call('changePassword', { body: { currentPassword: temporary, newPassword: `${temporary}-doi` } });
      const body = multipartFile('Kế hoạch.pdf', pdf);
      const res = await officer.request({
        method: 'POST',
        url: `/api/files?unitId=${unitId}`,
        payload: body.payload,
        headers: body.headers,
      });
      expect(res.statusCode, res.body).toBe(201);
      return (res.json() as { id: string }).id;
    });
    const file = join(dir, 'backup.json.gz');
    const backup = await run(['backup', file], env);
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toContain('1 tệp đính kèm');

    const s3 = await startS3Server('may-moi');
    const otherDir = mkdtempSync(join(tmpdir(), 'dvcq-cli-new-machine-'));
    const pg = testDbKind() === 'postgres' ? null : await createEmptyPostgresDatabase();
    const newMachine = {
      DATA_DIR: otherDir,
      DATABASE_URL: pg?.url,
      STORAGE: 's3',
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: s3.bucket,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    };
    try {
      const restored = await run(['restore', file], newMachine);
      expect(restored.code, restored.err).toBe(0);
      expect(restored.out).toContain('1 tệp đính kèm vào bucket S3 "may-moi"');
      await withServer(newMachine, async (app) => {
        const res = await app.inject({ method: 'GET', url: `/api/files/${id}`, headers: auth });
        expect(res.statusCode).toBe(200);
        expect(res.rawPayload.equals(pdf)).toBe(true);
      });
    } finally {
      await pg?.drop();
      await s3.close();
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not a backup, leaving the data untouched', async () => {
    await provinceWithAdmin();
    const junk = join(dir, 'junk.gz');
    writeFileSync(junk, 'not a backup');
    const res = await run(['restore', junk], env);
    expect(res.code).toBe(2);
    expect(res.err).toContain('không phải tệp sao lưu DVCQ');
    expect((await run(['create-token', 'quantri'], env)).code).toBe(0);
  });

  it('on the embedded database, says the server is running instead of opening its files', async () => {
    await provinceWithAdmin();
    if (testDbKind() === 'postgres') {
      // A server on PostgreSQL does not lock anything: the CLI works alongside it.
      const database = await openDatabase({ databaseUrl: env.DATABASE_URL });
      expect((await run(['migrate'], env)).code).toBe(0);
      await database.close();
      return;
    }
    // The lock file a running server leaves, naming another live process (our parent).
    writeFileSync(
      join(dir, 'dvcq.lock'),
      JSON.stringify({ pid: process.ppid, port: 3000, command: 'start', startedAt: new Date().toISOString() }),
    );
    try {
      const busy = await run(['backup', join(dir, 'b2.gz')], env);
      expect(busy.code).toBe(2);
      expect(busy.err).toContain('Máy chủ DVCQ đang chạy');
      expect(busy.err).toContain('cổng 3000');
      expect(existsSync(join(dir, 'b2.gz'))).toBe(false);
    } finally {
      rmSync(join(dir, 'dvcq.lock'));
    }
  });
});
