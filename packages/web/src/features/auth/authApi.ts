// API calls of signing in and out, the session probe and the password change.
import { api } from '../../api/client.ts';
import type { SessionResponse } from '../../api/types.ts';

export const authApi = {
  /** The signed-in user and the CSRF token; 401 when nobody is signed in (no redirect: this is the probe). */
  me: () => api.get<SessionResponse>('/api/auth/me', undefined, { skipAuthRedirect: true }),
  login: (username: string, password: string) =>
    api.post<SessionResponse>('/api/auth/login', { username, password }, { skipAuthRedirect: true }),
  logout: () => api.post('/api/auth/logout', {}, { skipAuthRedirect: true }),
  changePassword: (body: { currentPassword: string; newPassword: string }) => api.post('/api/auth/change-password', body),
};
