// Text conventions of Vietnamese official documents (Decree 30/2020/NĐ-CP) that are easy to get
// subtly wrong by hand: document numbers, list punctuation, Roman numerals, point letters. Dates and
// numbers are the domain's (@dvcq/domain: nd30DateLine, dateInWords, formatNumberVi).
import { isLocalDate, localDateParts, type DateParts } from '@dvcq/domain';

/**
 * The parts of a 'YYYY-MM-DD' day. A document whose date is malformed or does not exist (2025-02-30) is
 * refused with a Vietnamese message rather than printed. Dates are written with the domain's
 * `dateInWords(…, 'nd30')` and `nd30DateLine`.
 */
export function parseIsoDate(iso: string): DateParts {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Ngày không hợp lệ (cần YYYY-MM-DD): "${iso}"`);
  if (!isLocalDate(iso)) throw new Error(`Ngày không tồn tại: "${iso}"`);
  return localDateParts(iso);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * "05/KH-UBND": numbers below 10 get a leading zero; a null number leaves the blank the clerk
 * fills in after registration ("     /KH-UBND").
 */
export function formatDocumentNumber(sequence: number | null, symbol: string): string {
  const cleanSymbol = symbol.replace(/^\/+/, '').replace(/\s+/g, '');
  if (sequence === null) return `      /${cleanSymbol}`;
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`Số văn bản không hợp lệ: ${sequence}`);
  return `${pad2(sequence)}/${cleanSymbol}`;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → "I", 14 → "XIV": numbering of level-1 headings and appendices. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new Error(`Không đổi được sang số La Mã: ${n}`);
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** Point letters in Vietnamese alphabet order ("đ" after "d"; no ă, â, ê, ô, ơ, ư, f, j, w, z). */
export const VIETNAMESE_POINT_LETTERS: readonly string[] = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
];

/** 1 → "a", 5 → "đ"; past "y" it doubles the letter ("aa") rather than failing. */
export function pointLetter(n: number): string {
  const count = VIETNAMESE_POINT_LETTERS.length;
  if (!Number.isInteger(n) || n < 1) throw new Error(`Thứ tự điểm không hợp lệ: ${n}`);
  const letter = VIETNAMESE_POINT_LETTERS[(n - 1) % count] ?? 'a';
  return letter.repeat(Math.floor((n - 1) / count) + 1);
}

/** Removes trailing list punctuation so we can add the decree's own (";" / "."). */
export function stripEndPunctuation(text: string): string {
  return text.trim().replace(/[\s;.,:]+$/u, '');
}

/** Ends every item with ";" and the last one with "." (legal bases, recipient lists). */
export function punctuateList(items: readonly string[]): string[] {
  return items.map((item, index) => `${stripEndPunctuation(item)}${index === items.length - 1 ? '.' : ';'}`);
}

/** Vietnamese-aware upper-casing (JS handles "ư" → "Ư", "đ" → "Đ" correctly). */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}
