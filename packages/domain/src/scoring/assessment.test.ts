import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeAssessment, derivedPoints, levelFor } from './assessment.ts';
import { exampleScorecard1563, exampleScorecardPercent } from './examples.ts';
import type { CriterionScore, LevelScheme, ScorecardNode, ScorecardVersion } from './types.ts';

function leaves(nodes: readonly ScorecardNode[]): ScorecardNode[] {
  return nodes.flatMap((n) => (n.children?.length ? leaves(n.children) : [n]));
}

/** Every self-scorable regular criterion at full marks. */
function fullSelf(v: ScorecardVersion): CriterionScore[] {
  return leaves(v.nodes)
    .filter((n) => ['points', 'yes_no'].includes(n.method!.kind))
    .map((n) => ({ code: n.code, self: n.maxPoints }));
}

const v1563 = exampleScorecard1563();
const trained = { indicators: { staff_trained_pct: 100 } };

describe('computeAssessment on the 1563-shaped example', () => {
  it('full marks: 100/100, Tốt, complete, with the derived criterion computed from the report', () => {
    const a = computeAssessment(v1563, 'district_chain', fullSelf(v1563), trained);
    expect(a).toMatchObject({ total: 100, unitMax: 100, percent: 100, complete: true, rulesApplied: [] });
    expect(a.levelBeforeRules.name).toBe('Tốt');
    expect(a.level.name).toBe('Tốt');
    expect(a.nodes.find((n) => n.code === '1.2')).toMatchObject({ self: 3, final: 3, method: 'derived' });
    expect(a.nodes.find((n) => n.code === '2')).toMatchObject({ final: 10, appraisingAgency: 'inspectorate', depth: 0 });
    expect(a.nodes.find((n) => n.code === '2.1')!.appraisingAgency).toBe('inspectorate');
    expect(a.nodes.find((n) => n.code === '4.2')!.appraisingAgency).toBe('science_tech');
    expect(a.nodes.find((n) => n.code === '4.1')!.appraisingAgency).toBe('home_affairs');
  });

  it('appraisal lowers a commune from a self-rated Tốt to Khá; reasons are kept', () => {
    const scores = fullSelf(v1563).map((s) => {
      if (s.code === '4.1') return { ...s, self: 8, appraised: 3, appraisalReason: 'Có 12 hồ sơ trễ hạn trên hệ thống một cửa' };
      if (s.code === '6.1') return { ...s, self: 10, appraised: 4, appraisalReason: 'Mô hình chưa có kết quả cụ thể' };
      if (s.code === '3.2') return { ...s, self: 5 };
      return s;
    });
    const a = computeAssessment(v1563, 'district_chain', scores, { indicators: { staff_trained_pct: 92 } });
    // self: 100 − 1 (1.2 derived: 92% → 2 points) − 1 (3.2) = 98; appraisal −5 −6 → 87
    expect(a.nodes.find((n) => n.code === '4')).toMatchObject({ self: 20, appraised: 15, final: 15 });
    expect(a.nodes.find((n) => n.code === '4.1')).toMatchObject({
      self: 8,
      appraised: 3,
      final: 3,
      appraisalReason: 'Có 12 hồ sơ trễ hạn trên hệ thống một cửa',
    });
    expect(a.total).toBe(87);
    expect(a.level.name).toBe('Khá');
    expect(a.complete).toBe(true);
  });

  it('reports an appraised score that differs from the self score without a reason', () => {
    const scores = fullSelf(v1563).map((s) => (s.code === '5.1' ? { ...s, appraised: 6 } : s));
    const a = computeAssessment(v1563, 'provincial', scores, trained);
    expect(a.issues).toContainEqual({
      code: 'scoring.appraisal.reason_missing',
      message: 'Tiêu chí 5.1: điểm thẩm định (6) khác điểm tự chấm (8) nhưng chưa ghi lý do',
      node: '5.1',
      severity: 'error',
    });
    expect(a.complete).toBe(false);
    expect(a.total).toBe(98); // the appraised score still counts
  });

  it('downgrades one level for a late dossier and says why', () => {
    const a = computeAssessment(v1563, 'provincial', fullSelf(v1563), { ...trained, late: true });
    expect(a.levelBeforeRules.name).toBe('Tốt');
    expect(a.level.name).toBe('Khá');
    expect(a.rulesApplied).toEqual([
      {
        rule: 'downgrade_if_late',
        from: { code: 'tot', name: 'Tốt' },
        to: { code: 'kha', name: 'Khá' },
        explanation: 'Hạ một mức do nộp hồ sơ chấm điểm muộn (từ Tốt xuống Khá)',
      },
    ]);
  });

  it('a flagged criterion at zero bars the top level, then lateness takes one more level', () => {
    const scores = fullSelf(v1563).map((s) => (s.code === '2.2' ? { ...s, self: 0 } : s));
    const a = computeAssessment(v1563, 'provincial', scores, trained);
    expect(a.total).toBe(97);
    expect(a.level.name).toBe('Khá');
    expect(a.rulesApplied[0]!.explanation).toMatch(/^Không được xếp loại Tốt do tiêu chí 2\.2 .* bị 0 điểm; xếp loại Khá$/);
    const late = computeAssessment(v1563, 'provincial', scores, { ...trained, late: true });
    expect(late.rulesApplied.map((r) => r.rule)).toEqual(['block_top_level_if_zero', 'downgrade_if_late']);
    expect(late.level.name).toBe('Trung bình');
  });

  it('a unit with a flagged violation is not classified, whatever its score', () => {
    const v = {
      ...v1563,
      rules: [
        ...v1563.rules,
        { kind: 'not_eligible' as const, flag: 'violation', explanation: 'Không xếp loại do có cán bộ vi phạm bị kỷ luật' },
      ],
    };
    const a = computeAssessment(v, 'provincial', fullSelf(v), { ...trained, late: true, flags: ['violation'] });
    expect(a.total).toBe(100);
    expect(a.level).toEqual({ code: 'not_rated', name: 'Không xếp loại' });
    expect(a.rulesApplied).toEqual([
      {
        rule: 'not_eligible',
        from: { code: 'tot', name: 'Tốt' },
        to: { code: 'not_rated', name: 'Không xếp loại' },
        explanation: 'Không xếp loại do có cán bộ vi phạm bị kỷ luật',
      },
    ]);
  });

  it('refuses invalid scores (not counted) and reports missing ones; totals are still computed', () => {
    const scores = fullSelf(v1563)
      .filter((s) => s.code !== '6.2')
      .map((s) => (s.code === '3.1' ? { ...s, self: 9 } : s.code === '5.2' ? { ...s, self: 5.25 } : s));
    const a = computeAssessment(v1563, 'provincial', [...scores, { code: '1', self: 10 }, { code: '9.9', self: 1 }], { indicators: {} });
    expect(a.issues.map((i) => [i.code, i.node])).toEqual([
      ['scoring.derived.missing_indicator', '1.2'],
      ['scoring.score.group_computed', '1'],
      ['scoring.score.out_of_range', '3.1'],
      ['scoring.score.off_step', '5.2'],
      ['scoring.score.missing', '6.2'],
      ['scoring.score.unknown_criterion', '9.9'],
    ]);
    expect(a.total).toBe(100 - 3 - 8 - 6 - 10);
    expect(a.complete).toBe(false);
  });
});

