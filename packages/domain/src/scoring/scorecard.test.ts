import { describe, expect, it } from 'vitest';
import { exampleScorecard1563, exampleScorecardPercent } from './examples.ts';
import { validateScore } from './points.ts';
import { unitMaxForGroup, validateScorecard } from './validate-scorecard.ts';
import type { ScorecardNode, ScorecardVersion } from './types.ts';

const codes = (v: ScorecardVersion) => validateScorecard(v).map((p) => p.code);

describe('example scorecards', () => {
  it('1563-shaped example: six criteria 10/10/20/20/20/20 = 100, two groups, designated appraisers, valid', () => {
    const v = exampleScorecard1563();
    expect(v.name).toContain('Ví dụ minh hoạ theo cấu trúc Quyết định 1563/QĐ-UBND');
    expect(v.nodes.map((n) => n.maxPoints)).toEqual([10, 10, 20, 20, 20, 20]);
    expect(v.unitGroups.map((g) => g.code)).toEqual(['provincial', 'district_chain']);
    for (const n of v.nodes) expect((n.children ?? []).length).toBeGreaterThanOrEqual(2);
    expect(v.nodes[1]!.appraisingAgency).toBe('inspectorate');
    expect(v.nodes[3]!.children!.find((c) => c.appraisingAgency === 'science_tech')?.title).toMatch(/Cổng\/Trang thông tin điện tử/);
    expect(v.levels.levels.map((l) => l.name)).toEqual(['Tốt', 'Khá', 'Trung bình', 'Yếu']);
    expect(v.rules).toContainEqual({ kind: 'downgrade_if_late' });
    expect(validateScorecard(v)).toEqual([]);
    expect(unitMaxForGroup(v, 'provincial')).toBe(100);
  });

  it('percent example: 100 points for units in the CCHC index, 85 for the others, valid', () => {
    const v = exampleScorecardPercent();
    expect(validateScorecard(v)).toEqual([]);
    expect(unitMaxForGroup(v, 'in_par_index')).toBe(100);
    expect(unitMaxForGroup(v, 'outside_par_index')).toBe(85);
  });
});

describe('validateScorecard', () => {
  it('reports children whose points do not add up to the parent, in Vietnamese', () => {
    const v = exampleScorecard1563();
    const c3 = v.nodes[2]!;
    const broken = { ...v, nodes: [v.nodes[0]!, v.nodes[1]!, { ...c3, children: c3.children!.slice(0, 2) }, ...v.nodes.slice(3)] };
    const probs = validateScorecard(broken);
    expect(probs).toContainEqual({
      code: 'scorecard.points.sum_mismatch',
      message: 'Tổng điểm tối đa các tiêu chí con của 3 là 14, khác điểm tối đa của 3 (20)',
      node: '3',
      severity: 'error',
    });
    // top-level nodes still add up to 100: no total mismatch
    expect(probs.map((p) => p.code)).not.toContain('scorecard.points.total_mismatch');
    const short = { ...v, nodes: v.nodes.slice(0, 5) };
    expect(validateScorecard(short)).toContainEqual(
      expect.objectContaining({
        code: 'scorecard.points.total_mismatch',
        message: 'Tổng điểm tối đa các tiêu chí là 80, khác tổng điểm của bộ tiêu chí (100)',
      }),
    );
  });

  it('does not count penalty and bonus items in the parent’s sum', () => {
    const node: ScorecardNode = {
      code: '1',
      title: 'Tiêu chí có điểm trừ',
      maxPoints: 10,
      children: [
        { code: '1.1', title: 'a', maxPoints: 10, method: { kind: 'points', step: 1 } },
        { code: '1.2', title: 'Trừ điểm', maxPoints: 3, method: { kind: 'penalty', step: 1 } },
        { code: '1.3', title: 'Thưởng', maxPoints: 2, method: { kind: 'bonus', step: 1 } },
      ],
    };
    const v = { ...exampleScorecard1563(), maxPoints: 10, nodes: [node], rules: [] };
    expect(codes(v)).not.toContain('scorecard.points.sum_mismatch');
    expect(codes(v)).toContain('scorecard.levels.above_max'); // Tốt ≥ 90 on a 10-point card
  });

  it('finds duplicate codes, bad steps, missing methods, unknown groups and bad levels', () => {
    const v: ScorecardVersion = {
      id: 'x',
      decision: { number: '', date: '' },
      name: 'x',
      unitGroups: [{ code: 'g', name: 'G', unitKinds: [] }],
      nodes: [
        { code: '1', title: 'A', maxPoints: 5, method: { kind: 'points', step: 2 } },
        { code: '1', title: 'B', maxPoints: 5, applicableGroups: ['h'] },
        { code: '3', title: 'C', maxPoints: 5, method: { kind: 'points', step: 0 } },
      ],
      levels: {
        basis: 'percent_of_max',
        levels: [
          { code: 'a', name: 'Tốt', min: 70 },
          { code: 'b', name: 'Khá', min: 90 },
          { code: 'c', name: 'Yếu', min: 10 },
        ],
      },
      rules: [{ kind: 'block_top_level_if_zero' }],
    };
    const probs = validateScorecard(v);
    expect(probs.map((p) => p.code).sort()).toEqual(
      [
        'scorecard.decision.missing',
        'scorecard.step.not_dividing',
        'scorecard.code.duplicate',
        'scorecard.groups.unknown',
        'scorecard.method.missing',
        'scorecard.step.invalid',
        'scorecard.levels.not_ordered',
        'scorecard.levels.bottom_not_zero',
        'scorecard.rules.no_flagged_criterion',
      ].sort(),
    );
    expect(probs.find((p) => p.code === 'scorecard.step.not_dividing')!.message).toBe(
      'Bước điểm 2 không chia hết điểm tối đa 5 của tiêu chí 1',
    );
    expect(probs.find((p) => p.code === 'scorecard.levels.not_ordered')!.message).toBe(
      'Ngưỡng mức "Khá" (90) phải thấp hơn ngưỡng mức "Tốt" (70)',
    );
  });

  it('warns when point thresholds are used although groups have different maxima', () => {
    const v = exampleScorecardPercent();
    const onPoints = { ...v, levels: { ...v.levels, basis: 'points' as const } };
    expect(validateScorecard(onPoints)).toContainEqual(
      expect.objectContaining({ code: 'scorecard.levels.points_basis_with_varying_max', severity: 'warning' }),
    );
  });
});

