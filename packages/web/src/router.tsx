import { createBrowserRouter } from 'react-router';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { RequireAdmin, RequireAuth } from './features/auth/guards.tsx';
import { OrgPage } from './features/org/OrgPage.tsx';
import { RestructuringPage } from './features/org/RestructuringPage.tsx';
import { UsersPage } from './features/users/UsersPage.tsx';
import { AuditPage } from './features/audit/AuditPage.tsx';
import { PlansPage } from './features/plans/PlansPage.tsx';
import { PlanDetailPage } from './features/plans/PlanDetailPage.tsx';
import { PlanEditorPage } from './features/plans/PlanEditorPage.tsx';
import { ImportPage } from './features/imports/ImportPage.tsx';
import { reportRoutes } from './features/reports/routes.tsx';
import { AppShell } from './shell/AppShell.tsx';
import { scoringRoutes } from './features/scoring/routes.tsx';
import { HomePage, NotFoundPage } from './shell/pages.tsx';
import { dashboardRoutes } from './features/dashboards/routes.tsx';
import { kpiRoutes } from './features/kpi/routes.tsx';
import { dialoguesRoutes } from './features/dialogues/routes.tsx';
import { movementRoutes } from './features/movement/routes.tsx';
import { PublicModelsPage } from './features/movement/PublicModelsPage.tsx';
import { notificationRoutes } from './features/notifications/routes.tsx';
import { reminderRoutes } from './features/reminders/routes.tsx';

export const router = createBrowserRouter([
  { path: '/dang-nhap', element: <LoginPage /> },
  { path: '/cong-khai/dan-van-kheo/:provinceId', element: <PublicModelsPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'ke-hoach', element: <PlansPage /> },
      { path: 'ke-hoach/soan', element: <PlanEditorPage /> },
      { path: 'ke-hoach/nhap', element: <ImportPage /> },
      { path: 'ke-hoach/:planId', element: <PlanDetailPage /> },
      { path: 'ke-hoach/:planId/sua', element: <PlanEditorPage /> },
      ...reportRoutes,
      ...scoringRoutes,
      ...dashboardRoutes,
      ...kpiRoutes,
      ...dialoguesRoutes,
      ...movementRoutes,
      ...reminderRoutes,
      ...notificationRoutes,
      { path: 'don-vi', element: <OrgPage /> },
      { path: 'don-vi/:unitId', element: <OrgPage /> },
      {
        element: <RequireAdmin />,
        children: [
          { path: 'don-vi/sap-xep', element: <RestructuringPage /> },
          { path: 'nguoi-dung', element: <UsersPage /> },
          { path: 'nhat-ky', element: <AuditPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
