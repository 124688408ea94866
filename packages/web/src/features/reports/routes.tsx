import type { RouteObject } from 'react-router';

/** Routes of the reports pages, under the app shell; each page is loaded with its route. */
export const reportRoutes: RouteObject[] = [
  { path: 'bao-cao', lazy: async () => ({ Component: (await import('./ReportsPage.tsx')).ReportsPage }) },
  { path: 'bao-cao/tong-hop', lazy: async () => ({ Component: (await import('./ConsolidationPage.tsx')).ConsolidationPage }) },
  { path: 'bao-cao/mau', lazy: async () => ({ Component: (await import('./FormEditorPage.tsx')).FormEditorPage }) },
  { path: 'bao-cao/:obligationId', lazy: async () => ({ Component: (await import('./ReportEditorPage.tsx')).ReportEditorPage }) },
];
