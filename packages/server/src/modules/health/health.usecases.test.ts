// The health answer from its parts: a real local file directory (blocked, then writable again) and the
// database's answers given as values (the db tests cover the queries: outage.db, reminders.db, files-survive.db).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalFileStorage } from '../../storage/storage.ts';
import type { HealthRepository } from './health.repository.ts';
import { checkHealth } from './health.usecases.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvcq-health-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const now = new Date('2026-12-02T03:00:00Z');
const repo = (retrying = 0, dbUp = true): HealthRepository => ({
  kind: 'embedded',
  appliedMigrations: async () => {
    if (!dbUp) throw new Error('connection refused');
    return 16;
  },
  mailBacklog: async () => ({ retrying }),
});

describe('health', () => {
  it('a local file directory that cannot be written: degraded with a reason that names no path; writable again: ok', async () => {
    // The directory's parent is a file: nothing can be created under it (root ignores file modes).
    writeFileSync(join(dir, 'blocked'), 'not a directory');
    const storage = new LocalFileStorage(join(dir, 'blocked', 'files'));
    const logged: string[] = [];
    const down = await checkHealth({ repo: repo(), storage, mailOn: false, warn: (m) => logged.push(m) }, now);
    expect(down).toMatchObject({
      ok: true,
      body: {
        status: 'degraded',
        checks: { database: { status: 'ok' }, storage: { status: 'degraded', kind: 'local' }, mail: { status: 'off' } },
      },
    });
    expect(down.ok && down.body.checks.storage.reason).toBe('Thư mục lưu tệp không ghi được: không tải lên được tệp đính kèm.');
    expect(JSON.stringify(down.body)).not.toContain(dir);
    expect(logged.join()).toContain('ENOTDIR');

    rmSync(join(dir, 'blocked'));
    const up = await checkHealth({ repo: repo(), storage, mailOn: false }, now);
    expect(up).toMatchObject({ ok: true, body: { status: 'ok', migrations: 16, checks: { storage: { status: 'ok', reason: null } } } });
  });

  it('mail waiting for the SMTP server: degraded with the count in Vietnamese; the database down: 503 body', async () => {
    const storage = new LocalFileStorage(join(dir, 'ok'));
    const mail = await checkHealth({ repo: repo(1234), storage, mailOn: true }, now);
    expect(mail).toMatchObject({ ok: true, body: { status: 'degraded', checks: { mail: { status: 'degraded', waiting: 1234 } } } });
    expect(mail.ok && mail.body.checks.mail.reason).toBe('1.234 thư chưa gửi được, đang chờ gửi lại: máy chủ thư (SMTP) chưa nhận thư.');
    expect(await checkHealth({ repo: repo(0), storage, mailOn: true }, now)).toMatchObject({
      body: { status: 'ok', checks: { mail: { status: 'ok' } } },
    });
    expect(await checkHealth({ repo: repo(0, false), storage, mailOn: true }, now)).toMatchObject({
      ok: false,
      body: { status: 'degraded', error: { code: 'service.unavailable' } },
    });
  });
});
