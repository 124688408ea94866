import type { RouteObject } from 'react-router';

/** Loaded with its route (see router.tsx). */
export const kpiRoutes: RouteObject[] = [
  { path: 'chi-tieu-tuyen-truyen', lazy: async () => ({ Component: (await import('./KpiPage.tsx')).KpiPage }) },
];
