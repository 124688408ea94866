import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  evaluateKpi,
  kpiActual,
  kpiPeriodAt,
  kpiSentence,
  kpiRowTitle,
  lagRank,
  normaliseEvidenceLink,
  shareMet,
  type KpiRowSpec,
} from './progress.ts';
import { addDays, localDateInProvince } from '../calendar/local-date.ts';

// Seed 31/KH-UBND appendix: ≥ 4 news items per quarter per agency on the city portal.
const agencyRow: KpiRowSpec = { target: 4, comparator: 'at_least', measure: 'items', channel: 'local_portal' };
const q1 = kpiPeriodAt(2025, { kind: 'quarter' }, '2025-02-01'); // 90 days

describe('kpiPeriodAt', () => {
  it('finds the quarter, half or year a day falls in, and clamps to the year', () => {
    expect(kpiPeriodAt(2026, { kind: 'quarter' }, '2026-11-20')).toEqual({
      start: '2026-10-01',
      end: '2026-12-31',
      label: 'quý IV năm 2026',
    });
    expect(kpiPeriodAt(2026, { kind: 'quarter' }, '2026-03-31').end).toBe('2026-03-31');
    expect(kpiPeriodAt(2026, { kind: 'quarter' }, '2026-04-01').start).toBe('2026-04-01');
    expect(kpiPeriodAt(2026, { kind: 'half' }, '2026-06-30').label).toBe('6 tháng đầu năm 2026');
    expect(kpiPeriodAt(2026, { kind: 'half' }, '2026-07-01')).toEqual({
      start: '2026-07-01',
      end: '2026-12-31',
      label: '6 tháng cuối năm 2026',
    });
    expect(kpiPeriodAt(2026, { kind: 'year' }, '2026-05-05')).toEqual({ start: '2026-01-01', end: '2026-12-31', label: 'năm 2026' });
    expect(kpiPeriodAt(2026, { kind: 'quarter' }, '2025-12-31').label).toBe('quý I năm 2026');
    expect(kpiPeriodAt(2026, { kind: 'quarter' }, '2027-01-05').label).toBe('quý IV năm 2026');
  });

  it('reads a custom window "to 06/11" from the start of the year', () => {
    expect(kpiPeriodAt(2026, { kind: 'custom', until: '2026-11-06' }, '2026-12-01')).toEqual({
      start: '2026-01-01',
      end: '2026-11-06',
      label: 'đến ngày 06/11/2026',
    });
    expect(() => kpiPeriodAt(2026, { kind: 'custom', from: '2026-12-01', until: '2026-11-06' }, '2026-12-01')).toThrow(RangeError);
  });

  it('judges the day in the province: 17:30 UTC on 31 March is already 1 April (Q2) in the province', () => {
    const day = localDateInProvince(new Date('2026-03-31T17:30:00Z'));
    expect(day).toBe('2026-04-01');
    expect(kpiPeriodAt(2026, { kind: 'quarter' }, day).label).toBe('quý II năm 2026');
  });
});

