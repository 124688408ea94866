// Use cases of user accounts: list and read the people one manages, create them with their roles,
// edit, disable, reset passwords, grant and revoke roles, and issue API tokens. Every change is audited
// in its transaction.
import { randomUUID } from 'node:crypto';
import { API_MODULES, type ApiModule, type Role } from '@dvcq/shared';
import type { RequestContext } from '../../authz/actor.ts';
import { recordAudit, type SystemContext } from '../audit/audit.recorder.ts';
import { hashPassword } from '../auth/passwords.ts';
import { accountThrottleKey } from '../auth/auth.usecases.ts';
import { AuthErrors } from '../auth/auth.errors.ts';
import { passwordProblem } from '../auth/password-policy.ts';
import { newApiToken, sha256 } from '../auth/secrets.ts';
import { OrgErrors } from '../org/org.errors.ts';
import { localToday } from '../../clock.ts';
import type { UsersRepository } from './users.repository.ts';
import { UserErrors } from './users.errors.ts';
import { presentToken, presentUser } from './users.presenter.ts';
import { assertCanGrantOn, assertManagesUser, assertManagesUsers, managedScope, managesEveryone } from './users.policies.ts';

export interface RoleInput {
  role: Role;
  unitId: string;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
}

async function loadManagedUser(repo: UsersRepository, ctx: RequestContext, userId: string) {
  assertManagesUsers(ctx.actor);
  const user = await repo.findUserById(userId);
  if (!user) throw UserErrors.notFound();
  const roles = await repo.assignmentsOf([userId]);
  assertManagesUser(
    ctx.actor,
    roles.map((r) => r.unitPath),
  );
  return { user, roles };
}

function requireStrong(password: string, field = 'password', username?: string) {
  const problem = passwordProblem(password, { username });
  if (problem === 'weak') throw UserErrors.weakPassword(field);
  if (problem === 'common') throw AuthErrors.commonPassword(field);
}

export async function listUsers(
  repo: UsersRepository,
  ctx: RequestContext,
  q: { q?: string | null | undefined; limit: number; offset: number },
) {
  assertManagesUsers(ctx.actor);
  const rows = await repo.listUsers(managedScope(ctx.actor), q);
  const assignments = await repo.assignmentsOf(rows.map((r) => r.id));
  return rows.map((u) => presentUser(u, assignments));
}

export async function getUser(repo: UsersRepository, ctx: RequestContext, id: string) {
  const { user, roles } = await loadManagedUser(repo, ctx, id);
  return presentUser(user, roles);
}

