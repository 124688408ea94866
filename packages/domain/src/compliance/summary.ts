// Completeness and timeliness, per deadline (milestone) and per unit.
import type { ComplianceStatus } from './status.ts';

export interface ComplianceEntry {
  unitId: string;
  milestoneId: string;
  status: ComplianceStatus;
}

export interface ComplianceTally {
  /** All obligations except exempt ones (including those not yet due). */
  owed: number;
  /** submittedOnTime + submittedLate. */
  submitted: number;
  onTime: number;
  late: number;
  overdue: number;
  /** Not submitted and still within the deadline (not_due + due_soon). */
  pending: number;
  exempt: number;
  /** submitted / owed; null when nothing is owed (never NaN). Always within [0, 1]. */
  completenessRate: number | null;
  /** onTime / owed; null when nothing is owed. Always ≤ completenessRate. */
  timelinessRate: number | null;
}

export interface ComplianceSummary {
  overall: ComplianceTally;
  byMilestone: Record<string, ComplianceTally>;
  byUnit: Record<string, ComplianceTally>;
}

interface Counts {
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
  exempt: number;
}

const zero = (): Counts => ({ onTime: 0, late: 0, overdue: 0, pending: 0, exempt: 0 });

function add(c: Counts, status: ComplianceStatus, n = 1): void {
  switch (status) {
    case 'submitted_on_time':
      c.onTime += n;
      break;
    case 'submitted_late':
      c.late += n;
      break;
    case 'overdue':
      c.overdue += n;
      break;
    case 'not_due':
    case 'due_soon':
      c.pending += n;
      break;
    case 'exempt':
      c.exempt += n;
      break;
  }
}

function toTally(c: Counts): ComplianceTally {
  const submitted = c.onTime + c.late;
  const owed = submitted + c.overdue + c.pending;
  return {
    owed,
    submitted,
    onTime: c.onTime,
    late: c.late,
    overdue: c.overdue,
    pending: c.pending,
    exempt: c.exempt,
    completenessRate: owed === 0 ? null : submitted / owed,
    timelinessRate: owed === 0 ? null : c.onTime / owed,
  };
}

/**
 * The tally from counts per status — the same arithmetic as `summariseCompliance`, for counts already
 * grouped elsewhere (the database groups a plan's obligations by status; this stays the one home of
 * what "owed", "submitted" and the rates mean). Missing statuses count zero.
 */
export function tallyFromCounts(counts: Partial<Readonly<Record<ComplianceStatus, number>>>): ComplianceTally {
  const c = zero();
  for (const [status, n] of Object.entries(counts) as [ComplianceStatus, number][]) add(c, status, n);
  return toTally(c);
}

/**
 * Tallies statuses (usually from `complianceStatus` at one asOf). Before a deadline has passed,
 * pending obligations count as owed, so a deadline's completeness reads as "progress so far"; to rate
 * units only on what has fallen due, pass only entries whose milestones are due by asOf.
 * Each (unit, milestone) pair should appear once; duplicates would be counted twice.
 */
export function summariseCompliance(entries: readonly ComplianceEntry[]): ComplianceSummary {
  const overall = zero();
  const byMilestone = new Map<string, Counts>();
  const byUnit = new Map<string, Counts>();
  for (const e of entries) {
    add(overall, e.status);
    let m = byMilestone.get(e.milestoneId);
    if (!m) byMilestone.set(e.milestoneId, (m = zero()));
    add(m, e.status);
    let u = byUnit.get(e.unitId);
    if (!u) byUnit.set(e.unitId, (u = zero()));
    add(u, e.status);
  }
  const toRecord = (map: Map<string, Counts>): Record<string, ComplianceTally> =>
    Object.fromEntries([...map].map(([k, v]) => [k, toTally(v)]));
  return { overall: toTally(overall), byMilestone: toRecord(byMilestone), byUnit: toRecord(byUnit) };
}

/**
 * Timeliness among what has fallen due: on time / (submitted + overdue), leaving out obligations still
 * pending before their deadline, so a unit is not rated down for what it does not owe yet. null when
 * nothing has fallen due. (`timelinessRate` instead counts pending ones as owed: progress so far.)
 */
export function timelinessOfFallenDue(tally: Pick<ComplianceTally, 'onTime' | 'late' | 'overdue'>): number | null {
  const judged = tally.onTime + tally.late + tally.overdue;
  return judged === 0 ? null : tally.onTime / judged;
}
