// Use cases of signing in: sign in with throttling and lockout, sign out, change one's password, and
// resolve the caller of every request from a session cookie or an API token.
import { API_MODULES, type ApiModule, type CurrentUserDto } from '@dvcq/shared';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import type { AppError } from '../../errors.ts';
import { localToday } from '../../clock.ts';
import type { Config } from '../../config.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { presentCurrentUser } from '../users/users.presenter.ts';
import { passwordProblem } from './password-policy.ts';
import { burnVerification, hashPassword, verifyPassword } from './passwords.ts';
import { newSecret, sha256, TOKEN_PREFIX } from './secrets.ts';
import type { AuthRepository } from './auth.repository.ts';
import { AuthErrors } from './auth.errors.ts';

export const LOGIN_POLICY = {
  maxFailuresPerUser: 5,
  userLockMinutes: 15,
  maxFailuresPerAddress: 30,
  addressWindowMinutes: 15,
  addressLockMinutes: 15,
};

const minutesFromNow = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000);
const minutesLeft = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  now: Date;
}

export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  userId: string;
  expiresAt: Date;
}

/** The throttle key of an account name, the same whether or not the account exists. */
export const accountThrottleKey = (username: string) => `user:${username.normalize('NFC').trim().toLowerCase()}`;

async function noteAddressFailure(repo: AuthRepository, ip: string | null, now: Date) {
  if (!ip) return;
  const windowStart = minutesFromNow(now, -LOGIN_POLICY.addressWindowMinutes);
  const lockUntil = minutesFromNow(now, LOGIN_POLICY.addressLockMinutes);
  await repo.noteWindowFailure(`ip:${ip}`, now, windowStart, LOGIN_POLICY.maxFailuresPerAddress, lockUntil);
}

/**
 * Sign-in. Per account, each attempt is counted atomically before its password is checked, so at most
 * `maxFailuresPerUser` passwords are ever tried per lock period however many guesses arrive at once,
 * and from whatever address (a rotating X-Forwarded-For changes nothing). Unknown account names are
 * counted and locked exactly like existing ones, so the answers do not tell which names exist.
 */
