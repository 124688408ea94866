import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { endOfLocalDay } from '../../clock.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { attachment, CONTENT_TYPES } from '../../http/downloads.ts';
import { operation, presentedResponse } from '../../http/operation.ts';
import { createPlansRepository } from './plans.repository.ts';
import {
  amendPlan,
  createPlan,
  derivePlan,
  exportComplianceXlsx,
  exportPlan,
  exportReminderLetter,
  getPlan,
  getPlanCompliance,
  listComplianceUnits,
  listPlans,
  publishPlan,
  submitUnitPlan,
  updateDraft,
} from './plans.usecases.ts';

const tags = ['Kế hoạch'];

export function plansRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createPlansRepository(deps.database.db);

  r.route({
    ...operation('listPlans', { tags, summary: 'Tìm kế hoạch theo số ký hiệu, tiêu đề hoặc đơn vị (không phân biệt dấu)' }),
    handler: async (request) => listPlans(repo, contextOf(request, deps).actor, request.query),
  });

  r.route({
    ...operation('getPlan', { tags, summary: 'Toàn văn kế hoạch: căn cứ, nội dung, chỉ tiêu, nhiệm vụ, các hạn' }),
    handler: async (request) => getPlan(repo, contextOf(request, deps).actor, request.params.id),
  });

  r.route({
    ...operation('createPlan', { tags, summary: 'Soạn kế hoạch mới (bản nháp)' }),
    handler: async (request, reply) => {
      const ctx = contextOf(request, deps);
      const id = await createPlan(repo, ctx, request.body);
      return reply.status(201).send(await getPlan(repo, ctx.actor, id));
    },
  });

  r.route({
    ...operation('updatePlanDraft', { tags, summary: 'Lưu bản nháp kế hoạch (kèm phiên bản để tránh ghi đè)' }),
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      await updateDraft(repo, ctx, request.params.id, request.body);
      return getPlan(repo, ctx.actor, request.params.id);
    },
  });

  r.route({
    ...operation('publishPlan', { tags, summary: 'Ban hành kế hoạch: khoá nội dung và tạo nghĩa vụ cho các đơn vị' }),
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      await publishPlan(repo, ctx, request.params.id, request.body);
      return getPlan(repo, ctx.actor, request.params.id);
    },
  });

  r.route({
    ...operation('amendPlan', { tags, summary: 'Sửa đổi, bổ sung kế hoạch đã ban hành (có số lần sửa đổi và lý do)' }),
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      await amendPlan(repo, ctx, request.params.id, request.body);
      return getPlan(repo, ctx.actor, request.params.id);
    },
  });

  r.route({
    ...operation('derivePlan', { tags, summary: 'Xây dựng kế hoạch của đơn vị từ kế hoạch cấp trên' }),
    handler: async (request, reply) => {
      const ctx = contextOf(request, deps);
      const id = await derivePlan(repo, ctx, request.params.id, request.body.unitId);
      return reply.status(201).send(await getPlan(repo, ctx.actor, id));
    },
  });

  r.route({
    ...operation('submitUnitPlan', { tags, summary: 'Thủ trưởng ký, nộp kế hoạch của đơn vị (hoàn thành nghĩa vụ)' }),
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      await submitUnitPlan(repo, ctx, request.params.id, request.body);
      return getPlan(repo, ctx.actor, request.params.id);
    },
  });

  r.route({
    ...operation('getPlanCompliance', {
      tags,
      summary: 'Tình hình thực hiện các hạn của kế hoạch: từng đơn vị, tỷ lệ đầy đủ và đúng hạn, tại một ngày bất kỳ',
    }),
    ...presentedResponse,
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      const asOf = request.query.asOf ? endOfLocalDay(request.query.asOf) : ctx.now;
      const { unitKind, subtree, units } = request.query;
      return getPlanCompliance(repo, ctx.actor, request.params.id, { asOf, unitKind, subtree, units });
    },
  });

  r.route({
    ...operation('exportPlanComplianceXlsx', { tags, summary: 'Tải Excel toàn bộ tình hình thực hiện của từng đơn vị theo từng hạn' }),
    handler: async (request, reply) => {
      const ctx = contextOf(request, deps);
      const asOf = request.query.asOf ? endOfLocalDay(request.query.asOf) : ctx.now;
      const { unitKind, subtree } = request.query;
      const { filename, data } = await exportComplianceXlsx(repo, ctx.actor, request.params.id, { asOf, unitKind, subtree });
      return attachment(reply, filename, CONTENT_TYPES.xlsx, data);
    },
  });

  r.route({
    ...operation('listPlanComplianceUnits', {
      tags,
      summary: 'Tình hình thực hiện của từng đơn vị, theo trang: lọc theo hạn, trạng thái, loại đơn vị, địa bàn, tên đơn vị',
    }),
    ...presentedResponse,
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      const asOf = request.query.asOf ? endOfLocalDay(request.query.asOf) : ctx.now;
      return listComplianceUnits(repo, ctx.actor, request.params.id, { ...request.query, asOf });
    },
  });

  r.route({
    ...operation('exportPlanDocx', { tags, summary: 'Xuất kế hoạch ra Word theo thể thức Nghị định 30/2020/NĐ-CP' }),
    handler: async (request, reply) => {
      const { filename, data } = await exportPlan(repo, contextOf(request, deps).actor, request.params.id);
      return attachment(reply, filename, CONTENT_TYPES.docx, data);
    },
  });

  r.route({
    ...operation('exportReminderLetterDocx', {
      tags,
      summary: 'Công văn đôn đốc (Word) gửi các đơn vị chưa nộp theo một mốc hạn, lập từ tình hình thực hiện hiện tại',
    }),
    handler: async (request, reply) => {
      const { filename, data } = await exportReminderLetter(repo, contextOf(request, deps), request.params.id, request.query);
      return attachment(reply, filename, CONTENT_TYPES.docx, data);
    },
  });
}
