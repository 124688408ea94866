import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rollupTree, rollupUnits, rollupRuleAllowed } from './rollup.ts';
import type { ConsolidationNode, ReportIndicatorDef, ReportValues } from './types.ts';

const STAFF_TOTAL: ReportIndicatorDef = { code: 'staff_total', name: 'Tổng số cán bộ', type: 'integer', rollup: 'sum' };
const TRAINED_PCT: ReportIndicatorDef = {
  code: 'trained_pct',
  name: 'Tỷ lệ cán bộ được tập huấn',
  type: 'percent',
  rollup: 'average',
  weightBy: 'staff_total',
};
const FINES: ReportIndicatorDef = { code: 'fines', name: 'Tiền phạt', type: 'money', rollup: 'sum' };
const AVG_FINE: ReportIndicatorDef = { code: 'fines', name: 'Tiền phạt', type: 'money', rollup: 'average' };
const INSPECTIONS_MIN: ReportIndicatorDef = { code: 'inspections', name: 'Số cuộc thanh tra', type: 'integer', rollup: 'min' };
const FIRST_DIALOGUE: ReportIndicatorDef = { code: 'first_dialogue', name: 'Ngày đối thoại đầu tiên', type: 'date', rollup: 'min' };
const NOTE: ReportIndicatorDef = { code: 'note', name: 'Ghi chú', type: 'text', rollup: 'none' };

const province: ConsolidationNode = {
  unitId: 'snv',
  expectedToReport: false,
  children: [
    { unitId: 'stttt', children: [{ unitId: 'stttt-vp' }, { unitId: 'stttt-tt' }], source: 'own_only' },
    { unitId: 'svhttdl', source: 'children_only', children: [{ unitId: 'svh-p1' }, { unitId: 'svh-p2' }] },
    { unitId: 'hoa-thanh', children: [{ unitId: 'xa-a' }, { unitId: 'xa-b' }] },
  ],
};

