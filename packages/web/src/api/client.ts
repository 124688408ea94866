// Thin fetch wrapper: same-origin cookie session, CSRF header on every non-GET request, and errors
// parsed into ApiError so forms can show the server's Vietnamese messages next to their fields.
import { t } from '../i18n/index.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** For requests that cannot go through apiRequest (XMLHttpRequest uploads with progress). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

type UnauthorizedHandler = (code: string) => void;
let onUnauthorized: UnauthorizedHandler | null = null;

/** The app registers how to react when the session ends (go to the login page, keeping the path). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  onUnauthorized = handler;
}

const SESSION_CODES = new Set(['auth.session_expired', 'auth.unauthenticated']);

export interface RequestOptions {
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  /** Don't trigger the global "session ended" redirect (used by the session probe and the login form). */
  skipAuthRedirect?: boolean;
  signal?: AbortSignal;
  /** Let the request outlive the page (sent while the page is being hidden or unloaded; body ≤ 64 KB). */
  keepalive?: boolean;
}

function buildUrl(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function parseError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON (proxy error page, etc.)
  }
  const err = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
  if (err && typeof err.code === 'string' && typeof err.message === 'string') {
    const fields = err.fields && typeof err.fields === 'object' ? (err.fields as Record<string, string>) : {};
    return new ApiError(res.status, err.code, err.message, fields);
  }
  return new ApiError(res.status, res.status >= 500 ? 'internal' : 'request.failed', t('common.loadError'));
}

export async function apiRequest<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const init: RequestInit = { method, credentials: 'same-origin', headers };
  if (opts.signal) init.signal = opts.signal;
  if (opts.keepalive) init.keepalive = true;
  if (method !== 'GET' && method !== 'HEAD') {
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(opts.body);
    }
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), init);
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', t('common.networkError'));
  }
  if (!res.ok) {
    const error = await parseError(res);
    if (res.status === 401 && SESSION_CODES.has(error.code) && !opts.skipAuthRedirect) {
      csrfToken = null;
      onUnauthorized?.(error.code);
    }
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query'], opts?: Omit<RequestOptions, 'query' | 'body'>) =>
    apiRequest<T>('GET', path, { ...opts, query }),
  post: <T>(path: string, body?: unknown, opts?: Omit<RequestOptions, 'body'>) =>
    apiRequest<T>('POST', path, { ...opts, body: body ?? {} }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>('PATCH', path, { body: body ?? {} }),
  put: <T>(path: string, body?: unknown, opts?: Pick<RequestOptions, 'keepalive'>) =>
    apiRequest<T>('PUT', path, { ...opts, body: body ?? {} }),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};

/** A fresh idempotency key for a request that must not be applied twice when retried. */
export const newRequestKey = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return t('common.loadError');
}
