// Thin routes of the reports module: validate (Zod) → authorise (in the use case, on the unit's path) →
// use case → DTO. Reports are addressed by the obligation they fulfil (one report per obligation).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptReportRequest,
  consolidation,
  consolidationQuery,
  exportConsolidationDocxRequest,
  listReportsQuery,
  obligationParams,
  reopenReportRequest,
  reportDetail,
  reportForm,
  reportFormQuery,
  reportFormWithCandidates,
  reportListItem,
  returnReportRequest,
  saveReportDraftRequest,
  saveReportFormRequest,
  submitReportRequest,
} from '@dvcq/shared';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { acceptReport, getReport, listReports, reopenReport, returnReport, saveReportDraft, submitReport } from './reports.usecases.ts';
import { getReportForm, saveReportForm } from './reports.forms.ts';
import { exportConsolidationDocx, exportConsolidationXlsx, getConsolidation } from './reports.consolidation.ts';

const tags = ['Báo cáo định kỳ'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const disposition = (filename: string) => `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

export function reportsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get(
    '/api/report-forms',
    {
      schema: {
        operationId: 'getReportForm',
        tags,
        summary: 'Mẫu báo cáo của một kỳ trong kế hoạch (hoặc mẫu đề xuất nếu chưa có)',
        description: 'Theo `formId`, hoặc theo `planId` + `periodKind` + `periodYear`. Khi chưa có mẫu, trả về mẫu đề xuất (các nội dung của kế hoạch và hai mục cuối) với `exists: false`.',
        querystring: reportFormQuery,
        response: { 200: reportFormWithCandidates },
      },
    },
    async (request) => getReportForm(db, contextOf(request, deps).actor, request.query),
  );

  r.put(
    '/api/report-forms',
    {
      schema: {
        operationId: 'saveReportForm',
        tags,
        summary: 'Ban hành hoặc sửa mẫu báo cáo (mục, chỉ tiêu, quy tắc kiểm tra)',
        body: saveReportFormRequest,
        response: { 200: reportForm },
      },
    },
    async (request) => saveReportForm(db, contextOf(request, deps), request.body),
  );

  r.get(
    '/api/reports',
    { schema: { operationId: 'listReports', tags, summary: 'Báo cáo định kỳ của các đơn vị trong phạm vi', querystring: listReportsQuery, response: { 200: z.array(reportListItem) } } },
    async (request) => listReports(db, contextOf(request, deps).actor, request.query),
  );

  r.get(
    '/api/reports/:obligationId',
    { schema: { operationId: 'getReport', tags, summary: 'Báo cáo của đơn vị cho một nhiệm vụ báo cáo, kèm các phiên bản đã gửi và ý kiến xem xét', params: obligationParams, response: { 200: reportDetail } } },
    async (request) => getReport(db, contextOf(request, deps).actor, request.params.obligationId),
  );

  r.put(
    '/api/reports/:obligationId/draft',
    {
      schema: {
        operationId: 'saveReportDraft',
        tags,
        summary: 'Lưu bản nháp báo cáo',
        description:
          'Gửi `expectedVersion` (phiên bản đã đọc, 0 nếu chưa có) và `saveId` do máy khách tạo: gửi lại cùng `saveId` không tạo thay đổi mới. Số liệu sai kiểu hoặc ngoài giới hạn bị từ chối (400, `fields` theo từng ô) và bản nháp trên máy chủ giữ nguyên.',
        params: obligationParams,
        body: saveReportDraftRequest,
        response: { 200: reportDetail },
      },
    },
    async (request) => saveReportDraft(db, contextOf(request, deps), request.params.obligationId, request.body),
  );

  r.post(
    '/api/reports/:obligationId/submit',
    { schema: { operationId: 'submitReport', tags, summary: 'Thủ trưởng ký, gửi báo cáo', params: obligationParams, body: submitReportRequest, response: { 200: reportDetail } } },
    async (request) => submitReport(db, contextOf(request, deps), request.params.obligationId, request.body),
  );

  r.post(
    '/api/reports/:obligationId/return',
    { schema: { operationId: 'returnReport', tags, summary: 'Trả lại báo cáo kèm ý kiến theo từng mục', params: obligationParams, body: returnReportRequest, response: { 200: reportDetail } } },
    async (request) => returnReport(db, contextOf(request, deps), request.params.obligationId, request.body),
  );

  r.post(
    '/api/reports/:obligationId/accept',
    { schema: { operationId: 'acceptReport', tags, summary: 'Tiếp nhận báo cáo (khóa báo cáo)', params: obligationParams, body: acceptReportRequest, response: { 200: reportDetail } } },
    async (request) => acceptReport(db, contextOf(request, deps), request.params.obligationId, request.body),
  );

  r.post(
    '/api/reports/:obligationId/reopen',
    { schema: { operationId: 'reopenReport', tags, summary: 'Mở lại báo cáo đã tiếp nhận (ghi rõ lý do)', params: obligationParams, body: reopenReportRequest, response: { 200: reportDetail } } },
    async (request) => reopenReport(db, contextOf(request, deps), request.params.obligationId, request.body),
  );

  r.get(
    '/api/consolidation',
    { schema: { operationId: 'getConsolidation', tags, summary: 'Tổng hợp báo cáo của một kỳ trên một nhánh đơn vị', querystring: consolidationQuery, response: { 200: consolidation } } },
    async (request) => getConsolidation(db, contextOf(request, deps).actor, request.query),
  );

  r.get(
    '/api/consolidation/xlsx',
    { schema: { operationId: 'exportConsolidationXlsx', tags, summary: 'Bảng số liệu tổng hợp (Excel): mỗi đơn vị một dòng, dòng tổng cộng', querystring: consolidationQuery } },
    async (request, reply) => {
      const out = await exportConsolidationXlsx(db, contextOf(request, deps).actor, request.query);
      return reply.header('content-type', XLSX).header('content-disposition', disposition(out.filename)).send(out.data);
    },
  );

  r.post(
    '/api/consolidation/docx',
    {
      schema: {
        operationId: 'exportConsolidationDocx',
        tags,
        summary: 'Báo cáo tổng hợp (Word, thể thức Nghị định 30/2020/NĐ-CP)',
        description: '`sections` chứa nội dung từng mục do cơ quan tổng hợp đã biên tập; mục không gửi được ghép từ báo cáo của các đơn vị.',
        body: exportConsolidationDocxRequest,
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      const out = await exportConsolidationDocx(db, ctx.actor, request.body, ctx.now);
      return reply.header('content-type', DOCX).header('content-disposition', disposition(out.filename)).send(out.data);
    },
  );
}
