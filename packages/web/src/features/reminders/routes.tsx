import type { RouteObject } from 'react-router';

/** Loaded with its route (see router.tsx). */
export const reminderRoutes: RouteObject[] = [
  { path: 'nhac-han', lazy: async () => ({ Component: (await import('./ReminderLogPage.tsx')).ReminderLogPage }) },
];
