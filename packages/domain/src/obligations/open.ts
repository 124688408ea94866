// The one meaning of an "open" obligation: the unit still owes the deliverable. Reminders chase open
// obligations, "what my unit owes next" lists them and the obligations list filters on them; the
// server's SQL condition for it (openObligation() in obligations.repository.ts) is tested against `isObligationOpen`.
import type { ComplianceStatus } from '../compliance/status.ts';

export interface ObligationOpenState {
  cancelledAt?: Date | null;
  exemptReason?: string | null;
  firstSubmittedAt?: Date | null;
}

/** Open: not cancelled by an amendment, not exempted, and nothing submitted yet. */
export function isObligationOpen(o: ObligationOpenState): boolean {
  return !o.cancelledAt && !o.exemptReason && !o.firstSubmittedAt;
}

/** The compliance statuses of an open obligation: still owed, whether due or not. */
export const OPEN_COMPLIANCE_STATUSES: ReadonlySet<ComplianceStatus> = new Set<ComplianceStatus>(['not_due', 'due_soon', 'overdue']);

export function isOpenComplianceStatus(status: ComplianceStatus): boolean {
  return OPEN_COMPLIANCE_STATUSES.has(status);
}