describe('other provinces’ shapes', () => {
  it('Quảng Bình: 77 points is Tốt for an 85-point unit (90.59%) but Khá for a 100-point unit', () => {
    const v = exampleScorecardPercent();
    const base = [
      { code: '1.1', self: 10 },
      { code: '1.2', self: 8 },
      { code: '2.1', self: 14 },
      { code: '2.2', self: 10 },
      { code: '4.1', self: 15 },
      { code: '4.2', self: 10 },
      { code: '5.1', self: 10 },
      { code: '5.2', self: 0 },
    ];
    const out = computeAssessment(v, 'outside_par_index', base);
    expect(out).toMatchObject({ total: 77, unitMax: 85, percent: 90.59, complete: true });
    expect(out.level.name).toBe('Tốt');
    expect(out.nodes.find((n) => n.code === '3')).toMatchObject({ applicable: false, maxPoints: 0, final: 0 });
    const inside = computeAssessment(v, 'in_par_index', [...base, { code: '3.2', self: 0 }], { indicators: { par_index: 50 } });
    expect(inside).toMatchObject({ total: 77, unitMax: 100, percent: 77 });
    expect(inside.level.name).toBe('Khá');
    // derived linear: 87.3 → (37.3/50)·10 = 7.46 → rounded down to the 0.5 step
    expect(derivedPoints({ kind: 'linear', zeroAt: 50, fullAt: 100 }, 10, 87.3, 0.5)).toBe(7);
  });

  it('penalty deducts and bonus adds; the total passes the maximum only through bonus', () => {
    const v = exampleScorecardPercent();
    const all = leaves(v.nodes)
      .filter((n) => n.method!.kind === 'points' || n.method!.kind === 'yes_no')
      .map((n) => ({ code: n.code, self: n.maxPoints }));
    const a = computeAssessment(v, 'in_par_index', [...all, { code: 'TRU', self: 2 }, { code: 'THUONG', self: 5 }], {
      indicators: { par_index: 100 },
    });
    expect(a).toMatchObject({ regular: 100, penalty: 2, bonus: 5, total: 103, unitMax: 100, percent: 103 });
    expect(a.nodes.find((n) => n.code === 'TRU')).toMatchObject({ category: 'penalty', final: 2 });
  });

  it('Bắc Kạn: 90 self-scored points plus 10 only the level above can give', () => {
    const v: ScorecardVersion = {
      ...exampleScorecard1563(),
      id: 'bk',
      rules: [],
      nodes: [
        { code: '1', title: 'Tám tiêu chí tự chấm (gộp)', maxPoints: 90, method: { kind: 'points', step: 0.5 } },
        { code: '2', title: 'Điểm đánh giá của cấp trên', maxPoints: 10, method: { kind: 'superior_only', step: 1 } },
      ],
    };
    const draft = computeAssessment(v, 'provincial', [
      { code: '1', self: 88 },
      { code: '2', self: 10 },
    ]);
    expect(draft.total).toBe(88);
    expect(draft.issues.map((i) => i.code)).toEqual(['scoring.score.superior_only', 'scoring.score.awaiting_superior']);
    const final = computeAssessment(v, 'provincial', [
      { code: '1', self: 88 },
      { code: '2', appraised: 7 },
    ]);
    expect(final).toMatchObject({ total: 95, complete: true });
    expect(final.nodes.find((n) => n.code === '2')).toMatchObject({ self: null, appraised: 7, final: 7 });
  });

  it('Quảng Nam: bonus block capped by its own maximum, levels Hoàn thành xuất sắc / tốt / Hoàn thành', () => {
    const criteria: ScorecardNode[] = Array.from({ length: 10 }, (_, i) => ({
      code: String(i + 1),
      title: `Tiêu chí ${i + 1}`,
      maxPoints: 10,
      method: { kind: 'points', step: 0.5 },
    }));
    const v: ScorecardVersion = {
      ...exampleScorecard1563(),
      id: 'qn',
      rules: [],
      nodes: [
        ...criteria,
        {
          code: '11',
          title: 'Điểm thưởng',
          maxPoints: 5,
          children: [
            { code: '11.1', title: 'Được Thủ tướng tặng Bằng khen', maxPoints: 3, method: { kind: 'bonus', step: 1 } },
            { code: '11.2', title: 'Mô hình Dân vận khéo cấp tỉnh', maxPoints: 3, method: { kind: 'bonus', step: 1 } },
          ],
        },
      ],
      levels: {
        basis: 'points',
        levels: [
          { code: 'htxs', name: 'Hoàn thành xuất sắc', min: 95 },
          { code: 'htt', name: 'Hoàn thành tốt', min: 80 },
          { code: 'ht', name: 'Hoàn thành', min: 0 },
        ],
      },
    };
    const a = computeAssessment(v, 'provincial', [
      ...criteria.map((c) => ({ code: c.code, self: 9 })),
      { code: '11.1', self: 3 },
      { code: '11.2', self: 3 },
    ]);
    expect(a).toMatchObject({ regular: 90, bonus: 5, total: 95, unitMax: 100 });
    expect(a.level.name).toBe('Hoàn thành xuất sắc');
  });
});

