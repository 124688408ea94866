// Errors of user accounts, roles and API tokens.
import { messageFor } from '@dvcq/shared';
import { appError } from '../../errors.ts';

export const UserErrors = {
  notFound: (field?: string, message = messageFor('user.not_found')) =>
    appError('user.not_found', undefined, field ? { [field]: message } : undefined),
  usernameTaken: () => appError('user.username_taken', undefined, { username: messageFor('user.username_taken') }),
  cannotDisableSelf: () => appError('user.cannot_disable_self'),
  roleNotFound: () => appError('user.role_not_found'),
  roleDuplicate: () => appError('user.role_duplicate'),
  tokenNotFound: () => appError('token.not_found'),
  tokenExpiryPast: () => appError('request.invalid', undefined, { expiresOn: 'Ngày hết hạn không được ở trong quá khứ.' }),
  weakPassword: (field = 'password') => appError('auth.weak_password', undefined, { [field]: 'Mật khẩu chưa đủ mạnh.' }),
  noRoleInScope: () => appError('request.invalid', undefined, { roles: 'Cần phân ít nhất một vai trò trong phạm vi của bạn.' }),
};
