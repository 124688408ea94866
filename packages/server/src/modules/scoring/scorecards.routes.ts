import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { assertPermission } from '../../authz/permissions.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { attachment, CONTENT_TYPES } from '../../http/downloads.ts';
import { operation } from '../../http/operation.ts';
import { readUpload } from '../files/files.upload.ts';
import { createScoringRepository } from './scoring.repository.ts';
import { scorecardXlsx } from './scoring.export.ts';
import * as uc from './scorecards.usecases.ts';

export const SCORING_TAGS = ['Chấm điểm, xếp loại'];
const tags = SCORING_TAGS;

export function scorecardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createScoringRepository(deps.database.db);

  r.route({
    ...operation('listScorecards', { tags, summary: 'Các bộ tiêu chí người dùng được xem' }),
    handler: async (request) => uc.listScorecards(repo, contextOf(request, deps).actor, request.query.status),
  });

  r.route({
    ...operation('createScorecard', {
      tags,
      summary: 'Tạo bộ tiêu chí (dự thảo) theo quyết định ban hành',
      description: 'Dự thảo được lưu cả khi còn lỗi (trả về trong `problems`); chỉ áp dụng được khi hết lỗi.',
    }),
    handler: async (request, reply) => reply.status(201).send(await uc.createScorecard(repo, contextOf(request, deps), request.body)),
  });

  r.route({
    ...operation('getScorecard', { tags, summary: 'Chi tiết bộ tiêu chí và kết quả kiểm tra' }),
    handler: async (request) => uc.getScorecard(repo, contextOf(request, deps).actor, request.params.id),
  });

  r.route({
    ...operation('updateScorecard', { tags, summary: 'Sửa bộ tiêu chí dự thảo' }),
    handler: async (request) => uc.updateScorecard(repo, contextOf(request, deps), request.params.id, request.body),
  });

  r.route({
    ...operation('activateScorecard', { tags, summary: 'Áp dụng bộ tiêu chí (khi không còn lỗi)' }),
    handler: async (request) => uc.activateScorecard(repo, contextOf(request, deps), request.params.id, request.body.expectedVersion),
  });

  r.route({
    ...operation('copyScorecard', { tags, summary: 'Sao chép sang phiên bản mới (quyết định mới)' }),
    handler: async (request, reply) =>
      reply.status(201).send(await uc.copyScorecard(repo, contextOf(request, deps), request.params.id, request.body)),
  });

  r.route({
    ...operation('exportScorecardXlsx', { tags, summary: 'Xuất bộ tiêu chí ra Excel (nhập lại được)' }),
    handler: async (request, reply) => {
      const row = await uc.readableScorecard(repo, contextOf(request, deps).actor, request.params.id);
      return attachment(
        reply,
        `Bo-tieu-chi-${row.decisionNumber.replace(/[/\\]/g, '-')}.xlsx`,
        CONTENT_TYPES.xlsx,
        await scorecardXlsx(row),
      );
    },
  });

  r.route({
    ...operation('importScorecardXlsx', {
      tags,
      summary: 'Đọc bộ tiêu chí từ tệp Excel (xem trước, chưa ghi)',
      description:
        'multipart/form-data với một tệp .xlsx theo mẫu xuất ra từ exportScorecardXlsx. Trả về cây tiêu chí và lỗi kiểm tra để người dùng sửa rồi lưu.',
    }),
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      assertPermission(ctx.actor, 'scoring.manage');
      const upload = await readUpload(request, deps.config.maxUploadBytes);
      return uc.readScorecardWorkbook(ctx.actor, upload.data);
    },
  });

  r.route({
    ...operation('getExampleScorecard', { tags, summary: 'Mẫu bộ tiêu chí minh hoạ theo cấu trúc 1563/QĐ-UBND (để bắt đầu soạn)' }),
    handler: async (request) => uc.exampleScorecard(contextOf(request, deps).actor),
  });
}
