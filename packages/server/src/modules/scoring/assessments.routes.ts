import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { attachment, CONTENT_TYPES } from '../../http/downloads.ts';
import { operation } from '../../http/operation.ts';
import { selfAssessmentDossierDocx } from './assessments.document.ts';
import { createScoringRepository } from './scoring.repository.ts';
import { SCORING_TAGS as tags } from './scorecards.routes.ts';
import {
  assessmentForDossier,
  getAssessment,
  listAssessments,
  openAssessment,
  saveSelfAssessment,
  submitSelfAssessment,
} from './assessments.usecases.ts';

export function assessmentRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createScoringRepository(deps.database.db);

  r.route({
    ...operation('listAssessments', { tags, summary: 'Hồ sơ chấm điểm trong phạm vi của người dùng' }),
    handler: async (request) => listAssessments(repo, contextOf(request, deps).actor, request.query),
  });

  r.route({
    ...operation('openAssessment', { tags, summary: 'Mở (hoặc lấy) hồ sơ tự đánh giá của đơn vị cho một năm' }),
    handler: async (request) => openAssessment(repo, contextOf(request, deps), request.body),
  });

  r.route({
    ...operation('getAssessment', {
      tags,
      summary: 'Hồ sơ chấm điểm theo cây tiêu chí',
      description: 'Người thẩm định chỉ thấy các tiêu chí do cơ quan mình thẩm định.',
    }),
    handler: async (request) => getAssessment(repo, contextOf(request, deps).actor, request.params.id),
  });

  r.route({
    ...operation('exportAssessmentDossierDocx', {
      tags,
      summary: 'Hồ sơ tự đánh giá, chấm điểm (Word, Nghị định 30) với bảng điểm và danh mục minh chứng',
      description: 'Chưa nộp thì in "DỰ THẢO". Người thẩm định chỉ thấy các tiêu chí do cơ quan mình thẩm định.',
    }),
    handler: async (request, reply) => {
      const ctx = contextOf(request, deps);
      const { a, place } = await assessmentForDossier(repo, ctx.actor, request.params.id);
      return attachment(
        reply,
        `Ho-so-tu-danh-gia-${a.unitCode}-${a.year}.docx`,
        CONTENT_TYPES.docx,
        await selfAssessmentDossierDocx(a, place, ctx.now),
      );
    },
  });

  r.route({
    ...operation('saveSelfAssessment', {
      tags,
      summary: 'Lưu điểm tự chấm, giải trình, minh chứng (lưu nháp)',
      description:
        'Chỉ các tiêu chí gửi lên được cập nhật. Điểm ngoài khoảng [0, tối đa] hoặc không đúng bước điểm bị từ chối với thông báo theo từng tiêu chí (`fields`).',
    }),
    handler: async (request) => saveSelfAssessment(repo, contextOf(request, deps), request.params.id, request.body),
  });

  r.route({
    ...operation('submitSelfAssessment', { tags, summary: 'Thủ trưởng nộp hồ sơ tự đánh giá' }),
    handler: async (request) => submitSelfAssessment(repo, contextOf(request, deps), request.params.id, request.body),
  });
}
