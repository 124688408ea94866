// Text conventions of Vietnamese official documents (Decree 30/2020/NĐ-CP) that are easy to get
// subtly wrong by hand: date leading zeros, list punctuation, Roman numerals, point letters.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Parses "YYYY-MM-DD" strictly (rejects 2025-02-30) without going through time zones. */
export function parseIsoDate(iso: string): CalendarDate {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`Ngày không hợp lệ (cần YYYY-MM-DD): "${iso}"`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new Error(`Ngày không tồn tại: "${iso}"`);
  }
  return { year, month, day };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * "ngày 06 tháng 3 năm 2025": the decree pads days below 10 and months 1 and 2 only
 * (so "tháng 01", "tháng 02" but "tháng 3" … "tháng 12").
 */
export function formatVietnameseDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}

/** "Tây Ninh, ngày 06 tháng 3 năm 2025": the italic place-and-date line of the header. */
export function formatPlaceAndDate(place: string, iso: string): string {
  return `${place.trim()}, ${formatVietnameseDate(iso)}`;
}

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

const numberFormatter = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 1234567.5 → "1.234.567,5": Vietnamese grouping for numbers printed in Word tables. */
export function formatVietnameseNumber(value: number): string {
  return numberFormatter.format(value);
}

/** Vietnamese-aware upper-casing (JS handles "ư" → "Ư", "đ" → "Đ" correctly). */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}
