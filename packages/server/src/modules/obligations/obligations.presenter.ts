import { COMPLIANCE_STATUS_LABELS, describeDeadline, lastAllowedDay, type ComplianceAssessment } from '@dvcq/domain';
import type { ObligationDto, UnitKind } from '@dvcq/shared';
import type { ObligationRow } from './obligations.repository.ts';

export interface ObligationDetails {
  unitName: string;
  unitKind: string;
  planTitle: string;
  planNumber: string | null;
  milestoneTitle: string;
  derivedPlanId: string | null;
}

/** The obligation columns the list shows (the repository selects only these). */
export type ListedObligation = Pick<
  ObligationRow,
  | 'id'
  | 'planId'
  | 'milestoneId'
  | 'unitId'
  | 'deliverableKind'
  | 'periodKind'
  | 'periodYear'
  | 'dueDate'
  | 'inclusive'
  | 'phrase'
  | 'firstSubmittedAt'
  | 'submissionType'
  | 'submissionId'
  | 'exemptReason'
>;

export function presentObligation(o: ListedObligation, r: ObligationDetails, s: ComplianceAssessment): ObligationDto {
  const deadline = { due: o.dueDate, inclusive: o.inclusive, phrase: o.phrase };
  return {
    id: o.id,
    planId: o.planId,
    planTitle: r.planTitle,
    planNumber: r.planNumber,
    milestoneId: o.milestoneId,
    milestoneTitle: r.milestoneTitle,
    unitId: o.unitId,
    unitName: r.unitName,
    unitKind: r.unitKind as UnitKind,
    deliverableKind: o.deliverableKind as 'other',
    periodKind: o.periodKind,
    periodYear: o.periodYear,
    dueDate: o.dueDate,
    inclusive: o.inclusive,
    phrase: o.phrase,
    lastAllowedDay: lastAllowedDay(deadline),
    deadlineText: describeDeadline(deadline),
    status: s.status,
    statusLabel: COMPLIANCE_STATUS_LABELS[s.status],
    daysUntilDue: s.daysUntilDue,
    firstSubmittedAt: o.firstSubmittedAt?.toISOString() ?? null,
    submissionType: o.submissionType,
    submissionId: o.submissionId,
    exemptReason: o.exemptReason,
    derivedPlanId: r.derivedPlanId ?? null,
  };
}
