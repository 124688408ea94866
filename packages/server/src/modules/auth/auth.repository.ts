import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { apiTokens, loginThrottle, orgUnits, roleAssignments, sessions, users } from '../../db/schema.ts';
import type { RoleGrant } from '../../authz/actor.ts';
import type { Role } from '@dvcq/shared';

export async function findUserByUsername(db: DbOrTx, username: string) {
  const [row] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`).limit(1);
  return row ?? null;
}

export async function findUserById(db: DbOrTx, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** Grants in force today (validity dates judged in the province's calendar by the caller's `today`). */
export async function loadGrants(db: DbOrTx, userId: string, today: string): Promise<RoleGrant[]> {
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
}

export async function findSession(db: DbOrTx, id: string) {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
  return row ?? null;
}

export async function findActiveToken(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return row ?? null;
}

export async function getThrottle(db: DbOrTx, key: string) {
  const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).limit(1);
  return row ?? null;
}
