// A unit's results year after year (issue 14, "comparison across versions"): when the scorecard version
// changes (Tây Ninh's 1563 shape → the 2025 model), points are out of different criteria and maxima and
// the level names differ (Tốt / Khá … → Hoàn thành xuất sắc / Hoàn thành tốt …), so across a change only
// the levels are compared, by their place from the top of each version's scale; points are compared
// only between years under the same version. Pure.

export interface YearResult {
  year: number;
  /** The scorecard version the year was assessed under. */
  versionId: string;
  /** How the version is named to people: its decision number. */
  versionLabel: string;
  /** The version's level names, best first. */
  levels: readonly string[];
  levelName: string;
  total: number;
}

export type YearChange = 'up' | 'same' | 'down';

export interface YearComparison extends YearResult {
  /** 1 for the version's best level; null when the level is not on the version's scale. */
  levelPosition: number | null;
  /** The version differs from the year before in the list. */
  versionChanged: boolean;
  /** Against the year before: by the level's place on each scale (across versions too). */
  levelChange: YearChange | null;
  /** Against the year before, only under the same version; null across a change. */
  pointsChange: number | null;
}

const changeOf = (before: number, after: number): YearChange => (after === before ? 'same' : after > before ? 'up' : 'down');

/** The results in year order, each compared with the one before it. */
export function compareYears(results: readonly YearResult[]): YearComparison[] {
  const sorted = [...results].sort((a, b) => a.year - b.year);
  return sorted.map((r, i) => {
    const at = r.levels.indexOf(r.levelName);
    const position = at < 0 ? null : at + 1;
    const prev = i > 0 ? sorted[i - 1]! : null;
    if (!prev) return { ...r, levelPosition: position, versionChanged: false, levelChange: null, pointsChange: null };
    const prevAt = prev.levels.indexOf(prev.levelName);
    const versionChanged = prev.versionId !== r.versionId;
    return {
      ...r,
      levelPosition: position,
      versionChanged,
      // a better level has a smaller place: the change is the other way round
      levelChange: position === null || prevAt < 0 ? null : changeOf(position, prevAt + 1),
      pointsChange: versionChanged ? null : Math.round((r.total - prev.total) * 100) / 100,
    };
  });
}
