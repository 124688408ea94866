import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  closeUnitRequest,
  createUnitRequest,
  idParams,
  importPreview,
  importUnitsRequest,
  listUnitsQuery,
  moveUnitRequest,
  orgUnit,
  orgUnitDetail,
  updateUnitRequest,
} from '@dvcq/shared';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { assertPermission } from '../../authz/permissions.ts';
import { closeUnit, createUnit, getUnitDetail, listVisibleUnits, moveUnit, updateUnit } from './org.usecases.ts';
import { importUnits } from './org.import.ts';

const tags = ['Đơn vị'];

export function orgRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get(
    '/api/org-units',
    { schema: { operationId: 'listOrgUnits', tags, summary: 'Cây đơn vị trong phạm vi của người dùng', querystring: listUnitsQuery, response: { 200: z.array(orgUnit) } } },
    async (request) => {
      const ctx = contextOf(request, deps);
      assertPermission(ctx.actor, 'org.read');
      return listVisibleUnits(db, ctx.actor, request.query);
    },
  );

  r.get(
    '/api/org-units/:id',
    { schema: { operationId: 'getOrgUnit', tags, summary: 'Chi tiết đơn vị và lịch sử tên gọi', params: idParams, response: { 200: orgUnitDetail } } },
    async (request) => getUnitDetail(db, contextOf(request, deps).actor, request.params.id),
  );

  r.post(
    '/api/org-units',
    { schema: { operationId: 'createOrgUnit', tags, summary: 'Thêm đơn vị', body: createUnitRequest, response: { 201: orgUnit } } },
    async (request, reply) => {
      const unit = await createUnit(db, contextOf(request, deps), request.body);
      return reply.status(201).send(unit);
    },
  );

  r.patch(
    '/api/org-units/:id',
    { schema: { operationId: 'updateOrgUnit', tags, summary: 'Đổi tên, loại hoặc tên viết tắt của đơn vị', params: idParams, body: updateUnitRequest, response: { 200: orgUnit } } },
    async (request) => updateUnit(db, contextOf(request, deps), request.params.id, request.body),
  );

  r.post(
    '/api/org-units/:id/move',
    { schema: { operationId: 'moveOrgUnit', tags, summary: 'Chuyển đơn vị sang đơn vị cấp trên khác', params: idParams, body: moveUnitRequest, response: { 200: orgUnit } } },
    async (request) => moveUnit(db, contextOf(request, deps), request.params.id, request.body.newParentId, request.body.expectedVersion),
  );

  r.post(
    '/api/org-units/:id/close',
    { schema: { operationId: 'closeOrgUnit', tags, summary: 'Ngừng hoạt động đơn vị (sáp nhập, giải thể)', params: idParams, body: closeUnitRequest, response: { 200: orgUnit } } },
    async (request) => closeUnit(db, contextOf(request, deps), request.params.id, request.body.closedOn, request.body.reason),
  );

  r.post(
    '/api/org-units/import',
    {
      schema: {
        operationId: 'importOrgUnits',
        tags,
        summary: 'Nhập danh sách đơn vị từ CSV (xem trước rồi ghi)',
        description: 'Gửi `apply: false` để xem trước lỗi từng dòng; `apply: true` ghi tất cả hoặc không ghi gì.',
        body: importUnitsRequest,
        response: { 200: importPreview },
      },
    },
    async (request) => {
      const ctx = contextOf(request, deps);
      assertPermission(ctx.actor, 'org.manage');
      return importUnits(db, ctx, request.body.csv, request.body.apply);
    },
  );
}
