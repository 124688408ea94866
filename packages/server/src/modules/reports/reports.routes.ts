// Routes of the reports module. Reports are addressed by the obligation they fulfil (one report per
// obligation).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { attachment, CONTENT_TYPES } from '../../http/downloads.ts';
import { operation } from '../../http/operation.ts';
import { createReportsRepository } from './reports.repository.ts';
import { acceptReport, getReport, listReports, reopenReport, returnReport, saveReportDraft, submitReport } from './reports.usecases.ts';
import { getReportForm, saveReportForm } from './forms.usecases.ts';
import {
  exportConsolidationDocx,
  exportConsolidationXlsx,
  getConsolidation,
  getConsolidationMissing,
  getConsolidationText,
  saveConsolidationText,
} from './consolidation.usecases.ts';

const tags = ['Báo cáo định kỳ'];

export function reportsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createReportsRepository(deps.database.db);

  r.route({
    ...operation('getReportForm', {
      tags,
      summary: 'Mẫu báo cáo của một kỳ trong kế hoạch (hoặc mẫu đề xuất nếu chưa có)',
      description:
        'Theo `formId`, hoặc theo `planId` + `periodKind` + `periodYear`. Khi chưa có mẫu, trả về mẫu đề xuất (các nội dung của kế hoạch và hai mục cuối) với `exists: false`.',
    }),
    handler: async (request) => getReportForm(repo, contextOf(request, deps).actor, request.query),
  });

  r.route({
    ...operation('saveReportForm', { tags, summary: 'Ban hành hoặc sửa mẫu báo cáo (mục, chỉ tiêu, quy tắc kiểm tra)' }),
    handler: async (request) => saveReportForm(repo, contextOf(request, deps), request.body),
  });

  r.route({
    ...operation('listReports', { tags, summary: 'Báo cáo định kỳ của các đơn vị trong phạm vi' }),
    handler: async (request) => listReports(repo, contextOf(request, deps).actor, request.query),
  });

  r.route({
    ...operation('getReport', { tags, summary: 'Báo cáo của đơn vị cho một nhiệm vụ báo cáo, kèm các phiên bản đã gửi và ý kiến xem xét' }),
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      return getReport(repo, ctx.actor, request.params.obligationId, ctx.now);
    },
  });

  r.route({
    ...operation('saveReportDraft', {
      tags,
      summary: 'Lưu bản nháp báo cáo',
      description:
        'Gửi `expectedVersion` (phiên bản đã đọc, 0 nếu chưa có) và `saveId` do máy khách tạo: gửi lại cùng `saveId` không tạo thay đổi mới. Số liệu sai kiểu hoặc ngoài giới hạn bị từ chối (400, `fields` theo từng ô) và bản nháp trên máy chủ giữ nguyên.',
    }),
    handler: async (request) => saveReportDraft(repo, contextOf(request, deps), request.params.obligationId, request.body),
  });

  r.route({
    ...operation('submitReport', { tags, summary: 'Thủ trưởng ký, gửi báo cáo' }),
    handler: async (request) => submitReport(repo, contextOf(request, deps), request.params.obligationId, request.body),
  });

  r.route({
    ...operation('returnReport', { tags, summary: 'Trả lại báo cáo kèm ý kiến theo từng mục' }),
    handler: async (request) => returnReport(repo, contextOf(request, deps), request.params.obligationId, request.body),
  });

  r.route({
    ...operation('acceptReport', { tags, summary: 'Tiếp nhận báo cáo (khóa báo cáo)' }),
    handler: async (request) => acceptReport(repo, contextOf(request, deps), request.params.obligationId, request.body),
  });

  r.route({
    ...operation('reopenReport', { tags, summary: 'Mở lại báo cáo đã tiếp nhận (ghi rõ lý do)' }),
    handler: async (request) => reopenReport(repo, contextOf(request, deps), request.params.obligationId, request.body),
  });

  r.route({
    ...operation('getConsolidation', { tags, summary: 'Tổng hợp báo cáo của một kỳ trên một nhánh đơn vị' }),
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      return getConsolidation(repo, ctx.actor, request.query, ctx.now);
    },
  });

  r.route({
    ...operation('getConsolidationMissing', {
      tags,
      summary: 'Các đơn vị chưa được tiếp nhận báo cáo của kỳ tổng hợp (phân trang theo mã đơn vị)',
      description: '`cursor`: `nextCursor` của trang trước; `limit` tối đa 500 (mặc định 50).',
    }),
    handler: async (request) => getConsolidationMissing(repo, contextOf(request, deps).actor, request.query),
  });

  r.route({
    ...operation('exportConsolidationXlsx', { tags, summary: 'Bảng số liệu tổng hợp (Excel): mỗi đơn vị một dòng, dòng tổng cộng' }),
    handler: async (request, reply) => {
      const ctx = contextOf(request, deps);
      const out = await exportConsolidationXlsx(repo, ctx.actor, request.query, ctx.now);
      return attachment(reply, out.filename, CONTENT_TYPES.xlsx, out.data);
    },
  });

  r.route({
    ...operation('exportConsolidationDocx', {
      tags,
      summary: 'Báo cáo tổng hợp (Word, thể thức Nghị định 30/2020/NĐ-CP)',
      description: '`sections` chứa nội dung từng mục do cơ quan tổng hợp đã biên tập; mục không gửi được ghép từ báo cáo của các đơn vị.',
    }),
    handler: async (request, reply) => {
      const ctx = contextOf(request, deps);
      const out = await exportConsolidationDocx(repo, ctx.actor, request.body, ctx.now);
      return attachment(reply, out.filename, CONTENT_TYPES.docx, out.data);
    },
  });

  r.route({
    ...operation('getConsolidationText', { tags, summary: 'Nội dung báo cáo tổng hợp đã biên tập (phiên bản mới nhất và lịch sử)' }),
    handler: async (request) => getConsolidationText(repo, contextOf(request, deps).actor, request.query),
  });

  r.route({
    ...operation('saveConsolidationText', {
      tags,
      summary: 'Lưu nội dung báo cáo tổng hợp đã biên tập (mỗi lần lưu là một phiên bản mới)',
      description: '`expectedVersion`: phiên bản đang sửa (0 khi chưa lưu lần nào); người khác lưu trước thì trả 409.',
    }),
    handler: async (request) => saveConsolidationText(repo, contextOf(request, deps), request.body),
  });
}
