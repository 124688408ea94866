// Classification gates commendation (issue 14): from the issued ranking, the units at or above the level
// the scorecard version names are eligible, taken by points from the highest within a quota per kind of
// unit; equal points at the edge of a quota are left to the deciding body (2579, Art. 8.2). Pure.
import type { CommendationQuota, ScorecardVersion } from './types.ts';

export interface CommendationUnit {
  unitId: string;
  unitName: string;
  /** Org unit kind, to find the unit's quota. */
  unitKind: string;
  levelCode: string;
  total: number;
}

export interface CommendationCandidate extends CommendationUnit {
  /** Within the quota by points (ties at the edge included, marked). */
  withinQuota: boolean;
  /** Same points as the last unit within the quota, across its edge: the deciding body chooses. */
  tieAtEdge: boolean;
}

export interface QuotaCandidates {
  quota: CommendationQuota;
  /** Eligible units of this quota, highest points first. */
  candidates: CommendationCandidate[];
}

export interface CommendationCandidates {
  award: string;
  minLevel: { code: string; name: string };
  quotas: QuotaCandidates[];
  /** Eligible units whose kind no quota names (cannot be proposed under this version). */
  outsideQuotas: CommendationUnit[];
}

/** Level codes at or above `minLevel` (levels are listed best first). */
export function eligibleLevelCodes(version: ScorecardVersion, minLevel: string): Set<string> {
  const levels = version.levels.levels;
  const at = levels.findIndex((l) => l.code === minLevel);
  return new Set(at < 0 ? [] : levels.slice(0, at + 1).map((l) => l.code));
}

/** Null when the version names no commendation rule. */
export function commendationCandidates(version: ScorecardVersion, units: readonly CommendationUnit[]): CommendationCandidates | null {
  const rule = version.commendation;
  if (!rule) return null;
  const eligible = eligibleLevelCodes(version, rule.minLevel);
  const minDef = version.levels.levels.find((l) => l.code === rule.minLevel);
  const chosen = units.filter((u) => eligible.has(u.levelCode));
  const quotas = rule.quotas.map((quota) => {
    const mine = chosen
      .filter((u) => quota.unitKinds.includes(u.unitKind))
      .sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, 'vi'));
    const edge = mine[quota.collectives - 1]?.total;
    const candidates = mine.map((u, i) => {
      const tie = edge !== undefined && mine.length > quota.collectives && u.total === edge;
      return { ...u, withinQuota: i < quota.collectives || tie, tieAtEdge: tie };
    });
    return { quota, candidates };
  });
  const outsideQuotas = chosen.filter((u) => !rule.quotas.some((q) => q.unitKinds.includes(u.unitKind)));
  return { award: rule.award, minLevel: { code: rule.minLevel, name: minDef?.name ?? rule.minLevel }, quotas, outsideQuotas };
}

export type ProposalProblem =
  | { kind: 'not_eligible'; unitId: string; message: string }
  | { kind: 'over_quota'; quota: string; proposed: number; max: number; message: string };

/** A proposal (the unit ids the coordinator picked) checked against eligibility and quotas. */
export function checkCommendationProposal(c: CommendationCandidates, unitIds: readonly string[]): ProposalProblem[] {
  const problems: ProposalProblem[] = [];
  const picked = new Set(unitIds);
  const known = new Set(c.quotas.flatMap((q) => q.candidates.map((u) => u.unitId)));
  for (const id of picked) {
    if (!known.has(id))
      problems.push({
        kind: 'not_eligible',
        unitId: id,
        message: `Đơn vị không đủ điều kiện đề nghị ${c.award} (cần xếp loại từ ${c.minLevel.name} trở lên).`,
      });
  }
  for (const q of c.quotas) {
    const n = q.candidates.filter((u) => picked.has(u.unitId)).length;
    if (n > q.quota.collectives)
      problems.push({
        kind: 'over_quota',
        quota: q.quota.name,
        proposed: n,
        max: q.quota.collectives,
        message: `${q.quota.name}: đề nghị ${n} tập thể, vượt chỉ tiêu tối đa ${q.quota.collectives} tập thể.`,
      });
  }
  return problems;
}
