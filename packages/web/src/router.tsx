import { createBrowserRouter } from 'react-router';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { RequireAdmin, RequireAuth } from './features/auth/guards.tsx';
import { OrgPage } from './features/org/OrgPage.tsx';
import { UsersPage } from './features/users/UsersPage.tsx';
import { AuditPage } from './features/audit/AuditPage.tsx';
import { AppShell } from './shell/AppShell.tsx';
import { ComingSoonPage, HomePage, NotFoundPage } from './shell/pages.tsx';

export const router = createBrowserRouter([
  { path: '/dang-nhap', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'ke-hoach', element: <ComingSoonPage module="nav.plans" description="coming.plans" /> },
      { path: 'bao-cao', element: <ComingSoonPage module="nav.reports" description="coming.reports" /> },
      { path: 'cham-diem', element: <ComingSoonPage module="nav.scoring" description="coming.scoring" /> },
      { path: 'bang-dieu-khien', element: <ComingSoonPage module="nav.dashboards" description="coming.dashboards" /> },
      { path: 'don-vi', element: <OrgPage /> },
      { path: 'don-vi/:unitId', element: <OrgPage /> },
      {
        element: <RequireAdmin />,
        children: [
          { path: 'nguoi-dung', element: <UsersPage /> },
          { path: 'nhat-ky', element: <AuditPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
