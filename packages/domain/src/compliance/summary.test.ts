import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { summariseCompliance, tallyFromCounts, timelinessOfFallenDue, type ComplianceEntry } from './summary.ts';
import { COMPLIANCE_STATUSES, complianceStatus } from './status.ts';
import { deriveObligations } from '../obligations/derive.ts';
import { MILESTONES_2025, UNITS } from '../obligations/test-fixtures.ts';

const e = (unitId: string, milestoneId: string, status: ComplianceEntry['status']): ComplianceEntry => ({
  unitId,
  milestoneId,
  status,
});

describe('summariseCompliance', () => {
  it('counts per deadline and per unit, excluding exempt units from what is owed', () => {
    const s = summariseCompliance([
      e('a', 'h1', 'submitted_on_time'),
      e('b', 'h1', 'submitted_late'),
      e('c', 'h1', 'overdue'),
      e('d', 'h1', 'exempt'),
      e('a', 'year', 'not_due'),
      e('b', 'year', 'due_soon'),
    ]);
    expect(s.byMilestone['h1']).toEqual({
      owed: 3,
      submitted: 2,
      onTime: 1,
      late: 1,
      overdue: 1,
      pending: 0,
      exempt: 1,
      completenessRate: 2 / 3,
      timelinessRate: 1 / 3,
    });
    expect(s.byMilestone['year']).toMatchObject({ owed: 2, pending: 2, submitted: 0, completenessRate: 0 });
    expect(s.byUnit['a']).toMatchObject({ owed: 2, onTime: 1, completenessRate: 0.5, timelinessRate: 0.5 });
    expect(s.overall).toMatchObject({ owed: 5, submitted: 2, exempt: 1 });
  });

  it('returns null rates, not NaN, when nothing is owed', () => {
    const s = summariseCompliance([e('d', 'h1', 'exempt')]);
    expect(s.byMilestone['h1']?.completenessRate).toBeNull();
    expect(s.byMilestone['h1']?.timelinessRate).toBeNull();
    expect(summariseCompliance([]).overall).toMatchObject({ owed: 0, completenessRate: null, timelinessRate: null });
  });

  it('keeps rates within [0, 1] and timeliness ≤ completeness for any mix of statuses', () => {
    const entry = fc.record({
      unitId: fc.constantFrom('a', 'b', 'c'),
      milestoneId: fc.constantFrom('m1', 'm2'),
      status: fc.constantFrom(...COMPLIANCE_STATUSES),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        const s = summariseCompliance(entries);
        for (const t of [s.overall, ...Object.values(s.byMilestone), ...Object.values(s.byUnit)]) {
          expect(t.owed + t.exempt).toBe(t.submitted + t.overdue + t.pending + t.exempt);
          if (t.owed === 0) {
            expect(t.completenessRate).toBeNull();
          } else {
            expect(t.completenessRate!).toBeGreaterThanOrEqual(0);
            expect(t.completenessRate!).toBeLessThanOrEqual(1);
            expect(t.timelinessRate!).toBeLessThanOrEqual(t.completenessRate!);
          }
        }
        expect(s.overall.owed).toBe(entries.filter((x) => x.status !== 'exempt').length);
      }),
    );
  });

  it('end to end: the 2025 annual report as of 05/11/2025 with a closed district and a new commune', () => {
    const obligations = deriveObligations(MILESTONES_2025, UNITS).filter((o) => o.milestoneId === 'year');
    const submissions: Record<string, Date> = {
      snv: new Date('2025-10-31T16:59:59Z'), // 23:59:59 on 31/10 local: on time
      svhttdl: new Date('2025-10-31T17:00:00Z'), // 00:00 on 01/11 local: late
      bhxh: new Date('2025-11-20T00:00:00Z'), // after asOf: does not count yet
    };
    const asOf = new Date('2025-11-05T00:00:00Z');
    const entries = obligations.map((o) => ({
      unitId: o.unitId,
      milestoneId: o.milestoneId,
      status: complianceStatus({ deadline: o.deadline, firstSubmittedAt: submissions[o.unitId] ?? null }, asOf).status,
    }));
    const t = summariseCompliance(entries).byMilestone['year'];
    // snv, svhttdl, bhxh, xa-moi owe it; hoa-thanh (closed 30/06) does not.
    expect(t).toMatchObject({ owed: 4, submitted: 2, onTime: 1, late: 1, overdue: 2 });
    expect(t?.completenessRate).toBe(0.5);
    expect(t?.timelinessRate).toBe(0.25);
  });
});

describe('timelinessOfFallenDue', () => {
  it('rates only what has fallen due or was sent: pending obligations do not count yet', () => {
    const entries: ComplianceEntry[] = [
      { unitId: 'a', milestoneId: 'plan', status: 'submitted_on_time' },
      { unitId: 'a', milestoneId: 'h1', status: 'submitted_late' },
      { unitId: 'a', milestoneId: 'q3', status: 'overdue' },
      { unitId: 'a', milestoneId: 'year', status: 'not_due' },
      { unitId: 'a', milestoneId: 'dossier', status: 'due_soon' },
      { unitId: 'a', milestoneId: 'extra', status: 'exempt' },
    ];
    const t = summariseCompliance(entries).overall;
    expect(t.timelinessRate).toBe(1 / 5);
    expect(timelinessOfFallenDue(t)).toBe(1 / 3);
    expect(timelinessOfFallenDue(summariseCompliance([{ unitId: 'a', milestoneId: 'year', status: 'not_due' }]).overall)).toBeNull();
  });
});

describe('tallyFromCounts', () => {
  it('gives the same tally as summarising the entries one by one', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...COMPLIANCE_STATUSES), { maxLength: 60 }), (statuses) => {
        const counts: Partial<Record<(typeof statuses)[number], number>> = {};
        for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
        const entries = statuses.map((status, i) => e(`u${i}`, 'm', status));
        expect(tallyFromCounts(counts)).toEqual(summariseCompliance(entries).overall);
      }),
    );
  });
});
