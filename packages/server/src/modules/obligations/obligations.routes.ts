import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { endOfLocalDay } from '../../clock.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { operation, presentedResponse } from '../../http/operation.ts';
import { createObligationsRepository } from './obligations.repository.ts';
import { exemptObligation, listObligations } from './obligations.usecases.ts';

const tags = ['Nghĩa vụ và hạn'];

export function obligationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createObligationsRepository(deps.database.db);

  r.route({
    ...operation('listObligations', {
      tags,
      summary:
        'Những việc đơn vị phải nộp: kế hoạch, báo cáo, hồ sơ chấm điểm, kèm trạng thái và hạn (theo trang: after = dòng cuối trang trước)',
    }),
    ...presentedResponse,
    handler: async (request) => {
      const { asOf, ...q } = request.query;
      return listObligations(repo, contextOf(request, deps), { ...q, ...(asOf ? { asOf: endOfLocalDay(asOf) } : {}) });
    },
  });

  r.route({
    ...operation('exemptObligation', { tags, summary: 'Miễn nghĩa vụ cho một đơn vị (kèm lý do)' }),
    handler: async (request) => {
      await exemptObligation(repo, contextOf(request, deps), request.params.id, request.body.reason);
      return { ok: true as const };
    },
  });
}
