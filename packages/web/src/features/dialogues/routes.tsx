import type { RouteObject } from 'react-router';

/** Loaded with its route (see router.tsx). */
export const dialoguesRoutes: RouteObject[] = [
  { path: 'doi-thoai', lazy: async () => ({ Component: (await import('./DialoguesPage.tsx')).DialoguesPage }) },
];
