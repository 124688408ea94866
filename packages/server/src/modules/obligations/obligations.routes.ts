import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exemptRequest, idParams, listObligationsQuery, obligationDto, okBody } from '@dvcq/shared';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { endOfLocalDay } from '../../clock.ts';
import { exemptObligation, listObligations } from './obligations.usecases.ts';

const tags = ['Nghĩa vụ và hạn'];

export function obligationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  r.get(
    '/api/obligations',
    {
      schema: {
        operationId: 'listObligations',
        tags,
        summary: 'Những việc đơn vị phải nộp: kế hoạch, báo cáo, hồ sơ chấm điểm, kèm trạng thái và hạn',
        querystring: listObligationsQuery,
        response: { 200: z.array(obligationDto) },
      },
    },
    async (request) => {
      const { asOf, ...q } = request.query;
      return listObligations(db, contextOf(request, deps), { ...q, ...(asOf ? { asOf: endOfLocalDay(asOf) } : {}) });
    },
  );
  r.post(
    '/api/obligations/:id/exempt',
    { schema: { operationId: 'exemptObligation', tags, summary: 'Miễn nghĩa vụ cho một đơn vị (kèm lý do)', params: idParams, body: exemptRequest, response: { 200: okBody } } },
    async (request) => {
      await exemptObligation(db, contextOf(request, deps), request.params.id, request.body.reason);
      return { ok: true as const };
    },
  );
}
