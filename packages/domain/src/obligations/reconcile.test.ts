import { describe, it, expect } from 'vitest';
import { deriveObligations } from './derive.ts';
import { reconcileObligations, type ExistingObligation } from './reconcile.ts';
import type { Milestone } from './milestones.ts';
import { MILESTONES_2025, UNITS } from './test-fixtures.ts';
import { makeDeadline } from '../deadlines/deadline.ts';

const existingWith = (submitted: Record<string, Date> = {}): ExistingObligation[] =>
  deriveObligations(MILESTONES_2025, UNITS).map((o) => ({ ...o, firstSubmittedAt: submitted[o.key] ?? null }));

const amend = (change: (m: Milestone) => Milestone | null): Milestone[] =>
  MILESTONES_2025.map(change).filter((m): m is Milestone => m !== null);

describe('reconcileObligations', () => {
  it('changes nothing when the amendment does not touch milestones', () => {
    const existing = existingWith();
    const r = reconcileObligations(existing, deriveObligations(MILESTONES_2025, UNITS));
    expect(r.toCreate).toEqual([]);
    expect(r.toCancel).toEqual([]);
    expect(r.toReschedule).toEqual([]);
    expect(r.unchanged).toHaveLength(existing.length);
  });

  it('reschedules in place when a deadline moves, keeping the submission attached', () => {
    const submittedAt = new Date('2025-05-10T03:00:00Z');
    const existing = existingWith({ 'h1::snv': submittedAt });
    const moved = makeDeadline('2025-06-05', false, 'Trước ngày 05/6/2025');
    const desired = deriveObligations(
      amend((m) => (m.id === 'h1' ? { ...m, deadline: moved } : m)),
      UNITS,
    );
    const r = reconcileObligations(existing, desired);
    expect(r.toCreate).toEqual([]);
    expect(r.toCancel).toEqual([]);
    expect(r.toReschedule.map((x) => x.obligation.unitId).sort()).toEqual(['bhxh', 'hoa-thanh', 'snv', 'svhttdl']);
    const snv = r.toReschedule.find((x) => x.obligation.unitId === 'snv');
    expect(snv?.obligation.firstSubmittedAt).toBe(submittedAt);
    expect(snv?.from.due).toBe('2025-05-20');
    expect(snv?.to).toEqual(moved);
  });

  it('treats a change from "trước ngày" to "chậm nhất" on the same day as a reschedule', () => {
    const existing = existingWith();
    const desired = deriveObligations(
      amend((m) => (m.id === 'year' ? { ...m, deadline: makeDeadline('2025-11-01', true) } : m)),
      UNITS,
    );
    expect(reconcileObligations(existing, desired).toReschedule).toHaveLength(4);
  });

  it('cancels with a reason when a milestone is removed, flagging units that had submitted', () => {
    const existing = existingWith({ 'h1::bhxh': new Date('2025-05-01T00:00:00Z') });
    const desired = deriveObligations(
      amend((m) => (m.id === 'h1' ? null : m)),
      UNITS,
    );
    const r = reconcileObligations(existing, desired);
    expect(r.toCancel).toHaveLength(4);
    expect(r.toCancel.every((c) => c.reason.code === 'MILESTONE_REMOVED')).toBe(true);
    expect(r.toCancel.find((c) => c.obligation.unitId === 'bhxh')?.hadSubmission).toBe(true);
    expect(r.toCancel.find((c) => c.obligation.unitId === 'snv')?.hadSubmission).toBe(false);
    expect(r.toCancel[0]?.reason.message).toMatch(/kế hoạch sửa đổi/);
  });

  it('creates obligations for units added to the audience and cancels for units removed', () => {
    const existing = existingWith();
    const desired = deriveObligations(
      amend((m) => (m.id === 'plan' ? { ...m, audience: { unitKinds: ['department', 'division'], excludeUnitIds: ['svhttdl'] } } : m)),
      UNITS,
    );
    const r = reconcileObligations(existing, desired);
    expect(r.toCreate.map((o) => o.unitId).sort()).toEqual(['snv-p1', 'svhttdl-bt', 'svhttdl-vp']);
    expect(r.toCancel.map((c) => [c.obligation.unitId, c.reason.code]).sort()).toEqual([
      ['bhxh', 'UNIT_NO_LONGER_OWES'],
      ['hoa-thanh', 'UNIT_NO_LONGER_OWES'],
      ['svhttdl', 'UNIT_NO_LONGER_OWES'],
    ]);
  });

  it("moving a deadline past a unit's closing date cancels that unit's obligation", () => {
    const existing = existingWith();
    const desired = deriveObligations(
      amend((m) => (m.id === 'h1' ? { ...m, deadline: makeDeadline('2025-07-15', false) } : m)),
      UNITS,
    );
    const r = reconcileObligations(existing, desired);
    expect(r.toCancel.map((c) => c.obligation.unitId)).toEqual(['hoa-thanh']);
    expect(r.toCreate.map((o) => o.unitId)).toEqual(['xa-moi']);
    expect(r.toReschedule).toHaveLength(3);
  });

  it('replaces an obligation whose deliverable changed instead of carrying the old submission over', () => {
    const existing = existingWith({ 'h1::snv': new Date('2025-05-01T00:00:00Z') });
    const desired = deriveObligations(
      amend((m) => (m.id === 'h1' ? { ...m, deliverable: { kind: 'period_report', periodKind: '9M', year: 2025 } } : m)),
      UNITS,
    );
    const r = reconcileObligations(existing, desired);
    expect(r.toCancel.filter((c) => c.reason.code === 'DELIVERABLE_CHANGED')).toHaveLength(4);
    expect(r.toCreate.filter((o) => o.milestoneId === 'h1')).toHaveLength(4);
    expect(r.toCreate.every((o) => o.deliverable.kind === 'period_report' && o.deliverable.periodKind === '9M')).toBe(true);
  });

  it('reinstates previously cancelled obligations that are owed again, and ignores ones still cancelled', () => {
    const existing = existingWith().map((o) => (o.milestoneId === 'h1' ? { ...o, cancelled: true } : o));
    const r = reconcileObligations(existing, deriveObligations(MILESTONES_2025, UNITS));
    expect(r.toReinstate).toHaveLength(4);
    expect(r.toCreate).toEqual([]);
    const r2 = reconcileObligations(
      existing,
      deriveObligations(
        amend((m) => (m.id === 'h1' ? null : m)),
        UNITS,
      ),
    );
    expect(r2.toCancel).toEqual([]);
    expect(r2.toReinstate).toEqual([]);
  });
});
