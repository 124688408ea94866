import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { foldKeepingOffsets, foldVietnamese, matchesQuery, nfc } from './fold.ts';

describe('foldVietnamese', () => {
  it('strips every tone and vowel mark, maps đ to d and lower-cases', () => {
    expect(foldVietnamese('Sở Nội vụ')).toBe('so noi vu');
    expect(foldVietnamese('ĐÀ NẴNG')).toBe('da nang');
    expect(foldVietnamese('Ủy ban nhân dân tỉnh Tây Ninh')).toBe('uy ban nhan dan tinh tay ninh');
    expect(foldVietnamese('ưởng ượng ỡ ự')).toBe('uong uong o u');
    expect(foldVietnamese('İstanbul')).toBe('istanbul');
  });

  it('treats decomposed (NFD) input like composed input', () => {
    const decomposed = 'Dân vận chính quyền'.normalize('NFD');
    expect(decomposed).not.toBe('Dân vận chính quyền');
    expect(foldVietnamese(decomposed)).toBe('dan van chinh quyen');
    expect(nfc(decomposed)).toBe('Dân vận chính quyền');
  });

  it('collapses whitespace so copied text with line breaks still matches', () => {
    expect(foldVietnamese('  Kế   hoạch\n\t696 ')).toBe('ke hoach 696');
  });

  it('is idempotent and never leaves combining marks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = foldVietnamese(s);
        expect(foldVietnamese(once)).toBe(once);
        expect(/\p{M}/u.test(once)).toBe(false);
      }),
    );
  });
});

describe('matchesQuery', () => {
  it('ignores diacritics and case in both haystack and query', () => {
    expect(matchesQuery('Sở Văn hóa, Thể thao và Du lịch', 'van hoa')).toBe(true);
    expect(matchesQuery('Sở Văn hóa, Thể thao và Du lịch', 'VĂN HÓA')).toBe(true);
    expect(matchesQuery('so van hoa the thao', 'Văn Hóa')).toBe(true);
  });

  it('requires every word, in any order', () => {
    expect(matchesQuery('Sở Nội vụ tỉnh Tây Ninh', 'tay ninh noi vu')).toBe(true);
    expect(matchesQuery('Sở Nội vụ tỉnh Tây Ninh', 'noi vu ha noi')).toBe(false);
  });

  it('matches everything for an empty or blank query', () => {
    expect(matchesQuery('bất kỳ', '')).toBe(true);
    expect(matchesQuery('bất kỳ', '   ')).toBe(true);
  });

  it('distinguishes đ only by folding: "đơn" matches "don"', () => {
    expect(matchesQuery('Đơn vị sự nghiệp', 'don vi')).toBe(true);
  });
});

describe('foldKeepingOffsets', () => {
  it('folds like foldVietnamese but keeps every character in place', () => {
    const s = 'Ủy ban nhân dân tỉnh Tây Ninh,  ĐỘC LẬP';
    expect(foldKeepingOffsets(s)).toBe('uy ban nhan dan tinh tay ninh,  doc lap');
  });

  it('maps the OCR renderings of ê (€, ¢) to e', () => {
    expect(foldKeepingOffsets('hi€n nghi¢m')).toBe('hien nghiem');
  });

  it('has the length of its input and agrees with foldVietnamese on NFC text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[A-Za-zÀ-ỹĐđ0-9 ,.]*$/)), (raw) => {
        const s = nfc(raw);
        const folded = foldKeepingOffsets(s);
        expect(folded.length).toBe(s.length);
        // (one UTF-16 unit at a time: compared on Latin text, which is all a Vietnamese document holds)
        if (!/[€¢]/.test(s) && /^[\p{Script=Latin}\d ,.]*$/u.test(s)) {
          expect(folded.replace(/\s+/g, ' ').trim()).toBe(foldVietnamese(s));
        }
      }),
    );
  });
});
