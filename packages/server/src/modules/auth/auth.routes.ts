import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { AuthzErrors } from '../../authz/authz.errors.ts';
import { contextOf, SESSION_COOKIE } from '../../http/auth-hooks.ts';
import { operation } from '../../http/operation.ts';
import { createAuthRepository } from './auth.repository.ts';
import { changePassword, getCurrentUser, login, logout } from './auth.usecases.ts';

const tags = ['Xác thực'];

export function authRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createAuthRepository(deps.database.db);
  const secureCookies = deps.config.publicUrl.startsWith('https://');

  r.route({
    ...operation('login', { tags, summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu' }),
    handler: async (request, reply) => {
      const result = await login(repo, deps.config, {
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
      return { user: await getCurrentUser(repo, result.userId), csrfToken: result.csrfToken };
    },
  });

  r.route({
    ...operation('logout', { tags, summary: 'Đăng xuất' }),
    handler: async (request, reply) => {
      await logout(repo, contextOf(request, deps));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });

  r.route({
    ...operation('getCurrentUser', { tags, summary: 'Người dùng đang đăng nhập' }),
    handler: async (request) => {
      const actor = request.actor;
      if (!actor) throw AuthzErrors.unauthenticated();
      return { user: await getCurrentUser(repo, actor.userId), csrfToken: actor.csrfToken ?? null };
    },
  });

  r.route({
    ...operation('changePassword', { tags, summary: 'Đổi mật khẩu của chính mình' }),
    handler: async (request) => {
      await changePassword(repo, contextOf(request, deps), request.body.currentPassword, request.body.newPassword);
      return { ok: true as const };
    },
  });
}
