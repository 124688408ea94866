import { and, eq, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client.ts';
import { apiTokens, loginThrottle, sessions, users } from '../../db/schema.ts';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { appError, AppError } from '../../http/errors.ts';
import { localToday } from '../../clock.ts';
import type { Config } from '../../config.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { burnVerification, hashPassword, verifyPassword } from './passwords.ts';
import { newSecret, sha256, TOKEN_PREFIX } from './secrets.ts';
import { findActiveToken, findSession, findUserById, findUserByUsername, getThrottle, loadGrants } from './auth.repository.ts';
import { isStrongPassword } from '@dvcq/shared';

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

async function noteAddressFailure(db: DbOrTx, ip: string | null, now: Date) {
  if (!ip) return;
  const key = `ip:${ip}`;
  const row = await getThrottle(db, key);
  const windowStart = row && now.getTime() - row.windowStart.getTime() < LOGIN_POLICY.addressWindowMinutes * 60_000 ? row.windowStart : now;
  const failures = row && windowStart === row.windowStart ? row.failures + 1 : 1;
  const lockedUntil = failures >= LOGIN_POLICY.maxFailuresPerAddress ? minutesFromNow(now, LOGIN_POLICY.addressLockMinutes) : null;
  await db
    .insert(loginThrottle)
    .values({ key, failures, windowStart, lockedUntil })
    .onConflictDoUpdate({ target: loginThrottle.key, set: { failures, windowStart, lockedUntil } });
}

export async function login(database: Database, config: Config, input: LoginInput): Promise<LoginResult> {
  const { db } = database;
  const { now } = input;
  if (input.ip) {
    const t = await getThrottle(db, `ip:${input.ip}`);
    if (t?.lockedUntil && t.lockedUntil > now) throw appError(429, 'auth.throttled', { minutes: minutesLeft(t.lockedUntil, now) });
  }
  const user = await findUserByUsername(db, input.username);
  if (!user) {
    await burnVerification(input.password);
    await noteAddressFailure(db, input.ip, now);
    throw appError(401, 'auth.invalid_credentials');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw appError(429, 'auth.locked', { minutes: minutesLeft(user.lockedUntil, now) });
  }
  const ok = await verifyPassword(user.passwordHash, input.password);
  const system = { label: 'Hệ thống', now };
  if (!ok) {
    await db.transaction(async (tx) => {
      const failures = user.failedLogins + 1;
      const locks = failures >= LOGIN_POLICY.maxFailuresPerUser;
      await tx
        .update(users)
        .set({ failedLogins: locks ? 0 : failures, lockedUntil: locks ? minutesFromNow(now, LOGIN_POLICY.userLockMinutes) : user.lockedUntil })
        .where(eq(users.id, user.id));
      await noteAddressFailure(tx, input.ip, now);
      if (locks) {
        await recordAudit(tx, system, { action: 'auth.locked', entityType: 'user', entityId: user.id, after: { minutes: LOGIN_POLICY.userLockMinutes, ip: input.ip } });
      }
    });
    const fresh = await findUserById(db, user.id);
    if (fresh?.lockedUntil && fresh.lockedUntil > now) throw appError(429, 'auth.locked', { minutes: minutesLeft(fresh.lockedUntil, now) });
    throw appError(401, 'auth.invalid_credentials');
  }
  if (user.disabledAt) throw appError(403, 'auth.disabled');

  const sessionToken = newSecret(32);
  const csrfToken = newSecret(24);
  const expiresAt = new Date(now.getTime() + config.sessionMaxHours * 3_600_000);
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      id: sha256(sessionToken),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id));
    await recordAudit(
      tx,
      { actor: { userId: user.id, username: user.username, fullName: user.fullName, via: 'session', grants: [] }, requestId: input.requestId, ip: input.ip, now },
      { action: 'auth.login', entityType: 'session', entityId: null },
    );
  });
  return { sessionToken, csrfToken, userId: user.id, expiresAt };
}

export async function logout(database: Database, ctx: RequestContext): Promise<void> {
  if (!ctx.actor.sessionId) return;
  const sessionId = ctx.actor.sessionId;
  await database.db.transaction(async (tx) => {
    await tx.update(sessions).set({ revokedAt: ctx.now }).where(eq(sessions.id, sessionId));
    await recordAudit(tx, ctx, { action: 'auth.logout', entityType: 'session' });
  });
}

export async function changePassword(database: Database, ctx: RequestContext, current: string, next: string): Promise<void> {
  const user = await findUserById(database.db, ctx.actor.userId);
  if (!user) throw appError(401, 'auth.unauthenticated');
  if (!(await verifyPassword(user.passwordHash, current))) {
    throw appError(400, 'auth.wrong_password', undefined, { currentPassword: 'Mật khẩu hiện tại không đúng.' });
  }
  if (!isStrongPassword(next)) throw appError(400, 'auth.weak_password', undefined, { newPassword: 'Mật khẩu chưa đủ mạnh.' });
  if (current === next) throw appError(400, 'auth.same_password', undefined, { newPassword: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });
  const passwordHash = await hashPassword(next);
  await database.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: ctx.now }).where(eq(users.id, user.id));
    // Other sessions of this user end: a changed password is often a response to a leak.
    await tx
      .update(sessions)
      .set({ revokedAt: ctx.now })
      .where(and(eq(sessions.userId, user.id), sql`${sessions.revokedAt} is null`, sql`${sessions.id} <> ${ctx.actor.sessionId ?? ''}`));
    await recordAudit(tx, ctx, { action: 'user.password_changed', entityType: 'user', entityId: user.id });
  });
}

export type AuthOutcome = { actor: Actor } | { error: AppError } | null;

/**
 * Resolves the caller from a bearer token or a session cookie. Returns null when neither is
 * present, an error when one is present but no longer valid.
 */
export async function authenticate(
  database: Database,
  config: Config,
  creds: { bearer?: string | null; sessionToken?: string | null },
  now: Date,
): Promise<AuthOutcome> {
  const { db } = database;
  if (creds.bearer) {
    if (!creds.bearer.startsWith(TOKEN_PREFIX)) return { error: appError(401, 'auth.token_invalid') };
    const token = await findActiveToken(db, sha256(creds.bearer));
    if (!token || (token.expiresAt && token.expiresAt <= now)) return { error: appError(401, 'auth.token_invalid') };
    const user = await findUserById(db, token.userId);
    if (!user || user.disabledAt) return { error: appError(401, 'auth.token_invalid') };
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
      await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, token.id));
    }
    const grants = await loadGrants(db, user.id, localToday(now));
    return { actor: { userId: user.id, username: user.username, fullName: user.fullName, via: 'token', grants } };
  }
  if (creds.sessionToken) {
    const session = await findSession(db, sha256(creds.sessionToken));
    if (!session || session.revokedAt) return { error: appError(401, 'auth.session_expired') };
    const idleLimit = session.lastSeenAt.getTime() + config.sessionIdleMinutes * 60_000;
    if (session.expiresAt <= now || idleLimit <= now.getTime()) {
      await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, session.id));
      return { error: appError(401, 'auth.session_expired') };
    }
    const user = await findUserById(db, session.userId);
    if (!user || user.disabledAt) return { error: appError(401, 'auth.session_expired') };
    // Touch at most once a minute: idle expiry needs minute precision, not a write per request.
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
      await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, session.id));
    }
    const grants = await loadGrants(db, user.id, localToday(now));
    return {
      actor: {
        userId: user.id,
        username: user.username,
        fullName: user.fullName,
        via: 'session',
        sessionId: session.id,
        csrfToken: session.csrfToken,
        grants,
      },
    };
  }
  return null;
}
