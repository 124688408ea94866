import { describe, expect, it } from 'vitest';
import {
  formatDocumentNumber,
  formatPlaceAndDate,
  formatVietnameseDate,
  formatVietnameseNumber,
  parseIsoDate,
  pointLetter,
  punctuateList,
  toRoman,
} from './vietnamese-format.ts';

describe('Vietnamese official-document formats', () => {
  it('pads days below 10 and months 1 and 2 only', () => {
    expect(formatVietnameseDate('2025-03-06')).toBe('ngày 06 tháng 3 năm 2025');
    expect(formatVietnameseDate('2020-01-05')).toBe('ngày 05 tháng 01 năm 2020');
    expect(formatVietnameseDate('2024-02-29')).toBe('ngày 29 tháng 02 năm 2024');
    expect(formatVietnameseDate('2025-10-01')).toBe('ngày 01 tháng 10 năm 2025');
    expect(formatVietnameseDate('2025-12-31')).toBe('ngày 31 tháng 12 năm 2025');
    expect(formatPlaceAndDate(' Tây Ninh ', '2025-03-06')).toBe('Tây Ninh, ngày 06 tháng 3 năm 2025');
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => parseIsoDate('2025-3-6')).toThrow();
    expect(() => parseIsoDate('2025-02-29')).toThrow();
    expect(() => parseIsoDate('2025-13-01')).toThrow();
  });

  it('formats document numbers with a leading zero below 10', () => {
    expect(formatDocumentNumber(5, 'KH-UBND')).toBe('05/KH-UBND');
    expect(formatDocumentNumber(696, '/KH-UBND')).toBe('696/KH-UBND');
    expect(formatDocumentNumber(null, 'KH-UBND')).toMatch(/^\s+\/KH-UBND$/);
    expect(() => formatDocumentNumber(0, 'KH-UBND')).toThrow();
  });

  it('numbers headings in Roman numerals and points in Vietnamese letter order', () => {
    expect([1, 2, 4, 9, 14, 40].map(toRoman)).toEqual(['I', 'II', 'IV', 'IX', 'XIV', 'XL']);
    expect([1, 4, 5, 6, 7].map(pointLetter)).toEqual(['a', 'd', 'đ', 'e', 'g']);
    expect(pointLetter(24)).toBe('aa');
  });

  it('ends list items with ";" and the last with "."', () => {
    expect(punctuateList(['Bộ Nội vụ;', 'Sở Tư pháp.', 'Lưu: VT'])).toEqual(['Bộ Nội vụ;', 'Sở Tư pháp;', 'Lưu: VT.']);
  });

  it('groups numbers the Vietnamese way', () => {
    expect(formatVietnameseNumber(1234567.5)).toBe('1.234.567,5');
  });
});
