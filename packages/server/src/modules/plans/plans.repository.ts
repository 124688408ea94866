import { and, asc, desc, eq, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  obligations,
  orgUnits,
  planActivities,
  planAmendments,
  planContentAreas,
  planMilestones,
  plans,
  planTargets,
  users,
} from '../../db/schema.ts';
import { escapeLike, fold } from '../../text.ts';

export type PlanRow = typeof plans.$inferSelect;
export type MilestoneRow = typeof planMilestones.$inferSelect;

export async function findPlan(db: DbOrTx, id: string): Promise<PlanRow | null> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id)).limit(1);
  return row ?? null;
}

export async function loadPlanParts(db: DbOrTx, planId: string) {
  const [contentAreas, targets, activities, milestones, amendments] = await Promise.all([
    db.select().from(planContentAreas).where(eq(planContentAreas.planId, planId)).orderBy(asc(planContentAreas.position)),
    db.select().from(planTargets).where(eq(planTargets.planId, planId)).orderBy(asc(planTargets.position)),
    db
      .select({ activity: planActivities, leadUnitName: orgUnits.name })
      .from(planActivities)
      .leftJoin(orgUnits, eq(orgUnits.id, planActivities.leadUnitId))
      .where(eq(planActivities.planId, planId))
      .orderBy(asc(planActivities.position)),
    db.select().from(planMilestones).where(eq(planMilestones.planId, planId)).orderBy(asc(planMilestones.position)),
    db
      .select({ amendment: planAmendments, createdBy: users.fullName })
      .from(planAmendments)
      .leftJoin(users, eq(users.id, planAmendments.createdBy))
      .where(eq(planAmendments.planId, planId))
      .orderBy(asc(planAmendments.number)),
  ]);
  return { contentAreas, targets, activities, milestones, amendments };
}

/** Plans issued inside the given subtrees, or by units above them. */
export async function searchPlans(
  db: DbOrTx,
  q: { roots: string[]; ancestorIds: string[]; text?: string | null; year?: number; status?: string; issuerUnitId?: string; limit: number; offset: number },
) {
  if (!q.roots.length) return [];
  const scope = or(...q.roots.map((p) => like(orgUnits.path, `${escapeLike(p)}%`)), ...(q.ancestorIds.length ? [inArray(orgUnits.id, q.ancestorIds)] : []));
  const conditions: (SQL | undefined)[] = [scope];
  if (q.text) {
    const folded = `%${escapeLike(fold(q.text))}%`;
    conditions.push(or(like(plans.searchText, folded), like(orgUnits.searchText, folded)));
  }
  if (q.year) conditions.push(eq(plans.year, q.year));
  if (q.status) conditions.push(eq(plans.status, q.status));
  if (q.issuerUnitId) conditions.push(eq(plans.issuerUnitId, q.issuerUnitId));
  return db
    .select({ plan: plans, issuerName: orgUnits.name, issuerPath: orgUnits.path })
    .from(plans)
    .innerJoin(orgUnits, eq(orgUnits.id, plans.issuerUnitId))
    .where(and(...conditions))
    .orderBy(desc(plans.year), asc(orgUnits.depth), desc(plans.updatedAt))
    .limit(q.limit)
    .offset(q.offset);
}

export async function obligationsOfPlan(db: DbOrTx, planId: string) {
  return db
    .select({ obligation: obligations, unitName: orgUnits.name, unitKind: orgUnits.kind })
    .from(obligations)
    .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
    .where(and(eq(obligations.planId, planId), isNull(obligations.cancelledAt)))
    .orderBy(asc(obligations.dueDate), asc(orgUnits.depth), asc(orgUnits.name));
}

export async function derivedPlanFor(db: DbOrTx, obligationId: string): Promise<PlanRow | null> {
  const [row] = await db.select().from(plans).where(eq(plans.obligationId, obligationId)).limit(1);
  return row ?? null;
}

export async function numberTaken(db: DbOrTx, plan: { id: string; issuerUnitId: string; year: number }, number: string): Promise<boolean> {
  const rows = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.issuerUnitId, plan.issuerUnitId), eq(plans.year, plan.year), sql`lower(${plans.number}) = lower(${number})`, sql`${plans.id} <> ${plan.id}`));
  return rows.length > 0;
}
