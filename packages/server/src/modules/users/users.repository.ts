import { and, asc, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { apiTokens, orgUnits, roleAssignments, users } from '../../db/schema.ts';
import { escapeLike } from '../../text.ts';

export type UserRow = typeof users.$inferSelect;

export async function assignmentsOf(db: DbOrTx, userIds: string[]) {
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
    .where(and(inArray(roleAssignments.userId, userIds), isNull(roleAssignments.revokedAt)))
    .orderBy(asc(orgUnits.depth));
}

/** Users with a role somewhere inside the given subtrees (or, for a root-level admin, anyone). */
export async function listUsersInScope(db: DbOrTx, roots: string[], opts: { q?: string | null; limit: number; offset: number; everyone: boolean }) {
  const conditions = [];
  if (!opts.everyone) {
    if (!roots.length) return [];
    conditions.push(
      sql`exists (select 1 from role_assignments ra join org_units ou on ou.id = ra.unit_id
        where ra.user_id = ${users.id} and ra.revoked_at is null and (${sql.join(
          roots.map((r) => sql`ou.path like ${`${escapeLike(r)}%`}`),
          sql` or `,
        )}))`,
    );
  }
  if (opts.q) {
    const q = `%${escapeLike(opts.q.toLowerCase())}%`;
    conditions.push(or(like(sql`lower(${users.username})`, q), like(sql`lower(${users.fullName})`, q))!);
  }
  return db
    .select()
    .from(users)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(users.username))
    .limit(opts.limit)
    .offset(opts.offset);
}

export async function tokensOf(db: DbOrTx, userId: string) {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(asc(apiTokens.createdAt));
}
