// A unit under Tây Ninh's 1563-shaped version in 2024–2025 and the 2579-shaped 2025 model from 2026:
// levels compared across the change, points only within a version.
import { describe, expect, it } from 'vitest';
import { compareYears, type YearResult } from './year-over-year.ts';
import { exampleScorecard1563, exampleScorecard2579 } from './examples.ts';

const old = exampleScorecard1563();
const model2025 = exampleScorecard2579();
const levelsOf = (v: typeof old) => v.levels.levels.map((l) => l.name);
const result = (year: number, v: typeof old, levelName: string, total: number): YearResult => ({
  year,
  versionId: v.id,
  versionLabel: v.decision.number,
  levels: levelsOf(v),
  levelName,
  total,
});

describe('results year over year', () => {
  it('compares points within a version and only levels across a change', () => {
    const rows = compareYears([
      result(2026, model2025, 'Hoàn thành tốt', 91),
      result(2024, old, 'Khá', 84),
      result(2025, old, 'Tốt', 96.5),
      result(2027, model2025, 'Hoàn thành xuất sắc', 97),
    ]);
    expect(rows.map((r) => r.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(rows.map((r) => [r.levelPosition, r.versionChanged, r.levelChange, r.pointsChange])).toEqual([
      [2, false, null, null],
      [1, false, 'up', 12.5],
      // Tốt (1st of 4) → Hoàn thành tốt (2nd of 4): down a level; 96,5 and 91 points are not compared
      [2, true, 'down', null],
      [1, false, 'up', 6],
    ]);
  });

  it('the same level on both scales is the same; a level off the scale is not compared', () => {
    const same = compareYears([result(2025, old, 'Tốt', 99), result(2026, model2025, 'Hoàn thành xuất sắc', 80)]);
    expect(same[1]).toMatchObject({ versionChanged: true, levelChange: 'same', pointsChange: null });
    const unknown = compareYears([result(2025, old, 'Không xếp loại', 0), result(2026, old, 'Tốt', 95)]);
    expect(unknown.map((r) => [r.levelPosition, r.levelChange])).toEqual([
      [null, null],
      [1, null],
    ]);
  });
});
