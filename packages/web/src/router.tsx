import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageLoading } from './components/PageLoading.tsx';
import { RequireAuth } from './features/auth/guards.tsx';
import { reportRoutes } from './features/reports/routes.tsx';
import { scoringRoutes } from './features/scoring/routes.tsx';
import { dashboardRoutes } from './features/dashboards/routes.tsx';
import { kpiRoutes } from './features/kpi/routes.tsx';
import { dialoguesRoutes } from './features/dialogues/routes.tsx';
import { movementRoutes } from './features/movement/routes.tsx';
import { notificationRoutes } from './features/notifications/routes.tsx';
import { reminderRoutes } from './features/reminders/routes.tsx';

// Each page is loaded with its route, and so is the app shell: the entry holds only React, the router and
// the session check, without antd (shell/AntdRoot.tsx), so the sign-in form does not wait for every screen
// (issue 18: sign-in ≤ 150 KB, app shell ≤ 300 KB of JavaScript gzip; `npx tsx bench/js-weight.ts`).
const loginPage = async () => ({ Component: (await import('./features/auth/LoginPage.tsx')).LoginPage });
const publicModelsPage = async () => {
  const [{ PublicModelsPage }, { AntdRoot }] = await Promise.all([
    import('./features/movement/PublicModelsPage.tsx'),
    import('./shell/AntdRoot.tsx'),
  ]);
  return {
    Component: () => (
      <AntdRoot>
        <PublicModelsPage />
      </AntdRoot>
    ),
  };
};
const homePage = async () => ({ Component: (await import('./shell/pages.tsx')).HomePage });
const notFoundPage = async () => ({ Component: (await import('./shell/NotFoundPage.tsx')).NotFoundPage });
const requireAdmin = async () => ({ Component: (await import('./features/auth/RequireAdmin.tsx')).RequireAdmin });
const plansPage = async () => ({ Component: (await import('./features/plans/PlansPage.tsx')).PlansPage });
const planDetail = async () => ({ Component: (await import('./features/plans/PlanDetailPage.tsx')).PlanDetailPage });
const planEditor = async () => ({ Component: (await import('./features/plans/PlanEditorPage.tsx')).PlanEditorPage });
const importPage = async () => ({ Component: (await import('./features/imports/ImportPage.tsx')).ImportPage });
const orgPage = async () => ({ Component: (await import('./features/org/OrgPage.tsx')).OrgPage });
const usersPage = async () => ({ Component: (await import('./features/users/UsersPage.tsx')).UsersPage });
const restructuringPage = async () => ({ Component: (await import('./features/org/RestructuringPage.tsx')).RestructuringPage });
const auditPage = async () => ({ Component: (await import('./features/audit/AuditPage.tsx')).AuditPage });

// The shell starts loading as soon as a signed-in path is opened, beside the session check.
let shellModule: Promise<{ default: typeof import('./shell/AppShell.tsx').AppShell }> | undefined;
const loadShell = () => (shellModule ??= import('./shell/AppShell.tsx').then((m) => ({ default: m.AppShell })));
const AppShell = lazy(loadShell);

function SignedInArea() {
  void loadShell();
  return (
    <RequireAuth>
      <Suspense fallback={<PageLoading fullPage />}>
        <AppShell />
      </Suspense>
    </RequireAuth>
  );
}

/** While a page's code loads on first opening, the words "Đang tải trang…" (in the shell when it is there). */
function withLoading(routes: RouteObject[], fullPage = false): RouteObject[] {
  return routes.map((r) => ({
    ...r,
    ...(r.lazy ? { hydrateFallbackElement: <PageLoading fullPage={fullPage} /> } : {}),
    ...(r.children ? { children: withLoading(r.children, fullPage) } : {}),
  })) as RouteObject[];
}

export const router = createBrowserRouter([
  ...withLoading(
    [
      { path: '/dang-nhap', lazy: loginPage },
      { path: '/cong-khai/dan-van-kheo/:provinceId', lazy: publicModelsPage },
    ],
    true,
  ),
  {
    path: '/',
    element: <SignedInArea />,
    children: withLoading([
      { index: true, lazy: homePage },
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
        lazy: requireAdmin,
        children: [
          { path: 'don-vi/sap-xep', lazy: restructuringPage },
          { path: 'nguoi-dung', lazy: usersPage },
          { path: 'nhat-ky', lazy: auditPage },
        ],
      },
      { path: '*', lazy: notFoundPage },
    ]),
  },
]);
