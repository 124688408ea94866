import { Result } from 'antd';
import { Outlet } from 'react-router';
import { t } from '../../i18n/index.ts';
import { isAdmin } from './roles.ts';
import { useSession } from './session.ts';
import '../../i18n/vi/users.ts';

/** Administration pages (loaded with their routes, see router.tsx). */
export function RequireAdmin() {
  const session = useSession();
  if (!isAdmin(session.data?.user)) {
    return <Result status="403" title={t('forbidden.title')} subTitle={t('users.adminOnly')} />;
  }
  return <Outlet />;
}
