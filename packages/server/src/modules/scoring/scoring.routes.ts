// Scoring routes: scorecard versions, self-assessment, appraisal by agency, finalisation, ranking and
// its exports. Thin: validate (Zod) → use case (which authorises on the unit's path) → DTO.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  appraisalProgress,
  appraiseCriterionRequest,
  assessmentDetail,
  assessmentSummary,
  copyScorecardRequest,
  createScorecardRequest,
  criterionParams,
  expectedVersionBody,
  finaliseAssessmentRequest,
  idParams,
  importedScorecard,
  issueRankingRequest,
  listAssessmentsQuery,
  listScorecardsQuery,
  openAssessmentRequest,
  rankingResponse,
  saveSelfAssessmentRequest,
  scorecardDetail,
  scorecardSummary,
  scorecardYearQuery,
  sendBackCriterionRequest,
  updateScorecardRequest,
} from '@dvcq/shared';
import { exampleScorecard1563 } from '@dvcq/domain';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { appError } from '../../http/errors.ts';
import { assertPermission } from '../../authz/permissions.ts';
import * as uc from './scoring.usecases.ts';
import { parseScorecardXlsx, rankingDocx, rankingXlsx, scorecardXlsx } from './scoring.export.ts';
import { validateScorecard } from '@dvcq/domain';

