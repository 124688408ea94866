// SQL of import jobs. A job is a row first (with its file), taken by one instance at a time under FOR
// UPDATE SKIP LOCKED, kept alive by heartbeats, and settled only by the instance holding it.
import { and, asc, count, eq, getTableColumns, inArray, lt, sql } from 'drizzle-orm';
import { defineRepository } from '../../db/repository.ts';
import { importJobs } from '../../db/schema.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createOrgRepository } from '../org/org.repository.ts';
import { createReportsRepository } from '../reports/reports.repository.ts';

export type ImportJobRow = typeof importJobs.$inferSelect;
export type NewImportJobRow = typeof importJobs.$inferInsert;

/** Every column but the file itself (which can be megabytes). */
const { input: _input, ...withoutInput } = getTableColumns(importJobs);
void _input;

export const createImportJobsRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),
  org: createOrgRepository(db),
  reports: createReportsRepository(db),

  async insert(row: NewImportJobRow): Promise<Omit<ImportJobRow, 'input'>> {
    const [r] = await db.insert(importJobs).values(row).returning(withoutInput);
    return r!;
  },

  async find(id: string): Promise<Omit<ImportJobRow, 'input'> | null> {
    const [r] = await db.select(withoutInput).from(importJobs).where(eq(importJobs.id, id));
    return r ?? null;
  },

  /** Queued or running jobs of one person. */
  async activeCount(userId: string): Promise<number> {
    const [r] = await db
      .select({ n: count() })
      .from(importJobs)
      .where(and(eq(importJobs.createdBy, userId), inArray(importJobs.status, ['queued', 'running'])));
    return r?.n ?? 0;
  },

  /** Takes the oldest queued job for `instanceId`; null when none is waiting. */
  async claimNext(instanceId: string, now: Date): Promise<ImportJobRow | null> {
    const next = db
      .select({ id: importJobs.id })
      .from(importJobs)
      .where(eq(importJobs.status, 'queued'))
      .orderBy(asc(importJobs.createdAt))
      .limit(1)
      .for('update', { skipLocked: true });
    const [r] = await db
      .update(importJobs)
      .set({ status: 'running', lockedBy: instanceId, heartbeatAt: now, startedAt: now })
      .where(and(inArray(importJobs.id, next), eq(importJobs.status, 'queued')))
      .returning();
    return r ?? null;
  },

  /** Progress and heartbeat of a job we hold; answers whether someone asked to cancel it (null: no longer ours). */
  async heartbeat(
    id: string,
    instanceId: string,
    changes: Pick<NewImportJobRow, 'stage' | 'progress' | 'page' | 'pages'>,
    now: Date,
  ): Promise<{ cancelRequested: boolean } | null> {
    const [r] = await db
      .update(importJobs)
      .set({ ...changes, heartbeatAt: now })
      .where(and(eq(importJobs.id, id), eq(importJobs.lockedBy, instanceId), eq(importJobs.status, 'running')))
      .returning({ cancelRequested: importJobs.cancelRequested });
    return r ?? null;
  },

  /** Ends a job we hold: done, failed, cancelled, or back to the queue (shutdown); the file is dropped once it ends. */
  async settle(id: string, instanceId: string, changes: Partial<NewImportJobRow>): Promise<boolean> {
    const ends = changes.status !== 'queued';
    const r = await db
      .update(importJobs)
      .set({ ...changes, ...(ends ? { input: null } : {}), lockedBy: null })
      .where(and(eq(importJobs.id, id), eq(importJobs.lockedBy, instanceId), eq(importJobs.status, 'running')))
      .returning({ id: importJobs.id });
    return r.length > 0;
  },

  /** A queued job is cancelled at once; a running one is asked to stop (its instance sees the flag). */
  async requestCancel(id: string, now: Date): Promise<Omit<ImportJobRow, 'input'> | null> {
    const [queued] = await db
      .update(importJobs)
      .set({ status: 'cancelled', cancelRequested: true, input: null, finishedAt: now, errorCode: 'import.cancelled' })
      .where(and(eq(importJobs.id, id), eq(importJobs.status, 'queued')))
      .returning(withoutInput);
    if (queued) return queued;
    const [running] = await db
      .update(importJobs)
      .set({ cancelRequested: true })
      .where(and(eq(importJobs.id, id), eq(importJobs.status, 'running')))
      .returning(withoutInput);
    return running ?? null;
  },

  /** Jobs whose instance stopped sending heartbeats before `staleBefore` fail with import.job_interrupted. */
  async failStale(staleBefore: Date, now: Date): Promise<string[]> {
    const r = await db
      .update(importJobs)
      .set({ status: 'failed', errorCode: 'import.job_interrupted', input: null, lockedBy: null, finishedAt: now })
      .where(and(eq(importJobs.status, 'running'), lt(importJobs.heartbeatAt, staleBefore)))
      .returning({ id: importJobs.id });
    return r.map((x) => x.id);
  },

  /** Test and maintenance view: whether a job still holds its file. */
  async hasInput(id: string): Promise<boolean> {
    const [r] = await db
      .select({ has: sql<boolean>`${importJobs.input} is not null` })
      .from(importJobs)
      .where(eq(importJobs.id, id));
    return r?.has ?? false;
  },
}));

export type ImportJobsRepository = ReturnType<typeof createImportJobsRepository>;
