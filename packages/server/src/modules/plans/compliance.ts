// Compliance computed live from obligations: no nightly job, so what a coordinator sees is what units
// have done up to the chosen moment. "As of" a past date ignores submissions made after it.
import { COMPLIANCE_STATUS_LABELS, complianceStatus, describeDeadline, summariseCompliance, type ComplianceEntry } from '@dvcq/domain';
import type { PlanComplianceDto, UnitKind } from '@dvcq/shared';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { planMilestones } from '../../db/schema.ts';
import { obligationsOfPlan, type PlanRow } from './plans.repository.ts';

type ObligationRow = Awaited<ReturnType<typeof obligationsOfPlan>>[number]['obligation'];

export function statusOf(o: ObligationRow, asOf: Date) {
  return complianceStatus(
    {
      deadline: { due: o.dueDate, inclusive: o.inclusive, phrase: o.phrase },
      firstSubmittedAt: o.firstSubmittedAt,
      exemption: o.exemptReason ? { reason: o.exemptReason, ...(o.exemptedAt ? { grantedAt: o.exemptedAt } : {}) } : null,
    },
    asOf,
  );
}


export async function planCompliance(db: DbOrTx, plan: PlanRow, asOf: Date, unitKind: UnitKind | null): Promise<PlanComplianceDto> {
  const [milestones, rows] = await Promise.all([
    db.select().from(planMilestones).where(eq(planMilestones.planId, plan.id)).orderBy(asc(planMilestones.position)),
    obligationsOfPlan(db, plan.id),
  ]);
  // Obligations created after the as-of moment did not exist yet (e.g. units added later).
  const relevant = rows.filter((r) => (!unitKind || r.unitKind === unitKind) && r.obligation.createdAt.getTime() <= asOf.getTime());
  const judged = relevant.map((r) => ({ ...r, assessment: statusOf(r.obligation, asOf) }));
  const entries: ComplianceEntry[] = judged.map((r) => ({ unitId: r.obligation.unitId, milestoneId: r.obligation.milestoneId, status: r.assessment.status }));
  const summary = summariseCompliance(entries);
  const empty = summariseCompliance([]).overall;
  return {
    planId: plan.id,
    asOf: asOf.toISOString(),
    unitKind,
    overall: summary.overall,
    milestones: milestones
      .filter((m) => !m.cancelledAt)
      .map((m) => ({
        milestoneId: m.id,
        title: m.title,
        deadlineText: describeDeadline({ due: m.dueDate, inclusive: m.inclusive }),
        dueDate: m.dueDate,
        tally: summary.byMilestone[m.id] ?? empty,
        units: judged
          .filter((r) => r.obligation.milestoneId === m.id)
          .map((r) => ({
            obligationId: r.obligation.id,
            unitId: r.obligation.unitId,
            unitName: r.unitName,
            unitKind: r.unitKind as UnitKind,
            status: r.assessment.status,
            statusLabel: COMPLIANCE_STATUS_LABELS[r.assessment.status],
            firstSubmittedAt: r.obligation.firstSubmittedAt && r.obligation.firstSubmittedAt <= asOf ? r.obligation.firstSubmittedAt.toISOString() : null,
            exemptReason: r.assessment.exemptionReason,
          })),
      })),
  };
}
