// Classification gates commendation (issue 14): from the issued ranking, the units at or above the level
// the scorecard version names are eligible, taken by points from the highest within a quota per kind of
// unit; equal points at the edge of a quota are left to the deciding body (2579, Art. 8.2). Where a quota
// also counts individuals ("tối đa 2 tập thể và 4 cá nhân"), the exemplary people of the movement
// recorded in an eligible unit of that quota are its individual candidates: the classification gates
// them too. Pure.
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

/** An exemplary person of the year, placed under the ranked unit they belong to. */
export interface CommendationPerson {
  personId: string;
  fullName: string;
  /** Position or occupation, as recorded. */
  position: string | null;
  achievements: string;
  /** The person's own unit (a division, a ward's office …). */
  ownUnitName: string;
  /** The ranked unit the person belongs to: their own unit, or the nearest ranked unit above it. */
  unitId: string;
}

export interface QuotaCandidates {
  quota: CommendationQuota;
  /** Eligible units of this quota, highest points first. */
  candidates: CommendationCandidate[];
  /** Exemplary people of the eligible units, by their unit's points, then name; empty without an individuals quota. */
  individuals: CommendationPerson[];
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

/** Null when the version names no commendation rule. `people`: the year's exemplary people, each under a ranked unit. */
export function commendationCandidates(
  version: ScorecardVersion,
  units: readonly CommendationUnit[],
  people: readonly CommendationPerson[] = [],
): CommendationCandidates | null {
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
    const order = new Map(mine.map((u, i) => [u.unitId, i]));
    const individuals = (quota.individuals ?? 0) > 0 ? people.filter((p) => order.has(p.unitId)) : [];
    individuals.sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)! || a.fullName.localeCompare(b.fullName, 'vi'));
    return { quota, candidates, individuals };
  });
  const outsideQuotas = chosen.filter((u) => !rule.quotas.some((q) => q.unitKinds.includes(u.unitKind)));
  return { award: rule.award, minLevel: { code: rule.minLevel, name: minDef?.name ?? rule.minLevel }, quotas, outsideQuotas };
}

export type ProposalProblem =
  | { kind: 'not_eligible'; unitId: string; message: string }
  | { kind: 'person_not_eligible'; personId: string; message: string }
  | { kind: 'over_quota'; quota: string; of: 'collectives' | 'individuals'; proposed: number; max: number; message: string };

/** A proposal (the unit and person ids the coordinator picked) checked against eligibility and quotas. */
export function checkCommendationProposal(
  c: CommendationCandidates,
  unitIds: readonly string[],
  personIds: readonly string[] = [],
): ProposalProblem[] {
  const problems: ProposalProblem[] = [];
  const picked = new Set(unitIds);
  const pickedPeople = new Set(personIds);
  const known = new Set(c.quotas.flatMap((q) => q.candidates.map((u) => u.unitId)));
  for (const id of picked) {
    if (!known.has(id))
      problems.push({
        kind: 'not_eligible',
        unitId: id,
        message: `Đơn vị không đủ điều kiện đề nghị ${c.award} (cần xếp loại từ ${c.minLevel.name} trở lên).`,
      });
  }
  const knownPeople = new Set(c.quotas.flatMap((q) => q.individuals.map((p) => p.personId)));
  for (const id of pickedPeople) {
    if (!knownPeople.has(id))
      problems.push({
        kind: 'person_not_eligible',
        personId: id,
        message: `Cá nhân không thuộc đơn vị đủ điều kiện đề nghị ${c.award} (đơn vị cần xếp loại từ ${c.minLevel.name} trở lên, khối có chỉ tiêu cá nhân).`,
      });
  }
  const over = (q: QuotaCandidates, of: 'collectives' | 'individuals', n: number, max: number, noun: string) => {
    if (n > max)
      problems.push({
        kind: 'over_quota',
        quota: q.quota.name,
        of,
        proposed: n,
        max,
        message: `${q.quota.name}: đề nghị ${n} ${noun}, vượt chỉ tiêu tối đa ${max} ${noun}.`,
      });
  };
  for (const q of c.quotas) {
    over(q, 'collectives', q.candidates.filter((u) => picked.has(u.unitId)).length, q.quota.collectives, 'tập thể');
    over(q, 'individuals', q.individuals.filter((p) => pickedPeople.has(p.personId)).length, q.quota.individuals ?? 0, 'cá nhân');
  }
  return problems;
}
