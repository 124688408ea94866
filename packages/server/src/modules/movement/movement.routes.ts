// The "Dân vận khéo" movement: models, their states, results and evidence, exemplary people,
// commendations, the Excel registries and the public page of recognised models.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { attachment, CONTENT_TYPES } from '../../http/downloads.ts';
import { operation } from '../../http/operation.ts';
import { movementXlsx, recognisedModelsProposalDocx } from './movement.export.ts';
import { createMovementRepository } from './movement.repository.ts';
import {
  addModelResult,
  changeModelState,
  deleteExemplaryPerson,
  deleteModel,
  getModel,
  getMovementPublicPage,
  listExemplaryPeople,
  listModels,
  listPublicModels,
  recognisedModelsForProposal,
  recogniseModel,
  saveCommendation,
  saveExemplaryPerson,
  saveModel,
  setMovementPublicPage,
} from './movement.usecases.ts';

const tags = ['Phong trào "Dân vận khéo"'];

export function movementRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createMovementRepository(deps.database.db);

  r.route({
    ...operation('listModels', {
      tags,
      summary: 'Mô hình "Dân vận khéo" trong phạm vi người dùng (lọc theo đơn vị, lĩnh vực, năm, trạng thái; tìm không dấu)',
    }),
    handler: async (request) => listModels(repo, contextOf(request, deps), request.query),
  });
  r.route({
    ...operation('getModel', { tags, summary: 'Một mô hình với kết quả, minh chứng và khen thưởng' }),
    handler: async (request) => getModel(repo, contextOf(request, deps), request.params.id),
  });
  r.route({
    ...operation('saveModel', {
      tags,
      summary: 'Đăng ký hoặc sửa nội dung đăng ký mô hình',
      description: 'Chỉ sửa được khi mô hình chưa đề nghị công nhận. Minh chứng: tệp đã tải lên vào hồ sơ của đơn vị (POST /api/files).',
    }),
    handler: async (request) => saveModel(repo, contextOf(request, deps), request.body),
  });
  r.route({
    ...operation('deleteModel', {
      tags,
      summary: 'Xóa mô hình còn ở trạng thái "Đã đăng ký" (chưa thực hiện, chưa đề nghị, chưa được khen thưởng)',
    }),
    handler: async (request) => deleteModel(repo, contextOf(request, deps), request.params.id),
  });
  r.route({
    ...operation('changeModelState', {
      tags,
      summary: 'Bắt đầu thực hiện, đề nghị công nhận, rút đề nghị, tiếp tục; hoặc không công nhận (kèm lý do)',
    }),
    handler: async (request) => changeModelState(repo, contextOf(request, deps), request.params.id, request.body),
  });
  r.route({
    ...operation('recogniseModel', { tags, summary: 'Công nhận mô hình theo quyết định (số, ngày, cơ quan ban hành, cấp)' }),
    handler: async (request) => recogniseModel(repo, contextOf(request, deps), request.params.id, request.body),
  });
  r.route({
    ...operation('addModelResult', { tags, summary: 'Cập nhật kết quả thực hiện mô hình (kèm tệp minh chứng nếu có)' }),
    handler: async (request, reply) =>
      reply.status(201).send(await addModelResult(repo, contextOf(request, deps), request.params.id, request.body)),
  });
  r.route({
    ...operation('listExemplaryPeople', { tags, summary: 'Gương điển hình "Dân vận khéo" trong phạm vi người dùng' }),
    handler: async (request) => listExemplaryPeople(repo, contextOf(request, deps), request.query),
  });
  r.route({
    ...operation('saveExemplaryPerson', { tags, summary: 'Thêm hoặc sửa một gương điển hình với thành tích' }),
    handler: async (request) => saveExemplaryPerson(repo, contextOf(request, deps), request.body),
  });
  r.route({
    ...operation('deleteExemplaryPerson', { tags, summary: 'Xóa một gương điển hình chưa được khen thưởng' }),
    handler: async (request) => deleteExemplaryPerson(repo, contextOf(request, deps), request.params.id),
  });
  r.route({
    ...operation('saveCommendation', {
      tags,
      summary: 'Ghi khen thưởng (hình thức, cấp, quyết định) cho một mô hình hoặc một gương điển hình',
    }),
    handler: async (request, reply) => reply.status(201).send(await saveCommendation(repo, contextOf(request, deps), request.body)),
  });
  r.route({
    ...operation('exportMovementXlsx', { tags, summary: 'Tải Excel sổ theo dõi mô hình và danh sách gương điển hình' }),
    handler: async (request, reply) => {
      const ctx = contextOf(request, deps);
      const models = await listModels(repo, ctx, request.query);
      const people = await listExemplaryPeople(repo, ctx, {
        ...(request.query.unitId ? { unitId: request.query.unitId } : {}),
        ...(request.query.year ? { year: request.query.year } : {}),
      });
      const subtitle = request.query.year ? `Năm ${request.query.year}` : 'Tất cả các năm';
      return attachment(
        reply,
        `Dan-van-kheo-${request.query.year ?? 'tat-ca'}.xlsx`,
        CONTENT_TYPES.xlsx,
        await movementXlsx(models, people, subtitle),
      );
    },
  });
  r.route({
    ...operation('exportRecognisedModelsDocx', {
      tags,
      summary: 'Tải Word dự thảo tờ trình đề nghị khen thưởng: danh sách mô hình được công nhận và gương điển hình trong năm',
    }),
    handler: async (request, reply) => {
      const { models, people, issuerName } = await recognisedModelsForProposal(repo, contextOf(request, deps), request.query);
      return attachment(
        reply,
        `De-nghi-khen-thuong-Dan-van-kheo-${request.query.year}.docx`,
        CONTENT_TYPES.docx,
        await recognisedModelsProposalDocx(models, people, request.query.year, issuerName),
      );
    },
  });
  r.route({
    ...operation('getMovementPublicPage', { tags, summary: 'Trang công khai mô hình được công nhận của tỉnh đang bật hay tắt' }),
    handler: async (request) => getMovementPublicPage(repo, contextOf(request, deps), request.params.provinceId),
  });
  r.route({
    ...operation('setMovementPublicPage', { tags, summary: 'Bật hoặc tắt trang công khai mô hình được công nhận của tỉnh' }),
    handler: async (request) => setMovementPublicPage(repo, contextOf(request, deps), request.params.provinceId, request.body.enabled),
  });
  r.route({
    ...operation('listPublicModels', {
      tags,
      summary: 'Trang công khai (không cần đăng nhập): các mô hình được công nhận của tỉnh',
      description: 'Trả 404 khi tỉnh chưa bật trang công khai.',
    }),
    handler: async (request) => listPublicModels(repo, request.params.provinceId),
  });
}
