// SQL of signing in: sessions, API token lookups, sign-in throttling and the role grants a caller
// holds today.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '@dvcq/shared';
import { defineRepository } from '../../db/repository.ts';
import { apiTokens, loginThrottle, orgLineageClosure, orgUnits, roleAssignments, sessions, users } from '../../db/schema.ts';
import type { RoleGrant } from '../../authz/actor.ts';
import { grantsThroughTime } from '../../authz/through-time.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createUsersRepository } from '../users/users.repository.ts';

export type SessionRow = typeof sessions.$inferSelect;
export type ThrottleRow = typeof loginThrottle.$inferSelect;

/** A role grant not revoked and valid on `today` ('YYYY-MM-DD'). */
function grantInForce(today: string) {
  return and(
    isNull(roleAssignments.revokedAt),
    sql`(${roleAssignments.validFrom} is null or ${roleAssignments.validFrom} <= ${today})`,
    sql`(${roleAssignments.validTo} is null or ${roleAssignments.validTo} >= ${today})`,
  );
}

/**
 * The ceased units the grant's unit succeeded on or before `today`, followed back through lineage (merges of
 * merges), as their paths joined by ','; null when none. One indexed lookup in org_lineage_closure (kept
 * by the batches, so a batch dated ahead counts from its date), correlated with the grant's row, so it
 * travels in the same round trip as the grants; paths and validity are read fresh from org_units.
 */
function predecessorPaths(today: string) {
  return sql<string | null>`(select string_agg(pred_unit.path, ',') from ${orgLineageClosure} pred
    join ${orgUnits} pred_unit on pred_unit.id = pred.from_unit_id
    where pred.to_unit_id = ${roleAssignments.unitId} and pred.effective_date <= ${today}
      and pred_unit.valid_to is not null and pred_unit.valid_to < ${today})`;
}

export const createAuthRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),
  users: createUsersRepository(db),

  /**
   * Grants in force on `today` (validity dates judged in the province's calendar by the caller), as the org
   * tree stands that day (authz/through-time.ts: read-only on ceased units, read on their predecessors).
   */
  async loadGrants(userId: string, today: string): Promise<RoleGrant[]> {
    const rows = await db
      .select({
        role: roleAssignments.role,
        unitId: roleAssignments.unitId,
        unitPath: orgUnits.path,
        unitValidTo: orgUnits.validTo,
        predecessorPaths: predecessorPaths(today),
      })
      .from(roleAssignments)
      .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
      .where(and(eq(roleAssignments.userId, userId), grantInForce(today)));
    return grantsThroughTime(
      rows.map((r) => ({ ...r, role: r.role as Role })),
      today,
    );
  },

  /**
   * Everything a signed-in request needs, in one indexed round trip: the session (by its primary key),
   * its user, and the user's grants in force on `today` (one row per grant; one row with no grant if none).
   */
  async sessionForRequest(id: string, today: string) {
    const rows = await db
      .select({
        session: sessions,
        user: {
          id: users.id,
          username: users.username,
          fullName: users.fullName,
          disabledAt: users.disabledAt,
          mustChangePassword: users.mustChangePassword,
        },
        role: roleAssignments.role,
        unitId: roleAssignments.unitId,
        unitPath: orgUnits.path,
        unitValidTo: orgUnits.validTo,
        predecessorPaths: predecessorPaths(today),
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(roleAssignments, and(eq(roleAssignments.userId, sessions.userId), grantInForce(today)))
      .leftJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
      .where(eq(sessions.id, id));
    const first = rows[0];
    if (!first) return null;
    const grants: RoleGrant[] = grantsThroughTime(
      rows.flatMap((r) =>
        r.role && r.unitId && r.unitPath
          ? [
              {
                role: r.role as Role,
                unitId: r.unitId,
                unitPath: r.unitPath,
                unitValidTo: r.unitValidTo,
                predecessorPaths: r.predecessorPaths,
              },
            ]
          : [],
      ),
      today,
    );
    return { session: first.session, user: first.user, grants };
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

  /**
   * Counts one sign-in attempt against `key` BEFORE the password is checked, in one statement (the row
   * is locked by the upsert), so parallel guesses cannot all slip past the limit: the attempt that
   * reaches `max` locks the key until `lockUntil`. Returns null when the key is locked already (the
   * attempt is not counted). A lock that has run out starts the count again.
   */
  async reserveAttempt(key: string, now: Date, max: number, lockUntil: Date): Promise<ThrottleRow | null> {
    const expired = sql`${loginThrottle.lockedUntil} is not null`;
    const next = sql`(case when ${expired} then 1 else ${loginThrottle.failures} + 1 end)`;
    const [row] = await db
      .insert(loginThrottle)
      .values({ key, failures: 1, windowStart: now, lockedUntil: max <= 1 ? lockUntil : null })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: next,
          windowStart: sql`case when ${expired} then ${now} else ${loginThrottle.windowStart} end`,
          lockedUntil: sql`case when ${next} >= ${max} then ${lockUntil}::timestamptz else null end`,
        },
        setWhere: sql`${loginThrottle.lockedUntil} is null or ${loginThrottle.lockedUntil} <= ${now}`,
      })
      .returning();
    return row ?? null;
  },

  /** Adds one failure to a key counted in a sliding window (an address), locking it at `max`; atomic. */
  async noteWindowFailure(key: string, now: Date, windowStart: Date, max: number, lockUntil: Date): Promise<void> {
    const stale = sql`${loginThrottle.windowStart} < ${windowStart}`;
    const next = sql`(case when ${stale} then 1 else ${loginThrottle.failures} + 1 end)`;
    await db
      .insert(loginThrottle)
      .values({ key, failures: 1, windowStart: now, lockedUntil: max <= 1 ? lockUntil : null })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: next,
          windowStart: sql`case when ${stale} then ${now} else ${loginThrottle.windowStart} end`,
          lockedUntil: sql`case when ${next} >= ${max} then ${lockUntil}::timestamptz else ${loginThrottle.lockedUntil} end`,
        },
      });
  },

  async clearThrottle(key: string): Promise<void> {
    await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
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
