// Queries of the reports module. Every function takes `db` or `tx`, so use cases can read inside their
// transaction (on PGlite a query on `db` while a transaction is open would wait forever).
import { and, asc, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  files,
  obligations,
  orgUnits,
  planContentAreas,
  plans,
  reportAttachments,
  reportForms,
  reportReviews,
  reports,
  reportVersions,
  roleAssignments,
  users,
} from '../../db/schema.ts';
import { escapeLike } from '../../text.ts';

export type ReportRow = typeof reports.$inferSelect;
export type ReportFormRow = typeof reportForms.$inferSelect;
export type PlanRow = typeof plans.$inferSelect;

export async function findPlan(db: DbOrTx, id: string): Promise<PlanRow | null> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id)).limit(1);
  return row ?? null;
}

export async function contentAreasOf(db: DbOrTx, planId: string) {
  return db.select().from(planContentAreas).where(eq(planContentAreas.planId, planId)).orderBy(asc(planContentAreas.position));
}

export async function findForm(db: DbOrTx, planId: string, periodKind: string, periodYear: number): Promise<ReportFormRow | null> {
  const [row] = await db
    .select()
    .from(reportForms)
    .where(and(eq(reportForms.planId, planId), eq(reportForms.periodKind, periodKind), eq(reportForms.periodYear, periodYear)))
    .limit(1);
  return row ?? null;
}

export async function findFormById(db: DbOrTx, id: string): Promise<ReportFormRow | null> {
  const [row] = await db.select().from(reportForms).where(eq(reportForms.id, id)).limit(1);
  return row ?? null;
}

/** Forms of other periods a coordinator may copy: the same plan's other periods and earlier years. */
export async function formCandidates(db: DbOrTx, issuerUnitId: string, exceptId: string | null) {
  const rows = await db
    .select({ form: reportForms, plan: plans })
    .from(reportForms)
    .innerJoin(plans, eq(plans.id, reportForms.planId))
    .where(eq(plans.issuerUnitId, issuerUnitId))
    .orderBy(sql`${reportForms.periodYear} desc`, sql`${reportForms.updatedAt} desc`)
    .limit(30);
  return rows.filter((r) => r.form.id !== exceptId);
}

export async function findReportByObligation(db: DbOrTx, obligationId: string): Promise<ReportRow | null> {
  const [row] = await db.select().from(reports).where(eq(reports.obligationId, obligationId)).limit(1);
  return row ?? null;
}

export async function activeAttachments(db: DbOrTx, reportId: string) {
  return db
    .select({ att: reportAttachments, file: files })
    .from(reportAttachments)
    .innerJoin(files, eq(files.id, reportAttachments.fileId))
    .where(and(eq(reportAttachments.reportId, reportId), isNull(reportAttachments.removedAt)))
    .orderBy(asc(reportAttachments.addedAt));
}

export async function versionsOf(db: DbOrTx, reportId: string) {
  return db.select().from(reportVersions).where(eq(reportVersions.reportId, reportId)).orderBy(asc(reportVersions.number));
}

export async function reviewsOf(db: DbOrTx, reportId: string) {
  return db.select().from(reportReviews).where(eq(reportReviews.reportId, reportId)).orderBy(asc(reportReviews.decidedAt));
}

export async function userNames(db: DbOrTx, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (!list.length) return new Map();
  const rows = await db.select({ id: users.id, fullName: users.fullName }).from(users).where(inArray(users.id, list));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

/** Active coordinators whose grant covers the unit at `path` (who receive a unit's report). */
export async function coordinatorsCovering(db: DbOrTx, path: string): Promise<string[]> {
  const rows = await db
    .select({ userId: roleAssignments.userId, unitPath: orgUnits.path })
    .from(roleAssignments)
    .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.role, 'coordinator'), isNull(roleAssignments.revokedAt), isNull(users.disabledAt)));
  return rows.filter((r) => path.startsWith(r.unitPath)).map((r) => r.userId);
}

export interface ListFilter {
  roots: string[];
  planId?: string | undefined;
  periodKind?: string | undefined;
  periodYear?: number | undefined;
  subtreePath?: string | undefined;
}

/** Period-report obligations inside the given subtrees, with their unit, plan and report (if any). */
export async function listReportObligations(db: DbOrTx, f: ListFilter) {
  if (!f.roots.length) return [];
  const conditions = [
    eq(obligations.deliverableKind, 'period_report'),
    isNull(obligations.cancelledAt),
    or(...f.roots.map((p) => like(orgUnits.path, `${escapeLike(p)}%`))),
  ];
  if (f.planId) conditions.push(eq(obligations.planId, f.planId));
  if (f.periodKind) conditions.push(eq(obligations.periodKind, f.periodKind));
  if (f.periodYear) conditions.push(eq(obligations.periodYear, f.periodYear));
  if (f.subtreePath) conditions.push(like(orgUnits.path, `${escapeLike(f.subtreePath)}%`));
  return db
    .select({ obligation: obligations, unit: orgUnits, plan: plans, report: reports })
    .from(obligations)
    .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
    .innerJoin(plans, eq(plans.id, obligations.planId))
    .leftJoin(reports, eq(reports.obligationId, obligations.id))
    .where(and(...conditions))
    .orderBy(asc(obligations.dueDate), asc(orgUnits.code));
}

/** Does the actor's scope (given subtree roots) contain a unit owing a report under this plan? */
export async function planHasObligationIn(db: DbOrTx, planId: string, roots: string[]): Promise<boolean> {
  if (!roots.length) return false;
  const [row] = await db
    .select({ id: obligations.id })
    .from(obligations)
    .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
    .where(and(eq(obligations.planId, planId), or(...roots.map((p) => like(orgUnits.path, `${escapeLike(p)}%`)))))
    .limit(1);
  return !!row;
}

export async function filesByIds(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db.select().from(files).where(inArray(files.id, ids));
}
