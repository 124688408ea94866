// The configuration is one schema, validated once at start: defaults, refusals naming the variable in
// Vietnamese, the README table generated from it, and a server and a CLI that stop on a bad value.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, configTable, loadConfig } from './config.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('configuration', () => {
  it('starts from documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      demoData: true,
      trustProxy: false,
      sessionIdleMinutes: 60,
      sessionMaxHours: 12,
      maxUploadBytes: 20 * 1024 * 1024,
      remindersEnabled: true,
      digestHour: 7,
      logLevel: 'info',
      dbPoolSize: 10,
    });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.smtpUrl).toBeUndefined();
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.filesDir).toBe(join(c.dataDir, 'files'));
  });

  it('reads every variable, an empty one counting as unset', () => {
    const c = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://dvcq:mk@db.tinh.gov.vn:5432/dvcq',
      DB_POOL_SIZE: '25',
      DEMO_DATA: 'false',
      PUBLIC_URL: 'https://dvcq.tayninh.gov.vn',
      TRUST_PROXY: 'true',
      MAX_UPLOAD_MB: '50',
      SMTP_URL: 'smtp://thu:mk@mail.tayninh.gov.vn:587',
      REMINDERS: 'off',
      DIGEST_HOUR: '6',
      LOG_LEVEL: 'warn',
      MAIL_FROM: '',
    });
    expect(c).toMatchObject({
      port: 8080,
      dbPoolSize: 25,
      demoData: false,
      publicUrl: 'https://dvcq.tayninh.gov.vn',
      trustProxy: true,
      maxUploadBytes: 50 * 1024 * 1024,
      remindersEnabled: false,
      digestHour: 6,
      logLevel: 'warn',
    });
    expect(c.mailFrom).toBe('DVCQ Tây Ninh <no-reply@tayninh.gov.vn>');
  });

  it('reads the trust anchors of signed PDFs from a PEM file, and refuses a file without certificates', () => {
    expect(loadConfig({}).trustAnchors).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'dvcq-anchors-'));
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
    writeFileSync(join(dir, 'ca.pem'), `Gốc\n${pem}\nTrung gian\n${pem}\n`);
    expect(loadConfig({ TRUST_ANCHORS_FILE: join(dir, 'ca.pem') }).trustAnchors).toEqual([pem, pem]);
    writeFileSync(join(dir, 'empty.pem'), 'nothing here');
    expect(() => loadConfig({ TRUST_ANCHORS_FILE: join(dir, 'empty.pem') })).toThrow(/TRUST_ANCHORS_FILE.*không chứa chứng thư số/);
    expect(() => loadConfig({ TRUST_ANCHORS_FILE: join(dir, 'missing.pem') })).toThrow(/TRUST_ANCHORS_FILE.*không đọc được/);
  });

  it('refuses bad values with a Vietnamese message naming each variable', () => {
    const refuse = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as ConfigError).message;
      }
      throw new Error(`accepted ${JSON.stringify(env)}`);
    };
    expect(refuse({ PORT: 'abc' })).toContain('Biến môi trường PORT="abc" phải là số nguyên từ 1 đến 65535.');
    expect(refuse({ PORT: '70000' })).toContain('PORT="70000"');
    expect(refuse({ DIGEST_HOUR: '24' })).toContain('DIGEST_HOUR="24" phải là số nguyên từ 0 đến 23');
    expect(refuse({ DEMO_DATA: 'yes' })).toContain('DEMO_DATA="yes" phải là "true" hoặc "false"');
    expect(refuse({ DATABASE_URL: 'mysql://x@y/z' })).toContain('DATABASE_URL');
    expect(refuse({ SMTP_URL: 'mail.tinh.gov.vn' })).toContain('SMTP_URL');
    expect(refuse({ LOG_LEVEL: 'loud' })).toContain('LOG_LEVEL="loud" phải là một trong: fatal, error, warn, info, debug, trace, silent');
    // every problem at once, so one restart fixes them all
    const both = refuse({ PORT: 'abc', MAX_UPLOAD_MB: '0' });
    expect(both).toContain('PORT');
    expect(both).toContain('MAX_UPLOAD_MB');
  });

  it('is documented in the README, row for row as the schema says', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- config:start -->\n([\s\S]*?)\n<!-- config:end -->/.exec(readme);
    expect(block, 'README.md has the configuration table between <!-- config:start --> and <!-- config:end -->').not.toBeNull();
    expect(block![1], 'the README table is out of date: run `npm run docs:config`').toBe(configTable());
    expect(Object.keys(configSchema.shape).length).toBeGreaterThanOrEqual(20);
  });
});

/** Runs a server entry point in its own process, as `npm start` / `npm run dvcq` do. */
function spawnTsx(entry: string, args: string[], env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'dvcq-config-'));
  try {
    return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, entry), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('a process started with a bad value', () => {
  it('the server stops with the message, a non-zero exit code and no stack trace', () => {
    const res = spawnTsx('packages/server/src/main.ts', [], { PORT: 'abc' });
    expect(res.status).not.toBe(0);
    expect(res.stderr).toContain('Biến môi trường PORT="abc" phải là số nguyên từ 1 đến 65535.');
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(res.stdout).not.toContain('DVCQ đang chạy');
  }, 120_000);

  it('the CLI too', () => {
    const res = spawnTsx('packages/server/src/cli/main.ts', ['migrate'], { PORT: 'abc' });
    expect(res.status).not.toBe(0);
    expect(res.stderr).toContain('PORT="abc"');
    expect(res.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
