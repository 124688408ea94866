import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateRightAfter, dayMonthAt, findDateExpressions } from './date-expressions.ts';
import { foldKeepingOffsets } from '../text/fold.ts';

const isoOf = (s: string): string[] => findDateExpressions(foldKeepingOffsets(s)).map((d) => d.iso);

describe('findDateExpressions', () => {
  // Every date form found in fixtures/seeds.
  it.each([
    ['Tây Ninh, ngày 06 tháng 3 năm 2025', '2025-03-06'],
    ['Tây Ninh, ngày 29 tháng 3 năm 2023', '2023-03-29'],
    ['Tay Ninh, ngay30 thang3 ndm 2023', '2023-03-30'],
    ['ngay 28 thdng 02 nam 2023', '2023-02-28'],
    ['ngay 20 thang 03 nim 2023', '2023-03-20'],
    ['ngay 12 thang 12 nim 2013', '2013-12-12'],
    ['ngay 09 thang 01 ndm 2015', '2015-01-09'],
    ['trudc ngay 25 thang 10 nam 2023', '2023-10-25'],
    ['chậm nhất ngày 01/11/2023', '2023-11-01'],
    ['chậm nhất 28/3/2025', '2025-03-28'],
    ['trude ngay 31/5/2023', '2023-05-31'],
    ['thoi diém 06/11/2023', '2023-11-06'],
    ['ngày 30/7/2021', '2021-07-30'],
    ['ngay\n21/ 10/2021', '2021-10-21'],
    ['ngày 01.11.2025', '2025-11-01'],
    ['ngày 01-11-2025', '2025-11-01'],
  ])('reads %j as %s', (text, iso) => {
    expect(isoOf(text)).toEqual([iso]);
  });

  it('keeps offsets of the source, including a leading "ngày"', () => {
    const text = 'Báo cáo 6 tháng: Trước ngày 20/5/2025.';
    const [d] = findDateExpressions(foldKeepingOffsets(text));
    expect(text.slice(d!.start, d!.end)).toBe('ngày 20/5/2025');
    expect(d).toMatchObject({ form: 'numeric', withNgay: true, day: 20, month: 5, year: 2025 });
  });

  it('reads month-only dates as the first of the month', () => {
    expect(findDateExpressions(foldKeepingOffsets('hoàn thành trước tháng 11 năm 2023'))[0]).toMatchObject({
      iso: '2023-11-01',
      form: 'month',
      day: null,
    });
    expect(findDateExpressions(foldKeepingOffsets('trudc thang 11 ndm 2023'))[0]).toMatchObject({ iso: '2023-11-01', form: 'month' });
    expect(isoOf('trong tháng 12/2025')).toEqual(['2025-12-01']);
  });

  it('rejects impossible dates and document numbers', () => {
    expect(isoOf('31/2/2023 và 04/2015/NĐ-CP')).toEqual([]);
    expect(isoOf('ngày 29/02/2025')).toEqual([]);
    expect(isoOf('ngày 29/02/2024')).toEqual(['2024-02-29']);
    expect(isoOf('Nghị định số 30/2020/NĐ-CP')).toEqual([]);
  });

  it('prefers the worded reading and returns hits in order without overlaps', () => {
    expect(isoOf('từ ngày 01 tháng 3 năm 2025 đến ngày 31/12/2025')).toEqual(['2025-03-01', '2025-12-31']);
  });

  it('finds any real date written in any of the three forms (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(0, 1, 2),
        (date, form) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          const text =
            form === 0
              ? `ngày ${d} tháng ${m} năm ${y}`
              : form === 1
                ? `ngày ${String(d).padStart(2, '0')}/${m}/${y}`
                : `ngay${d} thdng${m} ndm ${y}`;
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(isoOf(`Hạn gửi: ${text}.`)).toEqual([iso]);
        },
      ),
    );
  });
});

describe('dateRightAfter / dayMonthAt', () => {
  it('finds the date a marker or a document number governs', () => {
    const f = foldKeepingOffsets('số 765/KH-UBND ngày 20/3/2023 của');
    const d = findDateExpressions(f);
    expect(dateRightAfter(d, f, 14)?.iso).toBe('2023-03-20');
    expect(dateRightAfter(d, f, 0)).toBeNull();
  });

  it('completes a day and month with a known year, only where nothing else follows', () => {
    expect(dayMonthAt(foldKeepingOffsets('chậm nhất ngày 27/10.'), 9, 2023)?.iso).toBe('2023-10-27');
    expect(dayMonthAt(foldKeepingOffsets('chậm nhất vào ngày 5 tháng 6'), 9, 2025)?.iso).toBe('2025-06-05');
    expect(dayMonthAt(foldKeepingOffsets('chậm nhất 30/02'), 9, 2025)).toBeNull();
    expect(dayMonthAt(foldKeepingOffsets('chậm nhất 3 ngày'), 9, 2025)).toBeNull();
  });
});
