// SQL of signing in: sessions, API token lookups, sign-in throttling and the role grants a caller
// holds today.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '@dvcq/shared';
import { defineRepository } from '../../db/repository.ts';
import { apiTokens, loginThrottle, orgUnits, roleAssignments, sessions } from '../../db/schema.ts';
import type { RoleGrant } from '../../authz/actor.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createUsersRepository } from '../users/users.repository.ts';

export type SessionRow = typeof sessions.$inferSelect;
export type ThrottleRow = typeof loginThrottle.$inferSelect;

export const createAuthRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),
  users: createUsersRepository(db),

  /** Grants in force on `today` (validity dates judged in the province's calendar by the caller). */
  async loadGrants(userId: string, today: string): Promise<RoleGrant[]> {
    const rows = await db
      .select({ role: roleAssignments.role, unitId: roleAssignments.unitId, unitPath: orgUnits.path })
      .from(roleAssignments)
      .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
      .where(
        and(
          eq(roleAssignments.userId, userId),
          isNull(roleAssignments.revokedAt),
          sql`(${roleAssignments.validFrom} is null or ${roleAssignments.validFrom} <= ${today})`,
          sql`(${roleAssignments.validTo} is null or ${roleAssignments.validTo} >= ${today})`,
        ),
      );
    return rows.map((r) => ({ role: r.role as Role, unitId: r.unitId, unitPath: r.unitPath }));
  },

  async findSession(id: string): Promise<SessionRow | null> {
    const [row] = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
    return row ?? null;
  },

  async insertSession(row: typeof sessions.$inferInsert): Promise<void> {
    await db.insert(sessions).values(row);
  },

  async touchSession(id: string, at: Date): Promise<void> {
    await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
  },

  async endSession(id: string, at: Date): Promise<void> {
    await db.update(sessions).set({ revokedAt: at }).where(eq(sessions.id, id));
  },

  async findActiveToken(tokenHash: string) {
    const [row] = await db
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
      .limit(1);
    return row ?? null;
  },

  async touchToken(id: string, at: Date): Promise<void> {
    await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
  },

  async getThrottle(key: string): Promise<ThrottleRow | null> {
    const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).limit(1);
    return row ?? null;
  },

  async putThrottle(row: ThrottleRow): Promise<void> {
    await db
      .insert(loginThrottle)
      .values(row)
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: { failures: row.failures, windowStart: row.windowStart, lockedUntil: row.lockedUntil },
      });
  },
}));

export type AuthRepository = ReturnType<typeof createAuthRepository>;
