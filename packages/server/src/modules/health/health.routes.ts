import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { healthUnavailable } from '@dvcq/shared';
import type { AppDeps } from '../../app-deps.ts';
import { operation } from '../../http/operation.ts';
import { RETRY_AFTER_SECONDS } from '../../http/errors.ts';
import { createHealthRepository } from './health.repository.ts';
import { checkHealth } from './health.usecases.ts';

export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createHealthRepository(deps.database);
  const route = operation('getHealth', { tags: ['Hệ thống'], summary: 'Tình trạng máy chủ và cơ sở dữ liệu' });

  r.route({
    ...route,
    schema: { ...route.schema, response: { ...route.schema.response, 503: healthUnavailable } },
    handler: async (request, reply) => {
      const health = await checkHealth(
        { repo, storage: deps.storage, mailOn: Boolean(deps.config.smtpUrl), warn: (m) => request.log.warn(m) },
        deps.clock(),
      );
      if (health.ok) return health.body;
      return reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS)).send(health.body);
    },
  });
}
