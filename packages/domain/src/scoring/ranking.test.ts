import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeAssessment } from './assessment.ts';
import { exampleScorecard1563 } from './examples.ts';
import { rankUnits, type RankingInput } from './ranking.ts';
import type { ScorecardVersion } from './types.ts';

/** A one-criterion card makes totals easy to set; levels and groups are those of the 1563 example. */
const base = exampleScorecard1563();
const simple: ScorecardVersion = {
  ...base,
  nodes: [{ code: '1', title: 'Tổng hợp', maxPoints: 100, method: { kind: 'points', step: 0.5 } }],
  rules: [{ kind: 'downgrade_if_late' }, { kind: 'not_eligible', flag: 'violation', explanation: 'Không xếp loại do có vi phạm' }],
};

function unit(
  id: string,
  name: string,
  total: number,
  group = 'district_chain',
  o: { late?: boolean; flags?: string[] } = {},
  previous?: RankingInput['previous'],
): RankingInput {
  const r: RankingInput = { unitId: id, unitName: name, assessment: computeAssessment(simple, group, [{ code: '1', self: total }], o) };
  if (previous) r.previous = previous;
  return r;
}

describe('rankUnits', () => {
  const units = [
    unit('hoa-thanh', 'Thị xã Hoà Thành', 92, 'district_chain', {}, { levelCode: 'kha', total: 85 }),
    unit('trang-bang', 'Thị xã Trảng Bàng', 95, 'district_chain', {}, { levelCode: 'tot', total: 96 }),
    unit('go-dau', 'Huyện Gò Dầu', 92, 'district_chain', { late: true }),
    unit('ben-cau', 'Huyện Bến Cầu', 88),
    unit('chau-thanh', 'Huyện Châu Thành', 99, 'district_chain', { flags: ['violation'] }),
    unit('snv', 'Sở Nội vụ', 96, 'provincial'),
    unit('stttt', 'Sở Thông tin và Truyền thông', 91, 'provincial'),
  ];
  const r = rankUnits(units, simple, { op: '>', share: 90 });

  it('ranks each unit group separately, by total, with shared ranks for ties (1, 2, 2, 4)', () => {
    expect(r.groups.map((g) => g.unitGroup)).toEqual(['provincial', 'district_chain']);
    const d = r.groups[1]!;
    expect(d.units.map((u) => [u.unitId, u.rank, u.total, u.level.name])).toEqual([
      ['trang-bang', 1, 95, 'Tốt'],
      ['go-dau', 2, 92, 'Khá'],
      ['hoa-thanh', 2, 92, 'Tốt'],
      ['ben-cau', 4, 88, 'Khá'],
      ['chau-thanh', null, 99, 'Không xếp loại'],
    ]);
    expect(d.units[1]!.note).toBe('Đồng hạng 2 với Thị xã Hoà Thành');
    expect(d.units[2]!.tiedWith).toEqual(['go-dau']);
    expect(d.units[4]!.note).toBe('Không xếp loại do có vi phạm');
  });

  it('gives the level distribution and checks the province target with the numbers', () => {
    const d = r.groups[1]!;
    expect(d.distribution.map((x) => [x.level.name, x.count, x.share])).toEqual([
      ['Tốt', 2, 40],
      ['Khá', 2, 40],
      ['Trung bình', 0, 0],
      ['Yếu', 0, 0],
      ['Không xếp loại', 1, 20],
    ]);
    expect(d.target).toMatchObject({ count: 2, total: 5, share: 40, met: false });
    expect(d.target!.message).toBe(
      'Nhóm 2: UBND các huyện, thị xã, thành phố; các phòng, ban chuyên môn; UBND các xã, phường, thị trấn: 2/5 đơn vị xếp loại Tốt (40%); chỉ tiêu trên 90%: Chưa đạt',
    );
    expect(r.groups[0]!.target).toMatchObject({ count: 2, total: 2, share: 100, met: true });
    expect(r.overall.target!.message).toBe('Toàn tỉnh: 4/7 đơn vị xếp loại Tốt (57,1%); chỉ tiêu trên 90%: Chưa đạt');
  });

  it('"> 90%" is not met at exactly 90%, ">= 90%" is', () => {
    const ten = Array.from({ length: 10 }, (_, i) => unit(`u${i}`, `Xã ${i}`, i < 9 ? 95 : 60));
    expect(rankUnits(ten, simple, { op: '>', share: 90 }).overall.target!.met).toBe(false);
    expect(rankUnits(ten, simple, { op: '>=', share: 90 }).overall.target!.met).toBe(true);
  });

  it('compares with last year’s level and total', () => {
    const d = r.groups[1]!;
    expect(d.units.find((u) => u.unitId === 'hoa-thanh')!.change).toEqual({
      previousLevel: { code: 'kha', name: 'Khá' },
      direction: 'up',
      previousTotal: 85,
      totalDelta: 7,
    });
    expect(d.units.find((u) => u.unitId === 'trang-bang')!.change).toMatchObject({ direction: 'same', totalDelta: -1 });
    expect(d.units.find((u) => u.unitId === 'go-dau')!.change).toBeUndefined();
  });

  it('property: each group is a permutation of its units, ranks never decrease and equal the competition rank', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ t: fc.integer({ min: 0, max: 200 }), g: fc.boolean(), bad: fc.boolean() }), { maxLength: 30 }),
        (rows) => {
          const input = rows.map((x, i) =>
            unit(`u${i}`, `Đơn vị ${i}`, x.t / 2, x.g ? 'provincial' : 'district_chain', {
              flags: x.bad && i % 3 === 0 ? ['violation'] : [],
            }),
          );
          const res = rankUnits(input, simple);
          const all = res.groups.flatMap((g) => g.units.map((u) => u.unitId));
          expect([...all].sort()).toEqual(input.map((u) => u.unitId).sort());
          for (const g of res.groups) {
            const ranked = g.units.filter((u) => u.rank !== null);
            // unranked units come last
            expect(g.units.slice(0, ranked.length)).toEqual(ranked);
            for (let i = 0; i < ranked.length; i++) {
              const u = ranked[i]!;
              if (i > 0) expect(u.rank!).toBeGreaterThanOrEqual(ranked[i - 1]!.rank!);
              expect(u.rank).toBe(1 + ranked.filter((o) => o.total > u.total).length);
            }
            expect(g.distribution.reduce((a, x) => a + x.count, 0)).toBe(g.units.length);
          }
        },
      ),
    );
  });
});
