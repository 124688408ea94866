import type { RouteObject } from 'react-router';
import { KpiPage } from './KpiPage.tsx';

export const kpiRoutes: RouteObject[] = [{ path: 'chi-tieu-tuyen-truyen', element: <KpiPage /> }];
