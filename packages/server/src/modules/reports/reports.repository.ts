// SQL of periodic reports: forms per plan × period, reports with their versions, reviews and
// attachments, and the request keys that make a retried request act once.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { defineRepository } from '../../db/repository.ts';
import {
  consolidatedReportTexts,
  files,
  obligations,
  orgUnits,
  plans,
  reportAttachments,
  reportForms,
  reportRequestKeys,
  reportReviews,
  reports,
  reportVersions,
} from '../../db/schema.ts';
import { unitInSubtree, unitInSubtrees } from '../../db/subtree.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createConsolidationRepository } from './consolidation.repository.ts';
import { createComplaintsRepository } from '../complaints/complaints.repository.ts';
import { createDialoguesRepository } from '../dialogues/dialogues.repository.ts';
import { createKpiRepository } from '../kpi/kpi.repository.ts';
import { createMovementRepository } from '../movement/movement.repository.ts';
import { createFilesRepository } from '../files/files.repository.ts';
import { createNotificationsRepository } from '../notifications/notifications.repository.ts';
import { createObligationsRepository } from '../obligations/obligations.repository.ts';
import { createOrgRepository } from '../org/org.repository.ts';
import { createPlansRepository } from '../plans/plans.repository.ts';
import { createUsersRepository } from '../users/users.repository.ts';

export type ReportRow = typeof reports.$inferSelect;
export type NewReportRow = typeof reports.$inferInsert;
export type ReportFormRow = typeof reportForms.$inferSelect;
export type ReportVersionRow = typeof reportVersions.$inferSelect;
export type ReportReviewRow = typeof reportReviews.$inferSelect;
export type { PlanRow } from '../plans/plans.repository.ts';

export interface ReportListFilter {
  /** Units inside these subtrees (and, when given, inside `subtreePath`). */
  roots: readonly string[];
  subtreePath?: string | undefined;
  planId?: string | undefined;
  periodKind?: string | undefined;
  periodYear?: number | undefined;
}

