import type { RouteObject } from 'react-router';

export const dashboardRoutes: RouteObject[] = [
  { path: 'bang-dieu-khien', lazy: async () => ({ Component: (await import('./DashboardPage.tsx')).DashboardPage }) },
];
