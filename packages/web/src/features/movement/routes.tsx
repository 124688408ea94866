import type { RouteObject } from 'react-router';

/** Loaded with its route (see router.tsx). */
export const movementRoutes: RouteObject[] = [
  { path: 'dan-van-kheo', lazy: async () => ({ Component: (await import('./MovementPage.tsx')).MovementPage }) },
];
