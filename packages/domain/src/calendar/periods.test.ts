import { describe, it, expect } from 'vitest';
import { FIXED_PERIOD_KINDS, isPeriodKind, periodLabel, periodLabelInText, periodRange, reportingDataWindow } from './periods.ts';
import { addDays } from './local-date.ts';

describe('periodRange', () => {
  it('gives calendar bounds of each period', () => {
    expect(periodRange(2025, 'Q1')).toEqual({ start: '2025-01-01', end: '2025-03-31' });
    expect(periodRange(2025, 'Q2')).toEqual({ start: '2025-04-01', end: '2025-06-30' });
    expect(periodRange(2025, 'Q3')).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(periodRange(2025, 'Q4')).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(periodRange(2025, 'H1')).toEqual({ start: '2025-01-01', end: '2025-06-30' });
    expect(periodRange(2025, '9M')).toEqual({ start: '2025-01-01', end: '2025-09-30' });
    expect(periodRange(2024, 'Y')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
});

describe('reportingDataWindow (Decree 09/2019)', () => {
  it('runs from the 15th of the month before to the 14th of the last month', () => {
    expect(reportingDataWindow(2025, 'Q1')).toEqual({ start: '2024-12-15', end: '2025-03-14' });
    expect(reportingDataWindow(2025, 'Q2')).toEqual({ start: '2025-03-15', end: '2025-06-14' });
    expect(reportingDataWindow(2025, 'H1')).toEqual({ start: '2024-12-15', end: '2025-06-14' });
    expect(reportingDataWindow(2025, '9M')).toEqual({ start: '2024-12-15', end: '2025-09-14' });
    expect(reportingDataWindow(2025, 'Y')).toEqual({ start: '2024-12-15', end: '2025-12-14' });
  });

  it('quarters tile the year without gaps or overlaps, and next year starts the day after', () => {
    const qs = (['Q1', 'Q2', 'Q3', 'Q4'] as const).map((k) => reportingDataWindow(2024, k));
    for (let i = 1; i < qs.length; i++) expect(qs[i]!.start).toBe(addDays(qs[i - 1]!.end, 1));
    expect(reportingDataWindow(2025, 'Q1').start).toBe(addDays(qs[3]!.end, 1));
  });
});

describe('periodLabel', () => {
  it('uses the wording of report titles', () => {
    expect(periodLabel(2025, 'Q1')).toBe('Quý I năm 2025');
    expect(periodLabel(2025, 'Q4')).toBe('Quý IV năm 2025');
    expect(periodLabel(2025, 'H1')).toBe('6 tháng đầu năm 2025');
    expect(periodLabel(2025, '9M')).toBe('9 tháng năm 2025');
    expect(periodLabel(2025, 'Y')).toBe('Năm 2025');
    expect(periodLabel(2025, 'adhoc')).toBe('Đột xuất năm 2025');
    // inside a sentence: "Báo cáo quý I năm 2025", "Báo cáo năm 2025"
    expect(periodLabelInText(2025, 'Q1')).toBe('quý I năm 2025');
    expect(periodLabelInText(2025, 'H1')).toBe('6 tháng đầu năm 2025');
    expect(periodLabelInText(2025, 'Y')).toBe('năm 2025');
    expect(periodLabelInText(2025, 'adhoc')).toBe('đột xuất năm 2025');
  });

  it('recognises period kinds', () => {
    expect(FIXED_PERIOD_KINDS.every(isPeriodKind)).toBe(true);
    expect(isPeriodKind('adhoc')).toBe(true);
    expect(isPeriodKind('Q5')).toBe(false);
  });
});
