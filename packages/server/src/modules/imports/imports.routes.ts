import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { operation } from '../../http/operation.ts';
import { readUpload } from '../files/files.upload.ts';
import { createOrgRepository } from '../org/org.repository.ts';
import { assertCanImportFor, extractPlanProposal } from './imports.usecases.ts';
import { createImportJobsRepository } from './jobs.repository.ts';
import { startImportJobRunner } from './jobs.runner.ts';
import { authoriseImportJob, cancelImportJob, getImportJob, startImportJob } from './jobs.usecases.ts';

export function importRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createOrgRepository(deps.database.db);
  const jobs = createImportJobsRepository(deps.database.db);
  const runner = startImportJobRunner(deps, { onError: (msg, err) => app.log.error({ err }, msg) });
  app.addHook('onClose', () => runner.stop());

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

  r.route({
    ...operation('startImportJob', {
      tags: ['Nhập văn bản'],
      summary: 'Bắt đầu đọc một tệp (kể cả bản quét .pdf, ảnh .png/.jpg/.tif qua OCR) thành bản nháp kế hoạch hoặc báo cáo',
      description:
        'multipart/form-data, một tệp. Trả về ngay lượt đọc (đang chờ); theo dõi tiến độ bằng getImportJob, hủy bằng cancelImportJob. ' +
        'kind=plan cần issuerUnitId; kind=report cần obligationId (báo cáo của đơn vị).',
    }),
    handler: async (request, reply) => {
      const ctx = contextOf(request, deps);
      await authoriseImportJob(jobs, ctx, request.query);
      const upload = await readUpload(request, deps.config.maxUploadBytes);
      const job = await startImportJob(jobs, ctx, request.query, upload, runner.kick);
      return reply.code(201).send(job);
    },
  });

  r.route({
    ...operation('getImportJob', {
      tags: ['Nhập văn bản'],
      summary: 'Tiến độ của một lượt đọc tệp; khi xong kèm bản nháp đề xuất',
    }),
    handler: async (request) => getImportJob(jobs, contextOf(request, deps), request.params.id),
  });

  r.route({
    ...operation('cancelImportJob', { tags: ['Nhập văn bản'], summary: 'Hủy một lượt đọc tệp đang chờ hoặc đang chạy' }),
    handler: async (request) => cancelImportJob(jobs, contextOf(request, deps), request.params.id, runner.cancelLocal),
  });
}
