// Turning a plan's milestones into obligations, against the org tree as it stands on each deadline.
// The rules are the domain's (deriveObligations, reconcileObligations); this file feeds them rows.
import { randomUUID } from 'node:crypto';
import {
  deriveObligations,
  reconcileObligations,
  type Deliverable,
  type ExistingObligation,
  type Milestone,
  type OrgUnit,
  type PeriodKind,
} from '@dvcq/domain';
import type { MilestoneRow, PlanRow, PlansRepository } from './plans.repository.ts';

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

function obligationRow(plan: PlanRow, m: MilestoneRow, unitId: string, now: Date) {
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
    createdAt: now,
  };
}

/** Creates the obligations of a plan being published. Returns how many. */
export async function createObligationsForPlan(tx: PlansRepository, plan: PlanRow, now: Date): Promise<number> {
  const milestones = await tx.milestonesOf(plan.id, { liveOnly: true });
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const derived = deriveObligations(
    milestones.map((m) => toDomainMilestone(m, plan)),
    await tx.org.treeForDerivation(),
  );
  const rows = derived.map((o) => obligationRow(plan, byId.get(o.milestoneId)!, o.unitId, now));
  await tx.obligations.insertMany(rows);
  return rows.length;
}

/** After an amendment: create, cancel and reschedule so obligations follow the amended milestones. */
export async function reconcilePlanObligations(tx: PlansRepository, plan: PlanRow, now: Date, reason: string) {
  const milestones = await tx.milestonesOf(plan.id);
  const active = milestones.filter((m) => !m.cancelledAt);
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const existing: (ExistingObligation & { rowId: string })[] = (await tx.obligations.ofPlan(plan.id)).map((o) => {
    const m = byId.get(o.milestoneId)!;
    return {
      rowId: o.id,
      key: `${o.milestoneId}::${o.unitId}`,
      milestoneId: o.milestoneId,
      unitId: o.unitId,
      deliverable: deliverableOf(
        { deliverableKind: o.deliverableKind, periodKind: o.periodKind, periodYear: o.periodYear, title: m.title },
        plan.year,
      ),
      deadline: { due: o.dueDate, inclusive: o.inclusive, phrase: o.phrase },
      firstSubmittedAt: o.firstSubmittedAt,
      cancelled: o.cancelledAt !== null,
    };
  });
  const desired = deriveObligations(
    active.map((m) => toDomainMilestone(m, plan)),
    await tx.org.treeForDerivation(),
  );
  const result = reconcileObligations(existing, desired);
  const rowIdOf = (o: ExistingObligation) => (o as ExistingObligation & { rowId: string }).rowId;
  for (const c of result.toCancel) {
    await tx.obligations.update(rowIdOf(c.obligation), { cancelledAt: now, cancelledReason: `${c.reason.message} (${reason})` });
  }
  for (const r of result.toReschedule) {
    const m = byId.get(r.obligation.milestoneId)!;
    await tx.obligations.update(rowIdOf(r.obligation), { dueDate: r.to.due, inclusive: r.to.inclusive, phrase: m.phrase });
  }
  const fresh = [...result.toCreate, ...result.toReinstate].map((o) => obligationRow(plan, byId.get(o.milestoneId)!, o.unitId, now));
  await tx.obligations.insertMany(fresh);
  return { created: fresh.length, cancelled: result.toCancel.length, rescheduled: result.toReschedule.length };
}
