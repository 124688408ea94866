import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import { t } from '../../i18n/index.ts';
import { wasSessionExpired, useSession } from './session.ts';

// Part of the entry (every visit passes here), so drawn without antd (shell/AntdRoot.tsx); the forced
// password change is rare and lives with the shell (shell/AppShell.tsx).

/** Signed-in area: sends visitors to the login page (keeping where they were going). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoading fullPage text={t('common.loading')} />;
  if (session.isError) {
    return (
      <div className="full-page-center">
        <div className="plain-alert plain-alert-error" role="alert">
          <span>{errorMessage(session.error)}</span>
          <button type="button" className="plain-button" onClick={() => void session.refetch()}>
            {t('common.retry')}
          </button>
        </div>
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
  return <>{children}</>;
}
