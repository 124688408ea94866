// SQL of user accounts, their role grants and API tokens, and the lookups other features make about
// people (who holds which role where, their names, where they work).
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Role } from '@dvcq/shared';
import { defineRepository } from '../../db/repository.ts';
import { apiTokens, loginThrottle, orgUnits, roleAssignments, sessions, users } from '../../db/schema.ts';
import { foldedColumn, foldedWordsMatch } from '../../db/like.ts';
import { unitInSubtree, unitInSubtrees } from '../../db/subtree.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createOrgRepository } from '../org/org.repository.ts';

export type UserRow = typeof users.$inferSelect;
export type RoleAssignmentRow = typeof roleAssignments.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

export interface AssignmentRow {
  id: string;
  userId: string;
  role: string;
  unitId: string;
  unitName: string;
  unitKind: string;
  unitPath: string;
  validFrom: string | null;
  validTo: string | null;
}

export const createUsersRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),
  org: createOrgRepository(db),

  async findUserById(id: string): Promise<UserRow | null> {
    const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
    return row ?? null;
  },

  async findUserByUsername(username: string): Promise<UserRow | null> {
    const [row] = await db
      .select()
      .from(users)
      .where(sql`lower(${users.username}) = lower(${username})`)
      .limit(1);
    return row ?? null;
  },

  /** Live role grants of these users, with their units, the province's first. */
  async assignmentsOf(userIds: readonly string[]): Promise<AssignmentRow[]> {
    if (!userIds.length) return [];
    return db
      .select({
        id: roleAssignments.id,
        userId: roleAssignments.userId,
        role: roleAssignments.role,
        unitId: roleAssignments.unitId,
        unitName: orgUnits.name,
        unitKind: orgUnits.kind,
        unitPath: orgUnits.path,
        validFrom: roleAssignments.validFrom,
        validTo: roleAssignments.validTo,
      })
      .from(roleAssignments)
      .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
      .where(and(inArray(roleAssignments.userId, [...userIds]), isNull(roleAssignments.revokedAt)))
      .orderBy(asc(orgUnits.depth));
  },

  /** Users with a live role somewhere inside the given subtrees ('all': anyone). */
  async listUsers(
    scope: readonly string[] | 'all',
    opts: { q?: string | null | undefined; limit: number; offset: number },
  ): Promise<UserRow[]> {
    const conditions = [];
    if (scope !== 'all') {
      if (!scope.length) return [];
      conditions.push(
        sql`exists (select 1 from ${roleAssignments} ra where ra.user_id = ${users.id} and ra.revoked_at is null and ${unitInSubtrees(sql`ra.unit_id`, scope)})`,
      );
    }
    if (opts.q) {
      // Diacritics and case ignored, every word anywhere in the name or the username ("huong" finds "Hương").
      const text = foldedColumn(sql`${users.fullName} || ' ' || ${users.username}`);
      conditions.push(...foldedWordsMatch(text, opts.q));
    }
    return db
      .select()
      .from(users)
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(asc(users.username))
      .limit(opts.limit)
      .offset(opts.offset);
  },

  async insertUser(row: typeof users.$inferInsert): Promise<void> {
    await db.insert(users).values(row);
  },

  async updateUser(id: string, changes: Partial<typeof users.$inferInsert>): Promise<void> {
    await db.update(users).set(changes).where(eq(users.id, id));
  },

  async findLiveRole(userId: string, unitId: string, role: Role): Promise<RoleAssignmentRow | null> {
    const [row] = await db
      .select()
      .from(roleAssignments)
      .where(
        and(
          eq(roleAssignments.userId, userId),
          eq(roleAssignments.unitId, unitId),
          eq(roleAssignments.role, role),
          isNull(roleAssignments.revokedAt),
        ),
      );
    return row ?? null;
  },

  async findRole(userId: string, assignmentId: string): Promise<RoleAssignmentRow | null> {
    const [row] = await db
      .select()
      .from(roleAssignments)
      .where(and(eq(roleAssignments.id, assignmentId), eq(roleAssignments.userId, userId)));
    return row ?? null;
  },

  async insertRole(row: typeof roleAssignments.$inferInsert): Promise<void> {
    await db.insert(roleAssignments).values(row);
  },

  async revokeRole(id: string, at: Date): Promise<void> {
    await db.update(roleAssignments).set({ revokedAt: at }).where(eq(roleAssignments.id, id));
  },

  /** Ends the user's open sessions (except one, e.g. the one changing the password). */
  async endSessionsOf(userId: string, at: Date, exceptSessionId?: string): Promise<void> {
    await db
      .update(sessions)
      .set({ revokedAt: at })
      .where(
        and(
          eq(sessions.userId, userId),
          isNull(sessions.revokedAt),
          ...(exceptSessionId ? [sql`${sessions.id} <> ${exceptSessionId}`] : []),
        ),
      );
  },

  /** Lifts a sign-in lock (an administrator reset the password). */
  async clearLoginThrottle(key: string): Promise<void> {
    await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
  },

  async tokensOf(userId: string): Promise<ApiTokenRow[]> {
    return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(asc(apiTokens.createdAt));
  },

  async findToken(userId: string, tokenId: string): Promise<ApiTokenRow | null> {
    const [row] = await db
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId)));
    return row ?? null;
  },

  async insertToken(row: typeof apiTokens.$inferInsert): Promise<void> {
    await db.insert(apiTokens).values(row);
  },

  /** Revokes every live token of the user (disabling an account ends its tokens for good). */
  async revokeTokensOf(userId: string, at: Date): Promise<number> {
    const rows = await db
      .update(apiTokens)
      .set({ revokedAt: at })
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    return rows.length;
  },

  async revokeToken(id: string, at: Date): Promise<void> {
    await db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id));
  },

  // ——— People, as other features need them ———

  async namesOf(ids: readonly (string | null | undefined)[]): Promise<Map<string, string>> {
    const list = [...new Set(ids.filter((x): x is string => !!x))];
    if (!list.length) return new Map();
    const rows = await db.select({ id: users.id, fullName: users.fullName }).from(users).where(inArray(users.id, list));
    return new Map(rows.map((r) => [r.id, r.fullName]));
  },

  /** Materialised path of the unit a person works in (their agency, for appraisal). */
  async homeUnitPath(userId: string): Promise<string | null> {
    const [row] = await db
      .select({ path: orgUnits.path })
      .from(users)
      .innerJoin(orgUnits, eq(orgUnits.id, users.homeUnitId))
      .where(eq(users.id, userId))
      .limit(1);
    return row?.path ?? null;
  },

  /** People holding one of these roles on the unit itself (its officer and leader), e.g. to notify them. */
  async holdersOf(unitId: string, roles: readonly Role[]): Promise<string[]> {
    const rows = await db
      .select({ userId: roleAssignments.userId })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.unitId, unitId), isNull(roleAssignments.revokedAt), inArray(roleAssignments.role, [...roles])));
    return [...new Set(rows.map((r) => r.userId))];
  },

  /** Active coordinators whose grant covers the unit at `path` (who receive the unit's reports). */
  async coordinatorsCovering(path: string): Promise<string[]> {
    const rows = await db
      .select({ userId: roleAssignments.userId, unitPath: orgUnits.path })
      .from(roleAssignments)
      .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .where(and(eq(roleAssignments.role, 'coordinator'), isNull(roleAssignments.revokedAt), isNull(users.disabledAt)));
    return rows.filter((r) => path.startsWith(r.unitPath)).map((r) => r.userId);
  },

  /** Enabled people holding one of these roles on a unit of the subtree, the unit's own first. */
  async peopleInSubtree(
    root: string,
    roles: readonly Role[],
  ): Promise<{ id: string; fullName: string; username: string; role: string; unitName: string }[]> {
    return db
      .select({ id: users.id, fullName: users.fullName, username: users.username, role: roleAssignments.role, unitName: orgUnits.name })
      .from(roleAssignments)
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
      .where(
        and(
          isNull(roleAssignments.revokedAt),
          isNull(users.disabledAt),
          inArray(roleAssignments.role, [...roles]),
          unitInSubtree(roleAssignments.unitId, root),
        ),
      )
      .orderBy(asc(orgUnits.depth), asc(users.fullName));
  },
}));

export type UsersRepository = ReturnType<typeof createUsersRepository>;
