import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headingLabel, romanNumeral, VIETNAMESE_POINT_LETTERS, vietnamesePointLetter } from './numbering.ts';

describe('numbering of document parts', () => {
  it('numbers plan and report parts I. / 1. / a) / - / +', () => {
    expect(headingLabel('sections', 1, 4)).toBe('IV.');
    expect(headingLabel('sections', 2, 3)).toBe('3.');
    expect(headingLabel('sections', 3, 1)).toBe('a)');
    expect(headingLabel('sections', 4, 7)).toBe('-');
    expect(headingLabel('sections', 5, 1)).toBe('+');
  });

  it('numbers decision articles "Điều 1." with clauses and points below', () => {
    expect(headingLabel('articles', 1, 2)).toBe('Điều 2.');
    expect(headingLabel('articles', 2, 1)).toBe('1.');
    expect(headingLabel('articles', 3, 2)).toBe('b)');
  });

  it('follows the Vietnamese alphabet: đ after d, no f, j, w, z', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(vietnamesePointLetter).join(' ')).toBe('a b c d đ e g');
    expect(VIETNAMESE_POINT_LETTERS).toHaveLength(23);
    for (const missing of ['f', 'j', 'w', 'z', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư']) expect(VIETNAMESE_POINT_LETTERS).not.toContain(missing);
    expect(vietnamesePointLetter(23)).toBe('y');
    expect(vietnamesePointLetter(24)).toBe('aa');
  });

  it('never gives two points the same letter within a list', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), (n) => {
        const labels = Array.from({ length: n }, (_, i) => vietnamesePointLetter(i + 1));
        expect(new Set(labels).size).toBe(n);
      }),
    );
  });

  it('writes Roman numerals and refuses what has none', () => {
    expect([1, 4, 9, 14, 40, 1999].map(romanNumeral)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIX']);
    expect(() => romanNumeral(0)).toThrow(RangeError);
  });
});
