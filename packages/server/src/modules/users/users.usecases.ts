import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { isStrongPassword, messageFor, type Role } from '@dvcq/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import { apiTokens, roleAssignments, sessions, users } from '../../db/schema.ts';
import type { RequestContext } from '../../authz/actor.ts';
import { assertPermission, scopeRoots } from '../../authz/permissions.ts';
import { appError, badRequest, conflict, notFound } from '../../http/errors.ts';
import { recordAudit, type SystemContext } from '../audit/audit.recorder.ts';
import { findUserById, findUserByUsername } from '../auth/auth.repository.ts';
import { hashPassword } from '../auth/passwords.ts';
import { newApiToken, sha256 } from '../auth/secrets.ts';
import { findUnit } from '../org/org.repository.ts';
import { assignmentsOf, listUsersInScope, tokensOf } from './users.repository.ts';
import { presentUser } from './users.presenter.ts';
import { assertCanGrantOn, assertManagesUser, managesEveryone } from './users.policies.ts';

export interface RoleInput {
  role: Role;
  unitId: string;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
}

async function loadManagedUser(db: DbOrTx, ctx: RequestContext, userId: string) {
  assertPermission(ctx.actor, 'users.manage');
  const user = await findUserById(db, userId);
  if (!user) throw notFound('user.not_found');
  const roles = await assignmentsOf(db, [userId]);
  assertManagesUser(ctx.actor, roles.map((r) => r.unitPath));
  return { user, roles };
}

function requireStrong(password: string, field = 'password') {
  if (!isStrongPassword(password)) throw badRequest('auth.weak_password', undefined, { [field]: 'Mật khẩu chưa đủ mạnh.' });
}

export async function listUsers(db: Db, ctx: RequestContext, q: { q?: string | null; limit: number; offset: number }) {
  assertPermission(ctx.actor, 'users.manage');
  const rows = await listUsersInScope(db, scopeRoots(ctx.actor, 'users.manage'), { ...q, everyone: managesEveryone(ctx.actor) });
  const assignments = await assignmentsOf(db, rows.map((r) => r.id));
  return rows.map((u) => presentUser(u, assignments));
}

export async function getUser(db: Db, ctx: RequestContext, id: string) {
  const { user, roles } = await loadManagedUser(db, ctx, id);
  return presentUser(user, roles);
}

async function insertRole(tx: DbOrTx, ctx: RequestContext | SystemContext, userId: string, input: RoleInput) {
  const unit = await findUnit(tx, input.unitId);
  if (!unit) throw badRequest('org.not_found', undefined, { unitId: 'Không tìm thấy đơn vị.' });
  if ('actor' in ctx) assertCanGrantOn(ctx.actor, unit.path);
  const existing = await tx
    .select()
    .from(roleAssignments)
    .where(and(eq(roleAssignments.userId, userId), eq(roleAssignments.unitId, unit.id), eq(roleAssignments.role, input.role), isNull(roleAssignments.revokedAt)));
  if (existing.length) throw conflict('user.role_duplicate');
  const row = { id: randomUUID(), userId, role: input.role, unitId: unit.id, validFrom: input.validFrom ?? null, validTo: input.validTo ?? null, createdAt: ctx.now };
  await tx.insert(roleAssignments).values(row);
  await recordAudit(tx, ctx, { action: 'user.role_granted', entityType: 'user', entityId: userId, unitId: unit.id, after: row });
  return row;
}

export interface NewUser {
  username: string;
  fullName: string;
  email?: string | null | undefined;
  password: string;
  roles: RoleInput[];
  mustChangePassword?: boolean;
  homeUnitId?: string | null;
}

export async function insertUser(tx: DbOrTx, ctx: RequestContext | SystemContext, input: NewUser) {
  if (await findUserByUsername(tx, input.username)) throw appError(409, 'user.username_taken', undefined, { username: messageFor('user.username_taken') });
  const row = {
    id: randomUUID(),
    username: input.username,
    fullName: input.fullName,
    email: input.email ?? null,
    homeUnitId: input.homeUnitId ?? input.roles[0]?.unitId ?? null,
    passwordHash: await hashPassword(input.password),
    mustChangePassword: input.mustChangePassword ?? false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await tx.insert(users).values(row);
  await recordAudit(tx, ctx, { action: 'user.created', entityType: 'user', entityId: row.id, after: row });
  for (const role of input.roles) await insertRole(tx, ctx, row.id, role);
  return row;
}

export async function createUser(db: Db, ctx: RequestContext, input: NewUser) {
  assertPermission(ctx.actor, 'users.manage');
  requireStrong(input.password);
  if (!input.roles.length && !managesEveryone(ctx.actor)) throw badRequest('request.invalid', undefined, { roles: 'Cần phân ít nhất một vai trò trong phạm vi của bạn.' });
  const created = await db.transaction((tx) => insertUser(tx, ctx, { ...input, mustChangePassword: true }));
  return getUser(db, ctx, created.id);
}

export async function updateUser(db: Db, ctx: RequestContext, id: string, input: { fullName?: string | undefined; email?: string | null | undefined }) {
  await db.transaction(async (tx) => {
    const { user } = await loadManagedUser(tx, ctx, id);
    const changes = { fullName: input.fullName ?? user.fullName, email: input.email === undefined ? user.email : input.email, updatedAt: ctx.now };
    await tx.update(users).set(changes).where(eq(users.id, id));
    await recordAudit(tx, ctx, { action: 'user.updated', entityType: 'user', entityId: id, before: user, after: { ...user, ...changes } });
  });
  return getUser(db, ctx, id);
}

export async function setUserDisabled(db: Db, ctx: RequestContext, id: string, disabled: boolean) {
  if (disabled && id === ctx.actor.userId) throw badRequest('user.cannot_disable_self');
  await db.transaction(async (tx) => {
    const { user } = await loadManagedUser(tx, ctx, id);
    await tx.update(users).set({ disabledAt: disabled ? ctx.now : null, updatedAt: ctx.now }).where(eq(users.id, id));
    if (disabled) await tx.update(sessions).set({ revokedAt: ctx.now }).where(and(eq(sessions.userId, id), isNull(sessions.revokedAt)));
    await recordAudit(tx, ctx, {
      action: disabled ? 'user.disabled' : 'user.enabled',
      entityType: 'user',
      entityId: id,
      before: { disabledAt: user.disabledAt },
      after: { disabledAt: disabled ? ctx.now : null },
    });
  });
  return getUser(db, ctx, id);
}

export async function resetPassword(db: Db, ctx: RequestContext, id: string, newPassword: string) {
  requireStrong(newPassword, 'newPassword');
  await db.transaction(async (tx) => {
    await loadManagedUser(tx, ctx, id);
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(newPassword), mustChangePassword: true, failedLogins: 0, lockedUntil: null, updatedAt: ctx.now })
      .where(eq(users.id, id));
    await tx.update(sessions).set({ revokedAt: ctx.now }).where(and(eq(sessions.userId, id), isNull(sessions.revokedAt)));
    await recordAudit(tx, ctx, { action: 'user.password_reset', entityType: 'user', entityId: id });
  });
  return getUser(db, ctx, id);
}

