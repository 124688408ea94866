// SQL of the org tree: units (materialised path, validity dates) and their name history.
import { and, asc, desc, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import type { OrgUnit } from '@dvcq/domain';
import { defineRepository } from '../../db/repository.ts';
import { uuidIn } from '../../db/ids.ts';
import {
  obligations,
  orgBatches,
  orgEvents,
  orgLineage,
  orgLineageClosure,
  orgUnitNames,
  orgUnitVersions,
  orgUnits,
} from '../../db/schema.ts';
import type { DbOrTx } from '../../db/client.ts';
import { containsPattern } from '../../db/like.ts';
import { pathInSubtree, unitInSubtree, unitInSubtrees, unitInSubtreesAsOf } from '../../db/subtree.ts';
import { fold } from '../../text.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';

export type OrgUnitRow = typeof orgUnits.$inferSelect;
export type OrgUnitNameRow = typeof orgUnitNames.$inferSelect;
export type OrgUnitVersionRow = typeof orgUnitVersions.$inferSelect;
export type OrgLineageRow = typeof orgLineage.$inferSelect;
export type OrgBatchRow = typeof orgBatches.$inferSelect;
export type OrgEventRow = typeof orgEvents.$inferSelect;

export interface OrgEventFilter {
  unitId?: string | undefined;
  batchId?: string | undefined;
  limit: number;
}

export interface UnitListFilter {
  /** Subtrees to list, plus these ancestors of them (a user sees the chain of units above their own). */
  roots: readonly string[];
  ancestorIds: readonly string[];
  q?: string | null;
  includeClosed: boolean;
  /** Units valid on this date ('YYYY-MM-DD'), instead of open ones. */
  asOf?: string | undefined;
}

/**
 * org_lineage_closure from org_lineage, whole (a batch's edges reach through older merges): each unit's
 * predecessors with the day the whole chain stands. The lock makes concurrent rebuilds wait for each
 * other, so the later one reads the earlier one's edges; sign-ins keep reading meanwhile.
 */
async function rebuildLineageClosure(db: DbOrTx): Promise<void> {
  await db.execute(sql`lock table ${orgLineageClosure} in exclusive mode`);
  await db.delete(orgLineageClosure);
  await db.execute(sql`insert into ${orgLineageClosure} (to_unit_id, from_unit_id, effective_date)
    with recursive walk (to_unit_id, from_unit_id, effective_date) as (
      select to_unit_id, from_unit_id, effective_date from ${orgLineage}
      union
      select w.to_unit_id, l.from_unit_id, greatest(w.effective_date, l.effective_date)
      from walk w join ${orgLineage} l on l.to_unit_id = w.from_unit_id
    )
    select to_unit_id, from_unit_id, min(effective_date) from walk where to_unit_id <> from_unit_id group by 1, 2`);
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
    return db.select().from(orgUnits).where(uuidIn(orgUnits.id, ids));
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

  // ——— The tree through time ———

  async allVersions(): Promise<OrgUnitVersionRow[]> {
    return db.select().from(orgUnitVersions);
  },

  async versionsOf(unitId: string): Promise<OrgUnitVersionRow[]> {
    return db.select().from(orgUnitVersions).where(eq(orgUnitVersions.unitId, unitId)).orderBy(asc(orgUnitVersions.validFrom));
  },

  /** Versions valid on `date` of units inside the given subtrees as they stood that day (plus listed units). */
  async versionsAsOf(date: string, roots: readonly string[] | 'all', alsoIds: readonly string[] = []): Promise<OrgUnitVersionRow[]> {
    const onDate = sql`${orgUnitVersions.validFrom} <= ${date} and (${orgUnitVersions.validTo} is null or ${orgUnitVersions.validTo} >= ${date})`;
    if (roots === 'all')
      return db.select().from(orgUnitVersions).where(onDate).orderBy(asc(orgUnitVersions.depth), asc(orgUnitVersions.name));
    const scope = alsoIds.length
      ? or(unitInSubtreesAsOf(orgUnitVersions.unitId, roots, date), inArray(orgUnitVersions.unitId, [...alsoIds]))
      : unitInSubtreesAsOf(orgUnitVersions.unitId, roots, date);
    return db.select().from(orgUnitVersions).where(and(onDate, scope)).orderBy(asc(orgUnitVersions.depth), asc(orgUnitVersions.name));
  },

  async versionsOfUnits(ids: readonly string[]): Promise<OrgUnitVersionRow[]> {
    if (!ids.length) return [];
    return db.select().from(orgUnitVersions).where(uuidIn(orgUnitVersions.unitId, ids));
  },

  async insertVersions(rows: (typeof orgUnitVersions.$inferInsert)[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) await db.insert(orgUnitVersions).values(rows.slice(i, i + 500));
  },

  async deleteVersions(ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) await db.delete(orgUnitVersions).where(inArray(orgUnitVersions.id, ids.slice(i, i + 500)));
  },

  async allEdges(): Promise<OrgLineageRow[]> {
    return db.select().from(orgLineage);
  },

  async insertEdges(rows: OrgLineageRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) await db.insert(orgLineage).values(rows.slice(i, i + 500));
    await rebuildLineageClosure(db);
  },

  async deleteEdgesOfEvents(eventIds: readonly string[]): Promise<void> {
    if (!eventIds.length) return;
    await db.delete(orgLineage).where(inArray(orgLineage.eventId, [...eventIds]));
    await rebuildLineageClosure(db);
  },

  /** Lineage edges into and out of a unit, with the event's batch (legal basis). */
  async edgesOf(unitId: string) {
    return db
      .select({ edge: orgLineage, batch: orgBatches })
      .from(orgLineage)
      .innerJoin(orgEvents, eq(orgEvents.id, orgLineage.eventId))
      .innerJoin(orgBatches, eq(orgBatches.id, orgEvents.batchId))
      .where(or(eq(orgLineage.fromUnitId, unitId), eq(orgLineage.toUnitId, unitId)))
      .orderBy(asc(orgLineage.effectiveDate));
  },

  async insertBatch(row: typeof orgBatches.$inferInsert): Promise<void> {
    await db.insert(orgBatches).values(row);
  },

  async setBatchChanges(id: string, changes: unknown): Promise<void> {
    await db.update(orgBatches).set({ changes }).where(eq(orgBatches.id, id));
  },

  async findBatch(id: string): Promise<OrgBatchRow | null> {
    const [row] = await db.select().from(orgBatches).where(eq(orgBatches.id, id)).limit(1);
    return row ?? null;
  },

  /** The batch applied last and not reverted. */
  async lastActiveBatch(): Promise<OrgBatchRow | null> {
    const [row] = await db.select().from(orgBatches).where(isNull(orgBatches.revertedAt)).orderBy(desc(orgBatches.appliedAt)).limit(1);
    return row ?? null;
  },

  async markBatchReverted(id: string, at: Date, by: string | null): Promise<void> {
    await db.update(orgBatches).set({ revertedAt: at, revertedBy: by }).where(eq(orgBatches.id, id));
  },

  async insertEvents(rows: (typeof orgEvents.$inferInsert)[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) await db.insert(orgEvents).values(rows.slice(i, i + 500));
  },

  async eventsOfBatch(batchId: string): Promise<OrgEventRow[]> {
    return db.select().from(orgEvents).where(eq(orgEvents.batchId, batchId)).orderBy(asc(orgEvents.seq));
  },

  async listEvents(f: OrgEventFilter): Promise<{ event: OrgEventRow; batch: OrgBatchRow }[]> {
    const conditions = [];
    if (f.batchId) conditions.push(eq(orgEvents.batchId, f.batchId));
    if (f.unitId) conditions.push(sql`${orgEvents.unitIds} @> ${JSON.stringify([f.unitId])}::jsonb`);
    return db
      .select({ event: orgEvents, batch: orgBatches })
      .from(orgEvents)
      .innerJoin(orgBatches, eq(orgBatches.id, orgEvents.batchId))
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(desc(orgEvents.effectiveDate), desc(orgBatches.appliedAt), asc(orgEvents.seq))
      .limit(f.limit);
  },

  // ——— Obligations following a restructuring ———

  /** Live obligations of these units, due on or after `from`, neither submitted nor exempt. */
  async openObligationsDueFrom(unitIds: readonly string[], from: string) {
    if (!unitIds.length) return [];
    return db
      .select()
      .from(obligations)
      .where(
        and(
          inArray(obligations.unitId, [...unitIds]),
          sql`${obligations.dueDate} >= ${from}`,
          isNull(obligations.cancelledAt),
          isNull(obligations.firstSubmittedAt),
          isNull(obligations.exemptReason),
        ),
      );
  },

  /** Milestones for which these units already owe something (live), so a successor is not counted twice. */
  async liveMilestonesOf(unitIds: readonly string[]): Promise<{ milestoneId: string; unitId: string }[]> {
    if (!unitIds.length) return [];
    return db
      .select({ milestoneId: obligations.milestoneId, unitId: obligations.unitId })
      .from(obligations)
      .where(and(inArray(obligations.unitId, [...unitIds]), isNull(obligations.cancelledAt)));
  },

  async cancelObligations(ids: readonly string[], at: Date, reason: string): Promise<void> {
    if (ids.length)
      await db
        .update(obligations)
        .set({ cancelledAt: at, cancelledReason: reason })
        .where(inArray(obligations.id, [...ids]));
  },

  async uncancelObligations(ids: readonly string[]): Promise<void> {
    if (ids.length)
      await db
        .update(obligations)
        .set({ cancelledAt: null, cancelledReason: null })
        .where(inArray(obligations.id, [...ids]));
  },

  async insertObligations(rows: (typeof obligations.$inferInsert)[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) await db.insert(obligations).values(rows.slice(i, i + 500));
  },

  /** Removes obligations a batch created, unless something was submitted for them; returns how many stayed. */
  async deleteUnsubmittedObligations(ids: readonly string[]): Promise<number> {
    if (!ids.length) return 0;
    const deleted = await db
      .delete(obligations)
      .where(and(inArray(obligations.id, [...ids]), isNull(obligations.firstSubmittedAt)))
      .returning({ id: obligations.id });
    return ids.length - deleted.length;
  },

  async deleteUnit(id: string): Promise<void> {
    await db.delete(orgUnits).where(eq(orgUnits.id, id));
  },

  /** Rewrites the materialised path of a whole subtree after a move, in one statement. */
  async repathSubtree(oldPrefix: string, newPrefix: string, depthDelta: number): Promise<void> {
    await db.execute(sql`update org_units
      set path = ${newPrefix}::text || substring(path from ${oldPrefix.length + 1}::int), depth = depth + ${depthDelta}::int
      where ${pathInSubtree(sql`path`, oldPrefix)}`);
  },
}));

export type OrgRepository = ReturnType<typeof createOrgRepository>;
