// Turning a plan's milestones into obligations, against the org tree as it stands on each deadline.
import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import {
  deriveObligations,
  reconcileObligations,
  type Deliverable,
  type ExistingObligation,
  type Milestone,
  type OrgUnit,
  type PeriodKind,
} from '@dvcq/domain';
import type { DbOrTx } from '../../db/client.ts';
import { obligations, orgUnits, planMilestones } from '../../db/schema.ts';
import type { MilestoneRow, PlanRow } from './plans.repository.ts';

export function deliverableOf(m: Pick<MilestoneRow, 'deliverableKind' | 'periodKind' | 'periodYear' | 'title'>, year: number): Deliverable {
  switch (m.deliverableKind) {
    case 'period_report':
      return { kind: 'period_report', periodKind: (m.periodKind ?? 'Y') as PeriodKind, year: m.periodYear ?? year };
    case 'unit_plan':
      return { kind: 'unit_plan' };
    case 'self_assessment':
      return { kind: 'self_assessment' };
    default:
      return { kind: 'other', title: m.title };
  }
}

/** A milestone addresses units below the issuer (never the issuer itself) unless it names others. */
export function toDomainMilestone(m: MilestoneRow, plan: PlanRow): Milestone {
  const a = m.audience;
  return {
    id: m.id,
    deliverable: deliverableOf(m, plan.year),
    deadline: { due: m.dueDate, inclusive: m.inclusive, phrase: m.phrase },
    audience: {
      ...(a.unitKinds?.length ? { unitKinds: a.unitKinds as OrgUnit['kind'][] } : {}),
      ...(a.unitIds?.length ? { unitIds: a.unitIds } : {}),
      withinSubtreeOf: a.withinSubtreeOf ?? plan.issuerUnitId,
      excludeUnitIds: [...(a.excludeUnitIds ?? []), ...(a.unitIds?.includes(plan.issuerUnitId) ? [] : [plan.issuerUnitId])],
    },
  };
}

export async function allUnitsForDerivation(tx: DbOrTx): Promise<OrgUnit[]> {
  const rows = await tx.select({ id: orgUnits.id, parentId: orgUnits.parentId, kind: orgUnits.kind, validFrom: orgUnits.validFrom, validTo: orgUnits.validTo }).from(orgUnits);
  return rows.map((r) => ({ ...r, kind: r.kind as OrgUnit['kind'] }));
}

function obligationRow(plan: PlanRow, m: MilestoneRow, unitId: string) {
  return {
    id: randomUUID(),
    planId: plan.id,
    milestoneId: m.id,
    unitId,
    deliverableKind: m.deliverableKind,
    periodKind: m.periodKind,
    periodYear: m.deliverableKind === 'period_report' ? (m.periodYear ?? plan.year) : m.periodYear,
    dueDate: m.dueDate,
    inclusive: m.inclusive,
    phrase: m.phrase,
  };
}

/** Creates the obligations of a plan being published. Returns how many. */
export async function createObligationsForPlan(tx: DbOrTx, plan: PlanRow, now: Date): Promise<number> {
  const milestones = await tx.select().from(planMilestones).where(and(eq(planMilestones.planId, plan.id), isNull(planMilestones.cancelledAt)));
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const derived = deriveObligations(milestones.map((m) => toDomainMilestone(m, plan)), await allUnitsForDerivation(tx));
  const rows = derived.map((o) => ({ ...obligationRow(plan, byId.get(o.milestoneId)!, o.unitId), createdAt: now }));
  for (let i = 0; i < rows.length; i += 500) await tx.insert(obligations).values(rows.slice(i, i + 500));
  return rows.length;
}

/** After an amendment: create, cancel and reschedule so obligations follow the amended milestones. */
export async function reconcilePlanObligations(tx: DbOrTx, plan: PlanRow, now: Date, reason: string) {
  const milestones = await tx.select().from(planMilestones).where(eq(planMilestones.planId, plan.id));
  const active = milestones.filter((m) => !m.cancelledAt);
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const existingRows = await tx.select().from(obligations).where(eq(obligations.planId, plan.id));
  const existing: (ExistingObligation & { rowId: string })[] = existingRows.map((o) => {
    const m = byId.get(o.milestoneId)!;
    return {
      rowId: o.id,
      key: `${o.milestoneId}::${o.unitId}`,
      milestoneId: o.milestoneId,
      unitId: o.unitId,
      deliverable: deliverableOf({ deliverableKind: o.deliverableKind, periodKind: o.periodKind, periodYear: o.periodYear, title: m.title }, plan.year),
      deadline: { due: o.dueDate, inclusive: o.inclusive, phrase: o.phrase },
      firstSubmittedAt: o.firstSubmittedAt,
      cancelled: o.cancelledAt !== null,
    };
  });
  const desired = deriveObligations(active.map((m) => toDomainMilestone(m, plan)), await allUnitsForDerivation(tx));
  const result = reconcileObligations(existing, desired);
  const rowIdOf = (o: ExistingObligation) => (o as ExistingObligation & { rowId: string }).rowId;
  for (const c of result.toCancel) {
    await tx.update(obligations).set({ cancelledAt: now, cancelledReason: `${c.reason.message} (${reason})` }).where(eq(obligations.id, rowIdOf(c.obligation)));
  }
  for (const r of result.toReschedule) {
    const m = byId.get(r.obligation.milestoneId)!;
    await tx.update(obligations).set({ dueDate: r.to.due, inclusive: r.to.inclusive, phrase: m.phrase }).where(eq(obligations.id, rowIdOf(r.obligation)));
  }
  const fresh = [...result.toCreate, ...result.toReinstate].map((o) => ({ ...obligationRow(plan, byId.get(o.milestoneId)!, o.unitId), createdAt: now }));
  if (fresh.length) await tx.insert(obligations).values(fresh);
  return { created: fresh.length, cancelled: result.toCancel.length, rescheduled: result.toReschedule.length };
}
