import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { operation } from '../../http/operation.ts';
import { createScoringRepository } from './scoring.repository.ts';
import { SCORING_TAGS as tags } from './scorecards.routes.ts';
import {
  appraiseCriterion,
  finaliseAssessment,
  getAppraisalProgress,
  recordVetoEvent,
  reopenAssessment,
  sendBackCriterion,
  withdrawVetoEvent,
} from './appraisal.usecases.ts';

export function appraisalRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createScoringRepository(deps.database.db);

  r.route({
    ...operation('appraiseCriterion', { tags, summary: 'Cơ quan thẩm định chấm điểm một tiêu chí (ghi lý do khi khác điểm tự chấm)' }),
    handler: async (request) => appraiseCriterion(repo, contextOf(request, deps), request.params.id, request.params.code, request.body),
  });

  r.route({
    ...operation('sendBackCriterion', { tags, summary: 'Trả lại tiêu chí để đơn vị bổ sung minh chứng' }),
    handler: async (request) =>
      sendBackCriterion(repo, contextOf(request, deps), request.params.id, request.params.code, request.body.note),
  });

  r.route({
    ...operation('recordVetoEvent', {
      tags,
      summary: 'Ghi nhận sự việc buộc xếp loại thấp nhất (tham nhũng, không tự chấm điểm…) kèm minh chứng',
    }),
    handler: async (request) => recordVetoEvent(repo, contextOf(request, deps), request.params.id, request.body),
  });

  r.route({
    ...operation('finaliseAssessment', { tags, summary: 'Kết thúc thẩm định hồ sơ' }),
    handler: async (request) => finaliseAssessment(repo, contextOf(request, deps), request.params.id, request.body),
  });

  r.route({
    ...operation('reopenAssessment', { tags, summary: 'Mở lại hồ sơ đã kết thúc thẩm định (ghi lý do; kết quả trước được lưu)' }),
    handler: async (request) => reopenAssessment(repo, contextOf(request, deps), request.params.id, request.body),
  });

  r.route({
    ...operation('withdrawVetoEvent', { tags, summary: 'Rút sự việc buộc xếp loại thấp nhất đã ghi nhận (ghi lý do)' }),
    handler: async (request) =>
      withdrawVetoEvent(repo, contextOf(request, deps), request.params.id, request.params.vetoId, request.body.reason),
  });

  r.route({
    ...operation('getAppraisalProgress', { tags, summary: 'Tiến độ thẩm định theo cơ quan thẩm định' }),
    handler: async (request) => getAppraisalProgress(repo, contextOf(request, deps).actor, request.query.scorecardId, request.query.year),
  });
}
