// Pieces shared by the user forms: role options and the password rule.
import { ROLES, ROLE_LABELS, isStrongPassword } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/auth.ts';

export const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export const passwordRules = [
  { required: true, message: t('common.required', { field: t('login.password').toLowerCase() }) },
  {
    validator: (_: unknown, v: string | undefined) =>
      !v || isStrongPassword(v) ? Promise.resolve() : Promise.reject(new Error(t('password.rule'))),
  },
];
