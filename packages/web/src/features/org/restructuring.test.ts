import { describe, expect, it } from 'vitest';
import type { OrgEventDto, OrgEventInput } from '@dvcq/shared';
import { describeEvent, groupBatches, newUnitNames, revertableBatchId, treeAsUnits } from './restructuring.ts';

const basis = { number: '1682/NQ-UBTVQH15', date: '2025-06-16', issuer: 'Ủy ban Thường vụ Quốc hội' };
const ev = (id: string, batchId: string, effectiveDate: string, revertedAt: string | null = null): OrgEventDto => ({
  id,
  batchId,
  batchTitle: `Đợt ${batchId}`,
  legalBasis: basis,
  kind: 'merge',
  effectiveDate,
  units: [],
  revertedAt,
});

describe('restructuring helpers', () => {
  it('groups events into batches in list order, with the earliest effective date', () => {
    const batches = groupBatches([
      ev('1', 'b2', '2025-07-01'),
      ev('2', 'b2', '2025-06-01'),
      ev('3', 'b1', '2024-01-01', '2025-01-01T00:00:00Z'),
    ]);
    expect(batches.map((b) => [b.id, b.effectiveDate, b.events.length])).toEqual([
      ['b2', '2025-06-01', 2],
      ['b1', '2024-01-01', 1],
    ]);
    expect(revertableBatchId(batches)).toBe('b2');
    expect(revertableBatchId(batches.slice(1))).toBeNull();
  });

  it('describes a merge of whole and partial units into a new one, naming units created in the batch', () => {
    const merge: OrgEventInput = {
      kind: 'merge',
      sources: [
        { unitId: 'a', whole: true },
        { unitId: 'b', whole: false },
      ],
      into: { newUnit: { unitId: 'n', name: 'Xã Mới', code: 'XM', kind: 'commune', parentId: null } },
    };
    const names = new Map([['a', 'Xã A'], ['b', 'Xã B'], ...newUnitNames([merge])]);
    expect(describeEvent(merge, (id) => names.get(id) ?? id)).toBe('Sáp nhập, hợp nhất: Xã A, một phần Xã B → Xã Mới (mới, UBND cấp xã)');
    expect(describeEvent({ kind: 'dissolve', unitId: 'a', effectiveDate: '2025-07-01' }, (id) => names.get(id) ?? id)).toBe(
      'Giải thể: Xã A từ 01/07/2025',
    );
  });

  it('shapes the tree as of a date like today’s list, counting children', () => {
    const units = treeAsUnits({
      asOf: '2024-01-01',
      units: [
        { id: 'p', parentId: null, name: 'Tỉnh', code: 'P', kind: 'province', depth: 0, validFrom: '2020-01-01', validTo: null },
        { id: 'd', parentId: 'p', name: 'Huyện', code: 'D', kind: 'district', depth: 1, validFrom: '2020-01-01', validTo: '2025-06-30' },
      ],
    });
    expect(units.map((u) => [u.id, u.childCount, u.validTo])).toEqual([
      ['p', 1, null],
      ['d', 0, null],
    ]);
  });
});
