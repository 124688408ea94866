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
  format: z.enum(['docx', 'pdf', 'txt']),
  ocr: z.boolean(),
  text: z.string(),
  extraction: extractionSchema,
  proposal: planInput,
  unmatchedUnits: z.array(z.string()),
});
export type ExtractResponseDto = z.infer<typeof extractResponse>;
