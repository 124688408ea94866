// Authentication for every request, before validation: the route's `config.access` says whether a
// caller may be anonymous. CSRF is checked on every state-changing request made with a session
// cookie (bearer tokens are not sent automatically by browsers, so they need no CSRF token).
import { tokenMayCall } from '@dvcq/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor, RequestContext } from '../authz/actor.ts';
import type { AppDeps } from '../app-deps.ts';
import { AuthzErrors } from '../authz/authz.errors.ts';
import { AuthErrors } from '../modules/auth/auth.errors.ts';
import { createAuthRepository } from '../modules/auth/auth.repository.ts';
import { authenticate } from '../modules/auth/auth.usecases.ts';
import { safeEqual } from '../modules/auth/secrets.ts';

export const SESSION_COOKIE = 'dvcq_sid';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const WHILE_PASSWORD_TEMPORARY = new Set(['changePassword', 'logout', 'getCurrentUser']);

export type RouteAccess = 'public' | 'authenticated';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** The API is private unless a route says otherwise; the web client's files and the API reference are public. */
function defaultAccess(url: string): RouteAccess {
  return url.startsWith('/api/') && !url.startsWith('/api/docs') ? 'authenticated' : 'public';
}

export function installAuthHooks(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('actor', null);
  const repo = createAuthRepository(deps.database.db);
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access ?? defaultAccess(request.url);
    // Public routes (the web client's files, sign-in, health, calendar feeds) never look at the
    // caller, so a signed-in browser loading its assets costs no database round trips.
    if (access === 'public') return;
    const header = request.headers.authorization;
    const bearer = header?.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : null;
    const sessionToken = request.cookies[SESSION_COOKIE] ?? null;
    const outcome = await authenticate(repo, deps.config, { bearer, sessionToken }, deps.clock());
    if (outcome && 'actor' in outcome) request.actor = outcome.actor;
    if (!request.actor) throw outcome && 'error' in outcome ? outcome.error : AuthzErrors.unauthenticated();
    // A temporary password (new account, administrator's reset) must be changed before anything else,
    // whatever client calls the API: the web client's forced screen is a convenience, this is the rule.
    if (request.actor.mustChangePassword && !WHILE_PASSWORD_TEMPORARY.has(String(request.routeOptions.schema?.operationId))) {
      throw AuthErrors.passwordChangeRequired();
    }
    if (request.actor.tokenScope === 'read' && !SAFE_METHODS.has(request.method)) throw AuthErrors.tokenScope();
    // A token limited to some modules: the operation's module (its contract group) must be one of them.
    if (request.actor.tokenModules && !tokenMayCall(request.actor.tokenModules, request.routeOptions.schema?.operationId)) {
      throw AuthErrors.tokenModule();
    }
    if (request.actor.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !request.actor.csrfToken || !safeEqual(sent, request.actor.csrfToken)) {
        throw AuthErrors.csrfInvalid();
      }
    }
  });
}

/** The signed-in caller of an authenticated route, with what use cases need to audit their work. */
export function contextOf(request: FastifyRequest, deps: AppDeps): RequestContext {
  if (!request.actor) throw AuthzErrors.unauthenticated();
  return { actor: request.actor, requestId: String(request.id), ip: request.ip ?? null, now: deps.clock() };
}
