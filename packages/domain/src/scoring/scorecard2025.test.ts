// The 2025-model shapes, built from the text of Cần Thơ 2579/QĐ-UBND: levels with an extra condition
// ("không có tiêu chí nào chấm 0 điểm" for the top two), veto events, caps from discipline of the head,
// a bonus block fed by recognised "Dân vận khéo" models and capped at 3, a deduction block capped at 3.
import { describe, expect, it } from 'vitest';
import { computeAssessment } from './assessment.ts';
import { exampleScorecard1563, exampleScorecard2579, RECOGNISED_MODELS_SOURCE } from './examples.ts';
import { validateScore } from './points.ts';
import { HEAD_DISCIPLINE_FLAGS, type CriterionScore, type ScorecardNode, type ScorecardVersion } from './types.ts';
import { firstYearOf, validateScorecard, versionInForce } from './validate-scorecard.ts';

const v = exampleScorecard2579();
const leaves = (nodes: readonly ScorecardNode[]): ScorecardNode[] => nodes.flatMap((n) => (n.children?.length ? leaves(n.children) : [n]));
const full = (over: Record<string, number> = {}): CriterionScore[] =>
  leaves(v.nodes)
    .filter((n) => ['points', 'yes_no'].includes(n.method!.kind))
    .map((n) => ({ code: n.code, self: over[n.code] ?? n.maxPoints }));
const errors = (x: ScorecardVersion) => validateScorecard(x).filter((p) => p.severity === 'error');

