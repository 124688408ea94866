import { Tag } from 'antd';
import type { UserSummaryDto } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';
import { showDateTime } from '../../lib/format.ts';
import '../../i18n/vi/users.ts';

export function UserStatus({ user }: { user: UserSummaryDto }) {
  if (user.disabled) return <Tag color="red">{t('users.disabled')}</Tag>;
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date())
    return <Tag color="orange">{t('users.locked', { time: showDateTime(user.lockedUntil) })}</Tag>;
  return <Tag color="green">{t('users.active')}</Tag>;
}