describe('rollupTree — consolidation of accepted reports', () => {
  const values: Record<string, ReportValues> = {
    stttt: { staff_total: 25, fines: 68_750_000, trained_pct: 76, first_dialogue: '2024-03-12' },
    'stttt-vp': { staff_total: 1000 }, // counted inside the department's own report: must not be added twice
    'svh-p1': { staff_total: 10, trained_pct: 100 },
    'svh-p2': { staff_total: 30, trained_pct: 50, fines: 1_000_000 },
    'hoa-thanh': { staff_total: 40, fines: 0, first_dialogue: '2024-02-01' },
    'xa-a': { staff_total: 15, note: 'Đã tổ chức 2 cuộc đối thoại' },
  };
  const r = rollupTree(province, values, [STAFF_TOTAL, TRAINED_PCT, FINES, FIRST_DIALOGUE, NOTE]);

  it('adds up the province total from the nodes that make it, respecting own_only / children_only', () => {
    // stttt (own only: 25) + svh divisions (10+30) + hoa-thanh (40) + xa-a (15); xa-b missing
    expect(r.snv!.figures.staff_total).toMatchObject({ value: 120, reportedBy: 5 });
    expect(r.snv!.figures.staff_total!.missing).toEqual(['xa-b']);
    expect(r.snv!.missingUnits).toEqual(['xa-b']);
    expect(r.snv!.expectedUnits).toEqual(['stttt', 'svh-p1', 'svh-p2', 'hoa-thanh', 'xa-a', 'xa-b']);
    expect(r.svhttdl!.figures.staff_total!.value).toBe(40);
    expect(r.svhttdl!.expectedUnits).toEqual(['svh-p1', 'svh-p2']);
    expect(r.stttt!.figures.staff_total!.value).toBe(25);
    expect(r['stttt-vp']!.figures.staff_total!.value).toBe(1000);
  });

  it('weights percentages by the staff total and lists units without a value as missing, not zero', () => {
    const f = r.snv!.figures.trained_pct!;
    // (76·25 + 100·10 + 50·30) / (25+10+30)
    expect(f.value).toBeCloseTo((76 * 25 + 100 * 10 + 50 * 30) / 65, 9);
    expect(f.weight).toBe(65);
    expect(f.reportedBy).toBe(3);
    expect(f.missing).toEqual(['hoa-thanh', 'xa-a', 'xa-b']);
  });

  it('keeps money in whole đồng, counts a reported 0 as reported', () => {
    const f = r.snv!.figures.fines!;
    expect(f.value).toBe(69_750_000);
    expect(f.reportedBy).toBe(3);
    expect(Number.isInteger(f.value)).toBe(true);
  });

  it('takes the earliest date with min, gives no value but coverage for text', () => {
    expect(r.snv!.figures.first_dialogue!.value).toBe('2024-02-01');
    expect(r.snv!.figures.note).toMatchObject({ value: null, reportedBy: 1, rule: 'none' });
  });

  it('gives null (not 0) when no unit reported an indicator', () => {
    const only = rollupTree({ unitId: 'x', children: [{ unitId: 'y' }] }, {}, [STAFF_TOTAL, INSPECTIONS_MIN]);
    expect(only.x!.figures.staff_total).toMatchObject({ value: null, reportedBy: 0, expected: 2, missing: ['x', 'y'] });
    expect(only.x!.figures.inspections!.value).toBeNull();
  });

  it('rounds a money average to whole đồng', () => {
    const f = rollupUnits(['a', 'b', 'c'], { a: { fines: 1 }, b: { fines: 1 }, c: { fines: 2 } }, [AVG_FINE]);
    expect(f.fines!.value).toBe(1); // 4/3 → 1
    const g = rollupUnits(['a', 'b'], { a: { fines: 1 }, b: { fines: 2 } }, [AVG_FINE]);
    expect(g.fines!.value).toBe(2); // 1.5 → 2
  });

  it('refuses nonsensical rules (sum of dates) by rolling them up as none', () => {
    expect(rollupRuleAllowed('date', 'sum')).toBe(false);
    expect(rollupRuleAllowed('text', 'max')).toBe(false);
    const f = rollupUnits(['a'], { a: { d: '2024-01-01' } }, [{ code: 'd', name: 'd', type: 'date', rollup: 'sum' }]);
    expect(f.d).toMatchObject({ rule: 'none', value: null, reportedBy: 1 });
  });

  it('rejects a tree that lists the same unit twice', () => {
    expect(() => rollupTree({ unitId: 'a', children: [{ unitId: 'a' }] }, {}, [STAFF_TOTAL])).toThrow(/duplicate/);
  });
});

// ---------- property tests ----------

interface Gen {
  tree: ConsolidationNode;
  leaves: string[];
}

/** Random tree whose internal nodes do not report themselves, so the total is over the leaves. */
const treeArb: fc.Arbitrary<Gen> = fc.array(fc.nat(), { minLength: 1, maxLength: 25 }).map((parents) => {
  // node i+1 hangs under node parents[i] % (i+1): any shape from a chain to a star
  const children: number[][] = [[]];
  parents.forEach((p, i) => {
    children.push([]);
    children[p % (i + 1)]!.push(i + 1);
  });
  const leaves: string[] = [];
  const build = (i: number): ConsolidationNode => {
    const kids = children[i]!;
    if (kids.length === 0) {
      leaves.push(`u${i}`);
      return { unitId: `u${i}` };
    }
    return { unitId: `u${i}`, expectedToReport: false, children: kids.map(build) };
  };
  const tree = build(0);
  return { tree, leaves };
});

const maybeValue = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

