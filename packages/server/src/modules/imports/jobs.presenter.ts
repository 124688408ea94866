// Import job rows → DTOs. A report job's reading is matched to the report's form when it is read (the
// form may change while the job waits), by imports.report.ts. Pure.
import {
  IMPORT_JOB_STAGES,
  messageFor,
  type ErrorCode,
  type ImportJobDto,
  type PlanImportResultDto,
  type ReportFormDto,
  type ReportImportResultDto,
} from '@dvcq/shared';
import type { ImportJobRow } from './jobs.repository.ts';
import { reportDraftFromReading, type ReadArea, type ReadFigure } from './imports.report.ts';

/** What a finished report job stores: the reading, before it is matched to a form. */
export type StoredReportReading = Omit<ReportImportResultDto, 'areas' | 'indicators' | 'proposal'> & {
  areas: ReadArea[];
  figures: ReadFigure[];
};

const stageOf = (s: string | null): ImportJobDto['stage'] =>
  s && (IMPORT_JOB_STAGES as readonly string[]).includes(s) ? (s as ImportJobDto['stage']) : null;

export function presentImportJob(
  row: Omit<ImportJobRow, 'input'>,
  form: Pick<ReportFormDto, 'sections' | 'indicators'> | null,
): ImportJobDto {
  const done = row.status === 'done' && row.result != null;
  let planResult: PlanImportResultDto | null = null;
  let reportResult: ReportImportResultDto | null = null;
  if (done && row.kind === 'plan') planResult = row.result as PlanImportResultDto;
  if (done && row.kind === 'report') {
    const { figures, areas, ...reading } = row.result as StoredReportReading;
    reportResult = { ...reading, ...reportDraftFromReading(form ?? { sections: [], indicators: [] }, areas, figures) };
  }
  return {
    id: row.id,
    kind: row.kind as ImportJobDto['kind'],
    status: row.status as ImportJobDto['status'],
    filename: row.filename,
    sizeBytes: row.sizeBytes,
    unitId: row.unitId,
    obligationId: row.obligationId,
    stage: stageOf(row.stage),
    progress: row.progress,
    page: row.page,
    pages: row.pages,
    cancelRequested: row.cancelRequested,
    error: row.errorCode ? { code: row.errorCode, message: messageFor(row.errorCode as ErrorCode, row.errorParams ?? {}) } : null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    planResult,
    reportResult,
  };
}