describe('evaluateKpi', () => {
  it('pro-rates the target through the period, rounding down to whole items', () => {
    const mid = evaluateKpi(agencyRow, 2, q1, '2025-02-14'); // 45/90 days → expect 2
    expect(mid).toMatchObject({ expected: 2, expectedExact: 2, ratio: 1, ratioOfTarget: 0.5, status: 'green', final: false, missing: 2 });
    expect(evaluateKpi(agencyRow, 0, q1, '2025-01-01')).toMatchObject({ expected: 0, ratio: null, status: 'green' });
  });

  it('is green at 100%, amber from 80%, red below (default thresholds); thresholds are configurable', () => {
    const row: KpiRowSpec = { target: 100, comparator: 'at_least', measure: 'items', channel: 'provincial_portal' };
    const y = kpiPeriodAt(2025, { kind: 'year' }, '2025-01-01');
    const mid = '2025-07-02'; // 183/365 → expected 50
    expect(evaluateKpi(row, 50, y, mid)).toMatchObject({ expected: 50, status: 'green', label: 'Đạt tiến độ' });
    expect(evaluateKpi(row, 40, y, mid)).toMatchObject({ status: 'amber', label: 'Chậm tiến độ nhẹ' });
    expect(evaluateKpi(row, 39, y, mid)).toMatchObject({ status: 'red', label: 'Chậm tiến độ' });
    expect(evaluateKpi(row, 39, y, mid, { green: 1, amber: 0.7 }).status).toBe('amber');
    expect(evaluateKpi(row, 45, y, mid, { green: 0.9, amber: 0.7 }).status).toBe('green');
  });

  it('gives the final figure from the last day of the period: met or not, nothing in between', () => {
    expect(evaluateKpi(agencyRow, 3, q1, q1.end)).toMatchObject({
      expected: 4,
      final: true,
      met: false,
      status: 'red',
      label: 'Không đạt chỉ tiêu',
    });
    expect(evaluateKpi(agencyRow, 4, q1, '2025-06-30')).toMatchObject({ final: true, met: true, status: 'green', label: 'Đạt chỉ tiêu' });
    expect(evaluateKpi(agencyRow, 3, q1, addDays(q1.end, -1)).final).toBe(false);
  });

  it('"exactly": more than the target is amber during the period and not met at its end', () => {
    const paper: KpiRowSpec = { target: 8, comparator: 'exactly', measure: 'items', channel: 'provincial_newspaper' };
    const y = kpiPeriodAt(2026, { kind: 'year' }, '2026-06-01');
    expect(evaluateKpi(paper, 9, y, '2026-06-01').status).toBe('amber');
    expect(evaluateKpi(paper, 8, y, '2026-12-31')).toMatchObject({ met: true, status: 'green' });
    expect(evaluateKpi(paper, 9, y, '2026-12-31')).toMatchObject({ met: false, status: 'red' });
    expect(kpiSentence(paper, evaluateKpi(paper, 9, y, '2026-06-01'))).toBe(
      'Vượt 1 tin/bài so với chỉ tiêu đúng 8 trên Báo tỉnh trong năm 2026',
    );
  });

  it('a yes/no row is amber while the section is missing and red once the period is over', () => {
    const section: KpiRowSpec = { target: 1, comparator: 'at_least', measure: 'sections_present', channel: 'local_portal' };
    const y = kpiPeriodAt(2026, { kind: 'year' }, '2026-06-01');
    expect(evaluateKpi(section, 0, y, '2026-06-01').status).toBe('amber');
    expect(evaluateKpi(section, 1, y, '2026-06-01').status).toBe('green');
    expect(evaluateKpi(section, 0, y, '2026-12-31')).toMatchObject({ status: 'red', final: true });
    expect(kpiSentence(section, evaluateKpi(section, 0, y, '2026-06-01'))).toBe(
      'Chưa có chuyên mục trên Cổng thông tin điện tử thành phố trong năm 2026',
    );
  });

  it('never expects more than the target nor less than nothing (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: -30, max: 400 }),
        (target, actual, offset) => {
          const y = kpiPeriodAt(2025, { kind: 'year' }, '2025-01-01');
          const e = evaluateKpi({ ...agencyRow, target }, actual, y, addDays(y.start, offset));
          return e.expected >= 0 && e.expected <= target && (actual >= target ? e.status === 'green' : true);
        },
      ),
    );
  });

  it('rejects negative figures and inverted thresholds', () => {
    expect(() => evaluateKpi(agencyRow, -1, q1, q1.end)).toThrow(RangeError);
    expect(() => evaluateKpi(agencyRow, 1, q1, q1.end, { green: 0.5, amber: 0.8 })).toThrow(RangeError);
  });
});

