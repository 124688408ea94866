// SQL of the org tree: units (materialised path, validity dates) and their name history.
import { and, asc, eq, isNull, like, sql } from 'drizzle-orm';
import type { OrgUnit } from '@dvcq/domain';
import { defineRepository } from '../../db/repository.ts';
import { orgUnitNames, orgUnits } from '../../db/schema.ts';
import { containsPattern } from '../../db/like.ts';
import { pathInSubtree, unitInSubtree, unitInSubtrees } from '../../db/subtree.ts';
import { fold } from '../../text.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';

export type OrgUnitRow = typeof orgUnits.$inferSelect;
export type OrgUnitNameRow = typeof orgUnitNames.$inferSelect;

export interface UnitListFilter {
  /** Subtrees to list, plus these ancestors of them (a user sees the chain of units above their own). */
  roots: readonly string[];
  ancestorIds: readonly string[];
  q?: string | null;
  includeClosed: boolean;
  /** Units valid on this date ('YYYY-MM-DD'), instead of open ones. */
  asOf?: string | undefined;
}

export const createOrgRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),

  async findUnit(id: string): Promise<OrgUnitRow | null> {
    const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, id)).limit(1);
    return row ?? null;
  },

  async findUnitByCode(code: string): Promise<OrgUnitRow | null> {
    const [row] = await db
      .select()
      .from(orgUnits)
      .where(sql`lower(${orgUnits.code}) = lower(${code})`)
      .limit(1);
    return row ?? null;
  },

  async findRoot(): Promise<OrgUnitRow | null> {
    const [row] = await db.select().from(orgUnits).where(isNull(orgUnits.parentId)).limit(1);
    return row ?? null;
  },

  /** Units inside any of the given subtrees, plus the listed ancestors, with their open children counted. */
  async listUnits(f: UnitListFilter): Promise<{ unit: OrgUnitRow; childCount: number }[]> {
    if (f.roots.length === 0 && f.ancestorIds.length === 0) return [];
    const scope = f.ancestorIds.length
      ? sql`(${unitInSubtrees(orgUnits.id, f.roots)} or ${orgUnits.id} in ${f.ancestorIds})`
      : unitInSubtrees(orgUnits.id, f.roots);
    const conditions = [scope];
    if (f.q) conditions.push(like(orgUnits.searchText, containsPattern(fold(f.q))));
    if (f.asOf) {
      conditions.push(sql`${orgUnits.validFrom} <= ${f.asOf}`, sql`(${orgUnits.validTo} is null or ${orgUnits.validTo} >= ${f.asOf})`);
    } else if (!f.includeClosed) {
      conditions.push(isNull(orgUnits.validTo));
    }
    const childCount = sql<number>`(select count(*)::int from org_units c where c.parent_id = org_units.id and c.valid_to is null)`;
    return db
      .select({ unit: orgUnits, childCount })
      .from(orgUnits)
      .where(and(...conditions))
      .orderBy(asc(orgUnits.depth), asc(orgUnits.name));
  },

  async unitsByIds(ids: readonly string[]): Promise<OrgUnitRow[]> {
    if (!ids.length) return [];
    return db
      .select()
      .from(orgUnits)
      .where(sql`${orgUnits.id} in ${ids}`);
  },

  /** A unit's subtree (itself included), open and closed units alike. */
  async subtree(root: string): Promise<OrgUnitRow[]> {
    return db.select().from(orgUnits).where(unitInSubtree(orgUnits.id, root));
  },

  /** Units still open, for matching names in an imported document. */
  async openUnits(): Promise<OrgUnitRow[]> {
    return db.select().from(orgUnits).where(isNull(orgUnits.validTo));
  },

  async allUnits(): Promise<OrgUnitRow[]> {
    return db.select().from(orgUnits);
  },

  /** The whole tree as the domain reads it (deriving obligations against validity dates). */
  async treeForDerivation(): Promise<OrgUnit[]> {
    const rows = await db
      .select({
        id: orgUnits.id,
        parentId: orgUnits.parentId,
        kind: orgUnits.kind,
        validFrom: orgUnits.validFrom,
        validTo: orgUnits.validTo,
      })
      .from(orgUnits);
    return rows.map((r) => ({ ...r, kind: r.kind as OrgUnit['kind'] }));
  },

  async nameHistory(unitId: string): Promise<OrgUnitNameRow[]> {
    return db.select().from(orgUnitNames).where(eq(orgUnitNames.unitId, unitId)).orderBy(asc(orgUnitNames.validFrom));
  },

  async openChildCount(unitId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(orgUnits)
      .where(and(eq(orgUnits.parentId, unitId), isNull(orgUnits.validTo)));
    return row?.n ?? 0;
  },

  async insertUnit(row: typeof orgUnits.$inferInsert): Promise<void> {
    await db.insert(orgUnits).values(row);
  },

  async updateUnit(id: string, changes: Partial<typeof orgUnits.$inferInsert>): Promise<void> {
    await db.update(orgUnits).set(changes).where(eq(orgUnits.id, id));
  },

  async insertName(row: typeof orgUnitNames.$inferInsert): Promise<void> {
    await db.insert(orgUnitNames).values(row);
  },

  /** Ends the unit's current name on `validTo` (a rename or a closure). */
  async endCurrentName(unitId: string, validTo: string): Promise<void> {
    await db
      .update(orgUnitNames)
      .set({ validTo })
      .where(and(eq(orgUnitNames.unitId, unitId), isNull(orgUnitNames.validTo)));
  },

  /** Rewrites the materialised path of a whole subtree after a move, in one statement. */
  async repathSubtree(oldPrefix: string, newPrefix: string, depthDelta: number): Promise<void> {
    await db.execute(sql`update org_units
      set path = ${newPrefix}::text || substring(path from ${oldPrefix.length + 1}::int), depth = depth + ${depthDelta}::int
      where ${pathInSubtree(sql`path`, oldPrefix)}`);
  },
}));

export type OrgRepository = ReturnType<typeof createOrgRepository>;
