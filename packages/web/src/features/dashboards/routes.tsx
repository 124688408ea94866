import { DashboardPage } from './DashboardPage.tsx';
import { PreferencesPage } from './PreferencesPage.tsx';
import { ReminderLogPage } from './ReminderLogPage.tsx';

export const dashboardRoutes = [
  { path: 'bang-dieu-khien', element: <DashboardPage /> },
  { path: 'thong-bao/cai-dat', element: <PreferencesPage /> },
  { path: 'nhac-han', element: <ReminderLogPage /> },
];
