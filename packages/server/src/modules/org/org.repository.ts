import { and, asc, eq, isNull, like, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { orgUnitNames, orgUnits } from '../../db/schema.ts';
import { escapeLike, fold } from '../../text.ts';

export type OrgUnitRow = typeof orgUnits.$inferSelect;

export async function findUnit(db: DbOrTx, id: string): Promise<OrgUnitRow | null> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, id)).limit(1);
  return row ?? null;
}

export async function findUnitByCode(db: DbOrTx, code: string): Promise<OrgUnitRow | null> {
  const [row] = await db.select().from(orgUnits).where(sql`lower(${orgUnits.code}) = lower(${code})`).limit(1);
  return row ?? null;
}

export async function findRoot(db: DbOrTx): Promise<OrgUnitRow | null> {
  const [row] = await db.select().from(orgUnits).where(isNull(orgUnits.parentId)).limit(1);
  return row ?? null;
}

/** Units inside any of the given subtrees, plus the listed ancestor ids, with child counts. */
export async function listUnits(
  db: DbOrTx,
  opts: { roots: string[]; ancestorIds: string[]; q?: string | null; includeClosed: boolean; asOf?: string },
) {
  if (opts.roots.length === 0 && opts.ancestorIds.length === 0) return [];
  const scope = or(
    ...opts.roots.map((p) => like(orgUnits.path, `${escapeLike(p)}%`)),
    ...(opts.ancestorIds.length ? [sql`${orgUnits.id} in ${opts.ancestorIds}`] : []),
  );
  const conditions = [scope];
  if (opts.q) conditions.push(like(orgUnits.searchText, `%${escapeLike(fold(opts.q))}%`));
  if (opts.asOf) {
    conditions.push(sql`${orgUnits.validFrom} <= ${opts.asOf}`, sql`(${orgUnits.validTo} is null or ${orgUnits.validTo} >= ${opts.asOf})`);
  } else if (!opts.includeClosed) {
    conditions.push(isNull(orgUnits.validTo));
  }
  const childCount = sql<number>`(select count(*)::int from org_units c where c.parent_id = org_units.id and c.valid_to is null)`;
  return db
    .select({ unit: orgUnits, childCount })
    .from(orgUnits)
    .where(and(...conditions))
    .orderBy(asc(orgUnits.depth), asc(orgUnits.name));
}

export async function unitsByIds(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db.select().from(orgUnits).where(sql`${orgUnits.id} in ${ids}`);
}

export async function nameHistory(db: DbOrTx, unitId: string) {
  return db.select().from(orgUnitNames).where(eq(orgUnitNames.unitId, unitId)).orderBy(asc(orgUnitNames.validFrom));
}

export async function openChildCount(db: DbOrTx, unitId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, unitId), isNull(orgUnits.validTo)));
  return row?.n ?? 0;
}

/** Rewrites the materialised path of a whole subtree after a move, in one statement. */
export async function repathSubtree(db: DbOrTx, oldPrefix: string, newPrefix: string, depthDelta: number) {
  await db.execute(sql`update org_units
    set path = ${newPrefix}::text || substring(path from ${oldPrefix.length + 1}::int), depth = depth + ${depthDelta}::int
    where path like ${`${escapeLike(oldPrefix)}%`}`);
}

export const ancestorIdsOf = (path: string) => path.split('/').filter(Boolean);
