// Vietnamese date display.
import { localDateParts, toLocalDate, type LocalDate } from '../calendar/local-date.ts';

/** '2025-03-28' → "28/03/2025" (vi-VN form used across the UI). */
export function formatDateVi(date: LocalDate): string {
  const { year, month, day } = localDateParts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

export type DateInWordsStyle = 'plain' | 'nd30';

/**
 * "ngày 15 tháng 11 năm 2025". Style 'nd30' follows Decree 30/2020/NĐ-CP for document date lines:
 * a leading zero for days below 10 and for months 1 and 2 only ("ngày 05 tháng 01 năm 2020",
 * "ngày 06 tháng 3 năm 2025"), which keeps the date from being altered by hand afterwards.
 */
export function dateInWords(date: LocalDate, style: DateInWordsStyle = 'plain'): string {
  const { year, month, day } = localDateParts(date);
  const d = style === 'nd30' && day < 10 ? `0${day}` : String(day);
  const m = style === 'nd30' && month <= 2 ? `0${month}` : String(month);
  return `ngày ${d} tháng ${m} năm ${year}`;
}

/** Place-and-date line of an official document: "Tây Ninh, ngày 06 tháng 3 năm 2025". */
export function nd30DateLine(place: string, date: LocalDate): string {
  return `${place.trim()}, ${dateInWords(date, 'nd30')}`;
}

/**
 * Reads a day written the Vietnamese way, "28/3/2025", "28-03-2025" or "28.3.2025" (day first).
 * Returns null when it is not a real date, so the caller can ask the user instead of guessing.
 */
export function parseDateVi(text: string): LocalDate | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  try {
    return toLocalDate(Number(m[3]), Number(m[2]), Number(m[1]));
  } catch {
    return null;
  }
}
