import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';

const VERSION = '0.1.0';

export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getHealth',
        security: [],
        tags: ['Hệ thống'],
        summary: 'Tình trạng máy chủ và cơ sở dữ liệu',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'postgres']), version: z.string(), migrations: z.number().int(), time: z.string() }),
          503: z.object({ status: z.literal('error'), database: z.enum(['embedded', 'postgres']), message: z.string() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        const [row] = await deps.database.query<{ n: number }>('select count(*)::int as n from schema_migrations');
        return { status: 'ok' as const, database: deps.database.kind, version: VERSION, migrations: row?.n ?? 0, time: deps.clock().toISOString() };
      } catch {
        return reply.status(503).send({ status: 'error' as const, database: deps.database.kind, message: 'Không kết nối được cơ sở dữ liệu.' });
      }
    },
  );
}
