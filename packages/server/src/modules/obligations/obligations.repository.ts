// SQL of obligations: what each unit owes under each published plan (one row per unit × milestone),
// and when it was first and last submitted.
import { and, asc, eq, inArray, isNull, like, sql, type SQL } from 'drizzle-orm';
import { DEFAULT_DUE_SOON_DAYS, PROVINCE_TIME_ZONE, localDateInProvince, type ComplianceStatus } from '@dvcq/domain';
import { defineRepository } from '../../db/repository.ts';
import { containsPattern } from '../../db/like.ts';
import { obligations, orgUnits, planMilestones, plans } from '../../db/schema.ts';
import { unitInSubtrees } from '../../db/subtree.ts';
import { fold } from '../../text.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createOrgRepository } from '../org/org.repository.ts';

export type ObligationRow = typeof obligations.$inferSelect;
export type NewObligationRow = typeof obligations.$inferInsert;
export type DeliverableKind = 'unit_plan' | 'period_report' | 'self_assessment' | 'other';

export interface ObligationFilter {
  /** One unit, or every unit inside these subtrees. */
  unitId?: string | undefined;
  subtrees: readonly string[];
  planId?: string | undefined;
  milestoneId?: string | undefined;
  deliverableKind?: string | undefined;
  /** Only what the unit still owes (`openObligation()`). */
  openOnly: boolean;
  /** Only lines with this status at `asOf` (complianceStatusSql). */
  status?: { is: ComplianceStatus; asOf: Date } | undefined;
  /** Accent-insensitive search in the unit's name and code. */
  q?: string | undefined;
  /** Keyset: the id of the last line of the previous page (order: due date, unit name, id). */
  after?: string | undefined;
  limit: number;
}

/**
 * The SQL form of the domain's `isObligationOpen` — the unit still owes it: not cancelled, not
 * exempted, nothing submitted. Every query for open obligations uses this condition.
 */
export function openObligation(): SQL {
  return and(isNull(obligations.cancelledAt), isNull(obligations.exemptReason), isNull(obligations.firstSubmittedAt))!;
}

/**
 * The SQL form of the domain's `complianceStatus(obligation, asOf)` (default options: province time
 * zone, "due soon" within DEFAULT_DUE_SOON_DAYS days) — the domain function is the reference, and
 * compliance-sql.db.test.ts checks both agree on a generated set. Exemption granted by asOf wins; then a
 * first submission by asOf is on time when its province calendar day is no later than the last allowed
 * day ("trước ngày X": X − 1); otherwise overdue, due soon or not due by days from asOf's province day.
 */
export function complianceStatusSql(asOf: Date): SQL<ComplianceStatus> {
  const at = asOf.toISOString();
  const today = localDateInProvince(asOf);
  const lastAllowed = sql`(case when ${obligations.inclusive} then ${obligations.dueDate} else ${obligations.dueDate} - 1 end)`;
  return sql<ComplianceStatus>`(case
    when ${obligations.exemptReason} is not null and (${obligations.exemptedAt} is null or ${obligations.exemptedAt} <= ${at}::timestamptz) then 'exempt'
    when ${obligations.firstSubmittedAt} <= ${at}::timestamptz then
      case when (${obligations.firstSubmittedAt} at time zone ${PROVINCE_TIME_ZONE})::date <= ${lastAllowed} then 'submitted_on_time' else 'submitted_late' end
    when ${lastAllowed} < ${today}::date then 'overdue'
    when ${lastAllowed} - ${today}::date <= ${DEFAULT_DUE_SOON_DAYS} then 'due_soon'
    else 'not_due' end)`;
}

/** Which of a plan's live obligations a compliance view covers at `asOf`. */
export interface ComplianceScope {
  planId: string;
  asOf: Date;
  unitKind?: string | null | undefined;
  /** Only units inside these subtrees (materialised paths); undefined = the whole plan. */
  subtrees?: readonly string[] | undefined;
}

/** One page of per-unit compliance: filters, and the keyset of the last row seen. */
export interface CompliancePageFilter extends ComplianceScope {
  milestoneId?: string | undefined;
  status?: ComplianceStatus | undefined;
  /** Accent-insensitive search in the unit's name and code. */
  q?: string | undefined;
  /** (due date, milestone id, unit depth, unit name, obligation id) of the last row of the previous page. */
  after?: readonly [string, string, number, string, string] | null | undefined;
  limit: number;
}

