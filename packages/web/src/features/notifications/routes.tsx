import type { RouteObject } from 'react-router';

/** Loaded with its route (see router.tsx). */
export const notificationRoutes: RouteObject[] = [
  { path: 'thong-bao/cai-dat', lazy: async () => ({ Component: (await import('./PreferencesPage.tsx')).PreferencesPage }) },
];
