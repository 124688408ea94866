import { describe, expect, it } from 'vitest';
import { canonicalNumber, extractReferences, findNumbers, findOwnNumber } from './references.ts';
import { findDateExpressions } from '@dvcq/domain';
import { fold } from './text.ts';

describe('document numbers', () => {
  it('canonicalises the three shapes', () => {
    expect(canonicalNumber('696 /KH-UBND')).toBe('696/KH-UBND');
    expect(canonicalNumber('23-QĐ/TW')).toBe('23-QĐ/TW');
    expect(canonicalNumber('35/2022/QĐ-UBND')).toBe('35/2022/QĐ-UBND');
    expect(canonicalNumber('10/2022/QH15')).toBe('10/2022/QH15');
  });
  it('repairs OCR damage', () => {
    expect(canonicalNumber('124- -Qb/TW')).toBe('124-QĐ/TW');
    expect(canonicalNumber('33/CT-\n TTg')).toBe('33/CT-TTg');
    expect(canonicalNumber('04-CTr/BDVTU- BCSPUBND')).toBe('04-CTr/BDVTU-BCSĐUBND');
    expect(canonicalNumber('04/2015/ND-\nCP')).toBe('04/2015/NĐ-CP');
    expect(canonicalNumber('34/2007/PL-UBTVQHI11')).toBe('34/2007/PL-UBTVQH11');
    expect(findNumbers('số 25-CT/TUngay 25/02/2021')[0]?.number).toBe('25-CT/TU');
  });
  it('ignores dates, ranges and counts', () => {
    expect(findNumbers('ngày 28/10/2024, giai đoạn 2021 - 2025, 04 tin CCHC/quý')).toEqual([]);
  });
  it('finds the own number after the Số label (OCR too)', () => {
    const t = 'S6:469 /KH-STTTT Tay Ninh, ngay30 thang3 ndm 2023';
    expect(findOwnNumber(t, fold(t))?.number).toBe('469/KH-STTTT');
    const r = 'Thực hiện Kế hoạch số 859/KH-UBND ngày 25/3/2023';
    expect(findOwnNumber(r, fold(r))).toBeNull();
  });
  it('deduplicates references, keeps a later date, skips the own number', () => {
    const t =
      'Số: 31/KH-UBND\nLuật số 10/2022/QH15; Kế hoạch số 765-KH/UBND; (Luật số 10/2022/QH15 ngày 10/11/2022) và Kế hoạch số 765/KH-UBND ngày 20/3/2023. Kèm theo Kế hoạch số 31/KH-UBND ngày 28/02/2023';
    const f = fold(t);
    const refs = extractReferences(t, f, findDateExpressions(f), findOwnNumber(t, f));
    expect(refs.map((r) => [r.number, r.date])).toEqual([
      ['10/2022/QH15', '2022-11-10'],
      ['765-KH/UBND', '2023-03-20'],
    ]);
    expect(refs[0]?.spans.length).toBe(2);
  });
});
