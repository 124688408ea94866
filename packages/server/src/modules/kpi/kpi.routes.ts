// Communication KPIs: sets, import of a plan's appendix, evidence and its review, progress, Excel.
import { extractDocument, readDocumentFile } from '@dvcq/extractor';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { attachment, CONTENT_TYPES } from '../../http/downloads.ts';
import { operation } from '../../http/operation.ts';
import { readUpload } from '../files/files.upload.ts';
import { fromImportError } from '../imports/imports.errors.ts';
import { kpiXlsx } from './kpi.export.ts';
import { checkLinkOverHttp } from './kpi.linkcheck.ts';
import { createKpiRepository } from './kpi.repository.ts';
import {
  assertCanImportKpiFor,
  checkKpiEvidenceLink,
  getKpiProgress,
  getKpiSet,
  listKpiEvidence,
  listKpiSets,
  proposeKpiRows,
  recordKpiEvidence,
  reviewKpiEvidence,
  saveKpiSet,
} from './kpi.usecases.ts';

const tags = ['Chỉ tiêu tuyên truyền'];

export function kpiRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createKpiRepository(deps.database.db);
  const checkLink = checkLinkOverHttp();

  r.route({
    ...operation('listKpiSets', { tags, summary: 'Các bộ chỉ tiêu tuyên truyền mà người dùng được xem' }),
    handler: async (request) => listKpiSets(repo, contextOf(request, deps), request.query.year),
  });
  r.route({
    ...operation('getKpiSet', { tags, summary: 'Một bộ chỉ tiêu tuyên truyền với các dòng chỉ tiêu' }),
    handler: async (request) => getKpiSet(repo, contextOf(request, deps), request.params.id),
  });
  r.route({
    ...operation('saveKpiSet', {
      tags,
      summary: 'Tạo hoặc sửa bộ chỉ tiêu tuyên truyền của một kế hoạch',
      description: 'Dòng đã có minh chứng bị bỏ khỏi bộ thì được lưu lại (ngừng theo dõi), không bị xóa.',
    }),
    handler: async (request) => saveKpiSet(repo, contextOf(request, deps), request.body),
  });
  r.route({
    ...operation('importKpiSetFromDocument', {
      tags,
      summary: 'Đọc phụ lục chỉ tiêu tuyên truyền của một kế hoạch (.docx, .pdf, .txt, ảnh quét) thành các dòng đề xuất',
      description: 'multipart/form-data, một tệp. Không ghi gì: người dùng rà soát các dòng rồi lưu bằng saveKpiSet.',
    }),
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      await assertCanImportKpiFor(repo, ctx, request.query.planId);
      const upload = await readUpload(request, deps.config.maxUploadBytes);
      let read;
      try {
        read = await readDocumentFile({ buffer: upload.data, filename: upload.filename }, { maxBytes: deps.config.maxUploadBytes });
      } catch (err) {
        throw fromImportError(err) ?? err;
      }
      const extraction = extractDocument(read.text);
      return proposeKpiRows(repo, ctx, request.query.planId, {
        filename: upload.filename,
        ocr: extraction.ocr,
        kpiRows: extraction.kpiRows,
      });
    },
  });
  r.route({
    ...operation('recordKpiEvidence', { tags, summary: 'Ghi minh chứng (liên kết bài viết, tệp, số lượt truy cập) cho các chỉ tiêu' }),
    handler: async (request, reply) => {
      const dto = await recordKpiEvidence(repo, contextOf(request, deps), request.params.id, request.body, checkLink);
      return reply.status(201).send(dto);
    },
  });
  r.route({
    ...operation('listKpiEvidence', { tags, summary: 'Minh chứng của bộ chỉ tiêu (theo đơn vị, chỉ tiêu, trạng thái)' }),
    handler: async (request) => listKpiEvidence(repo, contextOf(request, deps), request.params.id, request.query),
  });
  r.route({
    ...operation('reviewKpiEvidence', { tags, summary: 'Chấp nhận hoặc không chấp nhận một minh chứng (kèm lý do)' }),
    handler: async (request) => reviewKpiEvidence(repo, contextOf(request, deps), request.params.id, request.body),
  });
  r.route({
    ...operation('checkKpiEvidenceLink', {
      tags,
      summary: 'Kiểm tra liên kết của minh chứng từ máy chủ',
      description: 'Không có mạng hoặc không nhận được trả lời: "chưa kiểm tra được", không bao giờ kết luận là hỏng.',
    }),
    handler: async (request) => checkKpiEvidenceLink(repo, contextOf(request, deps), request.params.id, checkLink),
  });
  r.route({
    ...operation('getKpiProgress', { tags, summary: 'Tiến độ thực hiện chỉ tiêu theo đơn vị × chỉ tiêu (đơn vị chậm lên trước)' }),
    handler: async (request) => getKpiProgress(repo, contextOf(request, deps), request.params.id, request.query),
  });
  r.route({
    ...operation('exportKpiXlsx', { tags, summary: 'Tải Excel tiến độ theo đơn vị × chỉ tiêu, kèm liên kết minh chứng' }),
    handler: async (request, reply) => {
      const ctx = contextOf(request, deps);
      const set = await getKpiSet(repo, ctx, request.params.id);
      const progress = await getKpiProgress(repo, ctx, request.params.id, request.query);
      const evidence = await listKpiEvidence(repo, ctx, request.params.id, request.query.unitId ? { unitId: request.query.unitId } : {});
      return attachment(
        reply,
        `Chi-tieu-tuyen-truyen-${set.year}-${progress.asOf}.xlsx`,
        CONTENT_TYPES.xlsx,
        await kpiXlsx(set, progress, evidence),
      );
    },
  });
}