export const createReportsRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),
  org: createOrgRepository(db),
  plans: createPlansRepository(db),
  obligations: createObligationsRepository(db),
  files: createFilesRepository(db),
  users: createUsersRepository(db),
  notifications: createNotificationsRepository(db),
  consolidation: createConsolidationRepository(db),
  // What the report sources read (reports.sources.ts).
  complaints: createComplaintsRepository(db),
  dialogues: createDialoguesRepository(db),
  movement: createMovementRepository(db),
  kpi: createKpiRepository(db),

  // ——— Forms ———

  async findForm(planId: string, periodKind: string, periodYear: number): Promise<ReportFormRow | null> {
    const [row] = await db
      .select()
      .from(reportForms)
      .where(and(eq(reportForms.planId, planId), eq(reportForms.periodKind, periodKind), eq(reportForms.periodYear, periodYear)))
      .limit(1);
    return row ?? null;
  },

  async findFormById(id: string): Promise<ReportFormRow | null> {
    const [row] = await db.select().from(reportForms).where(eq(reportForms.id, id)).limit(1);
    return row ?? null;
  },

  /** Forms a coordinator may copy: the issuer's forms of other periods and earlier years. */
  async formCandidates(issuerUnitId: string, exceptId: string | null) {
    const rows = await db
      .select({ form: reportForms, plan: plans })
      .from(reportForms)
      .innerJoin(plans, eq(plans.id, reportForms.planId))
      .where(eq(plans.issuerUnitId, issuerUnitId))
      .orderBy(sql`${reportForms.periodYear} desc`, sql`${reportForms.updatedAt} desc`)
      .limit(30);
    return rows.filter((r) => r.form.id !== exceptId);
  },

  /** Inserts a form unless the plan × period has one already (a concurrent first save); null then. */
  async insertForm(row: typeof reportForms.$inferInsert): Promise<ReportFormRow | null> {
    const [inserted] = await db.insert(reportForms).values(row).onConflictDoNothing().returning();
    return inserted ?? null;
  },

  /** Writes `changes` only if the form is still at `version`; null when someone got there first. */
  async updateForm(id: string, version: number, changes: Partial<typeof reportForms.$inferInsert>): Promise<ReportFormRow | null> {
    const [updated] = await db
      .update(reportForms)
      .set(changes)
      .where(and(eq(reportForms.id, id), eq(reportForms.version, version)))
      .returning();
    return updated ?? null;
  },

  // ——— Reports ———

  async findReportByObligation(obligationId: string): Promise<ReportRow | null> {
    const [row] = await db.select().from(reports).where(eq(reports.obligationId, obligationId)).limit(1);
    return row ?? null;
  },

  /** Inserts the first draft unless one appeared meanwhile; null then. */
  async insertReport(row: NewReportRow): Promise<ReportRow | null> {
    const [inserted] = await db.insert(reports).values(row).onConflictDoNothing().returning();
    return inserted ?? null;
  },

  /** Writes `changes` (and the next version) only if nobody changed the report since `expected`. */
  async updateReport(id: string, expected: number, changes: Partial<NewReportRow>): Promise<ReportRow | null> {
    const [row] = await db
      .update(reports)
      .set({ ...changes, version: expected + 1 })
      .where(and(eq(reports.id, id), eq(reports.version, expected)))
      .returning();
    return row ?? null;
  },

  async activeAttachments(reportId: string) {
    return db
      .select({ att: reportAttachments, file: files })
      .from(reportAttachments)
      .innerJoin(files, eq(files.id, reportAttachments.fileId))
      .where(and(eq(reportAttachments.reportId, reportId), isNull(reportAttachments.removedAt)))
      .orderBy(asc(reportAttachments.addedAt));
  },

  async removeAttachments(ids: readonly string[], at: Date, by: string): Promise<void> {
    if (ids.length)
      await db
        .update(reportAttachments)
        .set({ removedAt: at, removedBy: by })
        .where(inArray(reportAttachments.id, [...ids]));
  },

  async addAttachments(rows: readonly (typeof reportAttachments.$inferInsert)[]): Promise<void> {
    if (rows.length) await db.insert(reportAttachments).values([...rows]);
  },

  async versionsOf(reportId: string): Promise<ReportVersionRow[]> {
    return db.select().from(reportVersions).where(eq(reportVersions.reportId, reportId)).orderBy(asc(reportVersions.number));
  },

  async insertVersion(row: typeof reportVersions.$inferInsert): Promise<void> {
    await db.insert(reportVersions).values(row);
  },

  async reviewsOf(reportId: string): Promise<ReportReviewRow[]> {
    return db.select().from(reportReviews).where(eq(reportReviews.reportId, reportId)).orderBy(asc(reportReviews.decidedAt));
  },

  async insertReview(row: typeof reportReviews.$inferInsert): Promise<void> {
    await db.insert(reportReviews).values(row);
  },

  /** Claims a request key; false when the same request was already handled (a retry). */
  async claimRequestKey(row: typeof reportRequestKeys.$inferInsert): Promise<boolean> {
    const rows = await db.insert(reportRequestKeys).values(row).onConflictDoNothing().returning();
    return rows.length > 0;
  },

  async setRequestKeyResult(obligationId: string, requestKey: string, version: number): Promise<void> {
    await db
      .update(reportRequestKeys)
      .set({ resultVersion: version })
      .where(and(eq(reportRequestKeys.obligationId, obligationId), eq(reportRequestKeys.requestKey, requestKey)));
  },

  /** Period-report obligations inside the given subtrees, with their unit, plan and report (if any). */
  async listReportObligations(f: ReportListFilter) {
    if (!f.roots.length) return [];
    const conditions = [
      eq(obligations.deliverableKind, 'period_report'),
      isNull(obligations.cancelledAt),
      unitInSubtrees(obligations.unitId, f.roots),
    ];
    if (f.planId) conditions.push(eq(obligations.planId, f.planId));
    if (f.periodKind) conditions.push(eq(obligations.periodKind, f.periodKind));
    if (f.periodYear) conditions.push(eq(obligations.periodYear, f.periodYear));
    if (f.subtreePath) conditions.push(unitInSubtree(obligations.unitId, f.subtreePath));
    return db
      .select({ obligation: obligations, unit: orgUnits, plan: plans, report: reports })
      .from(obligations)
      .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
      .innerJoin(plans, eq(plans.id, obligations.planId))
      .leftJoin(reports, eq(reports.obligationId, obligations.id))
      .where(and(...conditions))
      .orderBy(asc(obligations.dueDate), asc(orgUnits.code));
  },

  /** Does a unit inside these subtrees owe something under this plan? */
  async planHasObligationIn(planId: string, roots: readonly string[]): Promise<boolean> {
    if (!roots.length) return false;
    const [row] = await db
      .select({ id: obligations.id })
      .from(obligations)
      .where(and(eq(obligations.planId, planId), unitInSubtrees(obligations.unitId, roots)))
      .limit(1);
    return !!row;
  },

  // ——— The coordinator's text of a consolidated report (0010), one row per saved version ———

  async consolidationTexts(k: { planId: string; periodKind: string; periodYear: number; rootUnitId: string }) {
    return db
      .select()
      .from(consolidatedReportTexts)
      .where(
        and(
          eq(consolidatedReportTexts.planId, k.planId),
          eq(consolidatedReportTexts.periodKind, k.periodKind),
          eq(consolidatedReportTexts.periodYear, k.periodYear),
          eq(consolidatedReportTexts.rootUnitId, k.rootUnitId),
        ),
      )
      .orderBy(desc(consolidatedReportTexts.version));
  },
  async insertConsolidationText(row: typeof consolidatedReportTexts.$inferInsert): Promise<void> {
    await db.insert(consolidatedReportTexts).values(row);
  },
}));

export type ReportsRepository = ReturnType<typeof createReportsRepository>;
export type ReportObligationRow = Awaited<ReturnType<ReportsRepository['listReportObligations']>>[number];
