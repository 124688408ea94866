// Health for load balancers and people: the database answers (and how far it is migrated) or it does not;
// the file store can take files (local directory writable, S3 bucket reachable); mail is not piling up
// behind an SMTP server that refuses it. Only the database makes the answer 503: without it nothing works,
// while a store or mail outage leaves the rest of the app serving (and is the same on every instance).
import { formatNumberVi } from '@dvcq/domain';
import { messageFor, type healthResponse, type healthUnavailable } from '@dvcq/shared';
import type { z } from 'zod';
import type { FileStorage } from '../../storage/storage.ts';
import type { HealthRepository } from './health.repository.ts';

export const VERSION = '0.1.0';
/** A store that does not answer within this is reported degraded (the S3 client may retry for longer). */
export const STORAGE_PROBE_TIMEOUT_MS = 3_000;

export type Health = { ok: true; body: z.output<typeof healthResponse> } | { ok: false; body: z.output<typeof healthUnavailable> };
type Checks = z.output<typeof healthResponse>['checks'];

export interface HealthDeps {
  repo: HealthRepository;
  storage: FileStorage;
  /** SMTP configured: mail is sent, so a backlog matters. */
  mailOn: boolean;
  /** Where the technical reason goes (the public answer names no host, path or error text). */
  warn?: (message: string) => void;
}

async function storageCheck(storage: FileStorage, warn: HealthDeps['warn']): Promise<Checks['storage']> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      storage.probe(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${STORAGE_PROBE_TIMEOUT_MS} ms`)), STORAGE_PROBE_TIMEOUT_MS);
      }),
    ]);
    return { status: 'ok', reason: null, kind: storage.kind };
  } catch (err) {
    warn?.(`health: file store (${storage.kind}) unavailable: ${(err as Error).message}`);
    const reason =
      storage.kind === 's3'
        ? 'Không kết nối được kho lưu tệp (S3): không tải lên, tải xuống được tệp đính kèm.'
        : 'Thư mục lưu tệp không ghi được: không tải lên được tệp đính kèm.';
    return { status: 'degraded', reason, kind: storage.kind };
  } finally {
    clearTimeout(timer);
  }
}

async function mailCheck(repo: HealthRepository, mailOn: boolean): Promise<Checks['mail']> {
  if (!mailOn) return { status: 'off', reason: null, waiting: 0 };
  const { retrying } = await repo.mailBacklog();
  if (retrying === 0) return { status: 'ok', reason: null, waiting: 0 };
  return {
    status: 'degraded',
    reason: `${formatNumberVi(retrying)} thư chưa gửi được, đang chờ gửi lại: máy chủ thư (SMTP) chưa nhận thư.`,
    waiting: retrying,
  };
}

export async function checkHealth(deps: HealthDeps, now: Date): Promise<Health> {
  const { repo } = deps;
  const storage = storageCheck(deps.storage, deps.warn);
  try {
    const [migrations, mail] = await Promise.all([repo.appliedMigrations(), mailCheck(repo, deps.mailOn)]);
    const checks: Checks = { database: { status: 'ok', reason: null }, storage: await storage, mail };
    const degraded = checks.storage.status === 'degraded' || checks.mail.status === 'degraded';
    return {
      ok: true,
      body: { status: degraded ? 'degraded' : 'ok', database: repo.kind, version: VERSION, migrations, time: now.toISOString(), checks },
    };
  } catch {
    await storage;
    const message = messageFor('service.unavailable');
    return { ok: false, body: { status: 'degraded', database: repo.kind, message, error: { code: 'service.unavailable', message } } };
  }
}