// ---------- properties ----------

const vp = exampleScorecardPercent();
const scorable = leaves(vp.nodes);
const scoreArb = fc.tuple(
  ...scorable.map((n) =>
    fc.record({
      self: fc.option(
        fc.oneof(
          fc.integer({ min: -2, max: 2 * n.maxPoints }).map((x) => x / 2),
          fc.double({ min: -5, max: 30, noNaN: true }),
        ),
        { nil: undefined },
      ),
      appraised: fc.option(
        fc.integer({ min: 0, max: 2 * n.maxPoints + 2 }).map((x) => x / 2),
        { nil: undefined, freq: 3 },
      ),
    }),
  ),
);
const optsArb = fc.record({
  late: fc.boolean(),
  flags: fc.subarray(['violation', 'discipline']),
  par: fc.option(fc.double({ min: 0, max: 120, noNaN: true }), { nil: undefined }),
  group: fc.constantFrom('in_par_index', 'outside_par_index'),
});

describe('computeAssessment properties', () => {
  const withRules: ScorecardVersion = {
    ...vp,
    nodes: vp.nodes.map((n) => (n.code === '5' ? { ...n, blocksTopLevelIfZero: true } : n)),
    rules: [
      { kind: 'block_top_level_if_zero' },
      { kind: 'max_level_if_flag', flag: 'discipline', maxLevel: 'kha' },
      { kind: 'downgrade_if_late' },
      { kind: 'not_eligible', flag: 'violation' },
    ],
  };

  it('the total never exceeds the unit maximum except by the bonus, and is never negative', () => {
    fc.assert(
      fc.property(scoreArb, optsArb, (raw, o) => {
        const scores = scorable.map((n, i) => ({ code: n.code, ...raw[i]! }));
        const a = computeAssessment(withRules, o.group, scores, { late: o.late, flags: o.flags, indicators: { par_index: o.par } });
        expect(a.total).toBeGreaterThanOrEqual(0);
        expect(a.total).toBeLessThanOrEqual(a.unitMax + a.bonus + 1e-9);
        expect(a.bonus).toBeLessThanOrEqual(5);
        if (a.bonus === 0) expect(a.total).toBeLessThanOrEqual(a.unitMax);
        expect(a.unitMax).toBe(o.group === 'in_par_index' ? 100 : 85);
        for (const n of a.nodes) if (n.category === 'regular') expect(n.final).toBeLessThanOrEqual(n.maxPoints + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('every rule application is reported and the reports chain from the level before rules to the final level', () => {
    fc.assert(
      fc.property(scoreArb, optsArb, (raw, o) => {
        const scores = scorable.map((n, i) => ({ code: n.code, ...raw[i]! }));
        const a = computeAssessment(withRules, o.group, scores, { late: o.late, flags: o.flags, indicators: { par_index: o.par } });
        const r = a.rulesApplied;
        if (r.length === 0) expect(a.level).toEqual(a.levelBeforeRules);
        else {
          expect(r[0]!.from).toEqual(a.levelBeforeRules);
          expect(r[r.length - 1]!.to).toEqual(a.level);
          for (let i = 1; i < r.length; i++) expect(r[i]!.from).toEqual(r[i - 1]!.to);
          for (const x of r) expect(x.explanation.length).toBeGreaterThan(10);
        }
        if (o.flags.includes('violation')) expect(r.map((x) => x.rule)).toEqual(['not_eligible']);
        else {
          expect(r.some((x) => x.rule === 'downgrade_if_late')).toBe(o.late);
          if (o.flags.includes('discipline') && ['tot'].includes(a.levelBeforeRules.code)) {
            expect(a.level.code).not.toBe('tot');
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the level before rules is a monotone function of the score', () => {
    const schemeArb: fc.Arbitrary<LevelScheme> = fc
      .record({
        basis: fc.constantFrom('points' as const, 'percent_of_max' as const),
        mins: fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }),
      })
      .map(({ basis, mins }) => ({
        basis,
        levels: [...mins.sort((a, b) => b - a), 0].map((min, i) => ({ code: `l${i}`, name: `Mức ${i}`, min })),
      }));
    fc.assert(
      fc.property(
        schemeArb,
        fc.double({ min: 0, max: 110, noNaN: true }),
        fc.double({ min: 0, max: 110, noNaN: true }),
        fc.constantFrom(85, 100),
        (scheme, x, y, max) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const idx = (t: number) => scheme.levels.findIndex((l) => l.code === levelFor(scheme, t, max).code);
          expect(idx(hi)).toBeLessThanOrEqual(idx(lo));
        },
      ),
    );
  });
});
