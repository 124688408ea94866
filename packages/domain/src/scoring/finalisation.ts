// Checks before the coordinator closes the appraisal of a unit, issues the ranking decision, or puts a
// scorecard version in force. Pure: the server loads the rows, these say what is still missing and
// how to word it.
import type { ScorecardNode } from './types.ts';

/** Applicable leaves of a unit group (a group node not applicable hides its whole subtree). */
export function applicableLeavesOf(nodes: readonly ScorecardNode[], group: string): ScorecardNode[] {
  const out: ScorecardNode[] = [];
  const visit = (n: ScorecardNode) => {
    if (n.applicableGroups !== undefined && !n.applicableGroups.includes(group)) return;
    if ((n.children ?? []).length) n.children!.forEach(visit);
    else out.push(n);
  };
  nodes.forEach(visit);
  return out;
}

export interface FinalisationCheck {
  /** Applicable criteria no appraising agency has looked at. */
  open: string[];
  /** Open criteria without the coordinator's reason (finalising is refused while any remain). */
  missingReasons: string[];
  /** Reasons given for criteria that are not open (already appraised or unknown): ignored, reported. */
  needless: string[];
  ok: boolean;
}

/**
 * "Kết thúc thẩm định" (issue 14): every applicable criterion appraised, or — for each one still open —
 * a reason stated by the coordinator (e.g. "Cơ quan thẩm định thống nhất điểm tự chấm").
 */
export function checkFinalisation(
  nodes: readonly ScorecardNode[],
  group: string,
  appraisedCodes: Iterable<string>,
  reasons: Readonly<Record<string, string | undefined>> = {},
): FinalisationCheck {
  const appraised = new Set(appraisedCodes);
  const open = applicableLeavesOf(nodes, group)
    .map((n) => n.code)
    .filter((c) => !appraised.has(c));
  const openSet = new Set(open);
  const missingReasons = open.filter((c) => !(reasons[c] ?? '').trim());
  const needless = Object.keys(reasons).filter((c) => !openSet.has(c));
  return { open, missingReasons, needless, ok: missingReasons.length === 0 };
}

/** "1.1, 1.2, 2.3 và 4 tiêu chí khác" — a short list for a message. */
export function listCodesVi(codes: readonly string[], max = 8): string {
  if (codes.length <= max) return codes.join(', ');
  return `${codes.slice(0, max).join(', ')} và ${codes.length - max} tiêu chí khác`;
}

/** The refusal's wording when open criteria lack a reason. */
export function unappraisedMessage(missing: readonly string[]): string {
  return `còn ${missing.length} tiêu chí chưa được thẩm định (${listCodesVi(missing)}). Hãy thẩm định hoặc ghi lý do kết thúc thẩm định cho từng tiêu chí còn lại.`;
}

export interface RankingUnitState {
  assessmentId: string;
  unitName: string;
}

export interface RankingIssueCheck {
  /** Units neither finalised nor excluded with a reason. */
  pending: RankingUnitState[];
  /** Exclusions without a reason, or naming a dossier that is not pending. */
  badExclusions: string[];
  ok: boolean;
}

/**
 * Issuing the ranking decision: every unit assessed under the scorecard that year is finalised, or
 * explicitly left out with a reason (a dossier never submitted, a unit dissolved…).
 */
export function checkRankingIssue(
  notFinalised: readonly RankingUnitState[],
  exclusions: readonly { assessmentId: string; reason: string }[],
): RankingIssueCheck {
  const reasons = new Map(exclusions.map((e) => [e.assessmentId, e.reason.trim()]));
  const pendingIds = new Set(notFinalised.map((u) => u.assessmentId));
  const pending = notFinalised.filter((u) => !reasons.get(u.assessmentId));
  const badExclusions = exclusions.filter((e) => !pendingIds.has(e.assessmentId)).map((e) => e.assessmentId);
  return { pending, badExclusions, ok: pending.length === 0 && badExclusions.length === 0 };
}

export interface VersionInForce {
  id: string;
  issuerUnitId: string;
  /** First year assessed under the version. */
  fromYear: number;
  unitGroups: readonly { code: string; name: string }[];
  decisionNumber: string;
  name: string;
}

/**
 * "Only one version in force per year and unit group": a version put in force clashes with an active
 * one of the same issuer that starts the same year and scores a unit group of the same code. (Versions
 * starting in different years follow each other: each year uses the latest in force.) Returns the clash
 * with the shared groups, or null.
 */
export function versionClash(
  candidate: VersionInForce,
  active: readonly VersionInForce[],
): { other: VersionInForce; groups: string[] } | null {
  for (const other of active) {
    if (other.id === candidate.id || other.issuerUnitId !== candidate.issuerUnitId || other.fromYear !== candidate.fromYear) continue;
    const codes = new Set(other.unitGroups.map((g) => g.code));
    const groups = candidate.unitGroups.filter((g) => codes.has(g.code)).map((g) => g.name);
    if (groups.length > 0) return { other, groups };
  }
  return null;
}
