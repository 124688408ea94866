// Configuration from the environment, read once at start-up.
import { join, resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
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
  maxUploadBytes: number;
  /** Outgoing mail, e.g. smtp://user:pass@host:587; unset: no e-mail is queued (in-app only). */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** REMINDERS=off stops the reminder tick in this instance (the database keeps its state). */
  remindersEnabled: boolean;
  reminderTickSeconds: number;
  /** Province hour (0–23) from which the day's digest e-mails are built. */
  digestHour: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const dataDir = resolve(env.DATA_DIR ?? './data');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    demoData: (env.DEMO_DATA ?? 'true') !== 'false',
    sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 60),
    sessionMaxHours: Number(env.SESSION_MAX_HOURS ?? 12),
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    trustProxy: env.TRUST_PROXY === 'true',
    bodyLimitBytes: Number(env.BODY_LIMIT_BYTES ?? 2 * 1024 * 1024),
    webDistDir: resolve(env.WEB_DIST_DIR ?? join(import.meta.dirname, '../../web/dist')),
    timeZone: 'Asia/Ho_Chi_Minh',
    filesDir: resolve(env.FILES_DIR ?? join(dataDir, 'files')),
    maxUploadBytes: Number(env.MAX_UPLOAD_MB ?? 20) * 1024 * 1024,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'DVCQ Tây Ninh <no-reply@tayninh.gov.vn>',
    remindersEnabled: (env.REMINDERS ?? 'on') !== 'off',
    reminderTickSeconds: Number(env.REMINDER_TICK_SECONDS ?? 60),
    digestHour: Number(env.DIGEST_HOUR ?? 7),
  };
}

export function embeddedDbDir(config: Pick<Config, 'dataDir'>): string {
  return join(config.dataDir, 'db');
}
