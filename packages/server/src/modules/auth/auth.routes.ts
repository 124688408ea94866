import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { changePasswordRequest, loginRequest, okBody, sessionResponse } from '@dvcq/shared';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf, SESSION_COOKIE } from '../../http/auth-hooks.ts';
import { appError } from '../../http/errors.ts';
import { changePassword, login, logout } from './auth.usecases.ts';
import { presentCurrentUser } from '../users/users.presenter.ts';

export function authRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const secureCookies = deps.config.publicUrl.startsWith('https://');

  r.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'login',
        tags: ['Xác thực'],
        security: [],
        summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu',
        body: loginRequest,
        response: { 200: sessionResponse },
      },
    },
    async (request, reply) => {
      const result = await login(deps.database, deps.config, {
        ...request.body,
        ip: request.ip ?? null,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: String(request.id),
        now: deps.clock(),
      });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies || request.protocol === 'https',
        expires: result.expiresAt,
      });
      return { user: await presentCurrentUser(deps, result.userId), csrfToken: result.csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { operationId: 'logout', tags: ['Xác thực'], summary: 'Đăng xuất', response: { 200: okBody } } },
    async (request, reply) => {
      await logout(deps.database, contextOf(request, deps));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  r.get(
    '/api/auth/me',
    { schema: { operationId: 'getCurrentUser', tags: ['Xác thực'], summary: 'Người dùng đang đăng nhập', response: { 200: sessionResponse } } },
    async (request) => {
      const actor = request.actor;
      if (!actor) throw appError(401, 'auth.unauthenticated');
      return { user: await presentCurrentUser(deps, actor.userId), csrfToken: actor.csrfToken ?? null };
    },
  );

  r.post(
    '/api/auth/change-password',
    {
      schema: {
        operationId: 'changePassword',
        tags: ['Xác thực'],
        summary: 'Đổi mật khẩu của chính mình',
        body: changePasswordRequest,
        response: { 200: okBody },
      },
    },
    async (request) => {
      await changePassword(deps.database, contextOf(request, deps), request.body.currentPassword, request.body.newPassword);
      return { ok: true as const };
    },
  );
}
