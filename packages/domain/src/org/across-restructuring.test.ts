import { describe, expect, it } from 'vitest';
import { figureAcrossRestructuring, unitNoun } from './across-restructuring.ts';
import type { LineageEdge, OrgHistory, UnitVersion } from './temporal.ts';

const v = (
  unitId: string,
  name: string,
  kind: UnitVersion['kind'],
  validFrom = '2020-01-01',
  validTo: string | null = null,
): UnitVersion => ({
  unitId,
  name,
  code: unitId.toUpperCase(),
  kind,
  parentId: 'tn',
  validFrom,
  validTo,
});
const edge = (fromUnitId: string, toUnitId: string, date: string, kind: LineageEdge['kind'] = 'merge', whole = true): LineageEdge => ({
  eventId: `e-${toUnitId}-${date}`,
  kind,
  fromUnitId,
  toUnitId,
  date,
  whole,
});

// Three communes (one of them a ward) merged on 1/7/2025 into a new ward, with part of a fourth commune.
const history = (): Pick<OrgHistory, 'versions' | 'edges'> => ({
  versions: [
    v('a', 'Ủy ban nhân dân xã An Hòa', 'commune', '2020-01-01', '2025-06-30'),
    v('b', 'Ủy ban nhân dân xã Bình Minh', 'commune', '2020-01-01', '2025-06-30'),
    v('c', 'Ủy ban nhân dân phường 1', 'commune', '2020-01-01', '2025-06-30'),
    v('p', 'Ủy ban nhân dân xã Phước Vinh', 'commune'),
    v('n', 'Ủy ban nhân dân phường Tân Ninh', 'commune', '2025-07-01'),
  ],
  edges: [
    edge('a', 'n', '2025-07-01'),
    edge('b', 'n', '2025-07-01'),
    edge('c', 'n', '2025-07-01'),
    edge('p', 'n', '2025-07-01', 'transfer', false),
  ],
});
const of = (figures: Record<string, number>) => (id: string) => figures[id];

describe('a figure for a past year across a restructuring', () => {
  it("is the unit's own figure when it has one, unlabelled", () => {
    expect(figureAcrossRestructuring(history(), 'p', 2024, of({ p: 88 }))).toEqual({ value: 88, from: 'own', unitIds: ['p'], label: null });
  });

  it("of a merged unit: the mean of its whole predecessors' figures, said so", () => {
    const f = figureAcrossRestructuring(history(), 'n', 2024, of({ a: 90, b: 85, c: 80.5, p: 40 }));
    expect(f).toEqual({
      value: 85.17,
      from: 'predecessors',
      unitIds: ['a', 'b', 'c'],
      label: '2024: bình quân của 3 xã, phường trước sáp nhập',
    });
  });

  it('counts only the predecessors that have a figure, and names a single one', () => {
    expect(figureAcrossRestructuring(history(), 'n', 2024, of({ a: 90, b: 70 }))?.label).toBe('2024: bình quân của 2 xã trước sáp nhập');
    // Counts (complaints received) add up instead.
    expect(figureAcrossRestructuring(history(), 'n', 2024, of({ a: 9, b: 7 }), 'sum')).toMatchObject({
      value: 16,
      label: '2024: tổng của 2 xã trước sáp nhập',
    });
    expect(figureAcrossRestructuring(history(), 'n', 2024, of({ b: 70.25 }))).toMatchObject({
      value: 70.25,
      label: '2024: kết quả của xã Bình Minh trước sáp nhập',
    });
  });

  it('falls back on units it took a part of only when no whole predecessor has a figure', () => {
    expect(figureAcrossRestructuring(history(), 'n', 2024, of({ p: 40 }))).toMatchObject({
      value: 40,
      unitIds: ['p'],
      label: '2024: kết quả của xã Phước Vinh trước điều chỉnh địa giới',
    });
  });

  it('follows merges of merges back to the units that had a figure in the year', () => {
    const h = history();
    h.versions.push(
      v('m', 'Ủy ban nhân dân xã Mới', 'commune', '2023-01-01', '2025-06-30'),
      v('x', 'Ủy ban nhân dân xã X', 'commune', '2020-01-01', '2022-12-31'),
    );
    h.edges.push(edge('m', 'n', '2025-07-01'), edge('x', 'm', '2023-01-01'));
    // 2022: m did not exist; its predecessor x had a result.
    expect(figureAcrossRestructuring(h, 'n', 2022, of({ x: 60, a: 80 }))).toMatchObject({ value: 70, unitIds: ['a', 'x'] });
    // 2024: m had its own result, x's older one is not used.
    expect(figureAcrossRestructuring(h, 'n', 2024, of({ m: 90, x: 10 }))).toMatchObject({ value: 90, unitIds: ['m'] });
  });

  it('ignores restructurings made before or within the year, and answers null with nothing to compare', () => {
    expect(figureAcrossRestructuring(history(), 'n', 2025, of({ a: 90, b: 85 }))).toBeNull();
    expect(figureAcrossRestructuring(history(), 'n', 2024, of({}))).toBeNull();
    expect(figureAcrossRestructuring(history(), 'unknown', 2024, of({ a: 1 }))).toBeNull();
  });

  it('a split unit compares with the unit it was split from', () => {
    const h = {
      versions: [
        v('s', 'Ủy ban nhân dân xã Gốc', 'commune', '2020-01-01', '2025-06-30'),
        v('s1', 'Ủy ban nhân dân xã Gốc Bắc', 'commune', '2025-07-01'),
      ],
      edges: [edge('s', 's1', '2025-07-01', 'split', false)],
    };
    expect(figureAcrossRestructuring(h, 's1', 2024, of({ s: 75 }))?.label).toBe('2024: kết quả của xã Gốc trước chia tách');
  });

  it('calls units by what they are in running text', () => {
    expect(unitNoun({ kind: 'commune', name: 'Ủy ban nhân dân thị trấn Gò Dầu' })).toBe('thị trấn');
    expect(unitNoun({ kind: 'commune', name: 'UBND Phường 3' })).toBe('phường');
    expect(unitNoun({ kind: 'district', name: 'Ủy ban nhân dân thị xã Trảng Bàng' })).toBe('thị xã');
    expect(unitNoun({ kind: 'district', name: 'Ủy ban nhân dân huyện Bến Cầu' })).toBe('huyện');
    expect(unitNoun({ kind: 'department', name: 'Sở Nội vụ' })).toBe('sở');
    expect(unitNoun({ kind: 'division', name: 'Phòng Tổ chức' })).toBe('đơn vị');
  });
});
