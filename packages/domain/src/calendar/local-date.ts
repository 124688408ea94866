// Calendar dates with no time and no zone, as ISO strings 'YYYY-MM-DD'.
// Deadlines in plans are calendar days in the province; modelling them as instants invites the classic
// off-by-one when a server runs in UTC. Strings sort and compare correctly and survive JSON untouched.

/** A calendar day 'YYYY-MM-DD' (always validated at the boundary with `isLocalDate`/`assertLocalDate`). */
export type LocalDate = string;

/** Province time zone: every "what day is it" question for DVCQ is answered here, never in the server's zone. */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month, month 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar day in 'YYYY-MM-DD' form (rejects 2025-02-29, 2025-13-01, '2025-3-1'). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** @throws RangeError naming the bad value, so a corrupted record is caught where it enters. */
export function assertLocalDate(value: unknown): LocalDate {
  if (!isLocalDate(value)) throw new RangeError(`Not a valid LocalDate (YYYY-MM-DD): ${String(value)}`);
  return value;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function localDateParts(date: LocalDate): DateParts {
  assertLocalDate(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Builds a LocalDate from parts. @throws RangeError for impossible days (30/02). */
export function toLocalDate(year: number, month: number, day: number): LocalDate {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return assertLocalDate(s);
}

// Day arithmetic runs on UTC epoch days: UTC has no DST or offsets, so the result never depends on
// the process's TZ.
function toEpochDay(date: LocalDate): number {
  const { year, month, day } = localDateParts(date);
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

function fromEpochDay(epochDay: number): LocalDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return toLocalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Adds (or with a negative n, subtracts) whole days. */
export function addDays(date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be an integer, got ${n}`);
  return fromEpochDay(toEpochDay(date) + n);
}

export function subtractDays(date: LocalDate, n: number): LocalDate {
  return addDays(date, -n);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Comparator for sort(): negative, zero or positive. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  assertLocalDate(a);
  assertLocalDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: LocalDate, b: LocalDate): boolean {
  return compareLocalDates(a, b) < 0;
}

export function isAfter(a: LocalDate, b: LocalDate): boolean {
  return compareLocalDates(a, b) > 0;
}

/** Inclusive on both ends, like the periods and validity ranges it is used for. */
export function isWithin(date: LocalDate, start: LocalDate, end: LocalDate): boolean {
  return compareLocalDates(start, date) <= 0 && compareLocalDates(date, end) <= 0;
}

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatterCache.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what we want.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hourCycle: 'h23',
    });
    formatterCache.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar day an instant falls on in the province (default Asia/Ho_Chi_Minh, UTC+7), regardless
 * of the server's TZ: 2025-03-28T16:59:59Z → '2025-03-28', 2025-03-28T17:00:00Z → '2025-03-29'.
 */
export function localDateInProvince(instant: Date, timeZone: string = PROVINCE_TIME_ZONE): LocalDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError('localDateInProvince: invalid Date');
  }
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return toLocalDate(get('year'), get('month'), get('day'));
}

/** The year it is in the province at that instant (at 23:00 UTC on 31 December it is already next year there). */
export function yearInProvince(instant: Date, timeZone: string = PROVINCE_TIME_ZONE): number {
  return localDateParts(localDateInProvince(instant, timeZone)).year;
}
