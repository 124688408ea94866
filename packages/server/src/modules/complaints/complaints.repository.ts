// SQL of complaint statistics: a unit's figures of a period by kind, written in place (one row per
// unit × year × period × kind), and the figures of a subtree for its totals.
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { defineRepository } from '../../db/repository.ts';
import { uuidIn } from '../../db/ids.ts';
import { complaintStatistics, orgUnits } from '../../db/schema.ts';
import { unitInSubtree } from '../../db/subtree.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createOrgRepository } from '../org/org.repository.ts';

export type ComplaintRow = typeof complaintStatistics.$inferSelect;

/** Complaint figures added up over a group (units reported, received, resolved, on time, pending). */
const periodTotals = {
  unitsReported: sql<number>`count(distinct ${complaintStatistics.unitId})::int`,
  received: sql<number>`coalesce(sum(${complaintStatistics.received}), 0)::int`,
  resolved: sql<number>`coalesce(sum(${complaintStatistics.resolved}), 0)::int`,
  resolvedOnTime: sql<number>`coalesce(sum(${complaintStatistics.resolvedOnTime}), 0)::int`,
  pending: sql<number>`coalesce(sum(${complaintStatistics.pending}), 0)::int`,
};

export const createComplaintsRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),
  org: createOrgRepository(db),

  async figuresOf(unitId: string, year: number, periodKind: string): Promise<ComplaintRow[]> {
    return db
      .select()
      .from(complaintStatistics)
      .where(
        and(eq(complaintStatistics.unitId, unitId), eq(complaintStatistics.year, year), eq(complaintStatistics.periodKind, periodKind)),
      );
  },

  /** Figures of these units for the period (what their reports and the consolidation read). */
  async figuresOfUnits(unitIds: readonly string[], year: number, periodKind: string): Promise<ComplaintRow[]> {
    if (unitIds.length === 0) return [];
    return db
      .select()
      .from(complaintStatistics)
      .where(
        and(
          uuidIn(complaintStatistics.unitId, unitIds),
          eq(complaintStatistics.year, year),
          eq(complaintStatistics.periodKind, periodKind),
        ),
      );
  },

  /** Figures of every unit of the subtree for the period (the root included). */
  async figuresInSubtree(root: string, year: number, periodKind: string): Promise<ComplaintRow[]> {
    return db
      .select()
      .from(complaintStatistics)
      .where(
        and(
          unitInSubtree(complaintStatistics.unitId, root),
          eq(complaintStatistics.year, year),
          eq(complaintStatistics.periodKind, periodKind),
        ),
      );
  },

  /** Sums of the subtree's figures by year and period, every kind but reception (the dashboard's trend). */
  async periodTotalsInSubtree(root: string, years: readonly number[]) {
    if (years.length === 0) return [];
    return db
      .select({
        year: complaintStatistics.year,
        periodKind: complaintStatistics.periodKind,
        ...periodTotals,
      })
      .from(complaintStatistics)
      .where(
        and(
          unitInSubtree(complaintStatistics.unitId, root),
          inArray(complaintStatistics.year, [...years]),
          ne(complaintStatistics.kind, 'reception'),
        ),
      )
      .groupBy(complaintStatistics.year, complaintStatistics.periodKind);
  },

  /** The same totals per unit of these units (a merged unit's predecessors, for its year-over-year comparison). */
  async periodTotalsOfUnits(unitIds: readonly string[], year: number) {
    if (unitIds.length === 0) return [];
    return db
      .select({
        unitId: complaintStatistics.unitId,
        year: complaintStatistics.year,
        periodKind: complaintStatistics.periodKind,
        ...periodTotals,
      })
      .from(complaintStatistics)
      .where(
        and(uuidIn(complaintStatistics.unitId, unitIds), eq(complaintStatistics.year, year), ne(complaintStatistics.kind, 'reception')),
      )
      .groupBy(complaintStatistics.unitId, complaintStatistics.year, complaintStatistics.periodKind);
  },

  async openUnitsInSubtree(root: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(orgUnits)
      .where(and(unitInSubtree(orgUnits.id, root), isNull(orgUnits.validTo)));
    return row?.n ?? 0;
  },

  /** Writes the row of a kind: inserted the first time, replaced afterwards (entered once, corrected in place). */
  async upsert(row: typeof complaintStatistics.$inferInsert): Promise<void> {
    const { id: _id, unitId: _u, year: _y, periodKind: _p, kind: _k, ...changes } = row;
    await db
      .insert(complaintStatistics)
      .values(row)
      .onConflictDoUpdate({
        target: [complaintStatistics.unitId, complaintStatistics.year, complaintStatistics.periodKind, complaintStatistics.kind],
        set: changes,
      });
  },
}));

export type ComplaintsRepository = ReturnType<typeof createComplaintsRepository>;
