import { DashboardPage } from './DashboardPage.tsx';
import { PreferencesPage } from './PreferencesPage.tsx';

export const dashboardRoutes = [
  { path: 'bang-dieu-khien', element: <DashboardPage /> },
  { path: 'thong-bao/cai-dat', element: <PreferencesPage /> },
];
