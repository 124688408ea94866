import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { operation } from '../../http/operation.ts';
import { createPlansRepository } from './plans.repository.ts';
import { assignPlanItem, listAssignableUsers, listMyAssignments } from './assignments.usecases.ts';

const tags = ['Kế hoạch'];

export function assignmentRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createPlansRepository(deps.database.db);

  r.route({
    ...operation('assignPlanItem', { tags, summary: 'Phân công lãnh đạo, công chức theo dõi một nội dung của kế hoạch' }),
    handler: async (request, reply) =>
      reply.status(201).send(await assignPlanItem(repo, contextOf(request, deps), request.params.id, request.body)),
  });

  r.route({
    ...operation('listAssignableUsers', {
      tags,
      summary: 'Lãnh đạo, công chức của đơn vị ban hành (và đơn vị trực thuộc) có thể được phân công theo dõi kế hoạch',
    }),
    handler: async (request) => listAssignableUsers(repo, contextOf(request, deps).actor, request.params.id),
  });

  r.route({
    ...operation('listMyAssignments', { tags, summary: 'Các nội dung kế hoạch tôi được phân công theo dõi' }),
    handler: async (request) => listMyAssignments(repo, contextOf(request, deps)),
  });
}