function complianceConditions(f: ComplianceScope): SQL[] {
  const conditions: SQL[] = [
    eq(obligations.planId, f.planId),
    isNull(obligations.cancelledAt),
    // Obligations created after the as-of moment did not exist yet (e.g. units added later).
    sql`${obligations.createdAt} <= ${f.asOf.toISOString()}::timestamptz`,
  ];
  if (f.unitKind) conditions.push(eq(orgUnits.kind, f.unitKind));
  if (f.subtrees) conditions.push(unitInSubtrees(obligations.unitId, f.subtrees));
  return conditions;
}

export const createObligationsRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),
  org: createOrgRepository(db),

  async get(id: string): Promise<ObligationRow | null> {
    const [row] = await db.select().from(obligations).where(eq(obligations.id, id)).limit(1);
    return row ?? null;
  },

  async byIds(ids: readonly string[]): Promise<ObligationRow[]> {
    const unique = [...new Set(ids.filter(Boolean))];
    if (!unique.length) return [];
    return db.select().from(obligations).where(inArray(obligations.id, unique));
  },

  async update(id: string, changes: Partial<NewObligationRow>): Promise<void> {
    await db.update(obligations).set(changes).where(eq(obligations.id, id));
  },

  async insertMany(rows: readonly NewObligationRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) await db.insert(obligations).values(rows.slice(i, i + 500));
  },

  /**
   * One page of live obligations with their unit, plan and milestone, soonest first (due date, unit
   * name, id), filtered in SQL. Only the columns the list shows; the derived plan is looked up for unit
   * plans only.
   */
  async search(f: ObligationFilter) {
    const conditions: SQL[] = [isNull(obligations.cancelledAt)];
    conditions.push(f.unitId ? eq(obligations.unitId, f.unitId) : unitInSubtrees(obligations.unitId, f.subtrees));
    if (f.planId) conditions.push(eq(obligations.planId, f.planId));
    if (f.milestoneId) conditions.push(eq(obligations.milestoneId, f.milestoneId));
    if (f.deliverableKind) conditions.push(eq(obligations.deliverableKind, f.deliverableKind));
    if (f.openOnly) conditions.push(openObligation());
    if (f.status) conditions.push(sql`${complianceStatusSql(f.status.asOf)} = ${f.status.is}`);
    if (f.q) conditions.push(like(orgUnits.searchText, containsPattern(fold(f.q))));
    if (f.after) {
      conditions.push(
        sql`(${obligations.dueDate}, ${orgUnits.name}, ${obligations.id}) > (select a.due_date, au.name, a.id from obligations a join org_units au on au.id = a.unit_id where a.id = ${f.after}::uuid)`,
      );
    }
    return db
      .select({
        o: {
          id: obligations.id,
          planId: obligations.planId,
          milestoneId: obligations.milestoneId,
          unitId: obligations.unitId,
          deliverableKind: obligations.deliverableKind,
          periodKind: obligations.periodKind,
          periodYear: obligations.periodYear,
          dueDate: obligations.dueDate,
          inclusive: obligations.inclusive,
          phrase: obligations.phrase,
          firstSubmittedAt: obligations.firstSubmittedAt,
          submissionType: obligations.submissionType,
          submissionId: obligations.submissionId,
          exemptReason: obligations.exemptReason,
          exemptedAt: obligations.exemptedAt,
        },
        unitName: orgUnits.name,
        unitKind: orgUnits.kind,
        planTitle: plans.title,
        planNumber: plans.number,
        milestoneTitle: planMilestones.title,
        derivedPlanId: sql<
          string | null
        >`(case when ${obligations.deliverableKind} = 'unit_plan' then (select p2.id from plans p2 where p2.obligation_id = ${obligations.id} limit 1) end)`,
      })
      .from(obligations)
      .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
      .innerJoin(plans, eq(plans.id, obligations.planId))
      .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
      .where(and(...conditions))
      .orderBy(asc(obligations.dueDate), asc(orgUnits.name), asc(obligations.id))
      .limit(f.limit);
  },

  /** An obligation with the unit that issued its plan (who may excuse it). */
  async withIssuer(id: string): Promise<{ o: ObligationRow; issuerUnitId: string } | null> {
    const [row] = await db
      .select({ o: obligations, issuerUnitId: plans.issuerUnitId })
      .from(obligations)
      .innerJoin(plans, eq(plans.id, obligations.planId))
      .where(eq(obligations.id, id));
    return row ?? null;
  },

  /** Every obligation of a plan, cancelled ones included (reconciling an amendment). */
  async ofPlan(planId: string): Promise<ObligationRow[]> {
    return db.select().from(obligations).where(eq(obligations.planId, planId));
  },

  /** Counts of a plan's live obligations by deadline, unit kind and status at `asOf` (aggregated in SQL). */
  async complianceCounts(f: ComplianceScope): Promise<{ milestoneId: string; unitKind: string; status: ComplianceStatus; n: number }[]> {
    const status = complianceStatusSql(f.asOf);
    return (
      db
        .select({ milestoneId: obligations.milestoneId, unitKind: orgUnits.kind, status, n: sql<number>`count(*)::int` })
        .from(obligations)
        .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
        .where(and(...complianceConditions(f)))
        // By position: the status expression carries bound parameters, so repeating it would not match the select list.
        .groupBy(sql`1`, sql`2`, sql`3`)
    );
  },

  /**
   * One page of a plan's per-unit compliance at `asOf`, in the order deadline, unit depth (the higher
   * levels first), unit name, id; the
   * status is judged in SQL, so filtering by status pages correctly. `limit` rows at most.
   */
  async compliancePage(f: CompliancePageFilter) {
    const status = complianceStatusSql(f.asOf);
    const conditions = complianceConditions(f);
    if (f.milestoneId) conditions.push(eq(obligations.milestoneId, f.milestoneId));
    if (f.status) conditions.push(sql`${status} = ${f.status}`);
    if (f.q) conditions.push(like(orgUnits.searchText, containsPattern(fold(f.q))));
    if (f.after) {
      const [due, milestoneId, depth, name, id] = f.after;
      conditions.push(
        sql`(${obligations.dueDate}, ${obligations.milestoneId}, ${orgUnits.depth}, ${orgUnits.name}, ${obligations.id}) > (${due}::date, ${milestoneId}::uuid, ${depth}::int, ${name}, ${id}::uuid)`,
      );
    }
    return db
      .select({
        obligationId: obligations.id,
        milestoneId: obligations.milestoneId,
        dueDate: obligations.dueDate,
        unitId: obligations.unitId,
        unitName: orgUnits.name,
        unitCode: orgUnits.code,
        unitKind: orgUnits.kind,
        unitDepth: orgUnits.depth,
        status,
        firstSubmittedAt: obligations.firstSubmittedAt,
        exemptReason: obligations.exemptReason,
      })
      .from(obligations)
      .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
      .where(and(...conditions))
      .orderBy(asc(obligations.dueDate), asc(obligations.milestoneId), asc(orgUnits.depth), asc(orgUnits.name), asc(obligations.id))
      .limit(f.limit);
  },

  /** Live obligations a unit owes under a plan, optionally of one kind. */
  async liveOfUnitUnderPlan(planId: string, unitId: string, kind?: DeliverableKind): Promise<ObligationRow[]> {
    return db
      .select()
      .from(obligations)
      .where(
        and(
          eq(obligations.planId, planId),
          eq(obligations.unitId, unitId),
          isNull(obligations.cancelledAt),
          ...(kind ? [eq(obligations.deliverableKind, kind)] : []),
        ),
      );
  },

  /** The unit's live self-assessment obligations, with the year of their plan. */
  async selfAssessmentsOf(unitId: string): Promise<{ o: ObligationRow; planYear: number }[]> {
    return db
      .select({ o: obligations, planYear: plans.year })
      .from(obligations)
      .innerJoin(plans, eq(plans.id, obligations.planId))
      .where(and(eq(obligations.unitId, unitId), eq(obligations.deliverableKind, 'self_assessment'), isNull(obligations.cancelledAt)));
  },

  /** Unit-plan obligations of a plan not yet submitted, with the owing unit's code (demo data). */
  async unsubmittedUnitPlans(planId: string): Promise<{ o: ObligationRow; code: string }[]> {
    return db
      .select({ o: obligations, code: orgUnits.code })
      .from(obligations)
      .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
      .where(and(eq(obligations.planId, planId), eq(obligations.deliverableKind, 'unit_plan'), isNull(obligations.firstSubmittedAt)));
  },
}));

export type ObligationsRepository = ReturnType<typeof createObligationsRepository>;
