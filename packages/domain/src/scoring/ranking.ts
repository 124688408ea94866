import { formatNumberVi } from '../format/numbers.ts';
import { roundPoints } from './points.ts';
import { NOT_RATED, type AssessmentResult, type LevelRef, type ScorecardVersion } from './types.ts';

export interface RankingInput {
  unitId: string;
  unitName: string;
  assessment: AssessmentResult;
  /** Last year's result, if known (level code may come from an older scorecard version). */
  previous?: { levelCode?: string; total?: number; label?: string };
}

/** Province target, e.g. "over 90% of units rated Tốt": {op: '>', share: 90}. Level defaults to the top level. */
export interface RankingTarget {
  levelCode?: string;
  op: '>' | '>=';
  /** Percent, 0..100. */
  share: number;
}

export interface LevelChange {
  previousLevel: LevelRef | null;
  /** Compared on the current scorecard's level order; 'unknown' when last year's level is not in it. */
  direction: 'up' | 'down' | 'same' | 'unknown';
  previousTotal?: number;
  totalDelta?: number;
  /** What last year's figure is when it is not the unit's own ("2024: bình quân của 3 xã trước sáp nhập"). */
  previousLabel?: string;
}

export interface RankedUnit {
  unitId: string;
  unitName: string;
  /** Standard competition ranking (1, 2, 2, 4); null for units not classified ("Không xếp loại"). */
  rank: number | null;
  tiedWith: string[];
  note?: string;
  total: number;
  unitMax: number;
  percent: number;
  level: LevelRef;
  change?: LevelChange;
}

export interface LevelCount {
  level: LevelRef;
  count: number;
  /** Percent of all assessed units of the group, 1 decimal. */
  share: number;
}

export interface TargetCheck {
  level: LevelRef;
  count: number;
  total: number;
  share: number;
  op: '>' | '>=';
  threshold: number;
  met: boolean;
  message: string;
}

export interface GroupRanking {
  unitGroup: string;
  groupName: string;
  units: RankedUnit[];
  distribution: LevelCount[];
  target?: TargetCheck;
}

export interface RankingResult {
  groups: GroupRanking[];
  /** Over every unit of every group. */
  overall: { count: number; distribution: LevelCount[]; target?: TargetCheck };
}

const pct1 = (count: number, total: number) => (total > 0 ? Math.round((count / total) * 1000) / 10 : 0);

function distribution(version: ScorecardVersion, items: readonly RankingInput[]): LevelCount[] {
  const levels: LevelRef[] = version.levels.levels.map((l) => ({ code: l.code, name: l.name }));
  if (items.some((i) => i.assessment.level.code === NOT_RATED.code)) levels.push(NOT_RATED);
  return levels.map((level) => {
    const count = items.filter((i) => i.assessment.level.code === level.code).length;
    return { level, count, share: pct1(count, items.length) };
  });
}

function checkTarget(
  version: ScorecardVersion,
  items: readonly RankingInput[],
  target: RankingTarget,
  scope: string,
): TargetCheck | undefined {
  const def = target.levelCode ? version.levels.levels.find((l) => l.code === target.levelCode) : version.levels.levels[0];
  if (!def) return undefined;
  const count = items.filter((i) => i.assessment.level.code === def.code).length;
  const total = items.length;
  const share = pct1(count, total);
  const exact = total > 0 ? (count / total) * 100 : 0;
  const met = total > 0 && (target.op === '>' ? exact > target.share : exact >= target.share);
  const opText = target.op === '>' ? 'trên' : 'từ';
  return {
    level: { code: def.code, name: def.name },
    count,
    total,
    share,
    op: target.op,
    threshold: target.share,
    met,
    message: `${scope}: ${count}/${total} đơn vị xếp loại ${def.name} (${formatNumberVi(share, { maxFractionDigits: 6 })}%); chỉ tiêu ${opText} ${formatNumberVi(target.share, { maxFractionDigits: 6 })}%: ${met ? 'Đạt' : 'Chưa đạt'}`,
  };
}

