import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { attachment, CONTENT_TYPES } from '../../http/downloads.ts';
import { operation } from '../../http/operation.ts';
import { createScoringRepository } from './scoring.repository.ts';
import { SCORING_TAGS as tags } from './scorecards.routes.ts';
import { commendationProposalDocx, commendationProposalXlsx } from './commendation.export.ts';
import {
  commendationProposalForExport,
  getCommendationCandidates,
  saveCommendationProposal,
  submitCommendationProposal,
} from './commendation.usecases.ts';

export function commendationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createScoringRepository(deps.database.db);
  const fileName = (year: number, ext: string) => `De-nghi-khen-thuong-dan-van-chinh-quyen-${year}.${ext}`;

  r.route({
    ...operation('getCommendationCandidates', {
      tags,
      summary: 'Đơn vị đủ điều kiện đề nghị khen thưởng theo kết quả xếp loại đã ban hành (trong chỉ tiêu từng khối), kèm đề nghị đã lập',
    }),
    handler: async (request) =>
      getCommendationCandidates(repo, contextOf(request, deps).actor, request.query.scorecardId, request.query.year),
  });

  r.route({
    ...operation('saveCommendationProposal', { tags, summary: 'Lưu đề nghị khen thưởng (trong chỉ tiêu, lý do từng đơn vị)' }),
    handler: async (request) => saveCommendationProposal(repo, contextOf(request, deps), request.body),
  });

  r.route({
    ...operation('submitCommendationProposal', { tags, summary: 'Trình đề nghị khen thưởng (số, ngày, người ký tờ trình)' }),
    handler: async (request) => submitCommendationProposal(repo, contextOf(request, deps), request.body),
  });

  r.route({
    ...operation('exportCommendationProposalDocx', { tags, summary: 'Tờ trình và danh sách đề nghị khen thưởng (Word, Nghị định 30)' }),
    handler: async (request, reply) => {
      const ctx = contextOf(request, deps);
      const input = await commendationProposalForExport(repo, ctx.actor, request.query.scorecardId, request.query.year);
      return attachment(reply, fileName(request.query.year, 'docx'), CONTENT_TYPES.docx, await commendationProposalDocx(input, ctx.now));
    },
  });

  r.route({
    ...operation('exportCommendationProposalXlsx', { tags, summary: 'Danh sách đề nghị khen thưởng (Excel)' }),
    handler: async (request, reply) => {
      const input = await commendationProposalForExport(
        repo,
        contextOf(request, deps).actor,
        request.query.scorecardId,
        request.query.year,
      );
      return attachment(reply, fileName(request.query.year, 'xlsx'), CONTENT_TYPES.xlsx, await commendationProposalXlsx(input));
    },
  });
}
