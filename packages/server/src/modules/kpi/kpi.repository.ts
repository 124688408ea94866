// SQL of communication KPIs: sets, rows, evidence and its review, and the one aggregation behind the
// heat map (counts per unit × row inside each row's period window, in a single query).
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { defineRepository } from '../../db/repository.ts';
import { uuidIn } from '../../db/ids.ts';
import { kpiEvidence, kpiEvidenceRows, kpiRows, kpiSets, orgUnits, plans } from '../../db/schema.ts';
import { pathInSubtree, unitInSubtrees } from '../../db/subtree.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createFilesRepository } from '../files/files.repository.ts';
import { createOrgRepository } from '../org/org.repository.ts';

export type KpiSetRow = typeof kpiSets.$inferSelect;
export type KpiRowRow = typeof kpiRows.$inferSelect;
export type KpiEvidenceRow = typeof kpiEvidence.$inferSelect;

export interface KpiSetView {
  set: KpiSetRow;
  planNumber: string | null;
  planTitle: string;
  issuerName: string;
  issuerPath: string;
}

export interface KpiRowView {
  row: KpiRowRow;
  unitName: string | null;
  leadUnitName: string | null;
}

export interface KpiEvidenceView {
  e: KpiEvidenceRow;
  unitName: string;
  rowIds: string[];
}

export interface KpiWindow {
  rowId: string;
  start: string;
  end: string;
}

export interface KpiTally {
  unitId: string;
  rowId: string;
  accepted: number;
  pending: number;
  /** Highest visit reading among accepted / among accepted and pending entries. */
  acceptedMax: number;
  liveMax: number;
}

const rowUnit = alias(orgUnits, 'row_unit');
const leadUnit = alias(orgUnits, 'lead_unit');
const issuer = alias(orgUnits, 'issuer');

