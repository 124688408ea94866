// A unit's figure for a past year across a restructuring (issue 11): a ward formed on 1/7/2025 from three
// communes has no 2024 result of its own, so its year-over-year comparison uses its predecessors' 2024
// results, said so ("2024: bình quân của 3 xã trước sáp nhập"). One rule for rankings, dashboards and exports.
import { formatNumberVi } from '../format/numbers.ts';
import { foldVietnamese } from '../text/fold.ts';
import { compareLocalDates, type LocalDate } from '../calendar/local-date.ts';
import { versionForData, type LineageEdge, type LineageKind, type OrgHistory, type UnitVersion } from './temporal.ts';

export interface FigureAcrossRestructuring {
  /** The figure to compare with: the unit's own, or the mean (or sum) of its predecessors' (rounded to 2 decimals). */
  value: number;
  /** Whose figures it is: the unit itself, or the predecessors (ids, in lineage order). */
  from: 'own' | 'predecessors';
  unitIds: string[];
  /** What the figure is, for the reader; null for the unit's own figure. */
  label: string | null;
}

const EVENT_WORD: Record<LineageKind, string> = {
  merge: 'sáp nhập',
  split: 'chia tách',
  transfer: 'điều chỉnh địa giới',
  dissolve: 'giải thể',
};

/** What a unit of this version is called in running text: xã, phường, thị trấn, huyện, sở, … */
export function unitNoun(v: Pick<UnitVersion, 'kind' | 'name'>): string {
  const name = foldVietnamese(v.name).toLowerCase();
  const has = (word: string) => new RegExp(`(^|\\s)${word}(\\s|$)`).test(name);
  if (v.kind === 'commune') return has('phuong') ? 'phường' : has('thi tran') ? 'thị trấn' : has('dac khu') ? 'đặc khu' : 'xã';
  if (v.kind === 'district') return has('thanh pho') ? 'thành phố' : has('thi xa') ? 'thị xã' : 'huyện';
  if (v.kind === 'department') return 'sở';
  if (v.kind === 'province') return 'tỉnh';
  return 'đơn vị';
}

/** A unit's name in running text, without the "Ủy ban nhân dân" of its letterhead. */
const shortName = (name: string) => name.replace(/^(Ủy|Uỷ) ban nhân dân\s+/i, '');

/**
 * The figure of `unitId` for `year`: its own when `figureOf` has one; else, when the unit was formed after
 * the year (merger, split, …), the mean of the nearest predecessors in lineage that have a figure for the
 * year — whole predecessors if any of them has one, else the units it took a part of — labelled with what
 * it is. Null when neither the unit nor any predecessor has a figure. `aggregate: 'sum'` adds the
 * predecessors' figures instead (counts such as complaints received: "2024: tổng của 3 xã trước sáp nhập").
 */
export function figureAcrossRestructuring(
  history: Pick<OrgHistory, 'versions' | 'edges'>,
  unitId: string,
  year: number,
  figureOf: (unitId: string) => number | undefined,
  aggregate: 'mean' | 'sum' = 'mean',
): FigureAcrossRestructuring | null {
  const own = figureOf(unitId);
  if (own !== undefined) return { value: own, from: 'own', unitIds: [unitId], label: null };
  const yearEnd = `${year}-12-31` as LocalDate;
  const found: { edge: LineageEdge; value: number }[] = [];
  const seen = new Set<string>([unitId]);
  // Edges made after the year, into the unit or into a predecessor without a figure (merges of merges).
  const walk = (id: string, whole: boolean) => {
    const into = history.edges
      .filter((e) => e.toUnitId === id && compareLocalDates(e.date, yearEnd) > 0 && e.whole === whole && !seen.has(e.fromUnitId))
      .sort((a, b) => compareLocalDates(a.date, b.date));
    for (const e of into) {
      seen.add(e.fromUnitId);
      const value = figureOf(e.fromUnitId);
      if (value !== undefined) found.push({ edge: e, value });
      else walk(e.fromUnitId, true);
    }
  };
  walk(unitId, true);
  if (found.length === 0) walk(unitId, false);
  if (found.length === 0) return null;
  const sum = found.reduce((s, f) => s + f.value, 0);
  const value = Math.round((aggregate === 'sum' ? sum : sum / found.length) * 100) / 100;
  const kinds = [...new Set(found.map((f) => f.edge.kind))];
  const event = kinds.length === 1 ? EVENT_WORD[kinds[0]!] : 'sắp xếp';
  const versions = found.map((f) => versionForData(history, f.edge.fromUnitId, yearEnd));
  let label: string;
  if (found.length === 1) {
    label = `${year}: kết quả của ${versions[0] ? shortName(versions[0].name) : 'đơn vị'} trước ${event}`;
  } else {
    const nouns = [...new Set(versions.map((v) => (v ? unitNoun(v) : 'đơn vị')))].join(', ');
    label = `${year}: ${aggregate === 'sum' ? 'tổng' : 'bình quân'} của ${formatNumberVi(found.length)} ${nouns} trước ${event}`;
  }
  return { value, from: 'predecessors', unitIds: found.map((f) => f.edge.fromUnitId), label };
}
