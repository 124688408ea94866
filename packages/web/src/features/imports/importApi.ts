// Contract of POST /api/imports/extract (operationId extractDocument): the document's text, what the
// extractor read with source spans, and a PlanInput proposal ready for POST /api/plans.
import type { ImportJobDto, PlanInput, ReportImportResultDto } from '@dvcq/shared';
import { ApiError, api } from '../../api/client.ts';
import { uploadMultipart } from '../../api/files.ts';

export interface Span {
  start: number;
  end: number;
}

export interface ExtractionDto {
  kind: string;
  number: string | null;
  issuedOn: string | null;
  place: string | null;
  issuer: string | null;
  title: string;
  year: number | null;
  references: { number: string; date: string | null; spans: Span[] }[];
  deadlines: {
    due: string;
    inclusive: boolean;
    phrase: string;
    subject: string;
    kind: string;
    period: string | null;
    span: Span;
    subjectSpan?: Span;
  }[];
  targets: { text: string; value: number | null; unit: string | null; span: Span }[];
  assignments: { unit: string; duties: string[]; span: Span; dutySpans?: Span[] }[];
  signer: { name: string; title: string | null; nameSpan: Span; titleSpans?: Span[] } | null;
  /** One span or several per scalar field; absent when the value was inferred. */
  spans: Partial<Record<string, Span | Span[]>>;
}

export interface ExtractResponse {
  format: string;
  ocr: boolean;
  text: string;
  extraction: ExtractionDto;
  proposal: PlanInput;
  unmatchedUnits: string[];
}

export interface FieldEvidence {
  /** 0–1; null: the field was not found (left empty, nothing invented). */
  confidence: number | null;
  regions: { page: number; bbox: number[] }[];
}

export interface Restoration {
  text: string;
  words: { start: number; end: number; from: string; to: string; confidence: number }[];
}

/** A plan read by an import job: the extraction plus how sure each header field is and restored diacritics. */
export interface ImportedPlan extends ExtractResponse {
  filename: string;
  source: 'text' | 'ocr';
  fields: Record<string, FieldEvidence>;
  restoration: Restoration | null;
  ocrConfidence: number | null;
}

export type ImportedReport = ReportImportResultDto;
export type ImportJob = ImportJobDto;

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.docx', '.pdf', '.txt', '.doc', '.png', '.jpg', '.jpeg', '.tif', '.tiff'];
/** How often a running job is asked for its progress. */
const POLL_MS = 700;

export type ImportJobQuery = { kind: 'plan'; issuerUnitId: string } | { kind: 'report'; obligationId: string };

export interface ImportJobProgress {
  /** Upload first (0–100), then the job as the server reports it. */
  phase: 'upload' | 'job';
  uploadPercent: number;
  job: ImportJob | null;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('aborted', 'AbortError'));
      },
      { once: true },
    );
  });

export const importApi = {
  startJob: (file: File, q: ImportJobQuery, onProgress: (p: number) => void, signal?: AbortSignal): Promise<ImportJob> => {
    const params = new URLSearchParams(
      q.kind === 'plan' ? { kind: 'plan', issuerUnitId: q.issuerUnitId } : { kind: 'report', obligationId: q.obligationId },
    );
    return uploadMultipart<ImportJob>(`/api/imports/jobs?${params.toString()}`, file, { onProgress, ...(signal ? { signal } : {}) });
  },
  getJob: (id: string) => api.get<ImportJob>(`/api/imports/jobs/${encodeURIComponent(id)}`),
  cancelJob: (id: string) => api.post<ImportJob>(`/api/imports/jobs/${encodeURIComponent(id)}/cancel`),

  /**
   * Uploads the file, starts the job and follows it until it ends. Aborting the signal cancels the job on
   * the server. Resolves with the finished job; a failed job rejects with its code and Vietnamese message.
   */
  async runJob(file: File, q: ImportJobQuery, onProgress: (p: ImportJobProgress) => void, signal: AbortSignal): Promise<ImportJob> {
    onProgress({ phase: 'upload', uploadPercent: 0, job: null });
    let job = await importApi.startJob(file, q, (uploadPercent) => onProgress({ phase: 'upload', uploadPercent, job: null }), signal);
    const cancel = () => void importApi.cancelJob(job.id).catch(() => undefined);
    signal.addEventListener('abort', cancel, { once: true });
    try {
      while (job.status === 'queued' || job.status === 'running') {
        onProgress({ phase: 'job', uploadPercent: 100, job });
        await sleep(POLL_MS, signal);
        job = await importApi.getJob(job.id);
      }
    } finally {
      signal.removeEventListener('abort', cancel);
    }
    onProgress({ phase: 'job', uploadPercent: 100, job });
    if (job.status === 'done') return job;
    if (job.status === 'cancelled') throw new DOMException('aborted', 'AbortError');
    throw new ApiError(400, job.error?.code ?? 'import.parse_failed', job.error?.message ?? '');
  },

  /** Reads a plan document into a proposal; nothing is stored. */
  extract: (file: File, issuerUnitId: string, onProgress: (p: number) => void, signal?: AbortSignal): Promise<ExtractResponse> =>
    uploadMultipart<ExtractResponse>(`/api/imports/extract?issuerUnitId=${encodeURIComponent(issuerUnitId)}`, file, {
      onProgress,
      ...(signal ? { signal } : {}),
    }),
};

export function asSpans(v: Span | Span[] | null | undefined): Span[] {
  if (!v) return [];
  return (Array.isArray(v) ? v : [v]).filter((s) => s && Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start);
}

/**
 * Source spans per form item, keyed by a stable source id carried on each list item (`_src`) so that
 * removing or adding items in the form does not point at the wrong paragraph.
 */
export function sourceSpans(res: ExtractResponse): Map<string, Span[]> {
  const e = res.extraction;
  const out = new Map<string, Span[]>();
  for (const key of ['number', 'issuedOn', 'place', 'issuer', 'title', 'year']) out.set(key, asSpans(e.spans?.[key]));
  if (e.signer) out.set('signer', [e.signer.nameSpan, ...(e.signer.titleSpans ?? [])].filter(Boolean));
  e.references.forEach((r, i) => out.set(`ref:${i}`, asSpans(r.spans)));
  e.deadlines.forEach((d, i) => out.set(`deadline:${i}`, [...asSpans(d.span), ...asSpans(d.subjectSpan)]));
  e.targets.forEach((x, i) => out.set(`target:${i}`, asSpans(x.span)));
  let k = 0;
  e.assignments.forEach((a) => {
    const n = Math.max(1, a.duties.length);
    for (let j = 0; j < n; j++) out.set(`activity:${k++}`, asSpans(a.dutySpans?.[j] ?? a.span));
  });
  return out;
}
