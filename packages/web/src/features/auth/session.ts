// The signed-in user, kept in React Query under ['session']. `null` means nobody is signed in.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { ApiError, setCsrfToken } from '../../api/client.ts';
import type { CurrentUserDto, SessionResponse } from '../../api/types.ts';
import { authApi } from './authApi.ts';

export const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const res = await authApi.me();
    setCsrfToken(res.csrfToken);
    return res;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000, retry: 1 });
}

/** The current user; only call below the auth guard. */
export function useCurrentUser(): CurrentUserDto {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser outside an authenticated route');
  return data.user;
}

export function storeSession(client: QueryClient, session: SessionResponse | null): void {
  if (session) sessionExpired = false;
  setCsrfToken(session?.csrfToken ?? null);
  client.setQueryData(SESSION_KEY, session);
}

export function useStoreSession() {
  const client = useQueryClient();
  return (session: SessionResponse | null) => storeSession(client, session);
}

export async function logout(): Promise<void> {
  try {
    await authApi.logout();
  } catch {
    // the session may already be gone; signing out locally is what matters
  }
}

let sessionExpired = false;

export function markSessionExpired(): void {
  sessionExpired = true;
}

/** True after the server ended the session, until the next sign-in (the login page says why). */
export function wasSessionExpired(): boolean {
  return sessionExpired;
}

/** Only same-site paths are accepted as a return target (no open redirects). */
export function safeReturnPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/dang-nhap')) return '/';
  return next;
}
