import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { countEvidence, kpiProgress, KPI_CHANNEL_LABELS, type EvidenceEntry } from './progress.ts';
import { periodRange } from '../calendar/periods.ts';
import { addDays, daysBetween } from '../calendar/local-date.ts';

// Seed 31/KH-UBND appendix: ≥ 4 news items per quarter per agency on the city portal.
const q1 = periodRange(2025, 'Q1'); // 90 days

describe('kpiProgress', () => {
  it('pro-rates the target through the period, rounding down to whole items', () => {
    const mid = kpiProgress(4, 2, q1.start, q1.end, '2025-02-14'); // 45/90 days → expect 2
    expect(mid).toMatchObject({ expected: 2, expectedExact: 2, ratio: 1, ratioOfTarget: 0.5, status: 'green', label: 'Đạt tiến độ' });
    expect(kpiProgress(4, 0, q1.start, q1.end, '2025-01-01')).toMatchObject({ expected: 0, ratio: null, status: 'green' });
    expect(kpiProgress(4, 3, q1.start, q1.end, q1.end)).toMatchObject({ expected: 4, status: 'red', label: 'Chậm tiến độ' });
  });

  it('is green at or above, amber from 90%, red below 90% of the pro-rated target', () => {
    const y = periodRange(2025, 'Y');
    // 10.000 portal visits per year; at year end expected 10.000.
    expect(kpiProgress(10000, 10000, y.start, y.end, y.end).status).toBe('green');
    expect(kpiProgress(10000, 9000, y.start, y.end, y.end)).toMatchObject({ status: 'amber', label: 'Chậm tiến độ nhẹ' });
    expect(kpiProgress(10000, 8999, y.start, y.end, y.end).status).toBe('red');
    expect(kpiProgress(10000, 8999, y.start, y.end, y.end, { amberThreshold: 0.8 }).status).toBe('amber');
  });

  it('expects nothing before the period and the full target after it', () => {
    expect(kpiProgress(4, 0, q1.start, q1.end, '2024-12-31')).toMatchObject({ expected: 0, status: 'green' });
    expect(kpiProgress(4, 4, q1.start, q1.end, '2025-06-30')).toMatchObject({ expected: 4, ratio: 1, status: 'green' });
  });

  it('handles leap-year periods and zero targets', () => {
    const feb = { start: '2024-02-01', end: '2024-02-29' };
    expect(kpiProgress(29, 29, feb.start, feb.end, '2024-02-29').expected).toBe(29);
    expect(kpiProgress(0, 0, q1.start, q1.end, q1.end)).toMatchObject({ expected: 0, ratioOfTarget: null, status: 'green' });
    expect(() => kpiProgress(4, 1, q1.end, q1.start, q1.end)).toThrow(RangeError);
    expect(() => kpiProgress(-1, 1, q1.start, q1.end, q1.end)).toThrow(RangeError);
  });

  it('expected never decreases as the period goes on and never exceeds the target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: -10, max: 100 }), (target, day) => {
        const a = kpiProgress(target, 0, q1.start, q1.end, addDays(q1.start, day));
        const b = kpiProgress(target, 0, q1.start, q1.end, addDays(q1.start, day + 1));
        expect(b.expected).toBeGreaterThanOrEqual(a.expected);
        expect(b.expected).toBeLessThanOrEqual(target);
        if (daysBetween(addDays(q1.start, day), q1.end) <= 0) expect(a.expected).toBe(target);
      }),
    );
  });

  it('meeting the full target is green on every day of the period', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 89 }), (target, day) => {
        expect(kpiProgress(target, target, q1.start, q1.end, addDays(q1.start, day)).status).toBe('green');
      }),
    );
  });
});

describe('countEvidence', () => {
  it('counts entries of one channel within the period, both ends included', () => {
    const entries: EvidenceEntry[] = [
      { date: '2024-12-31', channel: 'district_portal' },
      { date: '2025-01-01', channel: 'district_portal' },
      { date: '2025-03-31', channel: 'district_portal' },
      { date: '2025-02-10', channel: 'social_media' },
      { date: '2025-04-01', channel: 'district_portal' },
    ];
    expect(countEvidence(entries, 'district_portal', q1.start, q1.end)).toBe(2);
    expect(countEvidence(entries, 'social_media', q1.start, q1.end)).toBe(1);
    expect(KPI_CHANNEL_LABELS.provincial_portal).toBe('Cổng thông tin điện tử tỉnh');
  });
});