describe('Cần Thơ 2579 as data', () => {
  it('is a valid scorecard: 100 points, bonus and deduction blocks outside the maximum, four 2025 level names', () => {
    expect(errors(v)).toEqual([]);
    const a = computeAssessment(v, 'commune', full(), { indicators: { [RECOGNISED_MODELS_SOURCE]: 0 } });
    expect(a).toMatchObject({ total: 100, unitMax: 100, complete: true, rulesApplied: [] });
    expect(a.level.name).toBe('Hoàn thành xuất sắc');
    expect(v.levels.levels.map((l) => l.name)).toEqual(['Hoàn thành xuất sắc', 'Hoàn thành tốt', 'Hoàn thành', 'Không hoàn thành']);
    // the older generation keeps its own names
    expect(exampleScorecard1563().levels.levels.map((l) => l.name)).toEqual(['Tốt', 'Khá', 'Trung bình', 'Yếu']);
  });

  it('96 points with one criterion at 0 is Hoàn thành tốt, not xuất sắc, and says why', () => {
    const a = computeAssessment(v, 'commune', full({ '1.1': 0 }));
    expect(a.total).toBe(96);
    expect(a.levelBeforeRules.name).toBe('Hoàn thành xuất sắc');
    expect(a.level.name).toBe('Hoàn thành tốt');
    expect(a.rulesApplied).toHaveLength(1);
    expect(a.rulesApplied[0]).toMatchObject({ rule: 'level_condition', from: { code: 'xuat_sac' }, to: { code: 'tot' } });
    expect(a.rulesApplied[0]!.explanation).toContain('tiêu chí 1.1');
  });

  it('the condition binds the second level too; the third level has none', () => {
    // 90 points with a zero: Hoàn thành tốt by points, but the condition fails → Hoàn thành
    const a = computeAssessment(v, 'city', full({ '1.2': 0, '2.1': 16 }));
    expect(a.total).toBe(90);
    expect(a.level.name).toBe('Hoàn thành');
    // 80 points with a zero: Hoàn thành, untouched
    const b = computeAssessment(v, 'city', full({ '1.1': 0, '2.1': 4 }));
    expect(b.total).toBe(80);
    expect(b).toMatchObject({ level: { name: 'Hoàn thành' }, rulesApplied: [] });
    // 94.5 without any zero: Hoàn thành tốt by points
    expect(computeAssessment(v, 'city', full({ '2.2': 14.5 })).level.name).toBe('Hoàn thành tốt');
  });

  it('a reprimand of the head caps at Hoàn thành tốt, a warning at Hoàn thành; a cap never raises', () => {
    const r = computeAssessment(v, 'commune', full(), { flags: [HEAD_DISCIPLINE_FLAGS.reprimand] });
    expect(r.level.name).toBe('Hoàn thành tốt');
    expect(r.rulesApplied[0]).toMatchObject({ rule: 'max_level_if_flag', explanation: expect.stringContaining('Khiển trách') });
    const w = computeAssessment(v, 'commune', full(), { flags: [HEAD_DISCIPLINE_FLAGS.warning] });
    expect(w.level.name).toBe('Hoàn thành');
    const low = computeAssessment(v, 'commune', full({ '2.1': 0, '2.2': 0 }), { flags: [HEAD_DISCIPLINE_FLAGS.reprimand] });
    expect(low).toMatchObject({ total: 60, level: { name: 'Không hoàn thành' }, rulesApplied: [] });
  });

  it('a veto forces the lowest level whatever the points; events the version does not list are not vetoes', () => {
    const a = computeAssessment(v, 'commune', full(), { vetoes: [{ code: 'corruption', note: 'Vụ việc tại bộ phận một cửa' }] });
    expect(a.total).toBe(100);
    expect(a.level.name).toBe('Không hoàn thành');
    expect(a.rulesApplied).toEqual([
      {
        rule: 'veto',
        from: { code: 'xuat_sac', name: 'Hoàn thành xuất sắc' },
        to: { code: 'khong_hoan_thanh', name: 'Không hoàn thành' },
        explanation: 'Xếp loại Không hoàn thành do Để xảy ra tham nhũng, không phụ thuộc số điểm',
      },
    ]);
    expect(computeAssessment(v, 'commune', full(), { vetoes: [{ code: 'something_else' }] }).level.name).toBe('Hoàn thành xuất sắc');
    // a veto wins over a discipline cap
    expect(
      computeAssessment(v, 'commune', full(), { vetoes: [{ code: 'no_self_assessment' }], flags: [HEAD_DISCIPLINE_FLAGS.reprimand] }).level
        .name,
    ).toBe('Không hoàn thành');
  });

  it('the bonus from recognised models is proposed from the source and shows where it came from; the block is capped at 3', () => {
    const a = computeAssessment(v, 'commune', full({ '1.1': 0 }), { indicators: { [RECOGNISED_MODELS_SOURCE]: 2 } });
    expect(a.nodes.find((n) => n.code === '3.1')).toMatchObject({
      category: 'bonus',
      self: 2,
      final: 2,
      source: { indicator: RECOGNISED_MODELS_SOURCE, value: 2, points: 2 },
    });
    expect(a).toMatchObject({ regular: 96, bonus: 2, total: 98 });
    // bonus counts toward the points but not the "no zero" condition
    expect(a.level.name).toBe('Hoàn thành tốt');
    const capped = computeAssessment(v, 'commune', [...full(), { code: '3.2', self: 2 }], {
      indicators: { [RECOGNISED_MODELS_SOURCE]: 5 },
    });
    expect(capped.nodes.find((n) => n.code === '3.1')!.final).toBe(3);
    expect(capped.nodes.find((n) => n.code === '3')!.final).toBe(3);
    expect(capped).toMatchObject({ bonus: 3, total: 103 });
    // no count yet: no bonus, a warning, still complete
    const none = computeAssessment(v, 'commune', full());
    expect(none.bonus).toBe(0);
    expect(none.complete).toBe(true);
    expect(none.issues).toContainEqual(
      expect.objectContaining({ code: 'scoring.derived.missing_indicator', node: '3.1', severity: 'warning' }),
    );
  });

  it('the deduction block is capped at 3 and can lower the level', () => {
    const a = computeAssessment(v, 'commune', [...full(), { code: '4.1', self: 2 }, { code: '4.2', self: 2 }]);
    expect(a).toMatchObject({ penalty: 3, total: 97 });
    expect(a.nodes.find((n) => n.code === '4')).toMatchObject({ category: 'penalty', final: 3 });
    const b = computeAssessment(v, 'commune', [...full({ '2.6': 8 }), { code: '4.1', self: 1.5 }]);
    expect(b).toMatchObject({ total: 96.5, level: { name: 'Hoàn thành xuất sắc' } });
    const c = computeAssessment(v, 'commune', [...full({ '2.6': 6 }), { code: '4.1', self: 1.5 }]);
    expect(c).toMatchObject({ total: 94.5, level: { name: 'Hoàn thành tốt' } });
  });

  it('a derived value cannot be typed over without a reason; with one, the typed score counts and the reason is kept', () => {
    const node = leaves(v.nodes).find((n) => n.code === '3.1')!;
    expect(validateScore(node, 3, 'self')).toMatchObject({ code: 'scoring.score.derived' });
    expect(validateScore(node, 3, 'self', { overrideReason: 'Quyết định công nhận số 12/QĐ-UBND chưa được cập nhật' })).toBeNull();
    expect(validateScore(node, 4, 'self', { overrideReason: 'x' })).toMatchObject({ code: 'scoring.score.out_of_range' });
    const ind = { indicators: { [RECOGNISED_MODELS_SOURCE]: 1 } };
    const noReason = computeAssessment(v, 'commune', [...full(), { code: '3.1', self: 3 }], ind);
    expect(noReason.nodes.find((n) => n.code === '3.1')!.final).toBe(1);
    expect(noReason.issues).toContainEqual(expect.objectContaining({ code: 'scoring.score.derived', node: '3.1', severity: 'warning' }));
    const reason = 'Quyết định công nhận số 12/QĐ-UBND ngày 05/11 chưa có trong hệ thống';
    const withReason = computeAssessment(v, 'commune', [...full(), { code: '3.1', self: 2, overrideReason: reason }], ind);
    expect(withReason.nodes.find((n) => n.code === '3.1')).toMatchObject({
      final: 2,
      overrideReason: reason,
      source: { value: 1, points: 1 },
    });
  });

  it('a derived regular criterion typed over with a reason uses the typed score', () => {
    const v1563 = exampleScorecard1563();
    const self = leaves(v1563.nodes)
      .filter((n) => ['points', 'yes_no'].includes(n.method!.kind))
      .map((n) => ({ code: n.code, self: n.maxPoints }) as CriterionScore);
    const a = computeAssessment(
      v1563,
      'district_chain',
      [...self, { code: '1.2', self: 3, overrideReason: 'Báo cáo năm nhập sai tỷ lệ' }],
      {
        indicators: { staff_trained_pct: 50 },
      },
    );
    expect(a.nodes.find((n) => n.code === '1.2')).toMatchObject({ final: 3, source: { value: 50, points: 0 } });
  });
});

