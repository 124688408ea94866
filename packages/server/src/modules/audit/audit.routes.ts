import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { operation } from '../../http/operation.ts';
import { createOrgRepository } from '../org/org.repository.ts';
import { createAuditRepository } from './audit.repository.ts';
import { listAuditLog } from './audit.usecases.ts';

const tags = ['Nhật ký'];

export function auditRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = { audit: createAuditRepository(deps.database.db), org: createOrgRepository(deps.database.db) };

  r.route({
    ...operation('listAuditLog', { tags, summary: 'Nhật ký thay đổi (lọc theo người, đơn vị, đối tượng, ngày)' }),
    handler: async (request) => listAuditLog(repo, contextOf(request, deps), request.query),
  });
}
