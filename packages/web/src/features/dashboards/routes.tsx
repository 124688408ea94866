import type { RouteObject } from 'react-router';
import { DashboardPage } from './DashboardPage.tsx';

export const dashboardRoutes: RouteObject[] = [{ path: 'bang-dieu-khien', element: <DashboardPage /> }];
