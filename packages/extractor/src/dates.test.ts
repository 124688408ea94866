import { describe, expect, it } from 'vitest';
import { findDates, dateRightAfter } from './dates.ts';
import { fold } from './text.ts';

const isoOf = (s: string): string[] => findDates(fold(s)).map((d) => d.iso);

describe('dates', () => {
  it('reads word dates, also OCR-glued', () => {
    expect(isoOf('Tây Ninh, ngày 06 tháng 3 năm 2025')).toEqual(['2025-03-06']);
    expect(isoOf('Tay Ninh, ngay30 thang3 ndm 2023')).toEqual(['2023-03-30']);
    expect(isoOf('ngay 28 thdng 02 nam 2023')).toEqual(['2023-02-28']);
  });
  it('reads numeric dates with stray spaces', () => {
    expect(isoOf('ngày 30/7/2021 và ngay\n21/ 10/2021')).toEqual(['2021-07-30', '2021-10-21']);
  });
  it('reads month-only dates as the first of the month', () => {
    const d = findDates(fold('hoàn thành trước tháng 11 năm 2023'));
    expect(d[0]).toMatchObject({ iso: '2023-11-01', form: 'month', day: null });
  });
  it('rejects impossible dates and document numbers', () => {
    expect(isoOf('31/2/2023 và 04/2015/NĐ-CP')).toEqual([]);
  });
  it('finds a date right after a position', () => {
    const f = fold('số 765/KH-UBND ngày 20/3/2023 của');
    const d = findDates(f);
    expect(dateRightAfter(d, f, 14)?.iso).toBe('2023-03-20');
    expect(dateRightAfter(d, f, 0)).toBeNull();
  });
});
