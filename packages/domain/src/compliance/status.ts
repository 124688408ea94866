// Status of one obligation as of a given instant. Everything is a function of (obligation, asOf), so
// "how did compliance look on 1 June" is reproducible later: submissions and exemptions recorded after
// asOf are ignored.
import { PROVINCE_TIME_ZONE } from '../calendar/local-date.ts';
import { daysUntil, type Deadline } from '../deadlines/deadline.ts';
import { submissionTimeliness } from './submission.ts';

export type ComplianceStatus = 'not_due' | 'due_soon' | 'submitted_on_time' | 'submitted_late' | 'overdue' | 'exempt';

export const COMPLIANCE_STATUSES: readonly ComplianceStatus[] = [
  'not_due',
  'due_soon',
  'submitted_on_time',
  'submitted_late',
  'overdue',
  'exempt',
];

export const COMPLIANCE_STATUS_LABELS: Readonly<Record<ComplianceStatus, string>> = {
  not_due: 'Chưa đến hạn',
  due_soon: 'Sắp đến hạn',
  submitted_on_time: 'Nộp đúng hạn',
  submitted_late: 'Nộp muộn',
  overdue: 'Quá hạn',
  exempt: 'Miễn',
};

export interface Exemption {
  /** Why the unit does not owe this (shown next to "Miễn"). */
  reason: string;
  /** When it was granted; if later than asOf it does not apply yet. Omitted: always applies. */
  grantedAt?: Date;
}

export interface ObligationForCompliance {
  deadline: Deadline;
  /** First submission (later resubmissions after a return do not change timeliness). */
  firstSubmittedAt?: Date | null;
  exemption?: Exemption | null;
}

export interface ComplianceOptions {
  timeZone?: string;
  /** "Due soon" when the last allowed day is at most this many days away (0 = today). Default 7. */
  dueSoonDays?: number;
}

export interface ComplianceAssessment {
  status: ComplianceStatus;
  /** Province calendar days from asOf to the last allowed day (negative once it has passed). */
  daysUntilDue: number;
  /** Only set when status is 'exempt'. */
  exemptionReason: string | null;
}

export const DEFAULT_DUE_SOON_DAYS = 7;

/**
 * Exemption wins over everything (an exempt unit is not owed, even if it sent something). Otherwise a
 * first submission at or before asOf is judged on time or late against the deadline; without one the
 * obligation is overdue after the last allowed day, due soon within `dueSoonDays`, else not due.
 */
export function complianceStatus(obligation: ObligationForCompliance, asOf: Date, options: ComplianceOptions = {}): ComplianceAssessment {
  const timeZone = options.timeZone ?? PROVINCE_TIME_ZONE;
  const dueSoonDays = options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const daysUntilDue = daysUntil(obligation.deadline, asOf, timeZone);
  const ex = obligation.exemption;
  if (ex && (ex.grantedAt === undefined || ex.grantedAt.getTime() <= asOf.getTime())) {
    return { status: 'exempt', daysUntilDue, exemptionReason: ex.reason };
  }
  const timeliness = submissionTimeliness(obligation.deadline, obligation.firstSubmittedAt, { asOf, timeZone });
  let status: ComplianceStatus;
  if (timeliness) {
    status = timeliness === 'on_time' ? 'submitted_on_time' : 'submitted_late';
  } else if (daysUntilDue < 0) {
    status = 'overdue';
  } else if (daysUntilDue <= dueSoonDays) {
    status = 'due_soon';
  } else {
    status = 'not_due';
  }
  return { status, daysUntilDue, exemptionReason: null };
}
