import type { RouteObject } from 'react-router';
import { ReportsPage } from './ReportsPage.tsx';
import { ReportEditorPage } from './ReportEditorPage.tsx';
import { ConsolidationPage } from './ConsolidationPage.tsx';
import { FormEditorPage } from './FormEditorPage.tsx';

/** Routes of the reports pages, under the app shell. */
export const reportRoutes: RouteObject[] = [
  { path: 'bao-cao', element: <ReportsPage /> },
  { path: 'bao-cao/tong-hop', element: <ConsolidationPage /> },
  { path: 'bao-cao/mau', element: <FormEditorPage /> },
  { path: 'bao-cao/:obligationId', element: <ReportEditorPage /> },
];
