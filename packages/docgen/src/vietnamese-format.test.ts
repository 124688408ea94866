import { describe, expect, it } from 'vitest';
import { formatDocumentNumber, parseIsoDate, pointLetter, punctuateList, toRoman } from './vietnamese-format.ts';

describe('Vietnamese official-document formats', () => {
  it('rejects malformed and impossible dates in Vietnamese', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => parseIsoDate('2025-02-30')).toThrow(/Ngày không tồn tại/);
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
});