async function insertRole(tx: UsersRepository, ctx: RequestContext | SystemContext, userId: string, input: RoleInput) {
  const unit = await tx.org.findUnit(input.unitId);
  if (!unit) throw OrgErrors.notFound('unitId');
  if ('actor' in ctx) assertCanGrantOn(ctx.actor, unit.path);
  if (await tx.findLiveRole(userId, unit.id, input.role)) throw UserErrors.roleDuplicate();
  const row = {
    id: randomUUID(),
    userId,
    role: input.role,
    unitId: unit.id,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    createdAt: ctx.now,
  };
  await tx.insertRole(row);
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

/** Inserts a user with their roles; the caller passes its repository bound to a transaction. */
export async function insertUser(tx: UsersRepository, ctx: RequestContext | SystemContext, input: NewUser) {
  if (await tx.findUserByUsername(input.username)) throw UserErrors.usernameTaken();
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
  await tx.insertUser(row);
  await recordAudit(tx, ctx, { action: 'user.created', entityType: 'user', entityId: row.id, after: row });
  for (const role of input.roles) await insertRole(tx, ctx, row.id, role);
  return row;
}

export async function createUser(repo: UsersRepository, ctx: RequestContext, input: NewUser) {
  assertManagesUsers(ctx.actor);
  requireStrong(input.password, 'password', input.username);
  if (!input.roles.length && !managesEveryone(ctx.actor)) throw UserErrors.noRoleInScope();
  const created = await repo.transaction((tx) => insertUser(tx, ctx, { ...input, mustChangePassword: true }));
  return getUser(repo, ctx, created.id);
}

export async function updateUser(
  repo: UsersRepository,
  ctx: RequestContext,
  id: string,
  input: { fullName?: string | undefined; email?: string | null | undefined },
) {
  await repo.transaction(async (tx) => {
    const { user } = await loadManagedUser(tx, ctx, id);
    const changes = {
      fullName: input.fullName ?? user.fullName,
      email: input.email === undefined ? user.email : input.email,
      updatedAt: ctx.now,
    };
    await tx.updateUser(id, changes);
    await recordAudit(tx, ctx, { action: 'user.updated', entityType: 'user', entityId: id, before: user, after: { ...user, ...changes } });
  });
  return getUser(repo, ctx, id);
}

export async function setUserDisabled(repo: UsersRepository, ctx: RequestContext, id: string, disabled: boolean) {
  if (disabled && id === ctx.actor.userId) throw UserErrors.cannotDisableSelf();
  await repo.transaction(async (tx) => {
    const { user } = await loadManagedUser(tx, ctx, id);
    await tx.updateUser(id, { disabledAt: disabled ? ctx.now : null, updatedAt: ctx.now });
    // Sessions end and API tokens are revoked for good: enabling the account again does not revive them.
    if (disabled) {
      await tx.endSessionsOf(id, ctx.now);
      const revoked = await tx.revokeTokensOf(id, ctx.now);
      if (revoked) await recordAudit(tx, ctx, { action: 'token.revoked', entityType: 'user', entityId: id, after: { tokens: revoked } });
    }
    await recordAudit(tx, ctx, {
      action: disabled ? 'user.disabled' : 'user.enabled',
      entityType: 'user',
      entityId: id,
      before: { disabledAt: user.disabledAt },
      after: { disabledAt: disabled ? ctx.now : null },
    });
  });
  return getUser(repo, ctx, id);
}

export async function resetPassword(repo: UsersRepository, ctx: RequestContext, id: string, newPassword: string) {
  await repo.transaction(async (tx) => {
    const { user } = await loadManagedUser(tx, ctx, id);
    requireStrong(newPassword, 'newPassword', user.username);
    await tx.clearLoginThrottle(accountThrottleKey(user.username));
    await tx.updateUser(id, {
      passwordHash: await hashPassword(newPassword),
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
      updatedAt: ctx.now,
    });
    await tx.endSessionsOf(id, ctx.now);
    await recordAudit(tx, ctx, { action: 'user.password_reset', entityType: 'user', entityId: id });
  });
  return getUser(repo, ctx, id);
}

export async function grantRole(repo: UsersRepository, ctx: RequestContext, userId: string, input: RoleInput) {
  await repo.transaction(async (tx) => {
    assertManagesUsers(ctx.actor);
    if (!(await tx.findUserById(userId))) throw UserErrors.notFound();
    // A user without any role yet is managed by whoever may grant on the target unit (checked in insertRole).
    const roles = await tx.assignmentsOf([userId]);
    if (roles.length)
      assertManagesUser(
        ctx.actor,
        roles.map((r) => r.unitPath),
      );
    await insertRole(tx, ctx, userId, input);
  });
  return getUser(repo, ctx, userId);
}

export async function revokeRole(repo: UsersRepository, ctx: RequestContext, userId: string, assignmentId: string) {
  await repo.transaction(async (tx) => {
    await loadManagedUser(tx, ctx, userId);
    const row = await tx.findRole(userId, assignmentId);
    if (!row || row.revokedAt) throw UserErrors.roleNotFound();
    const unit = await tx.org.findUnit(row.unitId);
    assertCanGrantOn(ctx.actor, unit!.path);
    await tx.revokeRole(assignmentId, ctx.now);
    await recordAudit(tx, ctx, { action: 'user.role_revoked', entityType: 'user', entityId: userId, unitId: row.unitId, before: row });
  });
  return getUser(repo, ctx, userId);
}

/** What a token may do beyond acting for its user: until a day, only read, only some modules. */
export interface TokenLimits {
  expiresOn?: string | null;
  scope?: 'full' | 'read';
  modules?: readonly ApiModule[] | null;
}

/** The token acts for the user with exactly the user's roles, and dies with them (disable, revoke). */
export async function insertApiToken(
  tx: UsersRepository,
  ctx: RequestContext | SystemContext,
  userId: string,
  name: string,
  limits: TokenLimits = {},
) {
  const { expiresOn = null, scope = 'full', modules = null } = limits;
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
    scope,
    // Stored in the contract's order, each once: the token list and the audit row read alike.
    modules: modules ? API_MODULES.filter((m) => modules.includes(m)) : null,
  };
  await tx.insertToken(row);
  await recordAudit(tx, ctx, { action: 'token.created', entityType: 'api_token', entityId: row.id, after: { ...row, userId } });
  return { ...presentToken({ ...row, lastUsedAt: null, revokedAt: null }), token };
}

export async function createApiToken(repo: UsersRepository, ctx: RequestContext, userId: string, name: string, limits: TokenLimits = {}) {
  if (limits.expiresOn && limits.expiresOn < localToday(ctx.now)) throw UserErrors.tokenExpiryPast();
  return repo.transaction(async (tx) => {
    await loadManagedUser(tx, ctx, userId);
    return insertApiToken(tx, ctx, userId, name, limits);
  });
}

export async function listApiTokens(repo: UsersRepository, ctx: RequestContext, userId: string) {
  await loadManagedUser(repo, ctx, userId);
  return (await repo.tokensOf(userId)).map(presentToken);
}

export async function revokeApiToken(repo: UsersRepository, ctx: RequestContext, userId: string, tokenId: string) {
  return repo.transaction(async (tx) => {
    await loadManagedUser(tx, ctx, userId);
    const row = await tx.findToken(userId, tokenId);
    if (!row) throw UserErrors.tokenNotFound();
    if (!row.revokedAt) {
      await tx.revokeToken(tokenId, ctx.now);
      await recordAudit(tx, ctx, { action: 'token.revoked', entityType: 'api_token', entityId: tokenId, before: presentToken(row) });
    }
    return presentToken({ ...row, revokedAt: row.revokedAt ?? ctx.now });
  });
}
