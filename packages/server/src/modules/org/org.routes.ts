import { readDocumentFile } from '@dvcq/extractor';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { assertPermission } from '../../authz/permissions.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { operation } from '../../http/operation.ts';
import { readUpload } from '../files/files.upload.ts';
import { fromImportError } from '../imports/imports.errors.ts';
import { OrgErrors } from './org.errors.ts';
import { assertCanManageUnit } from './org.policies.ts';
import { createOrgRepository } from './org.repository.ts';
import { closeUnit, createUnit, getUnitDetail, listVisibleUnits, moveUnit, updateUnit } from './org.usecases.ts';
import { importUnits } from './import.usecases.ts';
import {
  applyOrgBatch,
  getOrgTree,
  getUnitLineage,
  importOrgBatchFromDocument,
  listOrgEvents,
  previewOrgBatch,
  revertOrgBatch,
} from './restructuring.usecases.ts';

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

  r.route({
    ...operation('getOrgTree', { tags, summary: 'Cây đơn vị tại một ngày (mặc định hôm nay)' }),
    handler: async (request) => getOrgTree(repo, contextOf(request, deps), request.query.asOf),
  });

  r.route({
    ...operation('getUnitLineage', { tags, summary: 'Các phiên bản (tên, cấp trên) và đơn vị tiền thân, kế thừa của một đơn vị' }),
    handler: async (request) => getUnitLineage(repo, contextOf(request, deps), request.params.id),
  });

  r.route({
    ...operation('listOrgEvents', { tags, summary: 'Các sự kiện sắp xếp tổ chức (của một đơn vị hoặc tất cả)' }),
    handler: async (request) => listOrgEvents(repo, contextOf(request, deps), request.query),
  });

  r.route({
    ...operation('previewOrgBatch', {
      tags,
      summary: 'Xem trước một đợt sắp xếp tổ chức: lỗi từng sự kiện, cây trước và sau',
    }),
    handler: async (request) => previewOrgBatch(repo, contextOf(request, deps), request.body),
  });

  r.route({
    ...operation('applyOrgBatch', {
      tags,
      summary: 'Ghi một đợt sắp xếp tổ chức (tất cả hoặc không gì cả)',
    }),
    handler: async (request, reply) => reply.status(201).send(await applyOrgBatch(repo, contextOf(request, deps), request.body)),
  });

  r.route({
    ...operation('revertOrgBatch', { tags, summary: 'Hoàn tác đợt sắp xếp ghi sau cùng (khi đơn vị mới chưa có dữ liệu)' }),
    handler: async (request) => revertOrgBatch(repo, contextOf(request, deps), request.params.id),
  });

  r.route({
    ...operation('importOrgBatchFromDocument', {
      tags,
      summary: 'Đề xuất đợt sắp xếp từ văn bản nghị quyết (đối chiếu tên đơn vị cũ, liệt kê tên không khớp)',
    }),
    handler: async (request) => importOrgBatchFromDocument(repo, contextOf(request, deps), request.body),
  });

  r.route({
    ...operation('importOrgBatchFromFile', {
      tags,
      summary: 'Đề xuất đợt sắp xếp từ tệp nghị quyết (.docx, .pdf, .txt), như importOrgBatchFromDocument',
      description: 'multipart/form-data, một tệp. Không ghi gì: người quản trị rà soát đề xuất rồi xem trước và ghi bằng applyOrgBatch.',
    }),
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      // Refuse before reading the file: only an administrator of the parent unit may propose a batch.
      const parent = await repo.findUnit(request.query.parentId);
      if (!parent) throw OrgErrors.parentNotFound();
      assertCanManageUnit(ctx.actor, parent.path);
      const upload = await readUpload(request, deps.config.maxUploadBytes);
      let read;
      try {
        read = await readDocumentFile({ buffer: upload.data, filename: upload.filename }, { maxBytes: deps.config.maxUploadBytes });
      } catch (err) {
        throw fromImportError(err) ?? err;
      }
      return importOrgBatchFromDocument(repo, ctx, { ...request.query, text: read.text });
    },
  });
}
