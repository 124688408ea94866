// Citizen dialogues: record a dialogue, its conclusions, follow them up to done; the Excel registry.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { attachment, CONTENT_TYPES } from '../../http/downloads.ts';
import { operation } from '../../http/operation.ts';
import { dialoguesXlsx } from './dialogues.export.ts';
import { createDialoguesRepository } from './dialogues.repository.ts';
import {
  closeDialogue,
  listDialogues,
  reopenDialogue,
  saveDialogue,
  saveDialogueConclusion,
  updateConclusionStatus,
} from './dialogues.usecases.ts';

const tags = ['Đối thoại với Nhân dân'];

export function dialoguesRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createDialoguesRepository(deps.database.db);

  r.route({
    ...operation('listDialogues', {
      tags,
      summary: 'Các cuộc đối thoại với Nhân dân trong phạm vi người dùng, kèm kết luận và tình trạng thực hiện',
      description: 'Phạm vi tính theo cây đơn vị tại ngày đối thoại, và các kết luận được giao cho đơn vị trong phạm vi.',
    }),
    handler: async (request) => listDialogues(repo, contextOf(request, deps), request.query),
  });
  r.route({
    ...operation('saveDialogue', { tags, summary: 'Ghi nhận hoặc sửa một cuộc đối thoại đã diễn ra (ngày sau hôm nay bị từ chối)' }),
    handler: async (request) => saveDialogue(repo, contextOf(request, deps), request.body),
  });
  r.route({
    ...operation('saveDialogueConclusion', { tags, summary: 'Thêm hoặc sửa một kết luận: nội dung, đơn vị (người) được giao, hạn' }),
    handler: async (request) => saveDialogueConclusion(repo, contextOf(request, deps), request.params.id, request.body),
  });
  r.route({
    ...operation('closeDialogue', {
      tags,
      summary: 'Đóng hồ sơ cuộc đối thoại (mọi kết luận đã có đơn vị thực hiện); sau khi đóng chỉ còn để xem',
      description: 'Việc theo dõi, cập nhật kết luận vẫn tiếp tục. Điều phối viên mở lại được, có ghi lý do.',
    }),
    handler: async (request) => closeDialogue(repo, contextOf(request, deps), request.params.id, request.body),
  });
  r.route({
    ...operation('reopenDialogue', { tags, summary: 'Mở lại hồ sơ cuộc đối thoại đã đóng (điều phối viên, ghi lý do)' }),
    handler: async (request) => reopenDialogue(repo, contextOf(request, deps), request.params.id, request.body),
  });
  r.route({
    ...operation('updateConclusionStatus', {
      tags,
      summary: 'Cập nhật tiến độ thực hiện kết luận, hoặc đóng kết luận (hoàn thành / giải trình)',
      description: 'Kết luận đã đóng không cập nhật thêm được. Giải trình cần ghi nội dung.',
    }),
    handler: async (request) => updateConclusionStatus(repo, contextOf(request, deps), request.params.id, request.body),
  });
  r.route({
    ...operation('exportDialoguesXlsx', { tags, summary: 'Tải Excel sổ theo dõi đối thoại và kết luận' }),
    handler: async (request, reply) => {
      const ctx = contextOf(request, deps);
      const list = await listDialogues(repo, ctx, request.query);
      const unit = request.query.unitId ? await repo.org.findUnit(request.query.unitId) : null;
      const scope = `${unit ? unit.name : 'Các đơn vị trong phạm vi'}${request.query.year ? `, năm ${request.query.year}` : ''}`;
      return attachment(reply, `Doi-thoai-${request.query.year ?? list.asOf}.xlsx`, CONTENT_TYPES.xlsx, await dialoguesXlsx(list, scope));
    },
  });
}
