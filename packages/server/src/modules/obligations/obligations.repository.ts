// SQL of obligations: what each unit owes under each published plan (one row per unit × milestone),
// and when it was first and last submitted.
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { defineRepository } from '../../db/repository.ts';
import { obligations, orgUnits, planMilestones, plans } from '../../db/schema.ts';
import { unitInSubtrees } from '../../db/subtree.ts';
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
  deliverableKind?: string | undefined;
  /** Only what the unit still owes (`openObligation()`). */
  openOnly: boolean;
  limit: number;
}

/**
 * The SQL form of the domain's `isObligationOpen` — the unit still owes it: not cancelled, not
 * exempted, nothing submitted. Every query for open obligations uses this condition.
 */
export function openObligation(): SQL {
  return and(isNull(obligations.cancelledAt), isNull(obligations.exemptReason), isNull(obligations.firstSubmittedAt))!;
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

  /** Live obligations with their unit, plan and milestone, soonest first. */
  async search(f: ObligationFilter) {
    const conditions: SQL[] = [isNull(obligations.cancelledAt)];
    conditions.push(f.unitId ? eq(obligations.unitId, f.unitId) : unitInSubtrees(obligations.unitId, f.subtrees));
    if (f.planId) conditions.push(eq(obligations.planId, f.planId));
    if (f.deliverableKind) conditions.push(eq(obligations.deliverableKind, f.deliverableKind));
    if (f.openOnly) conditions.push(openObligation());
    return db
      .select({
        o: obligations,
        unitName: orgUnits.name,
        unitKind: orgUnits.kind,
        planTitle: plans.title,
        planNumber: plans.number,
        milestoneTitle: planMilestones.title,
        derivedPlanId: sql<string | null>`(select p2.id from plans p2 where p2.obligation_id = ${obligations.id} limit 1)`,
      })
      .from(obligations)
      .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
      .innerJoin(plans, eq(plans.id, obligations.planId))
      .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
      .where(and(...conditions))
      .orderBy(asc(obligations.dueDate), asc(orgUnits.name))
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

  /** Live obligations of a plan with their units, by deadline then unit (compliance). */
  async liveOfPlanWithUnits(planId: string) {
    return db
      .select({ obligation: obligations, unitName: orgUnits.name, unitKind: orgUnits.kind })
      .from(obligations)
      .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
      .where(and(eq(obligations.planId, planId), isNull(obligations.cancelledAt)))
      .orderBy(asc(obligations.dueDate), asc(orgUnits.depth), asc(orgUnits.name));
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
