import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { operation } from '../../http/operation.ts';
import { readUpload } from '../files/files.upload.ts';
import { createOrgRepository } from '../org/org.repository.ts';
import { assertCanImportFor, extractPlanProposal } from './imports.usecases.ts';

export function importRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createOrgRepository(deps.database.db);

  r.route({
    ...operation('extractDocument', {
      tags: ['Nhập văn bản'],
      summary: 'Đọc tệp kế hoạch/báo cáo (.docx, .pdf có văn bản, .txt) thành bản nháp để rà soát',
      description: 'multipart/form-data, một tệp. Không ghi gì vào cơ sở dữ liệu: kết quả là đề xuất để người dùng sửa rồi tạo bản nháp.',
    }),
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      await assertCanImportFor(repo, ctx, request.query.issuerUnitId);
      const upload = await readUpload(request, deps.config.maxUploadBytes);
      return extractPlanProposal(repo, ctx, request.query.issuerUnitId, upload, deps.config.maxUploadBytes);
    },
  });
}
