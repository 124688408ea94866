// The import job runner of one app instance. It takes queued jobs from the database (any instance may
// take any job: FOR UPDATE SKIP LOCKED), at most one per CPU core at once, reads each with the
// extractor (OCR in its bounded child process, .docx/.pdf in bounded workers), writes progress and a
// heartbeat every second — the same write tells it when someone asked to cancel — and settles the job
// with its result or its error code. Jobs of an instance that stopped beating are failed with
// import.job_interrupted; on shutdown the jobs it runs go back to the queue for another instance.
import { isImportError, readDocument, type ReadDocumentResult, type ReadProgress } from '@dvcq/extractor';
import { hostname, availableParallelism } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../app-deps.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { planProposalFrom } from './imports.usecases.ts';
import type { StoredReportReading } from './jobs.presenter.ts';
import { createImportJobsRepository, type ImportJobRow, type ImportJobsRepository } from './jobs.repository.ts';
import type { PlanImportResultDto } from '@dvcq/shared';

export interface ImportJobRunner {
  /** Look for queued jobs now (after one was started). */
  kick(): void;
  /** Stop a job this instance runs (a cancel asked here). */
  cancelLocal(id: string): void;
  /** Resolves when nothing runs and nothing waits that this instance could take (tests). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export interface RunnerOptions {
  /** Jobs at once (default: one per CPU core). */
  slots?: number;
  /** How often to look for queued jobs and write heartbeats (default 1 s). */
  beatMs?: number;
  /** A running job whose heartbeat is older than this is failed (default 2 min). */
  staleMs?: number;
  onError?: (msg: string, err: unknown) => void;
}

type Reading = Pick<ReadDocumentResult, 'format' | 'source' | 'text' | 'extraction' | 'fields' | 'restoration' | 'ocr'>;

async function resultOf(repo: ImportJobsRepository, job: ImportJobRow, read: Reading, now: Date): Promise<unknown> {
  const info = {
    source: read.source,
    fields: read.fields as unknown as PlanImportResultDto['fields'],
    restoration: read.restoration,
    ocrConfidence: read.ocr?.meanConfidence ?? null,
  };
  if (job.kind === 'plan') {
    const plan = await planProposalFrom(repo.org, job.unitId, now, job.filename, read.format, read.text, read.extraction);
    return { ...plan, ...info } satisfies PlanImportResultDto;
  }
  const report = read.extraction.report;
  return {
    filename: job.filename,
    format: read.format,
    text: read.text,
    ...info,
    areas: report?.areas ?? [],
    figures: report?.indicators ?? [],
  } satisfies StoredReportReading;
}

export function startImportJobRunner(deps: AppDeps, opts: RunnerOptions = {}): ImportJobRunner {
  const repo = createImportJobsRepository(deps.database.db);
  const instanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const slots = opts.slots ?? Math.max(1, availableParallelism());
  const beatMs = opts.beatMs ?? 1000;
  const staleMs = opts.staleMs ?? 120_000;
  const report = opts.onError ?? (() => undefined);
  const running = new Map<string, { abort: AbortController; shutdown: boolean; done: Promise<void> }>();
  let stopped = false;
  let looking: Promise<void> | null = null;
  let again = false;

  async function runJob(job: ImportJobRow): Promise<void> {
    const entry = running.get(job.id)!;
    let latest: ReadProgress = { stage: 'reading', fraction: 0 };
    const beat = async () => {
      const p = {
        stage: latest.stage,
        progress: Math.round(latest.fraction * 100),
        page: latest.page ?? null,
        pages: latest.pages ?? null,
      };
      try {
        const r = await repo.heartbeat(job.id, instanceId, p, deps.clock());
        if (!r || r.cancelRequested) entry.abort.abort();
      } catch (err) {
        report('import job heartbeat failed', err);
      }
    };
    const timer = setInterval(() => void beat(), beatMs);
    let changes: Parameters<ImportJobsRepository['settle']>[2];
    try {
      const read = await readDocument(
        { buffer: job.input ?? Buffer.alloc(0), filename: job.filename },
        {
          signal: entry.abort.signal,
          maxBytes: deps.config.maxUploadBytes,
          onProgress: (p) => {
            const stageChanged = p.stage !== latest.stage;
            latest = p;
            if (stageChanged) void beat();
          },
        },
      );
      const result = await resultOf(repo, job, read, deps.clock());
      changes = { status: 'done', stage: 'done', progress: 100, result, finishedAt: deps.clock() };
    } catch (err) {
      if (entry.shutdown) changes = { status: 'queued', stage: 'queued', progress: 0, startedAt: null };
      else if (isImportError(err) && err.code === 'import.cancelled')
        changes = { status: 'cancelled', errorCode: 'import.cancelled', finishedAt: deps.clock() };
      else if (isImportError(err)) changes = { status: 'failed', errorCode: err.code, errorParams: err.params, finishedAt: deps.clock() };
      else {
        report(`import job ${job.id} failed`, err);
        changes = { status: 'failed', errorCode: 'import.parse_failed', finishedAt: deps.clock() };
      }
    } finally {
      clearInterval(timer);
    }
    try {
      await repo.transaction(async (tx) => {
        if (!(await tx.settle(job.id, instanceId, changes))) return;
        if (changes.status === 'queued') return;
        await recordAudit(
          tx,
          { now: deps.clock(), label: 'Đọc tệp nhập (hệ thống)' },
          {
            action: `import_job.${changes.status}`,
            entityType: 'import_job',
            entityId: job.id,
            unitId: job.unitId,
            after: { status: changes.status, errorCode: changes.errorCode ?? null },
          },
        );
      });
    } catch (err) {
      report(`import job ${job.id} could not be settled`, err);
    }
  }

  async function look(): Promise<void> {
    try {
      await repo.failStale(new Date(deps.clock().getTime() - staleMs), deps.clock());
      while (!stopped && running.size < slots) {
        const job = await repo.claimNext(instanceId, deps.clock());
        if (!job) break;
        const entry = { abort: new AbortController(), shutdown: false, done: Promise.resolve() };
        running.set(job.id, entry);
        entry.done = runJob(job).finally(() => {
          running.delete(job.id);
          kick();
        });
      }
    } catch (err) {
      if (!stopped) report('import job runner could not look for jobs', err);
    }
  }

  function kick(): void {
    if (stopped) return;
    if (looking) {
      again = true;
      return;
    }
    looking = look().finally(() => {
      looking = null;
      if (again) {
        again = false;
        kick();
      }
    });
  }

  const poll = setInterval(kick, Math.max(beatMs, 1000) * 2);
  poll.unref();
  kick();

  return {
    kick,
    cancelLocal(id) {
      running.get(id)?.abort.abort();
    },
    async idle() {
      for (;;) {
        if (looking) await looking;
        const busy = [...running.values()].map((r) => r.done);
        if (busy.length === 0 && !looking) return;
        await Promise.all(busy);
      }
    },
    async stop() {
      stopped = true;
      clearInterval(poll);
      if (looking) await looking.catch(() => undefined);
      for (const r of running.values()) {
        r.shutdown = true;
        r.abort.abort();
      }
      await Promise.all([...running.values()].map((r) => r.done));
    },
  };
}
