import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { attachment } from '../../http/downloads.ts';
import { operation } from '../../http/operation.ts';
import { ACCEPTED_LABEL } from './files.types.ts';
import { createFilesRepository } from './files.repository.ts';
import { readUpload } from './files.upload.ts';
import { assertCanAttach, checkFileSignatures, openFile, storeUpload } from './files.usecases.ts';

const tags = ['Tệp'];

export function fileRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createFilesRepository(deps.database.db);

  r.route({
    ...operation('uploadFile', {
      tags,
      summary: 'Tải lên một tệp (PDF, Word, Excel, ảnh) cho một đơn vị',
      description: `multipart/form-data với một trường tệp. Chỉ nhận: ${ACCEPTED_LABEL}. Loại tệp được kiểm tra theo nội dung, không chỉ theo tên.`,
    }),
    handler: async (request, reply) => {
      const ctx = contextOf(request, deps);
      await assertCanAttach(repo, ctx, request.query.unitId);
      const upload = await readUpload(request, deps.config.maxUploadBytes);
      return reply.status(201).send(await storeUpload(repo, deps.storage, ctx, request.query.unitId, upload));
    },
  });

  r.route({
    ...operation('downloadFile', { tags, summary: 'Tải xuống một tệp' }),
    handler: async (request, reply) => {
      const { file, data } = await openFile(repo, deps.storage, contextOf(request, deps), request.params.id);
      return attachment(reply, file.filename, file.contentType, data);
    },
  });

  r.route({
    ...operation('checkFileSignatures', {
      tags,
      summary: 'Kiểm tra chữ ký số của một tệp PDF đã ký',
      description:
        'Đọc các chữ ký số nhúng trong tệp (PAdES/CMS): người ký, tổ chức, thời điểm ký, tệp có bị thay đổi sau khi ký không. Chuỗi chứng thư chỉ được kiểm tra khi máy chủ có cấu hình chứng thư gốc (TRUST_ANCHORS_FILE).',
    }),
    handler: async (request) =>
      checkFileSignatures(repo, deps.storage, contextOf(request, deps), request.params.id, deps.config.trustAnchors),
  });
}
