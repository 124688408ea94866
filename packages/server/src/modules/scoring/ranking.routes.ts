import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { attachment, CONTENT_TYPES } from '../../http/downloads.ts';
import { operation, presentedResponse } from '../../http/operation.ts';
import { createScoringRepository } from './scoring.repository.ts';
import { rankingDocx } from './ranking.document.ts';
import { rankingXlsx } from './scoring.export.ts';
import { SCORING_TAGS as tags } from './scorecards.routes.ts';
import { getRankingPage, issueRanking, rankingForExport } from './ranking.usecases.ts';

export function rankingRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createScoringRepository(deps.database.db);

  r.route({
    ...operation('getRanking', { tags, summary: 'Xếp loại theo nhóm đơn vị' }),
    ...presentedResponse,
    handler: async (request) => getRankingPage(repo, contextOf(request, deps).actor, request.query),
  });

  r.route({
    ...operation('issueRanking', { tags, summary: 'Ban hành quyết định công bố kết quả xếp loại' }),
    handler: async (request) => issueRanking(repo, contextOf(request, deps), request.body),
  });

  r.route({
    ...operation('exportRankingDocx', { tags, summary: 'Quyết định xếp loại (Word, Nghị định 30)' }),
    handler: async (request, reply) => {
      const ctx = contextOf(request, deps);
      const { r: ranking, sc, issuer, place } = await rankingForExport(repo, ctx.actor, request.query.scorecardId, request.query.year);
      return attachment(
        reply,
        `Xep-loai-dan-van-chinh-quyen-${request.query.year}.docx`,
        CONTENT_TYPES.docx,
        await rankingDocx(ranking, issuer, place, sc, ctx.now),
      );
    },
  });

  r.route({
    ...operation('exportRankingXlsx', { tags, summary: 'Bảng xếp loại (Excel)' }),
    handler: async (request, reply) => {
      const { r: ranking } = await rankingForExport(repo, contextOf(request, deps).actor, request.query.scorecardId, request.query.year);
      return attachment(reply, `Xep-loai-dan-van-chinh-quyen-${request.query.year}.xlsx`, CONTENT_TYPES.xlsx, await rankingXlsx(ranking));
    },
  });
}