describe('rollupTree properties', () => {
  const defs: ReportIndicatorDef[] = [
    { code: 'n', name: 'n', type: 'integer', rollup: 'sum' },
    { code: 'lo', name: 'lo', type: 'integer', rollup: 'min' },
    { code: 'hi', name: 'hi', type: 'integer', rollup: 'max' },
    { code: 'm', name: 'm', type: 'money', rollup: 'sum' },
    { code: 'mavg', name: 'mavg', type: 'money', rollup: 'average' },
    { code: 'p', name: 'p', type: 'percent', rollup: 'average' },
    { code: 'pw', name: 'pw', type: 'percent', rollup: 'average', weightBy: 'w' },
    { code: 'w', name: 'w', type: 'integer', rollup: 'sum' },
  ];
  const valuesArb = fc.record({
    n: maybeValue(fc.integer({ min: -1000, max: 1000 })),
    lo: maybeValue(fc.integer({ min: -1000, max: 1000 })),
    hi: maybeValue(fc.integer({ min: -1000, max: 1000 })),
    m: maybeValue(fc.integer({ min: 0, max: 10_000_000_000 })),
    mavg: maybeValue(fc.integer({ min: 0, max: 10_000_000 })),
    p: maybeValue(fc.double({ min: 0, max: 100, noNaN: true })),
    pw: maybeValue(fc.double({ min: 0, max: 100, noNaN: true })),
    w: maybeValue(fc.integer({ min: 0, max: 500 })),
  });
  const caseArb = treeArb.chain((g) =>
    fc.record({
      g: fc.constant(g),
      vals: fc.array(fc.option(valuesArb, { nil: undefined, freq: 5 }), { minLength: g.leaves.length, maxLength: g.leaves.length }),
    }),
  );

  it('a total over any tree equals the total over its leaves; averages are leaf-weighted; missing never counts as zero', () => {
    fc.assert(
      fc.property(caseArb, ({ g, vals }) => {
        const byUnit: Record<string, ReportValues | undefined> = {};
        g.leaves.forEach((u, i) => (byUnit[u] = vals[i] as ReportValues | undefined));
        const root = rollupTree(g.tree, byUnit, defs)[g.tree.unitId]!;
        const flat = rollupUnits(g.leaves, byUnit, defs);
        const leafVals = (code: string) => g.leaves.map((u) => byUnit[u]?.[code]).filter((v): v is number => typeof v === 'number');
        for (const code of ['n', 'lo', 'hi', 'm']) {
          expect(root.figures[code]!.value).toBe(flat[code]!.value);
          const vs = leafVals(code);
          const expected =
            vs.length === 0 ? null : code === 'lo' ? Math.min(...vs) : code === 'hi' ? Math.max(...vs) : vs.reduce((a, b) => a + b, 0);
          expect(root.figures[code]!.value).toBe(expected);
          // reportedBy + missing covers every leaf exactly once
          expect(root.figures[code]!.reportedBy).toBe(vs.length);
          expect(root.figures[code]!.missing.length + vs.length).toBe(g.leaves.length);
        }
        // plain average: every reporting leaf weighs 1, whatever the shape
        const ps = leafVals('p');
        const pv = root.figures.p!.value;
        if (ps.length === 0) expect(pv).toBeNull();
        else expect(pv as number).toBeCloseTo(ps.reduce((a, b) => a + b, 0) / ps.length, 6);
        // weighted average: Σ(p·w)/Σw over leaves with both values
        let sw = 0;
        let swv = 0;
        let n = 0;
        for (const u of g.leaves) {
          const v = byUnit[u]?.pw;
          const w = byUnit[u]?.w;
          if (typeof v === 'number' && typeof w === 'number') {
            sw += w;
            swv += v * w;
            n++;
          }
        }
        const pw = root.figures.pw!;
        expect(pw.reportedBy).toBe(n);
        if (sw === 0) expect(pw.value).toBeNull();
        else expect(pw.value as number).toBeCloseTo(swv / sw, 6);
        // money stays integer, including averages
        for (const code of ['m', 'mavg']) {
          const v = root.figures[code]!.value;
          if (v !== null) expect(Number.isInteger(v)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adding a unit with no value never changes a sum, min, max or average', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 10 }), (nums) => {
        const units = nums.map((_, i) => `u${i}`);
        const vals: Record<string, ReportValues> = {};
        nums.forEach((v, i) => (vals[`u${i}`] = { n: v, lo: v, hi: v, p: v }));
        const before = rollupUnits(units, vals, defs);
        const after = rollupUnits([...units, 'silent', 'empty'], { ...vals, empty: {} }, defs);
        for (const code of ['n', 'lo', 'hi', 'p']) {
          expect(after[code]!.value).toBe(before[code]!.value);
          expect(after[code]!.missing).toEqual(['silent', 'empty']);
        }
      }),
    );
  });
});
