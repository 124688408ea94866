import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { operation } from '../../http/operation.ts';
import { createSearchRepository } from './search.repository.ts';
import { globalSearch } from './search.usecases.ts';

const tags = ['Tìm kiếm'];

export function searchRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createSearchRepository(deps.database.db);
  r.route({
    ...operation('globalSearch', {
      tags,
      summary:
        'Tìm đơn vị, kế hoạch, báo cáo, người dùng và tài liệu theo từ khoá (không phân biệt dấu, hoa thường), trong phạm vi được xem',
    }),
    handler: async (request) => globalSearch(repo, contextOf(request, deps).actor, request.query),
  });
}
