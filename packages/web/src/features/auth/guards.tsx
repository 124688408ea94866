import { lazy, Suspense, type ReactNode } from 'react';
import { Alert, Button, Spin } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { wasSessionExpired, useSession } from './session.ts';

// Part of the entry (every visit passes here): the forced password change is rare and loads when needed.
const ForcedChangePassword = lazy(async () => ({ default: (await import('./ForcedChangePassword.tsx')).ForcedChangePassword }));

export function FullPageSpin() {
  return (
    <div className="full-page-center">
      <Spin size="large" description={t('common.loading')} />
    </div>
  );
}

/** Signed-in area: sends visitors to the login page (keeping where they were going). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageSpin />;
  if (session.isError) {
    return (
      <div className="full-page-center">
        <Alert
          type="error"
          showIcon
          title={errorMessage(session.error)}
          action={<Button onClick={() => void session.refetch()}>{t('common.retry')}</Button>}
        />
      </div>
    );
  }
  if (!session.data) {
    const next = location.pathname + location.search;
    const params = new URLSearchParams();
    if (next !== '/') params.set('next', next);
    if (wasSessionExpired()) params.set('het-han', '1');
    const qs = params.toString();
    return <Navigate to={qs ? `/dang-nhap?${qs}` : '/dang-nhap'} replace />;
  }
  if (session.data.user.mustChangePassword) {
    return (
      <Suspense fallback={<FullPageSpin />}>
        <ForcedChangePassword />
      </Suspense>
    );
  }
  return <>{children}</>;
}
