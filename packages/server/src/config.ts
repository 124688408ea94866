// Configuration from the environment: one Zod schema, validated once at start. A bad value stops the
// server and the CLI with a Vietnamese message naming the variable (no stack trace). Each variable is
// documented beside its schema; the README's table is generated from this file (`npm run docs:config`)
// and config.test.ts fails when the two differ.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { S3Settings } from './storage/s3.ts';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Connections of the PostgreSQL pool of this instance. */
  dbPoolSize: number;
  /** Load the demo province, plans and accounts into an empty database. */
  demoData: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Cookies get `Secure` when the public URL is https (behind a TLS-terminating proxy too). */
  publicUrl: string;
  trustProxy: boolean;
  bodyLimitBytes: number;
  webDistDir: string;
  timeZone: string;
  /** Where uploaded files go when no S3 bucket is configured. */
  filesDir: string;
  /** STORAGE=s3: files in an S3-compatible bucket (shared by several instances); local: in filesDir. */
  storage: 'local' | 's3';
  /** Set when storage is 's3'. */
  s3: S3Settings | undefined;
  maxUploadBytes: number;
  /** Outgoing mail, e.g. smtp://user:pass@host:587; unset: no e-mail is queued (in-app only). */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** REMINDERS=off stops the reminder tick in this instance (the database keeps its state). */
  remindersEnabled: boolean;
  reminderTickSeconds: number;
  /** Province hour (0–23) from which the day's digest e-mails are built. */
  digestHour: number;
  logLevel: LogLevel;
  /**
   * PEM certificates (the government CA's roots and intermediates) that signed PDFs are validated
   * against; empty: signatures are read and checked for changes, but their chain is not validated.
   */
  trustAnchors: string[];
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const DEFAULT_WEB_DIST = join(import.meta.dirname, '../../web/dist');

const integer = (min: number, max: number) => {
  const error = `phải là số nguyên từ ${min} đến ${max}`;
  return z
    .string()
    .trim()
    .regex(/^\d+$/, { error })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error });
};

const flag = (on: string, off: string) => z.enum([on, off], { error: `phải là "${on}" hoặc "${off}"` }).transform((v) => v === on);

const url = (protocols: readonly string[], example: string) =>
  z.string().refine(
    (s) => {
      try {
        return protocols.includes(new URL(s).protocol);
      } catch {
        return false;
      }
    },
    { error: `phải là một địa chỉ dạng ${example}` },
  );

const text = z.string().trim().min(1, { error: 'không được để trống' });

/**
 * The schema. Keys are the variable names; an unset variable (or an empty one) takes its default.
 * Variables without a default are optional and their absence has a meaning (see CONFIG_DOCS).
 */
export const configSchema = z.object({
  PORT: integer(1, 65535).default(3000),
  HOST: text.default('0.0.0.0'),
  DATA_DIR: text.default('./data'),
  DATABASE_URL: url(['postgres:', 'postgresql:'], 'postgres://người-dùng:mật-khẩu@máy-chủ:5432/tên-csdl').optional(),
  DB_POOL_SIZE: integer(1, 200).default(10),
  DEMO_DATA: flag('true', 'false').default(true),
  PUBLIC_URL: url(['http:', 'https:'], 'https://dvcq.tinh.gov.vn').optional(),
  TRUST_PROXY: flag('true', 'false').default(false),
  SESSION_IDLE_MINUTES: integer(1, 24 * 60).default(60),
  SESSION_MAX_HOURS: integer(1, 24 * 31).default(12),
  BODY_LIMIT_BYTES: integer(1024, 100 * 1024 * 1024).default(2 * 1024 * 1024),
  MAX_UPLOAD_MB: integer(1, 1024).default(20),
  FILES_DIR: text.optional(),
  STORAGE: z.enum(['local', 's3'], { error: 'phải là "local" hoặc "s3"' }).default('local'),
  S3_ENDPOINT: url(['http:', 'https:'], 'https://s3.tinh.gov.vn hoặc http://minio:9000').optional(),
  S3_REGION: text.default('us-east-1'),
  S3_BUCKET: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: 'phải là tên bucket hợp lệ (3–63 ký tự: chữ thường, số, dấu chấm, gạch ngang)' })
    .optional(),
  S3_ACCESS_KEY_ID: text.optional(),
  S3_SECRET_ACCESS_KEY: text.optional(),
  S3_FORCE_PATH_STYLE: flag('true', 'false').default(true),
  S3_PREFIX: z
    .string()
    .trim()
    .regex(/^[\w.-]+(\/[\w.-]+)*\/?$/, { error: 'chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới và dấu /' })
    .optional(),
  WEB_DIST_DIR: text.optional(),
  SMTP_URL: url(['smtp:', 'smtps:'], 'smtp://người-dùng:mật-khẩu@máy-chủ:587').optional(),
  MAIL_FROM: text.default('DVCQ Tây Ninh <no-reply@tayninh.gov.vn>'),
  REMINDERS: flag('on', 'off').default(true),
  REMINDER_TICK_SECONDS: integer(5, 3600).default(60),
  DIGEST_HOUR: integer(0, 23).default(7),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `phải là một trong: ${LOG_LEVELS.join(', ')}` }).default('info'),
  TRUST_ANCHORS_FILE: text.optional(),
});

