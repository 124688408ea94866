// Import jobs: a file whose reading takes long (OCR of a scanned PDF or an image) is read off the
// request thread. Starting a job checks the person's right to draft what the file becomes and the
// file's bounds, stores the file with the job, and returns at once; the runner (jobs.runner.ts) of any
// instance reads it; the person polls progress, may cancel, and gets the draft proposal when done.
import { assertZipWithinLimits, imageTypeOf, sniffFormat } from '@dvcq/extractor';
import type { ImportJobDto } from '@dvcq/shared';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../authz/actor.ts';
import { AuthzErrors } from '../../authz/authz.errors.ts';
import { appError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import type { Upload } from '../files/files.upload.ts';
import { assertDraftReport } from '../reports/reports.policies.ts';
import { getReport } from '../reports/reports.usecases.ts';
import { fromImportError } from './imports.errors.ts';
import { assertCanImportFor } from './imports.usecases.ts';
import { presentImportJob } from './jobs.presenter.ts';
import type { ImportJobRow, ImportJobsRepository } from './jobs.repository.ts';

/** Queued or running jobs one person may have at once. */
export const MAX_ACTIVE_JOBS_PER_USER = 3;

export type StartImportJobQuery =
  | { kind: 'plan'; issuerUnitId?: string | undefined; obligationId?: string | undefined }
  | { kind: 'report'; issuerUnitId?: string | undefined; obligationId?: string | undefined };

/** Who may start the job, checked before the file is read: the unit it is for, and (reports) the form. */
export async function authoriseImportJob(repo: ImportJobsRepository, ctx: RequestContext, q: StartImportJobQuery) {
  if (q.kind === 'plan') {
    const issuer = await assertCanImportFor(repo.org, ctx, q.issuerUnitId!);
    return { unitId: issuer.id, obligationId: null };
  }
  const report = await getReport(repo.reports, ctx.actor, q.obligationId!);
  assertDraftReport(ctx.actor, (await repo.org.findUnit(report.unit.id))!.path);
  if (!report.form || report.form.sections.length === 0) throw appError('import.report_form_missing');
  // Submitted or accepted: no draft to fill.
  if (!report.can.edit) throw AuthzErrors.forbidden();
  return { unitId: report.unit.id, obligationId: report.obligationId };
}

/** Refuses at once what no job could read: no content, an unknown type, a zip bomb. */
async function assertReadable(upload: Upload): Promise<void> {
  if (upload.data.length === 0) throw appError('import.empty');
  const kind = sniffFormat(upload.data, upload.filename);
  if (kind === 'binary' && !imageTypeOf(upload.data)) throw appError('import.unsupported_type');
  if (kind === 'docx' || kind === 'zip') {
    try {
      await assertZipWithinLimits(upload.data);
    } catch (err) {
      throw fromImportError(err) ?? err;
    }
  }
}

export async function startImportJob(
  repo: ImportJobsRepository,
  ctx: RequestContext,
  q: StartImportJobQuery,
  upload: Upload,
  kick: () => void,
): Promise<ImportJobDto> {
  const target = await authoriseImportJob(repo, ctx, q);
  await assertReadable(upload);
  const row = await repo.transaction(async (tx) => {
    if ((await tx.activeCount(ctx.actor.userId)) >= MAX_ACTIVE_JOBS_PER_USER)
      throw appError('import.too_many_jobs', { limit: MAX_ACTIVE_JOBS_PER_USER });
    const job = await tx.insert({
      id: randomUUID(),
      kind: q.kind,
      status: 'queued',
      createdBy: ctx.actor.userId,
      unitId: target.unitId,
      obligationId: target.obligationId,
      filename: upload.filename,
      sizeBytes: upload.data.length,
      input: upload.data,
      stage: 'queued',
      progress: 0,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'import_job.started',
      entityType: 'import_job',
      entityId: job.id,
      unitId: target.unitId,
      after: { kind: q.kind, filename: upload.filename, sizeBytes: upload.data.length, obligationId: target.obligationId },
    });
    return job;
  });
  kick();
  return presentImportJob(row, null);
}

/** A job is seen only by the person who started it (anyone else: not found). */
async function ownJob(repo: ImportJobsRepository, ctx: RequestContext, id: string) {
  const row = await repo.find(id);
  if (!row || row.createdBy !== ctx.actor.userId) throw appError('import.job_not_found');
  return row;
}

async function present(repo: ImportJobsRepository, ctx: RequestContext, row: Omit<ImportJobRow, 'input'>): Promise<ImportJobDto> {
  if (row.kind === 'report' && row.status === 'done' && row.obligationId) {
    const report = await getReport(repo.reports, ctx.actor, row.obligationId);
    return presentImportJob(row, report.form);
  }
  return presentImportJob(row, null);
}

export async function getImportJob(repo: ImportJobsRepository, ctx: RequestContext, id: string): Promise<ImportJobDto> {
  return present(repo, ctx, await ownJob(repo, ctx, id));
}

export async function cancelImportJob(
  repo: ImportJobsRepository,
  ctx: RequestContext,
  id: string,
  cancelLocal: (id: string) => void,
): Promise<ImportJobDto> {
  const row = await repo.transaction(async (tx) => {
    const job = await ownJob(tx, ctx, id);
    if (job.status !== 'queued' && job.status !== 'running') throw appError('import.job_finished');
    const updated = (await tx.requestCancel(id, ctx.now)) ?? job;
    await recordAudit(tx, ctx, {
      action: 'import_job.cancelled',
      entityType: 'import_job',
      entityId: id,
      unitId: job.unitId,
      before: { status: job.status },
      after: { status: updated.status, cancelRequested: true },
    });
    return updated;
  });
  // The instance running it stops at once when it is this one, within a heartbeat otherwise.
  if (row.status === 'running') cancelLocal(id);
  return present(repo, ctx, row);
}
