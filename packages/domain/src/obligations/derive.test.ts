import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { deriveObligations, obligationKey } from './derive.ts';
import { deliverableLabel, sameDeliverable, type Milestone } from './milestones.ts';
import { isDescendantOf, isUnitKind, unitExistsOn, UNIT_KIND_LABELS, type OrgUnit } from './org-units.ts';
import { MILESTONES_2025, UNITS } from './test-fixtures.ts';
import { makeDeadline } from '../deadlines/deadline.ts';
import { addDays } from '../calendar/local-date.ts';

const byMilestone = (milestoneId: string) =>
  deriveObligations(MILESTONES_2025, UNITS)
    .filter((o) => o.milestoneId === milestoneId)
    .map((o) => o.unitId);

describe('unitExistsOn', () => {
  const u: OrgUnit = { id: 'x', parentId: null, kind: 'commune', validFrom: '2025-07-01', validTo: '2025-12-31' };
  it('includes opening and closing days', () => {
    expect(unitExistsOn(u, '2025-06-30')).toBe(false);
    expect(unitExistsOn(u, '2025-07-01')).toBe(true);
    expect(unitExistsOn(u, '2025-12-31')).toBe(true);
    expect(unitExistsOn(u, '2026-01-01')).toBe(false);
  });
  it('treats a closed unit with unknown closing date as not existing', () => {
    expect(unitExistsOn({ ...u, validTo: null, closed: true }, '2025-08-01')).toBe(false);
  });
});

describe('deriveObligations', () => {
  it('creates one obligation per unit in the audience per milestone', () => {
    expect(byMilestone('plan')).toEqual(['bhxh', 'hoa-thanh', 'snv', 'svhttdl']);
    const ob = deriveObligations(MILESTONES_2025, UNITS).find((o) => o.key === obligationKey('plan', 'snv'));
    expect(ob).toMatchObject({ milestoneId: 'plan', unitId: 'snv', deliverable: { kind: 'unit_plan' } });
    expect(ob?.deadline.due).toBe('2025-03-28');
  });

  it('a district abolished on 30/06 owes the plan and 6-month report but not the annual report', () => {
    expect(byMilestone('h1')).toContain('hoa-thanh');
    expect(byMilestone('year')).not.toContain('hoa-thanh');
  });

  it('a commune created on 01/07 owes the annual report only', () => {
    expect(byMilestone('plan')).not.toContain('xa-moi');
    expect(byMilestone('h1')).not.toContain('xa-moi');
    expect(byMilestone('year')).toContain('xa-moi');
  });

  it('never includes closed units with no known closing date, or unit kinds outside the audience', () => {
    const all = deriveObligations(MILESTONES_2025, UNITS).map((o) => o.unitId);
    expect(all).not.toContain('ghost');
    expect(all).not.toContain('tinh');
    expect(all).not.toContain('svhttdl-vp');
  });

  it('judges existence on the due date itself', () => {
    const m: Milestone = {
      id: 'm',
      deliverable: { kind: 'self_assessment' },
      deadline: makeDeadline('2025-07-01', false),
      audience: { unitKinds: ['commune', 'district'] },
    };
    // hoa-thanh ends 30/06 (the last allowed day) but does not exist on the due date 01/07.
    expect(deriveObligations([m], UNITS).map((o) => o.unitId)).toEqual(['xa-moi']);
  });

  it("addresses a department's own divisions with withinSubtreeOf", () => {
    const m: Milestone = {
      id: 'internal',
      deliverable: { kind: 'period_report', periodKind: 'Y', year: 2023 },
      deadline: makeDeadline('2023-10-27', true),
      audience: { unitKinds: ['division'], withinSubtreeOf: 'svhttdl' },
    };
    expect(deriveObligations([m], UNITS).map((o) => o.unitId)).toEqual(['svhttdl-bt', 'svhttdl-vp']);
  });

  it('combines kinds and explicit ids, honours exclusions and does not duplicate', () => {
    const m: Milestone = {
      id: 'x',
      deliverable: { kind: 'other', title: 'Báo cáo chuyên đề' },
      deadline: makeDeadline('2025-09-01', true),
      audience: { unitKinds: ['central_agency'], unitIds: ['snv-p1', 'bhxh', 'nonexistent'], excludeUnitIds: ['snv'] },
    };
    expect(deriveObligations([m], UNITS).map((o) => o.unitId)).toEqual(['bhxh', 'snv-p1']);
    expect(deriveObligations([{ ...m, audience: {} }], UNITS)).toEqual([]);
  });

  it('never yields more obligations than units existing on the due date (no rate above 100%)', () => {
    const kinds = ['department', 'district', 'commune', 'division'] as const;
    const unitArb = fc.record({
      kind: fc.constantFrom(...kinds),
      fromOffset: fc.integer({ min: -400, max: 400 }),
      length: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 30 }), fc.integer({ min: 0, max: 365 }), (specs, dueOffset) => {
        const units: OrgUnit[] = specs.map((s, i) => ({
          id: `u${i}`,
          parentId: null,
          kind: s.kind,
          validFrom: addDays('2025-01-01', s.fromOffset),
          validTo: s.length === null ? null : addDays('2025-01-01', s.fromOffset + s.length),
        }));
        const due = addDays('2025-01-01', dueOffset);
        const m: Milestone = {
          id: 'm',
          deliverable: { kind: 'unit_plan' },
          deadline: makeDeadline(due, false),
          audience: { unitKinds: kinds },
        };
        const obs = deriveObligations([m], units);
        const existing = units.filter((u) => unitExistsOn(u, due));
        expect(obs.length).toBe(existing.length);
        expect(new Set(obs.map((o) => o.key)).size).toBe(obs.length);
      }),
    );
  });
});