export type ConfigVariable = keyof typeof configSchema.shape;

/** The README's table: default as people read it, and what the variable does. Every variable has a row. */
export const CONFIG_DOCS: Record<ConfigVariable, { default: string; meaning: string }> = {
  PORT: { default: '`3000`', meaning: 'HTTP port' },
  HOST: { default: '`0.0.0.0`', meaning: 'address to listen on (`127.0.0.1`: this machine only)' },
  DATA_DIR: { default: '`./data`', meaning: 'embedded database (`data/db`), uploaded files (`data/files`), lock file' },
  DATABASE_URL: {
    default: '—',
    meaning: '`postgres://…`: use a PostgreSQL server instead of the embedded database (same migrations, same queries)',
  },
  DB_POOL_SIZE: { default: '`10`', meaning: 'connections this instance keeps to PostgreSQL (with `DATABASE_URL`)' },
  DEMO_DATA: {
    default: '`true`',
    meaning: '`false`: start with an empty database (then `npm run dvcq -- import-units` and `create-admin`)',
  },
  PUBLIC_URL: { default: '`http://localhost:PORT`', meaning: 'links in e-mails and calendar feeds; `https://…` makes cookies `Secure`' },
  TRUST_PROXY: { default: '`false`', meaning: '`true` behind a reverse proxy (client IPs for sign-in throttling)' },
  SESSION_IDLE_MINUTES: { default: '`60`', meaning: 'a session ends after this long without a request' },
  SESSION_MAX_HOURS: { default: '`12`', meaning: 'a session ends this long after sign-in, whatever happens' },
  BODY_LIMIT_BYTES: { default: '`2097152`', meaning: 'largest JSON request body (a report, a plan); uploads have their own limit' },
  MAX_UPLOAD_MB: { default: '`20`', meaning: 'largest accepted file (attachments, imported documents, scorecard workbooks)' },
  FILES_DIR: { default: '`DATA_DIR/files`', meaning: 'where uploaded files are stored (with `STORAGE=local`)' },
  STORAGE: {
    default: '`local`',
    meaning:
      '`s3`: uploaded files go to an S3-compatible bucket (MinIO, Ceph, AWS …), required for several instances; `local`: `FILES_DIR`',
  },
  S3_ENDPOINT: { default: '— (AWS)', meaning: 'address of the S3-compatible store, e.g. `http://minio.noibo:9000`' },
  S3_REGION: { default: '`us-east-1`', meaning: 'region of the bucket (most self-hosted stores accept any)' },
  S3_BUCKET: { default: '—', meaning: 'bucket for uploaded files (required with `STORAGE=s3`; it must exist)' },
  S3_ACCESS_KEY_ID: { default: '—', meaning: 'access key; unset: the AWS default credential chain (environment, instance role)' },
  S3_SECRET_ACCESS_KEY: { default: '—', meaning: 'secret key (set together with `S3_ACCESS_KEY_ID`)' },
  S3_FORCE_PATH_STYLE: {
    default: '`true`',
    meaning: '`host/bucket/key` addresses (what MinIO and most self-hosted stores need); `false`: `bucket.host/key`',
  },
  S3_PREFIX: { default: '—', meaning: 'prefix of every object key, e.g. `dvcq/`, when the bucket is shared' },
  WEB_DIST_DIR: { default: '`packages/web/dist`', meaning: 'the built web client to serve' },
  SMTP_URL: {
    default: '—',
    meaning:
      '`smtp://user:password@host:587` (or `smtps://…:465`): send e-mail (daily digests, returned reports); unset: notifications stay in the app',
  },
  MAIL_FROM: { default: '`DVCQ Tây Ninh <no-reply@tayninh.gov.vn>`', meaning: 'sender of e-mails' },
  REMINDERS: { default: '`on`', meaning: '`off`: this instance runs no reminder tick (another instance may; nothing is lost)' },
  REMINDER_TICK_SECONDS: { default: '`60`', meaning: 'how often the reminder tick runs' },
  DIGEST_HOUR: { default: '`7`', meaning: "hour (0–23, Asia/Ho_Chi_Minh) from which the day's digest e-mails are sent" },
  LOG_LEVEL: { default: '`info`', meaning: `server log level: ${LOG_LEVELS.map((l) => `\`${l}\``).join(', ')}` },
  TRUST_ANCHORS_FILE: {
    default: '—',
    meaning:
      "PEM file with the government CA's root (and intermediate) certificates: the chain of a signed PDF's signer is validated against them; unset: signers, signing times and changes after signing are still shown, the chain is reported as not validated",
  },
};

/** A configuration the process cannot start with; its message says which variable and why, in Vietnamese. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; value: string | undefined; message: string }[]) {
    super(
      [
        'Cấu hình không hợp lệ, DVCQ không khởi động:',
        ...problems.map(
          (p) => `  - Biến môi trường ${p.variable}${p.value === undefined ? '' : `=${JSON.stringify(p.value)}`} ${p.message}.`,
        ),
        'Hãy sửa giá trị (xem bảng cấu hình trong README.md) rồi chạy lại.',
      ].join('\n'),
    );
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (as in `PORT= npm start` or an empty line in a .env file).
  const raw = Object.fromEntries(Object.keys(configSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? '');
        return { variable, value: raw[variable], message: issue.message };
      }),
    );
  }
  const v = parsed.data;
  const s3Problems: ConfigError['problems'] = [];
  if (v.STORAGE === 's3' && !v.S3_BUCKET)
    s3Problems.push({ variable: 'S3_BUCKET', value: undefined, message: 'phải được đặt khi STORAGE=s3' });
  if (Boolean(v.S3_ACCESS_KEY_ID) !== Boolean(v.S3_SECRET_ACCESS_KEY)) {
    const missing = v.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID';
    s3Problems.push({ variable: missing, value: undefined, message: 'phải được đặt cùng với biến còn lại của cặp khoá truy cập S3' });
  }
  if (s3Problems.length) throw new ConfigError(s3Problems);
  const dataDir = resolve(v.DATA_DIR);
  return {
    port: v.PORT,
    host: v.HOST,
    dataDir,
    databaseUrl: v.DATABASE_URL,
    dbPoolSize: v.DB_POOL_SIZE,
    demoData: v.DEMO_DATA,
    sessionIdleMinutes: v.SESSION_IDLE_MINUTES,
    sessionMaxHours: v.SESSION_MAX_HOURS,
    publicUrl: v.PUBLIC_URL ?? `http://localhost:${v.PORT}`,
    trustProxy: v.TRUST_PROXY,
    bodyLimitBytes: v.BODY_LIMIT_BYTES,
    webDistDir: resolve(v.WEB_DIST_DIR ?? DEFAULT_WEB_DIST),
    timeZone: 'Asia/Ho_Chi_Minh',
    filesDir: resolve(v.FILES_DIR ?? join(dataDir, 'files')),
    storage: v.STORAGE,
    s3:
      v.STORAGE === 's3'
        ? {
            endpoint: v.S3_ENDPOINT,
            region: v.S3_REGION,
            bucket: v.S3_BUCKET!,
            accessKeyId: v.S3_ACCESS_KEY_ID,
            secretAccessKey: v.S3_SECRET_ACCESS_KEY,
            forcePathStyle: v.S3_FORCE_PATH_STYLE,
            prefix: v.S3_PREFIX ? v.S3_PREFIX.replace(/\/?$/, '/') : '',
          }
        : undefined,
    maxUploadBytes: v.MAX_UPLOAD_MB * 1024 * 1024,
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM,
    remindersEnabled: v.REMINDERS,
    reminderTickSeconds: v.REMINDER_TICK_SECONDS,
    digestHour: v.DIGEST_HOUR,
    logLevel: v.LOG_LEVEL,
    trustAnchors: v.TRUST_ANCHORS_FILE ? readTrustAnchors(v.TRUST_ANCHORS_FILE) : [],
  };
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The certificates of a PEM bundle; an unreadable file or one without a certificate stops the start. */
function readTrustAnchors(path: string): string[] {
  let content: string;
  try {
    content = readFileSync(resolve(path), 'utf8');
  } catch {
    throw new ConfigError([{ variable: 'TRUST_ANCHORS_FILE', value: path, message: 'không đọc được tệp này' }]);
  }
  const certificates = content.match(PEM_CERTIFICATE) ?? [];
  if (!certificates.length)
    throw new ConfigError([
      { variable: 'TRUST_ANCHORS_FILE', value: path, message: 'không chứa chứng thư số nào (PEM "BEGIN CERTIFICATE")' },
    ]);
  return certificates;
}

/** The README's configuration table (markdown), generated from CONFIG_DOCS in schema order. */
export function configTable(): string {
  const rows = (Object.keys(configSchema.shape) as ConfigVariable[]).map(
    (k) => `| \`${k}\` | ${CONFIG_DOCS[k].default} | ${CONFIG_DOCS[k].meaning} |`,
  );
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

export function embeddedDbDir(config: Pick<Config, 'dataDir'>): string {
  return join(config.dataDir, 'db');
}
