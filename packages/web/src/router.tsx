import { createBrowserRouter } from 'react-router';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { RequireAdmin, RequireAuth } from './features/auth/guards.tsx';
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

// Each page is loaded with its route, so the sign-in form and the app shell do not wait for every screen.
const plansPage = async () => ({ Component: (await import('./features/plans/PlansPage.tsx')).PlansPage });
const planDetail = async () => ({ Component: (await import('./features/plans/PlanDetailPage.tsx')).PlanDetailPage });
const planEditor = async () => ({ Component: (await import('./features/plans/PlanEditorPage.tsx')).PlanEditorPage });
const importPage = async () => ({ Component: (await import('./features/imports/ImportPage.tsx')).ImportPage });
const orgPage = async () => ({ Component: (await import('./features/org/OrgPage.tsx')).OrgPage });
const usersPage = async () => ({ Component: (await import('./features/users/UsersPage.tsx')).UsersPage });
const restructuringPage = async () => ({ Component: (await import('./features/org/RestructuringPage.tsx')).RestructuringPage });
const auditPage = async () => ({ Component: (await import('./features/audit/AuditPage.tsx')).AuditPage });

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
      { path: 'ke-hoach', lazy: plansPage },
      { path: 'ke-hoach/soan', lazy: planEditor },
      { path: 'ke-hoach/nhap', lazy: importPage },
      { path: 'ke-hoach/:planId', lazy: planDetail },
      { path: 'ke-hoach/:planId/sua', lazy: planEditor },
      ...reportRoutes,
      ...scoringRoutes,
      ...dashboardRoutes,
      ...kpiRoutes,
      ...dialoguesRoutes,
      ...movementRoutes,
      ...reminderRoutes,
      ...notificationRoutes,
      { path: 'don-vi', lazy: orgPage },
      { path: 'don-vi/:unitId', lazy: orgPage },
      {
        element: <RequireAdmin />,
        children: [
          { path: 'don-vi/sap-xep', lazy: restructuringPage },
          { path: 'nguoi-dung', lazy: usersPage },
          { path: 'nhat-ky', lazy: auditPage },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
