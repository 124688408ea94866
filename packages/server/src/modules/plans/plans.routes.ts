import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  amendPlanRequest,
  complianceQuery,
  derivePlanRequest,
  idParams,
  listPlansQuery,
  planCompliance,
  planDetail,
  planInput,
  planSummary,
  publishPlanRequest,
  submitUnitPlanRequest,
  updatePlanRequest,
} from '@dvcq/shared';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { scopeRoots, assertPermission } from '../../authz/permissions.ts';
import { ancestorIdsOf, findUnit, unitsByIds } from '../org/org.repository.ts';
import { searchPlans } from './plans.repository.ts';
import { presentPlanDetail, presentPlanSummary } from './plans.presenter.ts';
import { amendPlan, createPlan, derivePlan, publishPlan, readablePlan, submitUnitPlan, updateDraft } from './plans.usecases.ts';
import { planCompliance as computeCompliance } from './compliance.ts';
import { endOfLocalDay } from '../../clock.ts';
import { exportPlanDocx } from './plans.export.ts';
import { assertCanReadPlan } from './plans.policies.ts';

const tags = ['Kế hoạch'];

export function plansRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const detail = async (id: string, request: Parameters<typeof contextOf>[0]) => {
    const { plan, issuer } = await readablePlan(db, contextOf(request, deps), id);
    return presentPlanDetail(db, plan, issuer.name);
  };

  r.get(
    '/api/plans',
    { schema: { operationId: 'listPlans', tags, summary: 'Tìm kế hoạch theo số ký hiệu, tiêu đề hoặc đơn vị (không phân biệt dấu)', querystring: listPlansQuery, response: { 200: z.array(planSummary) } } },
    async (request) => {
      const ctx = contextOf(request, deps);
      assertPermission(ctx.actor, 'plans.read');
      const roots = scopeRoots(ctx.actor, 'plans.read');
      const q = request.query;
      const rows = await searchPlans(db, {
        roots,
        ancestorIds: [...new Set(roots.flatMap(ancestorIdsOf))],
        text: q.q ?? null,
        ...(q.year ? { year: q.year } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(q.issuerUnitId ? { issuerUnitId: q.issuerUnitId } : {}),
        limit: q.limit,
        offset: q.offset,
      });
      // Drafts are working papers of the issuing unit: units above or beside it do not see them.
      return rows
        .filter((row) => row.plan.status === 'published' || roots.some((root) => row.issuerPath.startsWith(root)))
        .map((row) => presentPlanSummary(row.plan, row.issuerName));
    },
  );

  r.get('/api/plans/:id', { schema: { operationId: 'getPlan', tags, summary: 'Toàn văn kế hoạch: căn cứ, nội dung, chỉ tiêu, nhiệm vụ, các hạn', params: idParams, response: { 200: planDetail } } }, async (request) =>
    detail(request.params.id, request),
  );

  r.post('/api/plans', { schema: { operationId: 'createPlan', tags, summary: 'Soạn kế hoạch mới (bản nháp)', body: planInput, response: { 201: planDetail } } }, async (request, reply) => {
    const id = await createPlan(db, contextOf(request, deps), request.body);
    return reply.status(201).send(await detail(id, request));
  });

  r.put(
    '/api/plans/:id',
    { schema: { operationId: 'updatePlanDraft', tags, summary: 'Lưu bản nháp kế hoạch (kèm phiên bản để tránh ghi đè)', params: idParams, body: updatePlanRequest, response: { 200: planDetail } } },
    async (request) => {
      await updateDraft(db, contextOf(request, deps), request.params.id, request.body);
      return detail(request.params.id, request);
    },
  );

  r.post(
    '/api/plans/:id/publish',
    { schema: { operationId: 'publishPlan', tags, summary: 'Ban hành kế hoạch: khoá nội dung và tạo nghĩa vụ cho các đơn vị', params: idParams, body: publishPlanRequest, response: { 200: planDetail } } },
    async (request) => {
      await publishPlan(db, contextOf(request, deps), request.params.id, request.body);
      return detail(request.params.id, request);
    },
  );

  r.post(
    '/api/plans/:id/amend',
    { schema: { operationId: 'amendPlan', tags, summary: 'Sửa đổi, bổ sung kế hoạch đã ban hành (có số lần sửa đổi và lý do)', params: idParams, body: amendPlanRequest, response: { 200: planDetail } } },
    async (request) => {
      await amendPlan(db, contextOf(request, deps), request.params.id, request.body);
      return detail(request.params.id, request);
    },
  );

  r.post(
    '/api/plans/:id/derive',
    { schema: { operationId: 'derivePlan', tags, summary: 'Xây dựng kế hoạch của đơn vị từ kế hoạch cấp trên', params: idParams, body: derivePlanRequest, response: { 201: planDetail } } },
    async (request, reply) => {
      const id = await derivePlan(db, contextOf(request, deps), request.params.id, request.body.unitId);
      return reply.status(201).send(await detail(id, request));
    },
  );

  r.post(
    '/api/plans/:id/submit',
    { schema: { operationId: 'submitUnitPlan', tags, summary: 'Thủ trưởng ký, nộp kế hoạch của đơn vị (hoàn thành nghĩa vụ)', params: idParams, body: submitUnitPlanRequest, response: { 200: planDetail } } },
    async (request) => {
      await submitUnitPlan(db, contextOf(request, deps), request.params.id, request.body);
      return detail(request.params.id, request);
    },
  );

  r.get(
    '/api/plans/:id/compliance',
    {
      schema: {
        operationId: 'getPlanCompliance',
        tags,
        summary: 'Tình hình thực hiện các hạn của kế hoạch: từng đơn vị, tỷ lệ đầy đủ và đúng hạn, tại một ngày bất kỳ',
        params: idParams,
        querystring: complianceQuery,
        response: { 200: planCompliance },
      },
    },
    async (request) => {
      const ctx = contextOf(request, deps);
      const { plan, issuer } = await readablePlan(db, ctx, request.params.id);
      assertCanReadPlan(ctx.actor, issuer.path);
      const asOf = request.query.asOf ? endOfLocalDay(request.query.asOf) : ctx.now;
      return computeCompliance(db, plan, asOf, request.query.unitKind ?? null);
    },
  );

  r.get(
    '/api/plans/:id/export.docx',
    { schema: { operationId: 'exportPlanDocx', tags, summary: 'Xuất kế hoạch ra Word theo thể thức Nghị định 30/2020/NĐ-CP', params: idParams } },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      const { plan, issuer } = await readablePlan(db, ctx, request.params.id);
      const dto = await presentPlanDetail(db, plan, issuer.name);
      const ancestors = await unitsByIds(db, ancestorIdsOf(issuer.path).filter((id) => id !== issuer.id));
      ancestors.sort((a, b) => a.depth - b.depth);
      const data = await exportPlanDocx(dto, (await findUnit(db, issuer.id))!, ancestors);
      const name = `Ke-hoach-${(plan.number ?? 'du-thao').replace(/[^\w-]+/g, '-')}.docx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(data);
    },
  );
}