describe('validating the 2025 shapes', () => {
  it('refuses a condition on the lowest level, an empty or duplicated veto list and a bad bonus source', () => {
    const bottom = { ...v, levels: { ...v.levels, levels: v.levels.levels.map((l) => ({ ...l, requiresNoZeroCriterion: true })) } };
    expect(errors(bottom).map((p) => p.code)).toEqual(['scorecard.levels.bottom_conditional']);
    const noVeto = { ...v, rules: [{ kind: 'veto' as const, events: [] }] };
    expect(errors(noVeto).map((p) => p.code)).toEqual(['scorecard.rules.veto_empty']);
    const dup = {
      ...v,
      rules: [
        {
          kind: 'veto' as const,
          events: [
            { code: 'a', name: 'A' },
            { code: 'a', name: 'B' },
          ],
        },
      ],
    };
    expect(errors(dup).map((p) => p.code)).toEqual(['scorecard.rules.veto_invalid']);
    const badSource: ScorecardVersion = {
      ...v,
      nodes: v.nodes.map((n) =>
        n.code !== '3'
          ? n
          : {
              ...n,
              children: [
                {
                  code: '3.1',
                  title: 'Mô hình',
                  maxPoints: 3,
                  method: { kind: 'bonus', step: 1, source: { indicator: '', mapping: { kind: 'bands', bands: [{ min: 1, points: 5 }] } } },
                },
              ],
            },
      ),
    };
    expect(errors(badSource).map((p) => p.code)).toEqual(['scorecard.derived.no_indicator', 'scorecard.derived.bands_invalid']);
  });
});

describe('the version in force for a year', () => {
  it('keeps the older version for the years before the new one starts', () => {
    const old = { id: 'tn-1563', decisionDate: '2022-07-15', fromYear: firstYearOf({}, '2022-07-15') };
    const neu = { id: 'ct-2579', decisionDate: '2025-11-21', fromYear: firstYearOf(v, '2025-11-21') };
    expect(neu.fromYear).toBe(2026);
    expect(versionInForce([neu, old], 2024)?.id).toBe('tn-1563');
    expect(versionInForce([neu, old], 2025)?.id).toBe('tn-1563');
    expect(versionInForce([old, neu], 2026)?.id).toBe('ct-2579');
    expect(versionInForce([neu], 2021)).toBeNull();
  });
});
