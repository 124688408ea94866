import { z } from 'zod';
import { uuid } from './common.ts';
import { planInput } from './plans.ts';

const span = z.object({ start: z.number().int(), end: z.number().int() });

/** What the extractor read in a document, with the source span of every field (for highlighting). */
export const extractionSchema = z.object({
  kind: z.enum(['plan', 'report', 'decision', 'other']),
  number: z.string().nullable(),
  issuedOn: z.string().nullable(),
  place: z.string().nullable(),
  issuer: z.string().nullable(),
  title: z.string(),
  year: z.number().int().nullable(),
  references: z.array(z.object({ number: z.string(), date: z.string().nullable(), spans: z.array(span) })),
  deadlines: z.array(
    z.object({
      due: z.string(),
      inclusive: z.boolean(),
      phrase: z.string(),
      subject: z.string(),
      kind: z.string(),
      period: z.string().nullable(),
      span,
      subjectSpan: span,
    }),
  ),
  targets: z.array(
    z.object({ text: z.string(), value: z.number().nullable(), unit: z.string().nullable(), span, valueSpan: span.nullable() }),
  ),
  assignments: z.array(z.object({ unit: z.string(), duties: z.array(z.string()), span, dutySpans: z.array(span) })),
  signer: z.object({ name: z.string(), title: z.string().nullable(), nameSpan: span, titleSpans: z.array(span) }).nullable(),
  /** Source spans of the header fields: number, issuedOn, place, issuer, title, kind, year. */
  spans: z.record(z.string(), z.array(span)),
});

export const extractDocumentQuery = z.object({ issuerUnitId: uuid });

export const extractResponse = z.object({
  filename: z.string(),
  format: z.enum(['docx', 'pdf', 'txt', 'doc', 'image']),
  ocr: z.boolean(),
  text: z.string(),
  extraction: extractionSchema,
  proposal: planInput,
  unmatchedUnits: z.array(z.string()),
});
export type ExtractResponseDto = z.infer<typeof extractResponse>;

// ---- Import jobs: long reads (OCR of scans and images) off the request thread -------------------------

export const IMPORT_JOB_KINDS = ['plan', 'report'] as const;
export const IMPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export const IMPORT_JOB_STAGES = ['reading', 'converting', 'rasterising', 'queued', 'ocr', 'extracting', 'done'] as const;

export const startImportJobQuery = z
  .object({
    kind: z.enum(IMPORT_JOB_KINDS),
    /** kind = plan: the unit issuing the plan. */
    issuerUnitId: uuid.optional(),
    /** kind = report: the report (obligation) the draft is for. */
    obligationId: uuid.optional(),
  })
  .refine((q) => (q.kind === 'plan' ? !!q.issuerUnitId : !!q.obligationId), {
    message: 'Kế hoạch cần issuerUnitId; báo cáo cần obligationId.',
    path: ['kind'],
  });

/** How sure the reader is of a header field (null: empty, nothing invented) and where on the page images it was read. */
export const fieldEvidenceSchema = z.object({
  confidence: z.number().nullable(),
  regions: z.array(z.object({ page: z.number().int(), bbox: z.array(z.number()) })),
});

/** For text read without diacritics: the restored text (same length) and each restored word, to see and undo. */
export const restorationSchema = z.object({
  text: z.string(),
  words: z.array(z.object({ start: z.number().int(), end: z.number().int(), from: z.string(), to: z.string(), confidence: z.number() })),
});

const readingInfo = {
  source: z.enum(['text', 'ocr']),
  /** Per header field: number, issuedOn, place, issuer, title, year, kind, signer. */
  fields: z.record(z.string(), fieldEvidenceSchema),
  restoration: restorationSchema.nullable(),
  /** The OCR engine's mean word confidence (0–100); null for text sources. */
  ocrConfidence: z.number().nullable(),
};

export const planImportResult = extractResponse.extend(readingInfo);
export type PlanImportResultDto = z.infer<typeof planImportResult>;

export const reportImportResult = z.object({
  filename: z.string(),
  format: z.enum(['docx', 'pdf', 'txt', 'doc', 'image']),
  ...readingInfo,
  text: z.string(),
  /** Content areas as the report writes them, with the form section each was matched to (null: none). */
  areas: z.array(z.object({ heading: z.string(), narrative: z.string(), span, sectionCode: z.string().nullable() })),
  /** Figures the report states, with their cut-off date and the form indicator each was matched to. */
  indicators: z.array(
    z.object({
      label: z.string(),
      value: z.number(),
      unit: z.enum(['count', 'percent']),
      asOf: z.string().nullable(),
      text: z.string(),
      span,
      indicatorCode: z.string().nullable(),
    }),
  ),
  /** Ready for the report's draft form (the officer reviews, then saves it with saveReportDraft). */
  proposal: z.object({
    sections: z.record(z.string(), z.string()),
    values: z.record(z.string(), z.number()),
    cutOffDate: z.string().nullable(),
  }),
});
export type ReportImportResultDto = z.infer<typeof reportImportResult>;

export const importJobDto = z.object({
  id: uuid,
  kind: z.enum(IMPORT_JOB_KINDS),
  status: z.enum(IMPORT_JOB_STATUSES),
  filename: z.string(),
  sizeBytes: z.number().int(),
  unitId: uuid,
  obligationId: uuid.nullable(),
  stage: z.enum(IMPORT_JOB_STAGES).nullable(),
  /** 0–100. */
  progress: z.number().int(),
  page: z.number().int().nullable(),
  pages: z.number().int().nullable(),
  cancelRequested: z.boolean(),
  /** Why it failed, in the error catalogue's terms. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** When done: the draft proposal (one of the two, by kind). */
  planResult: planImportResult.nullable(),
  reportResult: reportImportResult.nullable(),
});
export type ImportJobDto = z.infer<typeof importJobDto>;
