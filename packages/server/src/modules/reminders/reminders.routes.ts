// Per-plan reminder settings and the coordinator's reminder log (each person's own notification
// preferences are in notifications.routes.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { operation } from '../../http/operation.ts';
import { createRemindersRepository } from './reminders.repository.ts';
import { getReminderSettings, listReminderLog, updateReminderSettings } from './reminders.usecases.ts';

const tags = ['Thông báo'];

export function remindersRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createRemindersRepository(deps.database.db);

  r.route({
    ...operation('getReminderSettings', {
      tags,
      summary: 'Lịch nhắc hạn của kế hoạch (mặc định: 7, 3, 1 ngày trước hạn, đúng ngày hạn, 3 ngày một lần khi quá hạn)',
    }),
    handler: async (request) => getReminderSettings(repo, contextOf(request, deps).actor, request.params.id),
  });

  r.route({
    ...operation('updateReminderSettings', { tags, summary: 'Đặt lịch nhắc hạn cho kế hoạch (cơ quan điều phối của đơn vị ban hành)' }),
    handler: async (request) => updateReminderSettings(repo, contextOf(request, deps), request.params.id, request.body),
  });

  r.route({
    ...operation('listReminderLog', { tags, summary: 'Nhắc việc đã gửi cho ai, khi nào, qua kênh nào (trong phạm vi điều phối)' }),
    handler: async (request) => listReminderLog(repo, contextOf(request, deps).actor, request.query),
  });
}
