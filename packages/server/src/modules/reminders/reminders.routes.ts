// Notification preferences, per-plan reminder settings and the coordinator's reminder log.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  idParams,
  notificationPreferences,
  notificationPreferencesResponse,
  reminderLogList,
  reminderLogQuery,
  reminderSettingsResponse,
  updateReminderSettingsRequest,
} from '@dvcq/shared';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { getPreferences, getReminderSettings, listReminderLog, updatePreferences, updateReminderSettings } from './reminders.usecases.ts';

const tags = ['Thông báo'];

export function remindersRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get(
    '/api/me/notification-preferences',
    { schema: { operationId: 'getNotificationPreferences', tags, summary: 'Cách nhận thông báo của người dùng đang đăng nhập', response: { 200: notificationPreferencesResponse } } },
    async (request) => getPreferences(db, deps.config, contextOf(request, deps).actor.userId),
  );

  r.put(
    '/api/me/notification-preferences',
    {
      schema: {
        operationId: 'updateNotificationPreferences',
        tags,
        summary: 'Chọn kênh nhận thông báo: trong ứng dụng, thư điện tử (thư tổng hợp hằng ngày, thư báo ngay khi bị trả lại…)',
        body: notificationPreferences,
        response: { 200: notificationPreferencesResponse },
      },
    },
    async (request) => updatePreferences(db, deps.config, contextOf(request, deps), request.body),
  );

  r.get(
    '/api/plans/:id/reminder-settings',
    { schema: { operationId: 'getReminderSettings', tags, summary: 'Lịch nhắc hạn của kế hoạch (mặc định: 7, 3, 1 ngày trước hạn, đúng ngày hạn, 3 ngày một lần khi quá hạn)', params: idParams, response: { 200: reminderSettingsResponse } } },
    async (request) => getReminderSettings(db, contextOf(request, deps).actor, request.params.id),
  );

  r.put(
    '/api/plans/:id/reminder-settings',
    {
      schema: {
        operationId: 'updateReminderSettings',
        tags,
        summary: 'Đặt lịch nhắc hạn cho kế hoạch (cơ quan điều phối của đơn vị ban hành)',
        params: idParams,
        body: updateReminderSettingsRequest,
        response: { 200: reminderSettingsResponse },
      },
    },
    async (request) => updateReminderSettings(db, contextOf(request, deps), request.params.id, request.body),
  );

  r.get(
    '/api/reminders/log',
    {
      schema: {
        operationId: 'listReminderLog',
        tags,
        summary: 'Nhắc việc đã gửi cho ai, khi nào, qua kênh nào (trong phạm vi điều phối)',
        querystring: reminderLogQuery,
        response: { 200: reminderLogList },
      },
    },
    async (request) => listReminderLog(db, contextOf(request, deps).actor, request.query),
  );
}
