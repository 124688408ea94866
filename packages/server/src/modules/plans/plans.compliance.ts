// Compliance computed live from obligations: no nightly job, so what a coordinator sees is what units
// have done up to the chosen moment. "As of" a past date ignores submissions made after it. Pure: the
// use case loads the rows.
import { COMPLIANCE_STATUS_LABELS, complianceStatus, describeDeadline, summariseCompliance, type ComplianceEntry } from '@dvcq/domain';
import type { PlanComplianceDto, UnitKind } from '@dvcq/shared';
import type { ObligationRow } from '../obligations/obligations.repository.ts';
import type { MilestoneRow, PlanRow } from './plans.repository.ts';

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

/** A plan's compliance at `asOf` from its milestones (in order) and live obligations with their units. */
export function planCompliance(
  plan: PlanRow,
  milestones: readonly MilestoneRow[],
  rows: readonly { obligation: ObligationRow; unitName: string; unitKind: string }[],
  asOf: Date,
  unitKind: UnitKind | null,
): PlanComplianceDto {
  // Obligations created after the as-of moment did not exist yet (e.g. units added later).
  const relevant = rows.filter((r) => (!unitKind || r.unitKind === unitKind) && r.obligation.createdAt.getTime() <= asOf.getTime());
  const judged = relevant.map((r) => ({ ...r, assessment: statusOf(r.obligation, asOf) }));
  const entries: ComplianceEntry[] = judged.map((r) => ({
    unitId: r.obligation.unitId,
    milestoneId: r.obligation.milestoneId,
    status: r.assessment.status,
  }));
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
            firstSubmittedAt:
              r.obligation.firstSubmittedAt && r.obligation.firstSubmittedAt <= asOf ? r.obligation.firstSubmittedAt.toISOString() : null,
            exemptReason: r.assessment.exemptionReason,
          })),
      })),
  };
}
