// Contract of POST /api/imports/extract (operationId extractDocument): the document's text, what the
// extractor read with source spans, and a PlanInput proposal ready for POST /api/plans.
import type { PlanInput } from '@dvcq/shared';
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

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.docx', '.pdf', '.txt'];

export const importApi = {
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