const tags = ['Chấm điểm, xếp loại'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

export function scoringRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  // ——— Scorecards ———
  r.get(
    '/api/scoring/scorecards',
    { schema: { operationId: 'listScorecards', tags, summary: 'Các bộ tiêu chí người dùng được xem', querystring: listScorecardsQuery, response: { 200: z.array(scorecardSummary) } } },
    async (request) => uc.listScorecards(db, contextOf(request, deps).actor, request.query.status),
  );

  r.post(
    '/api/scoring/scorecards',
    {
      schema: {
        operationId: 'createScorecard',
        tags,
        summary: 'Tạo bộ tiêu chí (dự thảo) theo quyết định ban hành',
        description: 'Dự thảo được lưu cả khi còn lỗi (trả về trong `problems`); chỉ áp dụng được khi hết lỗi.',
        body: createScorecardRequest,
        response: { 201: scorecardDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await uc.createScorecard(db, contextOf(request, deps), request.body)),
  );

  r.get(
    '/api/scoring/scorecards/:id',
    { schema: { operationId: 'getScorecard', tags, summary: 'Chi tiết bộ tiêu chí và kết quả kiểm tra', params: idParams, response: { 200: scorecardDetail } } },
    async (request) => uc.getScorecard(db, contextOf(request, deps).actor, request.params.id),
  );

  r.put(
    '/api/scoring/scorecards/:id',
    { schema: { operationId: 'updateScorecard', tags, summary: 'Sửa bộ tiêu chí dự thảo', params: idParams, body: updateScorecardRequest, response: { 200: scorecardDetail } } },
    async (request) => uc.updateScorecard(db, contextOf(request, deps), request.params.id, request.body),
  );

  r.post(
    '/api/scoring/scorecards/:id/activate',
    { schema: { operationId: 'activateScorecard', tags, summary: 'Áp dụng bộ tiêu chí (khi không còn lỗi)', params: idParams, body: expectedVersionBody, response: { 200: scorecardDetail } } },
    async (request) => uc.activateScorecard(db, contextOf(request, deps), request.params.id, request.body.expectedVersion),
  );

  r.post(
    '/api/scoring/scorecards/:id/copy',
    { schema: { operationId: 'copyScorecard', tags, summary: 'Sao chép sang phiên bản mới (quyết định mới)', params: idParams, body: copyScorecardRequest, response: { 201: scorecardDetail } } },
    async (request, reply) => reply.status(201).send(await uc.copyScorecard(db, contextOf(request, deps), request.params.id, request.body)),
  );

  r.get(
    '/api/scoring/scorecards/:id/xlsx',
    { schema: { operationId: 'exportScorecardXlsx', tags, summary: 'Xuất bộ tiêu chí ra Excel (nhập lại được)', params: idParams } },
    async (request, reply) => {
      const row = await uc.scorecardForExport(db, contextOf(request, deps).actor, request.params.id);
      const data = await scorecardXlsx(row);
      return reply.header('content-type', XLSX).header('content-disposition', attachment(`Bo-tieu-chi-${row.decisionNumber.replace(/[/\\]/g, '-')}.xlsx`)).send(data);
    },
  );

  r.post(
    '/api/scoring/scorecards/import-xlsx',
    {
      schema: {
        operationId: 'importScorecardXlsx',
        tags,
        summary: 'Đọc bộ tiêu chí từ tệp Excel (xem trước, chưa ghi)',
        description: 'multipart/form-data với một tệp .xlsx theo mẫu xuất ra từ exportScorecardXlsx. Trả về cây tiêu chí và lỗi kiểm tra để người dùng sửa rồi lưu.',
        consumes: ['multipart/form-data'],
        response: { 200: importedScorecard },
      },
    },
    async (request) => {
      const ctx = contextOf(request, deps);
      assertPermission(ctx.actor, 'scoring.manage');
      if (!request.isMultipart()) throw appError(400, 'file.missing');
      const part = await request.file({ limits: { fileSize: deps.config.maxUploadBytes, files: 1 } });
      if (!part) throw appError(400, 'file.missing');
      const data = await part.toBuffer();
      const parsed = await parseScorecardXlsx(data);
      const problems = validateScorecard({ ...parsed.definition, id: 'import', decision: { number: parsed.decisionNumber ?? '', date: parsed.decisionDate ?? '' }, name: parsed.name ?? '' } as Parameters<typeof validateScorecard>[0]);
      return { ...parsed, problems };
    },
  );

  r.get(
    '/api/scoring/scorecards/example',
    { schema: { operationId: 'getExampleScorecard', tags, summary: 'Mẫu bộ tiêu chí minh hoạ theo cấu trúc 1563/QĐ-UBND (để bắt đầu soạn)', response: { 200: importedScorecard } } },
    async (request) => {
      assertPermission(contextOf(request, deps).actor, 'scoring.manage');
      const ex = exampleScorecard1563();
      const { id: _id, decision, name, ...definition } = ex;
      return { definition: definition as never, agencies: uc.DEFAULT_AGENCIES, decisionNumber: decision.number, decisionDate: decision.date, name, problems: [] };
    },
  );

  // ——— Assessments ———
  r.get(
    '/api/scoring/assessments',
    { schema: { operationId: 'listAssessments', tags, summary: 'Hồ sơ chấm điểm trong phạm vi của người dùng', querystring: listAssessmentsQuery, response: { 200: z.array(assessmentSummary) } } },
    async (request) => uc.listAssessments(db, contextOf(request, deps).actor, request.query),
  );

  r.post(
    '/api/scoring/assessments',
    { schema: { operationId: 'openAssessment', tags, summary: 'Mở (hoặc lấy) hồ sơ tự đánh giá của đơn vị cho một năm', body: openAssessmentRequest, response: { 200: assessmentDetail } } },
    async (request) => uc.openAssessment(db, contextOf(request, deps), request.body),
  );

  r.get(
    '/api/scoring/assessments/:id',
    {
      schema: {
        operationId: 'getAssessment',
        tags,
        summary: 'Hồ sơ chấm điểm theo cây tiêu chí',
        description: 'Người thẩm định chỉ thấy các tiêu chí do cơ quan mình thẩm định.',
        params: idParams,
        response: { 200: assessmentDetail },
      },
    },
    async (request) => uc.getAssessment(db, contextOf(request, deps).actor, request.params.id),
  );

  r.put(
    '/api/scoring/assessments/:id/self',
    {
      schema: {
        operationId: 'saveSelfAssessment',
        tags,
        summary: 'Lưu điểm tự chấm, giải trình, minh chứng (lưu nháp)',
        description: 'Chỉ các tiêu chí gửi lên được cập nhật. Điểm ngoài khoảng [0, tối đa] hoặc không đúng bước điểm bị từ chối với thông báo theo từng tiêu chí (`fields`).',
        params: idParams,
        body: saveSelfAssessmentRequest,
        response: { 200: assessmentDetail },
      },
    },
    async (request) => uc.saveSelfAssessment(db, contextOf(request, deps), request.params.id, request.body),
  );

  r.post(
    '/api/scoring/assessments/:id/submit',
    { schema: { operationId: 'submitSelfAssessment', tags, summary: 'Thủ trưởng nộp hồ sơ tự đánh giá', params: idParams, body: expectedVersionBody, response: { 200: assessmentDetail } } },
    async (request) => uc.submitSelfAssessment(db, contextOf(request, deps), request.params.id, request.body.expectedVersion),
  );

  r.put(
    '/api/scoring/assessments/:id/criteria/:code/appraisal',
    {
      schema: {
        operationId: 'appraiseCriterion',
        tags,
        summary: 'Cơ quan thẩm định chấm điểm một tiêu chí (ghi lý do khi khác điểm tự chấm)',
        params: criterionParams,
        body: appraiseCriterionRequest,
        response: { 200: assessmentDetail },
      },
    },
    async (request) => uc.appraiseCriterion(db, contextOf(request, deps), request.params.id, request.params.code, request.body),
  );

  r.post(
    '/api/scoring/assessments/:id/criteria/:code/send-back',
    { schema: { operationId: 'sendBackCriterion', tags, summary: 'Trả lại tiêu chí để đơn vị bổ sung minh chứng', params: criterionParams, body: sendBackCriterionRequest, response: { 200: assessmentDetail } } },
    async (request) => uc.sendBackCriterion(db, contextOf(request, deps), request.params.id, request.params.code, request.body.note),
  );

  r.post(
    '/api/scoring/assessments/:id/finalise',
    { schema: { operationId: 'finaliseAssessment', tags, summary: 'Kết thúc thẩm định hồ sơ', params: idParams, body: finaliseAssessmentRequest, response: { 200: assessmentDetail } } },
    async (request) => uc.finaliseAssessment(db, contextOf(request, deps), request.params.id, request.body),
  );

  // ——— Progress and ranking ———
  r.get(
    '/api/scoring/progress',
    { schema: { operationId: 'getAppraisalProgress', tags, summary: 'Tiến độ thẩm định theo cơ quan thẩm định', querystring: scorecardYearQuery, response: { 200: appraisalProgress } } },
    async (request) => uc.getAppraisalProgress(db, contextOf(request, deps).actor, request.query.scorecardId, request.query.year),
  );

  r.get(
    '/api/scoring/ranking',
    { schema: { operationId: 'getRanking', tags, summary: 'Xếp loại theo nhóm đơn vị', querystring: scorecardYearQuery, response: { 200: rankingResponse } } },
    async (request) => uc.getRanking(db, contextOf(request, deps).actor, request.query.scorecardId, request.query.year),
  );

  r.post(
    '/api/scoring/ranking/issue',
    { schema: { operationId: 'issueRanking', tags, summary: 'Ban hành quyết định công bố kết quả xếp loại', body: issueRankingRequest, response: { 200: rankingResponse } } },
    async (request) => uc.issueRanking(db, contextOf(request, deps), request.body),
  );

  r.get(
    '/api/scoring/ranking/docx',
    { schema: { operationId: 'exportRankingDocx', tags, summary: 'Quyết định xếp loại (Word, Nghị định 30)', querystring: scorecardYearQuery } },
    async (request, reply) => {
      const { r: ranking, sc, issuer } = await uc.rankingForExport(db, contextOf(request, deps).actor, request.query.scorecardId, request.query.year);
      const data = await rankingDocx(ranking, issuer, sc);
      return reply.header('content-type', DOCX).header('content-disposition', attachment(`Xep-loai-dan-van-chinh-quyen-${request.query.year}.docx`)).send(data);
    },
  );

  r.get(
    '/api/scoring/ranking/xlsx',
    { schema: { operationId: 'exportRankingXlsx', tags, summary: 'Bảng xếp loại (Excel)', querystring: scorecardYearQuery } },
    async (request, reply) => {
      const { r: ranking } = await uc.rankingForExport(db, contextOf(request, deps).actor, request.query.scorecardId, request.query.year);
      const data = await rankingXlsx(ranking);
      return reply.header('content-type', XLSX).header('content-disposition', attachment(`Xep-loai-dan-van-chinh-quyen-${request.query.year}.xlsx`)).send(data);
    },
  );
}
