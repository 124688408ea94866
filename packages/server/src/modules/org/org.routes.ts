import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { assertPermission } from '../../authz/permissions.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { operation } from '../../http/operation.ts';
import { createOrgRepository } from './org.repository.ts';
import { closeUnit, createUnit, getUnitDetail, listVisibleUnits, moveUnit, updateUnit } from './org.usecases.ts';
import { importUnits } from './import.usecases.ts';

const tags = ['Đơn vị'];

export function orgRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createOrgRepository(deps.database.db);

  r.route({
    ...operation('listOrgUnits', { tags, summary: 'Cây đơn vị trong phạm vi của người dùng' }),
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      assertPermission(ctx.actor, 'org.read');
      return listVisibleUnits(repo, ctx.actor, request.query);
    },
  });

  r.route({
    ...operation('getOrgUnit', { tags, summary: 'Chi tiết đơn vị và lịch sử tên gọi' }),
    handler: async (request) => getUnitDetail(repo, contextOf(request, deps).actor, request.params.id),
  });

  r.route({
    ...operation('createOrgUnit', { tags, summary: 'Thêm đơn vị' }),
    handler: async (request, reply) => reply.status(201).send(await createUnit(repo, contextOf(request, deps), request.body)),
  });

  r.route({
    ...operation('updateOrgUnit', { tags, summary: 'Đổi tên, loại hoặc tên viết tắt của đơn vị' }),
    handler: async (request) => updateUnit(repo, contextOf(request, deps), request.params.id, request.body),
  });

  r.route({
    ...operation('moveOrgUnit', { tags, summary: 'Chuyển đơn vị sang đơn vị cấp trên khác' }),
    handler: async (request) =>
      moveUnit(repo, contextOf(request, deps), request.params.id, request.body.newParentId, request.body.expectedVersion),
  });

  r.route({
    ...operation('closeOrgUnit', { tags, summary: 'Ngừng hoạt động đơn vị (sáp nhập, giải thể)' }),
    handler: async (request) => closeUnit(repo, contextOf(request, deps), request.params.id, request.body.closedOn, request.body.reason),
  });

  r.route({
    ...operation('importOrgUnits', {
      tags,
      summary: 'Nhập danh sách đơn vị từ CSV (xem trước rồi ghi)',
      description: 'Gửi `apply: false` để xem trước lỗi từng dòng; `apply: true` ghi tất cả hoặc không ghi gì.',
    }),
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      assertPermission(ctx.actor, 'org.manage');
      return importUnits(repo, ctx, request.body.csv, request.body.apply);
    },
  });
}
