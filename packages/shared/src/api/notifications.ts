// In-app notifications, how each person wants to be told, reminder settings and the reminder log.
import { z } from 'zod';
import { defineOperations } from './operation.ts';
import { idParams } from '../schemas/common.ts';
import { notification, notificationList } from '../schemas/reports.ts';
import {
  notificationPreferences,
  notificationPreferencesResponse,
  reminderLogList,
  reminderLogQuery,
  reminderSettingsResponse,
  updateReminderSettingsRequest,
} from '../schemas/reminders.ts';

export const listNotificationsQuery = z.object({
  unreadOnly: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const NOTIFICATION_OPERATIONS = defineOperations({
  listNotifications: { method: 'GET', path: '/api/notifications', query: listNotificationsQuery, response: notificationList },
  markNotificationRead: { method: 'POST', path: '/api/notifications/:id/read', params: idParams, response: notification },
  getNotificationPreferences: { method: 'GET', path: '/api/me/notification-preferences', response: notificationPreferencesResponse },
  updateNotificationPreferences: {
    method: 'PUT',
    path: '/api/me/notification-preferences',
    body: notificationPreferences,
    response: notificationPreferencesResponse,
  },

  getReminderSettings: { method: 'GET', path: '/api/plans/:id/reminder-settings', params: idParams, response: reminderSettingsResponse },
  updateReminderSettings: {
    method: 'PUT',
    path: '/api/plans/:id/reminder-settings',
    params: idParams,
    body: updateReminderSettingsRequest,
    response: reminderSettingsResponse,
  },
  listReminderLog: { method: 'GET', path: '/api/reminders/log', query: reminderLogQuery, response: reminderLogList },
});
