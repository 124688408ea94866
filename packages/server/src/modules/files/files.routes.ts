import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, uuid } from '@dvcq/shared';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { appError, forbidden, notFound } from '../../http/errors.ts';
import { canOn, type Permission } from '../../authz/permissions.ts';
import { files } from '../../db/schema.ts';
import { findUnit } from '../org/org.repository.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { ACCEPTED_LABEL, checkFile, type AcceptedKind } from './file-types.ts';

/** Anyone who may write something for a unit may attach files to it. */
const WRITE_PERMISSIONS: Permission[] = ['plans.draft', 'plans.manage', 'reports.draft', 'reports.review', 'scoring.self_assess', 'scoring.manage', 'scoring.appraise', 'org.manage'];
const ALLOWED: AcceptedKind[] = ['pdf', 'docx', 'xlsx', 'doc', 'xls', 'png', 'jpeg'];

export const storedFile = z.object({
  id: uuid,
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type StoredFileDto = z.infer<typeof storedFile>;

export const presentFile = (f: typeof files.$inferSelect): StoredFileDto => ({
  id: f.id,
  filename: f.filename,
  contentType: f.contentType,
  sizeBytes: f.sizeBytes,
  sha256: f.sha256,
  createdAt: f.createdAt.toISOString(),
});

export function fileRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.post(
    '/api/files',
    {
      schema: {
        operationId: 'uploadFile',
        tags: ['Tệp'],
        summary: 'Tải lên một tệp (PDF, Word, Excel, ảnh) cho một đơn vị',
        description: `multipart/form-data với một trường tệp. Chỉ nhận: ${ACCEPTED_LABEL}. Loại tệp được kiểm tra theo nội dung, không chỉ theo tên.`,
        consumes: ['multipart/form-data'],
        querystring: z.object({ unitId: uuid }),
        response: { 201: storedFile },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      const unit = await findUnit(db, request.query.unitId);
      if (!unit) throw notFound('org.not_found');
      if (!WRITE_PERMISSIONS.some((p) => canOn(ctx.actor, p, unit.path))) throw forbidden('auth.out_of_scope');
      if (!request.isMultipart()) throw appError(400, 'file.missing');
      const part = await request.file({ limits: { fileSize: deps.config.maxUploadBytes, files: 1 } });
      if (!part) throw appError(400, 'file.missing');
      const filename = part.filename.normalize('NFC');
      const maxMb = Math.round(deps.config.maxUploadBytes / 1024 / 1024);
      let data: Buffer;
      try {
        data = await part.toBuffer();
      } catch {
        throw appError(413, 'file.too_large', { filename, maxMb });
      }
      if (part.file.truncated) throw appError(413, 'file.too_large', { filename, maxMb });
      const check = checkFile(filename, data, ALLOWED);
      if (!check.ok) {
        const code = check.reason === 'type' ? 'file.type_not_allowed' : check.reason === 'empty' ? 'file.empty' : 'file.content_mismatch';
        throw appError(400, code, { filename, accepted: ACCEPTED_LABEL });
      }
      const id = randomUUID();
      const sha256 = createHash('sha256').update(data).digest('hex');
      const key = `${ctx.now.toISOString().slice(0, 7)}/${id}`;
      await deps.storage.put(key, data, check.contentType);
      const row = { id, storageKey: key, filename, contentType: check.contentType, sizeBytes: data.length, sha256, unitId: unit.id, uploadedBy: ctx.actor.userId, createdAt: ctx.now };
      await db.transaction(async (tx) => {
        await tx.insert(files).values(row);
        await recordAudit(tx, ctx, { action: 'file.uploaded', entityType: 'file', entityId: id, unitId: unit.id, after: { filename, sizeBytes: data.length, sha256 } });
      });
      return reply.status(201).send(presentFile(row));
    },
  );

  r.get(
    '/api/files/:id',
    { schema: { operationId: 'downloadFile', tags: ['Tệp'], summary: 'Tải xuống một tệp', params: idParams } },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      const [file] = await db.select().from(files).where(eq(files.id, request.params.id));
      if (!file) throw notFound('file.not_found');
      const unit = file.unitId ? await findUnit(db, file.unitId) : null;
      if (!unit || !canOn(ctx.actor, 'org.read', unit.path)) throw forbidden('auth.out_of_scope');
      const data = await deps.storage.get(file.storageKey);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .send(data);
    },
  );
}
