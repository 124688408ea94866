// Errors of signing in and sessions.
import { appError } from '../../errors.ts';

export const AuthErrors = {
  invalidCredentials: () => appError('auth.invalid_credentials'),
  locked: (minutes: number) => appError('auth.locked', { minutes }),
  throttled: (minutes: number) => appError('auth.throttled', { minutes }),
  disabled: () => appError('auth.disabled'),
  unauthenticated: () => appError('auth.unauthenticated'),
  sessionExpired: () => appError('auth.session_expired'),
  tokenInvalid: () => appError('auth.token_invalid'),
  csrfInvalid: () => appError('auth.csrf_invalid'),
  wrongPassword: () => appError('auth.wrong_password', undefined, { currentPassword: 'Mật khẩu hiện tại không đúng.' }),
  weakPassword: () => appError('auth.weak_password', undefined, { newPassword: 'Mật khẩu chưa đủ mạnh.' }),
  commonPassword: (field = 'newPassword') =>
    appError('auth.common_password', undefined, { [field]: 'Mật khẩu quá phổ biến hoặc dễ đoán.' }),
  passwordChangeRequired: () => appError('auth.password_change_required'),
  tokenScope: () => appError('auth.token_scope'),
  tokenModule: () => appError('auth.token_module'),
  samePassword: () => appError('auth.same_password', undefined, { newPassword: 'Mật khẩu mới phải khác mật khẩu hiện tại.' }),
};