describe('org-unit helpers and deliverables', () => {
  it('walks the tree and survives cycles', () => {
    const map = new Map(UNITS.map((u) => [u.id, u]));
    expect(isDescendantOf('svhttdl-vp', 'tinh', map)).toBe(true);
    expect(isDescendantOf('svhttdl', 'svhttdl', map)).toBe(false);
    const cyc = new Map<string, OrgUnit>([
      ['a', { id: 'a', parentId: 'b', kind: 'division', validFrom: '2000-01-01', validTo: null }],
      ['b', { id: 'b', parentId: 'a', kind: 'division', validFrom: '2000-01-01', validTo: null }],
    ]);
    expect(isDescendantOf('a', 'z', cyc)).toBe(false);
  });

  it('labels deliverables and unit kinds in Vietnamese', () => {
    expect(deliverableLabel({ kind: 'period_report', periodKind: 'H1', year: 2025 })).toBe('Báo cáo 6 tháng đầu năm 2025');
    expect(deliverableLabel({ kind: 'period_report', periodKind: 'Q1', year: 2025 })).toBe('Báo cáo quý I năm 2025');
    expect(deliverableLabel({ kind: 'period_report', periodKind: 'Y', year: 2025 })).toBe('Báo cáo năm 2025');
    expect(deliverableLabel({ kind: 'other', title: 'Tọa đàm' })).toBe('Tọa đàm');
    expect(UNIT_KIND_LABELS.commune).toBe('UBND cấp xã');
    expect(isUnitKind('division')).toBe(true);
    expect(isUnitKind('ward')).toBe(false);
  });

  it('compares deliverables by content', () => {
    expect(
      sameDeliverable({ kind: 'period_report', periodKind: 'H1', year: 2025 }, { kind: 'period_report', periodKind: 'H1', year: 2025 }),
    ).toBe(true);
    expect(
      sameDeliverable({ kind: 'period_report', periodKind: 'H1', year: 2025 }, { kind: 'period_report', periodKind: 'Y', year: 2025 }),
    ).toBe(false);
    expect(sameDeliverable({ kind: 'unit_plan' }, { kind: 'self_assessment' })).toBe(false);
  });
});
