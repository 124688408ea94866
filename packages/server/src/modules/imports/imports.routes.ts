// Reading a signed plan or report file into a draft: the same extractor as `dvcq import-doc`. The
// result is a proposal only; a person corrects it on the review screen and creates the draft.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { extractDocument, isImportError, readDocumentFile } from '@dvcq/extractor';
import { planInput, uuid, UNIT_KINDS } from '@dvcq/shared';
import { isNull } from 'drizzle-orm';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { AppError, appError, notFound } from '../../http/errors.ts';
import { orgUnits } from '../../db/schema.ts';
import { findUnit } from '../org/org.repository.ts';
import { assertCanDraftPlan } from '../plans/plans.policies.ts';
import { extractionToPlan } from './extraction-to-plan.ts';
import { localToday } from '../../clock.ts';

const span = z.object({ start: z.number().int(), end: z.number().int() });
const extractionSchema = z.object({
  kind: z.enum(['plan', 'report', 'decision', 'other']),
  number: z.string().nullable(),
  issuedOn: z.string().nullable(),
  place: z.string().nullable(),
  issuer: z.string().nullable(),
  title: z.string(),
  year: z.number().int().nullable(),
  references: z.array(z.object({ number: z.string(), date: z.string().nullable(), spans: z.array(span) })),
  deadlines: z.array(
    z.object({ due: z.string(), inclusive: z.boolean(), phrase: z.string(), subject: z.string(), kind: z.string(), period: z.string().nullable(), span, subjectSpan: span }),
  ),
  targets: z.array(z.object({ text: z.string(), value: z.number().nullable(), unit: z.string().nullable(), span, valueSpan: span.nullable() })),
  assignments: z.array(z.object({ unit: z.string(), duties: z.array(z.string()), span, dutySpans: z.array(span) })),
  signer: z.object({ name: z.string(), title: z.string().nullable(), nameSpan: span, titleSpans: z.array(span) }).nullable(),
  /** Source spans of the header fields: number, issuedOn, place, issuer, title, kind, year. */
  spans: z.record(z.string(), z.array(span)),
});

export const extractResponse = z.object({
  filename: z.string(),
  format: z.enum(['docx', 'pdf', 'txt']),
  ocr: z.boolean(),
  text: z.string(),
  extraction: extractionSchema,
  proposal: planInput,
  unmatchedUnits: z.array(z.string()),
});

export function importRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  r.post(
    '/api/imports/extract',
    {
      schema: {
        operationId: 'extractDocument',
        tags: ['Nhập văn bản'],
        summary: 'Đọc tệp kế hoạch/báo cáo (.docx, .pdf có văn bản, .txt) thành bản nháp để rà soát',
        description: 'multipart/form-data, một tệp. Không ghi gì vào cơ sở dữ liệu: kết quả là đề xuất để người dùng sửa rồi tạo bản nháp.',
        consumes: ['multipart/form-data'],
        querystring: z.object({ issuerUnitId: uuid }),
        response: { 200: extractResponse },
      },
    },
    async (request) => {
      const ctx = contextOf(request, deps);
      const issuer = await findUnit(db, request.query.issuerUnitId);
      if (!issuer) throw notFound('org.not_found');
      assertCanDraftPlan(ctx.actor, issuer.path);
      if (!request.isMultipart()) throw appError(400, 'file.missing');
      const part = await request.file({ limits: { fileSize: deps.config.maxUploadBytes, files: 1 } });
      if (!part) throw appError(400, 'file.missing');
      const filename = part.filename.normalize('NFC');
      let buffer: Buffer;
      try {
        buffer = await part.toBuffer();
      } catch {
        throw appError(413, 'file.too_large', { filename, maxMb: Math.round(deps.config.maxUploadBytes / 1024 / 1024) });
      }
      let read;
      try {
        read = await readDocumentFile({ buffer, filename }, { maxBytes: deps.config.maxUploadBytes });
      } catch (err) {
        if (isImportError(err)) throw new AppError(err.code === 'import.too_large' ? 413 : 400, err.code, err.message);
        throw err;
      }
      const extraction = extractDocument(read.text);
      const units = (await db.select().from(orgUnits).where(isNull(orgUnits.validTo))).map((u) => ({
        id: u.id,
        name: u.name,
        shortName: u.shortName,
        kind: u.kind as (typeof UNIT_KINDS)[number],
      }));
      const { input, unmatchedUnits } = extractionToPlan(read.text.normalize('NFC'), extraction, {
        issuerUnitId: issuer.id,
        units,
        fallbackYear: Number(localToday(ctx.now).slice(0, 4)),
      });
      return {
        filename,
        format: read.format,
        ocr: extraction.ocr,
        text: read.text.normalize('NFC'),
        extraction: { ...extraction, spans: extraction.spans as unknown as Record<string, { start: number; end: number }[]> },
        proposal: planInput.parse(input),
        unmatchedUnits,
      };
    },
  );
}