describe('kpiSentence', () => {
  it('says what is still missing, in Vietnamese', () => {
    const q4 = kpiPeriodAt(2026, { kind: 'quarter' }, '2026-11-20');
    expect(kpiSentence(agencyRow, evaluateKpi(agencyRow, 2, q4, '2026-11-20'))).toBe(
      'Còn thiếu 2 tin/bài trên Cổng thông tin điện tử thành phố trong quý IV năm 2026',
    );
    expect(kpiSentence(agencyRow, evaluateKpi(agencyRow, 5, q4, '2026-11-20'))).toBe(
      'Đã đạt 5/4 tin/bài trên Cổng thông tin điện tử thành phố trong quý IV năm 2026',
    );
    const visits: KpiRowSpec = { target: 10000, comparator: 'at_least', measure: 'visits', channel: 'local_portal' };
    const w = kpiPeriodAt(2026, { kind: 'custom', until: '2026-11-06' }, '2026-10-01');
    expect(kpiSentence(visits, evaluateKpi(visits, 7500, w, '2026-10-01'))).toBe(
      'Còn thiếu 2.500 lượt truy cập trên Cổng thông tin điện tử thành phố tính đến ngày 06/11/2026',
    );
  });
});

describe('kpiActual', () => {
  it('counts entries dated within the period, edges included; visits take the highest reading', () => {
    const entries = [{ date: '2024-12-31' }, { date: '2025-01-01' }, { date: '2025-03-31' }, { date: '2025-04-01' }];
    expect(kpiActual('items', entries, q1)).toBe(2);
    const readings = [
      { date: '2025-01-15', visits: 3000 },
      { date: '2025-03-20', visits: 6500 },
      { date: '2025-04-02', visits: 9000 },
    ];
    expect(kpiActual('visits', readings, q1)).toBe(6500);
  });
});

describe('shareMet and lagRank', () => {
  it('share of rows met, and red before amber before green', () => {
    expect(shareMet([{ met: true }, { met: false }, { met: true }, { met: true }])).toBe(0.75);
    expect(shareMet([])).toBeNull();
    const red = lagRank({ status: 'red', ratio: 0.5, ratioOfTarget: 0.1 });
    const redWorse = lagRank({ status: 'red', ratio: 0.1, ratioOfTarget: 0.1 });
    const amber = lagRank({ status: 'amber', ratio: 0.85, ratioOfTarget: 0.5 });
    const green = lagRank({ status: 'green', ratio: null, ratioOfTarget: 0 });
    expect([green, amber, red, redWorse].sort((a, b) => a - b)).toEqual([redWorse, red, amber, green]);
  });
});

describe('normaliseEvidenceLink', () => {
  it('accepts http and https only and folds what does not change the page', () => {
    expect(normaliseEvidenceLink('javascript:alert(1)')).toBeNull();
    expect(normaliseEvidenceLink('ftp://x.vn/a')).toBeNull();
    expect(normaliseEvidenceLink('not a link')).toBeNull();
    expect(normaliseEvidenceLink('https://WWW.tayninh.gov.vn/tin-tuc/a/?utm_source=zalo')).toBe('tayninh.gov.vn/tin-tuc/a');
    expect(normaliseEvidenceLink('http://tayninh.gov.vn/tin-tuc/a')).toBe(normaliseEvidenceLink('https://www.tayninh.gov.vn/tin-tuc/a/'));
    expect(normaliseEvidenceLink('https://baotayninh.vn/?id=2&b=1')).toBe('baotayninh.vn?b=1&id=2');
  });
});

describe('kpiRowTitle', () => {
  it('words a row from its figures', () => {
    expect(kpiRowTitle({ ...agencyRow, periodKind: 'quarter' })).toBe('Ít nhất 4 tin/bài trên Cổng thông tin điện tử thành phố, mỗi quý');
    expect(
      kpiRowTitle({
        target: 10000,
        comparator: 'at_least',
        measure: 'visits',
        channel: 'local_portal',
        periodKind: 'custom',
        periodUntil: '2026-11-06',
      }),
    ).toBe('Ít nhất 10.000 lượt truy cập trên Cổng thông tin điện tử thành phố, tính đến ngày 06/11');
  });
});