/**
 * Ranks finalised assessments per unit group (in the scorecard's group order): by final total,
 * highest first; equal totals share a rank (1, 2, 2, 4) and the tie is noted; units not classified
 * come last without a rank. Gives the level distribution, the province target check and the change
 * against last year where given.
 */
export function rankUnits(assessments: readonly RankingInput[], version: ScorecardVersion, target?: RankingTarget): RankingResult {
  const groupCodes = [
    ...version.unitGroups.map((g) => g.code),
    ...new Set(assessments.map((a) => a.assessment.unitGroup).filter((g) => !version.unitGroups.some((x) => x.code === g))),
  ];
  const groups: GroupRanking[] = [];
  for (const code of groupCodes) {
    const items = assessments.filter((a) => a.assessment.unitGroup === code);
    if (items.length === 0) continue;
    const groupName = version.unitGroups.find((g) => g.code === code)?.name ?? code;
    const rated = items.filter((i) => i.assessment.level.code !== NOT_RATED.code);
    const unrated = items.filter((i) => i.assessment.level.code === NOT_RATED.code);
    const byTotal = (a: RankingInput, b: RankingInput) =>
      roundPoints(b.assessment.total) - roundPoints(a.assessment.total) ||
      a.unitName.localeCompare(b.unitName, 'vi') ||
      (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);
    rated.sort(byTotal);
    unrated.sort(byTotal);
    const units: RankedUnit[] = [];
    rated.forEach((it) => {
      const t = roundPoints(it.assessment.total);
      const first = rated.findIndex((o) => roundPoints(o.assessment.total) === t);
      const tied = rated.filter((o) => o !== it && roundPoints(o.assessment.total) === t);
      const u = toRanked(
        it,
        first + 1,
        tied.map((o) => o.unitId),
        version,
      );
      if (tied.length > 0) u.note = `Đồng hạng ${first + 1} với ${tied.map((o) => o.unitName).join(', ')}`;
      units.push(u);
    });
    for (const it of unrated) units.push(toRanked(it, null, [], version));
    const g: GroupRanking = { unitGroup: code, groupName, units, distribution: distribution(version, items) };
    const tc = target ? checkTarget(version, items, target, groupName) : undefined;
    if (tc) g.target = tc;
    groups.push(g);
  }
  const overall: RankingResult['overall'] = { count: assessments.length, distribution: distribution(version, assessments) };
  const tc = target ? checkTarget(version, assessments, target, 'Toàn tỉnh') : undefined;
  if (tc) overall.target = tc;
  return { groups, overall };
}

function toRanked(it: RankingInput, rank: number | null, tiedWith: string[], version: ScorecardVersion): RankedUnit {
  const levelIndex = (code: string | undefined) => version.levels.levels.findIndex((l) => l.code === code);
  const a = it.assessment;
  const u: RankedUnit = {
    unitId: it.unitId,
    unitName: it.unitName,
    rank,
    tiedWith,
    total: a.total,
    unitMax: a.unitMax,
    percent: a.percent,
    level: a.level,
  };
  if (rank === null) u.note = a.rulesApplied.find((r) => r.to.code === NOT_RATED.code)?.explanation ?? NOT_RATED.name;
  if (it.previous) {
    const p = it.previous;
    const now = levelIndex(a.level.code);
    const before = levelIndex(p.levelCode);
    const change: LevelChange = {
      previousLevel: null,
      direction: now < 0 || before < 0 ? 'unknown' : now < before ? 'up' : now > before ? 'down' : 'same',
    };
    if (p.levelCode !== undefined) {
      const def = version.levels.levels.find((l) => l.code === p.levelCode);
      change.previousLevel = p.levelCode === NOT_RATED.code ? NOT_RATED : { code: p.levelCode, name: def?.name ?? p.levelCode };
    }
    if (p.total !== undefined) {
      change.previousTotal = p.total;
      change.totalDelta = roundPoints(a.total - p.total);
    }
    if (p.label) change.previousLabel = p.label;
    u.change = change;
  }
  return u;
}
