import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '@dvcq/domain';
import { formatDateHit } from './dates.ts';
import { fold } from './text.ts';

const rebuilt = (s: string): string[] => findDateExpressions(fold(s)).map((d) => formatDateHit(d, s));

describe('formatDateHit', () => {
  it('writes OCR dates back with diacritics, keeping the numbers as written', () => {
    expect(rebuilt('trudc ngay 20 thang 10 nam 2023')).toEqual(['ngày 20 tháng 10 năm 2023']);
    expect(rebuilt('chdm nhat ngay30 thdng3 ndm 2023')).toEqual(['ngày 30 tháng 3 năm 2023']);
    expect(rebuilt('trude ngay 28/02/2023, ngay\n21/ 10/2021')).toEqual(['ngày 28/02/2023', 'ngày 21/10/2021']);
    expect(rebuilt('trudc thang 11 ndm 2023')).toEqual(['tháng 11 năm 2023']);
  });
});
