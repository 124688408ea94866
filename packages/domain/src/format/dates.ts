// Vietnamese date display and reading: the one home of dd/mm/yyyy, "ngày … tháng … năm …" and the
// Decree 30 place-and-date line, used by the web client, the server's exports and docgen alike.
import {
  PROVINCE_TIME_ZONE,
  isLocalDate,
  localDateInProvince,
  localDateParts,
  toLocalDate,
  type LocalDate,
} from '../calendar/local-date.ts';

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

/**
 * Place-and-date line of an official document (Decree 30/2020/NĐ-CP): "Tây Ninh, ngày 06 tháng 3 năm
 * 2025". Without a place (not yet decided in a draft) only the date: "ngày 06 tháng 3 năm 2025".
 */
export function nd30DateLine(place: string | null | undefined, date: LocalDate): string {
  const where = place?.trim();
  return where ? `${where}, ${dateInWords(date, 'nd30')}` : dateInWords(date, 'nd30');
}

/** '2025-03-28' → "28/03" (chart axes and other places where the year is obvious). */
export function formatDayMonthVi(date: LocalDate): string {
  return formatDateVi(date).slice(0, 5);
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as people in the province read it: "28/03/2025 14:05" on the province's clock
 * (Asia/Ho_Chi_Minh), whatever the zone of the server or the browser.
 */
export function formatDateTimeVi(instant: Date, timeZone: string = PROVINCE_TIME_ZONE): string {
  let f = timeFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormatters.set(timeZone, f);
  }
  return `${formatDateVi(localDateInProvince(instant, timeZone))} ${f.format(instant)}`;
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

/**
 * A day typed in a form or a CSV cell: Vietnamese day-first ("28/3/2025", "28-03-2025") or ISO
 * ("2025-03-28", what date pickers and spreadsheets send). null when it is not a real day.
 */
export function parseDateInput(text: string): LocalDate | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isLocalDate(t) ? t : null;
  return parseDateVi(t);
}

/** Why a typed day could not be read: nothing typed, not a date's shape, or a day that does not exist (31/4). */
export type ReadDateErrorCode = 'DATE_EMPTY' | 'DATE_UNREADABLE' | 'DATE_NOT_A_DAY';

export type ReadDateResult = { ok: true; date: LocalDate } | { ok: false; code: ReadDateErrorCode };

/**
 * Reads a day as people type it in a date field: "28/3/2026", "28/03/2026", "28-3-2026", "28.3.2026",
 * "2026-03-28", "28 tháng 3 năm 2026" or "ngày 28 tháng 3 năm 2026" (with or without diacritics).
 * Day first, four-digit year, nothing guessed: anything else says why it could not be read.
 */
export function readDateVi(text: string): ReadDateResult {
  const folded = text
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (folded === '') return { ok: false, code: 'DATE_EMPTY' };
  let parts: RegExpExecArray | null = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(folded);
  let y: number, mo: number, d: number;
  if (parts) [y, mo, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  else {
    parts =
      /^(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{4})$/.exec(folded) ?? /^(?:ngay )?(\d{1,2}) thang (\d{1,2}),? nam (\d{4})$/.exec(folded);
    if (!parts) return { ok: false, code: 'DATE_UNREADABLE' };
    [d, mo, y] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  }
  try {
    return { ok: true, date: toLocalDate(y, mo, d) };
  } catch {
    return { ok: false, code: 'DATE_NOT_A_DAY' };
  }
}