describe('validateScore', () => {
  const pointsNode: ScorecardNode = { code: '4.1', title: 'x', maxPoints: 8, method: { kind: 'points', step: 0.5 } };
  it('accepts scores on the step within [0, max]', () => {
    for (const s of [0, 0.5, 4, 7.5, 8]) expect(validateScore(pointsNode, s)).toBeNull();
  });
  it('refuses scores outside the range or off the step with a clear message', () => {
    expect(validateScore(pointsNode, 9)).toMatchObject({
      code: 'scoring.score.out_of_range',
      message: 'Điểm tiêu chí 4.1 phải từ 0 đến 8',
    });
    expect(validateScore(pointsNode, -1)?.code).toBe('scoring.score.out_of_range');
    expect(validateScore(pointsNode, 7.25)).toMatchObject({
      code: 'scoring.score.off_step',
      message: 'Điểm tiêu chí 4.1 phải là bội số của 0,5 (ví dụ 0,5, 1…)',
    });
    expect(validateScore(pointsNode, Number.NaN)?.code).toBe('scoring.score.not_a_number');
  });
  it('yes/no criteria take only 0 or the maximum', () => {
    const yn: ScorecardNode = { code: '2.2', title: 'x', maxPoints: 3, method: { kind: 'yes_no' } };
    expect(validateScore(yn, 3)).toBeNull();
    expect(validateScore(yn, 0)).toBeNull();
    expect(validateScore(yn, 1.5)?.message).toBe('Tiêu chí 2.2 chỉ chấm 0 hoặc 3 điểm (đạt / không đạt)');
  });
  it('superior-only criteria cannot be self-scored but can be appraised; groups are never typed', () => {
    const sup: ScorecardNode = { code: '9', title: 'Cấp trên chấm', maxPoints: 10, method: { kind: 'superior_only', step: 1 } };
    expect(validateScore(sup, 10, 'self')?.code).toBe('scoring.score.superior_only');
    expect(validateScore(sup, 10, 'appraisal')).toBeNull();
    expect(validateScore(exampleScorecard1563().nodes[0]!, 5)?.code).toBe('scoring.score.group_computed');
  });
  it('penalties and bonuses are checked against their own cap', () => {
    const pen: ScorecardNode = { code: 'T', title: 'Trừ', maxPoints: 5, method: { kind: 'penalty', step: 1 } };
    expect(validateScore(pen, 6)?.message).toBe('Điểm trừ tiêu chí T phải từ 0 đến 5');
  });
});