export async function login(repo: AuthRepository, config: Config, input: LoginInput): Promise<LoginResult> {
  const { now } = input;
  if (input.ip) {
    const t = await repo.getThrottle(`ip:${input.ip}`);
    if (t?.lockedUntil && t.lockedUntil > now) throw AuthErrors.throttled(minutesLeft(t.lockedUntil, now));
  }
  const accountKey = accountThrottleKey(input.username);
  const lockUntil = minutesFromNow(now, LOGIN_POLICY.userLockMinutes);
  const attempt = await repo.reserveAttempt(accountKey, now, LOGIN_POLICY.maxFailuresPerUser, lockUntil);
  if (!attempt) {
    const t = await repo.getThrottle(accountKey);
    throw AuthErrors.locked(minutesLeft(t?.lockedUntil ?? lockUntil, now));
  }
  const user = await repo.users.findUserByUsername(input.username);
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : (await burnVerification(input.password), false);
  const system = { label: 'Hệ thống', now };
  if (!ok) {
    const locks = !!attempt.lockedUntil;
    await repo.transaction(async (tx) => {
      await noteAddressFailure(tx, input.ip, now);
      if (user && locks) {
        // Shown to administrators in the list of users.
        await tx.users.updateUser(user.id, { lockedUntil: attempt.lockedUntil, failedLogins: attempt.failures });
        await recordAudit(tx, system, {
          action: 'auth.locked',
          entityType: 'user',
          entityId: user.id,
          after: { minutes: LOGIN_POLICY.userLockMinutes, ip: input.ip },
        });
      }
    });
    if (locks) throw AuthErrors.locked(minutesLeft(attempt.lockedUntil!, now));
    throw AuthErrors.invalidCredentials();
  }
  await repo.clearThrottle(accountKey);
  if (!user) throw AuthErrors.invalidCredentials();
  if (user.disabledAt) throw AuthErrors.disabled();

  const sessionToken = newSecret(32);
  const csrfToken = newSecret(24);
  const expiresAt = new Date(now.getTime() + config.sessionMaxHours * 3_600_000);
  await repo.transaction(async (tx) => {
    await tx.insertSession({
      id: sha256(sessionToken),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await tx.users.updateUser(user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
    await recordAudit(
      tx,
      {
        actor: { userId: user.id, username: user.username, fullName: user.fullName, via: 'session', grants: [] },
        requestId: input.requestId,
        ip: input.ip,
        now,
      },
      { action: 'auth.login', entityType: 'session', entityId: null },
    );
  });
  return { sessionToken, csrfToken, userId: user.id, expiresAt };
}

export async function logout(repo: AuthRepository, ctx: RequestContext): Promise<void> {
  if (!ctx.actor.sessionId) return;
  const sessionId = ctx.actor.sessionId;
  await repo.transaction(async (tx) => {
    await tx.endSession(sessionId, ctx.now);
    await recordAudit(tx, ctx, { action: 'auth.logout', entityType: 'session' });
  });
}

export async function changePassword(repo: AuthRepository, ctx: RequestContext, current: string, next: string): Promise<void> {
  const user = await repo.users.findUserById(ctx.actor.userId);
  if (!user) throw AuthErrors.unauthenticated();
  if (!(await verifyPassword(user.passwordHash, current))) throw AuthErrors.wrongPassword();
  const problem = passwordProblem(next, { username: user.username });
  if (problem === 'weak') throw AuthErrors.weakPassword();
  if (current === next) throw AuthErrors.samePassword();
  if (problem === 'common') throw AuthErrors.commonPassword();
  const passwordHash = await hashPassword(next);
  await repo.transaction(async (tx) => {
    await tx.users.updateUser(user.id, { passwordHash, mustChangePassword: false, updatedAt: ctx.now });
    // Other sessions of this user end: a changed password is often a response to a leak.
    await tx.users.endSessionsOf(user.id, ctx.now, ctx.actor.sessionId ?? '');
    await recordAudit(tx, ctx, { action: 'user.password_changed', entityType: 'user', entityId: user.id });
  });
}

export type AuthOutcome = { actor: Actor } | { error: AppError } | null;

/**
 * Resolves the caller from a bearer token or a session cookie. Returns null when neither is
 * present, an error when one is present but no longer valid.
 */
export async function authenticate(
  repo: AuthRepository,
  config: Config,
  creds: { bearer?: string | null; sessionToken?: string | null },
  now: Date,
): Promise<AuthOutcome> {
  if (creds.bearer) {
    if (!creds.bearer.startsWith(TOKEN_PREFIX)) return { error: AuthErrors.tokenInvalid() };
    const token = await repo.findActiveToken(sha256(creds.bearer));
    if (!token || (token.expiresAt && token.expiresAt <= now)) return { error: AuthErrors.tokenInvalid() };
    const user = await repo.users.findUserById(token.userId);
    if (!user || user.disabledAt) return { error: AuthErrors.tokenInvalid() };
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) await repo.touchToken(token.id, now);
    const grants = await repo.loadGrants(user.id, localToday(now));
    const tokenScope = token.scope === 'read' ? ('read' as const) : ('full' as const);
    const tokenModules = token.modules
      ? (token.modules.filter((m) => (API_MODULES as readonly string[]).includes(m)) as ApiModule[])
      : undefined;
    return {
      actor: {
        userId: user.id,
        username: user.username,
        fullName: user.fullName,
        via: 'token',
        tokenScope,
        ...(tokenModules ? { tokenModules } : {}),
        grants,
      },
    };
  }
  if (creds.sessionToken) {
    // Session, user and grants in one indexed query: this runs before every signed-in request.
    const found = await repo.sessionForRequest(sha256(creds.sessionToken), localToday(now));
    if (!found || found.session.revokedAt) return { error: AuthErrors.sessionExpired() };
    const { session, user, grants } = found;
    const idleLimit = session.lastSeenAt.getTime() + config.sessionIdleMinutes * 60_000;
    if (session.expiresAt <= now || idleLimit <= now.getTime()) {
      await repo.endSession(session.id, now);
      return { error: AuthErrors.sessionExpired() };
    }
    if (user.disabledAt) return { error: AuthErrors.sessionExpired() };
    // Touch at most once a minute: idle expiry needs minute precision, not a write per request.
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await repo.touchSession(session.id, now);
    return {
      actor: {
        userId: user.id,
        username: user.username,
        fullName: user.fullName,
        via: 'session',
        sessionId: session.id,
        csrfToken: session.csrfToken,
        mustChangePassword: user.mustChangePassword,
        grants,
      },
    };
  }
  return null;
}

/** The signed-in person with their roles, as the web client shows them. */
export async function getCurrentUser(repo: AuthRepository, userId: string): Promise<CurrentUserDto> {
  const user = await repo.users.findUserById(userId);
  if (!user) throw AuthErrors.unauthenticated();
  return presentCurrentUser(user, await repo.users.assignmentsOf([userId]));
}
