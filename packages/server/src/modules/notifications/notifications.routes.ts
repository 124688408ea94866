import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, notification, notificationList } from '@dvcq/shared';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { notFound } from '../../http/errors.ts';
import { listNotificationsOf, markRead } from './notifications.service.ts';

const tags = ['Thông báo'];

export function notificationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get(
    '/api/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        tags,
        summary: 'Thông báo của người dùng đang đăng nhập',
        querystring: z.object({ unreadOnly: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: notificationList },
      },
    },
    async (request) => {
      const ctx = contextOf(request, deps);
      return listNotificationsOf(db, ctx.actor.userId, { unreadOnly: request.query.unreadOnly === 'true', limit: request.query.limit });
    },
  );

  r.post(
    '/api/notifications/:id/read',
    { schema: { operationId: 'markNotificationRead', tags, summary: 'Đánh dấu đã đọc một thông báo', params: idParams, response: { 200: notification } } },
    async (request) => {
      const ctx = contextOf(request, deps);
      const row = await markRead(db, ctx.actor.userId, request.params.id, ctx.now);
      if (!row) throw notFound('notification.not_found');
      return row;
    },
  );
}
