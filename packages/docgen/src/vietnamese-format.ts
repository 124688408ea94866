// Text conventions of Vietnamese official documents (Decree 30/2020/NĐ-CP) that are easy to get
// subtly wrong by hand: list punctuation, and the older names of the domain's document numbers, Roman
// numerals and point letters. Dates and numbers are the domain's (@dvcq/domain: nd30DateLine,
// dateInWords, formatNumberVi).
import { documentNumberText, isLocalDate, localDateParts, romanNumeral, vietnamesePointLetter, type DateParts } from '@dvcq/domain';

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

/**
 * "05/KH-UBND": numbers below 10 get a leading zero; a null number leaves the blank the clerk
 * fills in after registration ("      /KH-UBND"). The domain's `documentNumberText` under the old name.
 */
export function formatDocumentNumber(sequence: number | null, symbol: string): string {
  return documentNumberText({ sequence, symbol });
}

/** 1 → "I", 14 → "XIV": numbering of level-1 headings and appendices (the domain's `romanNumeral`). */
export const toRoman: (n: number) => string = romanNumeral;

/** 1 → "a", 5 → "đ"; past "y" it doubles the letter ("aa") (the domain's `vietnamesePointLetter`). */
export const pointLetter: (n: number) => string = vietnamesePointLetter;

/** Removes trailing list punctuation so we can add the decree's own (";" / "."). */
export function stripEndPunctuation(text: string): string {
  return text.trim().replace(/[\s;.,:]+$/u, '');
}

/** Ends every item with ";" and the last one with "." (legal bases, recipient lists). */
export function punctuateList(items: readonly string[]): string[] {
  return items.map((item, index) => `${stripEndPunctuation(item)}${index === items.length - 1 ? '.' : ';'}`);
}
