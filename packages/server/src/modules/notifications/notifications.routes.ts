import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { operation } from '../../http/operation.ts';
import { createNotificationsRepository } from './notifications.repository.ts';
import { getPreferences, listNotifications, markNotificationRead, updatePreferences } from './notifications.usecases.ts';

const tags = ['Thông báo'];

export function notificationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createNotificationsRepository(deps.database.db);
  const emailAvailable = Boolean(deps.config.smtpUrl);

  r.route({
    ...operation('listNotifications', { tags, summary: 'Thông báo của người dùng đang đăng nhập' }),
    handler: async (request) =>
      listNotifications(repo, contextOf(request, deps), { unreadOnly: request.query.unreadOnly === 'true', limit: request.query.limit }),
  });

  r.route({
    ...operation('markNotificationRead', { tags, summary: 'Đánh dấu đã đọc một thông báo' }),
    handler: async (request) => markNotificationRead(repo, contextOf(request, deps), request.params.id),
  });

  r.route({
    ...operation('getNotificationPreferences', { tags, summary: 'Cách nhận thông báo của người dùng đang đăng nhập' }),
    handler: async (request) => getPreferences(repo, contextOf(request, deps), emailAvailable),
  });

  r.route({
    ...operation('updateNotificationPreferences', {
      tags,
      summary: 'Chọn kênh nhận thông báo: trong ứng dụng, thư điện tử (thư tổng hợp hằng ngày, thư báo ngay khi bị trả lại…)',
    }),
    handler: async (request) => updatePreferences(repo, contextOf(request, deps), request.body, emailAvailable),
  });
}