export async function grantRole(db: Db, ctx: RequestContext, userId: string, input: RoleInput) {
  await db.transaction(async (tx) => {
    assertPermission(ctx.actor, 'users.manage');
    if (!(await findUserById(tx, userId))) throw notFound('user.not_found');
    // A user without any role yet is managed by whoever may grant on the target unit (checked in insertRole).
    const roles = await assignmentsOf(tx, [userId]);
    if (roles.length) assertManagesUser(ctx.actor, roles.map((r) => r.unitPath));
    await insertRole(tx, ctx, userId, input);
  });
  return getUser(db, ctx, userId);
}

export async function revokeRole(db: Db, ctx: RequestContext, userId: string, assignmentId: string) {
  await db.transaction(async (tx) => {
    await loadManagedUser(tx, ctx, userId);
    const [row] = await tx.select().from(roleAssignments).where(and(eq(roleAssignments.id, assignmentId), eq(roleAssignments.userId, userId)));
    if (!row || row.revokedAt) throw notFound('user.role_not_found');
    const unit = await findUnit(tx, row.unitId);
    assertCanGrantOn(ctx.actor, unit!.path);
    await tx.update(roleAssignments).set({ revokedAt: ctx.now }).where(eq(roleAssignments.id, assignmentId));
    await recordAudit(tx, ctx, { action: 'user.role_revoked', entityType: 'user', entityId: userId, unitId: row.unitId, before: row });
  });
  return getUser(db, ctx, userId);
}

export const presentToken = (t: typeof apiTokens.$inferSelect) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  expiresAt: t.expiresAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

/** The token acts for the user with exactly the user's roles, and dies with them (disable, revoke). */
export async function insertApiToken(tx: DbOrTx, ctx: RequestContext | SystemContext, userId: string, name: string, expiresOn?: string | null) {
  const token = newApiToken();
  const row = {
    id: randomUUID(),
    userId,
    name,
    tokenHash: sha256(token),
    prefix: token.slice(0, 12),
    createdBy: 'actor' in ctx ? ctx.actor.userId : null,
    createdAt: ctx.now,
    // The token stops at the end of its last day in the province's calendar.
    expiresAt: expiresOn ? new Date(`${expiresOn}T23:59:59.999+07:00`) : null,
  };
  await tx.insert(apiTokens).values(row);
  await recordAudit(tx, ctx, { action: 'token.created', entityType: 'api_token', entityId: row.id, after: { ...row, userId } });
  return { ...presentToken({ ...row, lastUsedAt: null, revokedAt: null }), token };
}

export async function createApiToken(db: Db, ctx: RequestContext, userId: string, name: string, expiresOn?: string | null) {
  return db.transaction(async (tx) => {
    await loadManagedUser(tx, ctx, userId);
    return insertApiToken(tx, ctx, userId, name, expiresOn);
  });
}

export async function listApiTokens(db: Db, ctx: RequestContext, userId: string) {
  await loadManagedUser(db, ctx, userId);
  return (await tokensOf(db, userId)).map(presentToken);
}

export async function revokeApiToken(db: Db, ctx: RequestContext, userId: string, tokenId: string) {
  return db.transaction(async (tx) => {
    await loadManagedUser(tx, ctx, userId);
    const [row] = await tx.select().from(apiTokens).where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId)));
    if (!row) throw notFound('token.not_found');
    if (!row.revokedAt) {
      await tx.update(apiTokens).set({ revokedAt: ctx.now }).where(eq(apiTokens.id, tokenId));
      await recordAudit(tx, ctx, { action: 'token.revoked', entityType: 'api_token', entityId: tokenId, before: presentToken(row) });
    }
    return presentToken({ ...row, revokedAt: row.revokedAt ?? ctx.now });
  });
}