export const createKpiRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),
  org: createOrgRepository(db),
  files: createFilesRepository(db),

  async findPlan(planId: string) {
    const [row] = await db.select().from(plans).where(eq(plans.id, planId));
    return row ?? null;
  },

  async setViews(where?: { id?: string; planId?: string; year?: number }): Promise<KpiSetView[]> {
    return db
      .select({ set: kpiSets, planNumber: plans.number, planTitle: plans.title, issuerName: issuer.name, issuerPath: issuer.path })
      .from(kpiSets)
      .innerJoin(plans, eq(plans.id, kpiSets.planId))
      .innerJoin(issuer, eq(issuer.id, kpiSets.issuerUnitId))
      .where(
        and(
          where?.id ? eq(kpiSets.id, where.id) : undefined,
          where?.planId ? eq(kpiSets.planId, where.planId) : undefined,
          where?.year ? eq(kpiSets.year, where.year) : undefined,
        ),
      )
      .orderBy(asc(kpiSets.year), asc(kpiSets.title));
  },

  async findSetView(id: string): Promise<KpiSetView | null> {
    return (await this.setViews({ id }))[0] ?? null;
  },

  async insertSet(row: typeof kpiSets.$inferInsert): Promise<void> {
    await db.insert(kpiSets).values(row);
  },

  /** Updates the set if it is still at `version`; false when someone else saved in between. */
  async updateSet(id: string, version: number, changes: Partial<typeof kpiSets.$inferInsert>): Promise<boolean> {
    const done = await db
      .update(kpiSets)
      .set({ ...changes, version: version + 1 })
      .where(and(eq(kpiSets.id, id), eq(kpiSets.version, version)))
      .returning({ id: kpiSets.id });
    return done.length === 1;
  },

  async rowsOf(setId: string): Promise<KpiRowView[]> {
    return db
      .select({ row: kpiRows, unitName: rowUnit.name, leadUnitName: leadUnit.name })
      .from(kpiRows)
      .leftJoin(rowUnit, eq(rowUnit.id, kpiRows.unitId))
      .leftJoin(leadUnit, eq(leadUnit.id, kpiRows.leadUnitId))
      .where(and(eq(kpiRows.setId, setId), isNull(kpiRows.removedAt)))
      .orderBy(asc(kpiRows.position));
  },

  async insertRow(row: typeof kpiRows.$inferInsert): Promise<void> {
    await db.insert(kpiRows).values(row);
  },

  async updateRow(id: string, changes: Partial<typeof kpiRows.$inferInsert>): Promise<void> {
    await db.update(kpiRows).set(changes).where(eq(kpiRows.id, id));
  },

  /** Units of the issuer's subtree still open, for rows that name a unit kind, and units named by id. */
  async unitsInSubtree(issuerPath: string) {
    return db
      .select({ id: orgUnits.id, name: orgUnits.name, shortName: orgUnits.shortName, kind: orgUnits.kind, path: orgUnits.path })
      .from(orgUnits)
      .where(and(pathInSubtree(orgUnits.path, issuerPath), isNull(orgUnits.validTo)))
      .orderBy(asc(orgUnits.path));
  },

  async insertEvidence(row: typeof kpiEvidence.$inferInsert, rowIds: readonly string[]): Promise<void> {
    await db.insert(kpiEvidence).values(row);
    if (rowIds.length) await db.insert(kpiEvidenceRows).values(rowIds.map((rowId) => ({ evidenceId: row.id, rowId })));
  },

  async updateEvidence(id: string, changes: Partial<typeof kpiEvidence.$inferInsert>): Promise<void> {
    await db.update(kpiEvidence).set(changes).where(eq(kpiEvidence.id, id));
  },

  async evidenceViews(f: {
    setId?: string;
    id?: string;
    unitId?: string;
    rowId?: string;
    status?: string;
    /** Only units inside these subtrees (null: no restriction). */
    roots?: readonly string[] | null;
  }): Promise<KpiEvidenceView[]> {
    return db
      .select({
        e: kpiEvidence,
        unitName: orgUnits.name,
        rowIds: sql<
          string[]
        >`coalesce((select array_agg(er.row_id::text order by er.row_id) from kpi_evidence_rows er where er.evidence_id = ${kpiEvidence.id}), '{}')`,
      })
      .from(kpiEvidence)
      .innerJoin(orgUnits, eq(orgUnits.id, kpiEvidence.unitId))
      .where(
        and(
          f.setId ? eq(kpiEvidence.setId, f.setId) : undefined,
          f.id ? eq(kpiEvidence.id, f.id) : undefined,
          f.unitId ? eq(kpiEvidence.unitId, f.unitId) : undefined,
          f.status ? eq(kpiEvidence.status, f.status) : undefined,
          f.rowId
            ? sql`exists (select 1 from kpi_evidence_rows er where er.evidence_id = ${kpiEvidence.id} and er.row_id = ${f.rowId})`
            : undefined,
          f.roots ? unitInSubtrees(kpiEvidence.unitId, f.roots) : undefined,
        ),
      )
      .orderBy(desc(kpiEvidence.publishedOn), desc(kpiEvidence.createdAt));
  },

  /** Other entries of the set with the same normalised link. */
  async sameLink(setId: string, urlKey: string, exceptId: string | null) {
    return db
      .select({
        id: kpiEvidence.id,
        unitId: kpiEvidence.unitId,
        unitName: orgUnits.name,
        title: kpiEvidence.title,
        publishedOn: kpiEvidence.publishedOn,
      })
      .from(kpiEvidence)
      .innerJoin(orgUnits, eq(orgUnits.id, kpiEvidence.unitId))
      .where(and(eq(kpiEvidence.setId, setId), eq(kpiEvidence.urlKey, urlKey), exceptId ? ne(kpiEvidence.id, exceptId) : undefined))
      .orderBy(asc(kpiEvidence.createdAt));
  },

  /** Duplicate links of many entries at once: url key → entries. */
  async linksIn(setId: string, urlKeys: readonly string[]) {
    if (urlKeys.length === 0) return [];
    return db
      .select({
        id: kpiEvidence.id,
        urlKey: kpiEvidence.urlKey,
        unitId: kpiEvidence.unitId,
        unitName: orgUnits.name,
        title: kpiEvidence.title,
        publishedOn: kpiEvidence.publishedOn,
      })
      .from(kpiEvidence)
      .innerJoin(orgUnits, eq(orgUnits.id, kpiEvidence.unitId))
      .where(and(eq(kpiEvidence.setId, setId), inArray(kpiEvidence.urlKey, [...urlKeys])));
  },

  /**
   * Counts per unit × row inside each row's window (one query for the whole heat map): accepted and
   * pending entries, and the highest visit reading. Rejected entries never count.
   */
  async tally(setId: string, windows: readonly KpiWindow[], unitIds: readonly string[] | null): Promise<KpiTally[]> {
    if (windows.length === 0) return [];
    const values = sql.join(
      windows.map((w) => sql`(${w.rowId}::uuid, ${w.start}::date, ${w.end}::date)`),
      sql`, `,
    );
    const rows = await db
      .select({
        unitId: kpiEvidence.unitId,
        rowId: kpiEvidenceRows.rowId,
        accepted: sql<number>`count(*) filter (where ${kpiEvidence.status} = 'accepted')::int`,
        pending: sql<number>`count(*) filter (where ${kpiEvidence.status} = 'pending')::int`,
        acceptedMax: sql<number>`coalesce(max(${kpiEvidence.visits}) filter (where ${kpiEvidence.status} = 'accepted'), 0)::int`,
        liveMax: sql<number>`coalesce(max(${kpiEvidence.visits}) filter (where ${kpiEvidence.status} <> 'rejected'), 0)::int`,
      })
      .from(kpiEvidenceRows)
      .innerJoin(kpiEvidence, eq(kpiEvidence.id, kpiEvidenceRows.evidenceId))
      .innerJoin(
        sql`(values ${values}) as w(row_id, s, e)`,
        sql`w.row_id = ${kpiEvidenceRows.rowId} and ${kpiEvidence.publishedOn} between w.s and w.e`,
      )
      .where(
        and(eq(kpiEvidence.setId, setId), ne(kpiEvidence.status, 'rejected'), unitIds ? uuidIn(kpiEvidence.unitId, unitIds) : undefined),
      )
      .groupBy(kpiEvidence.unitId, kpiEvidenceRows.rowId);
    return rows;
  },

  /** Rows of the set that have evidence (they are retired rather than deleted). */
  async rowsWithEvidence(setId: string): Promise<Set<string>> {
    const rows = await db
      .selectDistinct({ rowId: kpiEvidenceRows.rowId })
      .from(kpiEvidenceRows)
      .innerJoin(kpiRows, eq(kpiRows.id, kpiEvidenceRows.rowId))
      .where(eq(kpiRows.setId, setId));
    return new Set(rows.map((r) => r.rowId));
  },

  async deleteRow(id: string): Promise<void> {
    await db.delete(kpiRows).where(eq(kpiRows.id, id));
  },
}));

export type KpiRepository = ReturnType<typeof createKpiRepository>;
