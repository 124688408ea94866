import type { SweepModule } from '../../testing/sweep.ts';

export const notificationsSweep: SweepModule = {
  name: 'notifications',
  cases: {
    listNotifications: { kind: 'self', why: 'only the caller’s own notifications' },
    markNotificationRead: { kind: 'self', why: 'only the caller’s own notifications; another user’s id answers 404' },
    getNotificationPreferences: { kind: 'self', why: 'the caller’s own preferences' },
    updateNotificationPreferences: { kind: 'self', why: 'the caller’s own preferences' },
  },
};
