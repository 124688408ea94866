import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { operation } from '../../http/operation.ts';
import { createPlansRepository } from './plans.repository.ts';
import { calendarFeed, createCalendarFeed } from './calendar.usecases.ts';

const tags = ['Kế hoạch'];

export function calendarRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createPlansRepository(deps.database.db);

  r.route({
    ...operation('createCalendarFeed', { tags, summary: 'Tạo (hoặc đổi) đường dẫn lịch iCalendar cá nhân chứa các hạn của mình' }),
    handler: async (request) => createCalendarFeed(repo, contextOf(request, deps), deps.config.publicUrl),
  });

  r.route({
    ...operation('getCalendarFeed', {
      tags,
      summary: 'Lịch iCalendar các hạn (được xác thực bằng mã trong đường dẫn, có đuôi .ics; ?plan= chỉ các hạn của một kế hoạch)',
    }),
    handler: async (request, reply) => {
      const ics = await calendarFeed(repo, request.params.token, deps.config.publicUrl, deps.clock(), request.query.plan);
      return reply.header('content-type', 'text/calendar; charset=utf-8').send(ics);
    },
  });
}
