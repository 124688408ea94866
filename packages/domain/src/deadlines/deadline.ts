// A deadline as a plan states it. "chậm nhất ngày X" allows X itself; "trước ngày X" does not. The two
// differ by one day and the seeds use both, so the phrase kind is data, never assumed.
import { PROVINCE_TIME_ZONE, addDays, assertLocalDate, daysBetween, localDateInProvince, type LocalDate } from '../calendar/local-date.ts';
import { formatDateVi } from '../format/dates.ts';

export interface Deadline {
  /** The date written in the document (X in "trước ngày X"). */
  due: LocalDate;
  /** true: X itself is allowed ("chậm nhất", "hạn chót"); false: must arrive before X ("trước ngày"). */
  inclusive: boolean;
  /** The wording as issued, kept for display and audit (e.g. "Trước ngày 01/11/2025"). */
  phrase: string;
}

/** What the rules need of a deadline: the day and its kind (the wording is for people, optional here). */
export type DeadlineDay = Pick<Deadline, 'due' | 'inclusive'> & { phrase?: string };

/** Builds a deadline; without a phrase, uses the canonical wording from `describeDeadline`. */
export function makeDeadline(due: LocalDate, inclusive: boolean, phrase?: string): Deadline {
  assertLocalDate(due);
  const deadline: Deadline = { due, inclusive, phrase: '' };
  deadline.phrase = phrase?.trim() || describeDeadline(deadline);
  return deadline;
}

/** Last calendar day (province time) on which a submission is on time. "trước ngày 01/03/2024" → 2024-02-29. */
export function lastAllowedDay(deadline: DeadlineDay): LocalDate {
  return deadline.inclusive ? assertLocalDate(deadline.due) : addDays(deadline.due, -1);
}

/**
 * On time when the submission's calendar day in the province is no later than the last allowed day:
 * 23:59:59 local on that day is on time, 00:00:00 local the next day is late, whatever the server's TZ.
 */
export function isOnTime(deadline: DeadlineDay, submittedAt: Date, timeZone: string = PROVINCE_TIME_ZONE): boolean {
  return localDateInProvince(submittedAt, timeZone) <= lastAllowedDay(deadline);
}

/**
 * Days left until the last allowed day, counted in province calendar days: 0 means today is the last
 * day, 1 tomorrow, negative means overdue by that many days.
 */
export function daysUntil(deadline: DeadlineDay, now: Date, timeZone: string = PROVINCE_TIME_ZONE): number {
  return daysBetween(localDateInProvince(now, timeZone), lastAllowedDay(deadline));
}

/**
 * What `daysUntil` says, in words: "còn 3 ngày", "còn 1 ngày (hạn cuối là ngày mai)", "hôm nay là hạn
 * cuối", "đã quá hạn 5 ngày".
 */
export function daysLeftInWords(daysLeft: number): string {
  if (daysLeft > 1) return `còn ${daysLeft} ngày`;
  if (daysLeft === 1) return 'còn 1 ngày (hạn cuối là ngày mai)';
  if (daysLeft === 0) return 'hôm nay là hạn cuối';
  return `đã quá hạn ${-daysLeft} ngày`;
}

/** Canonical Vietnamese wording: "chậm nhất ngày 28/03/2025" or "trước ngày 15/11/2025". */
export function describeDeadline(deadline: DeadlineDay): string {
  return `${deadline.inclusive ? 'chậm nhất ngày' : 'trước ngày'} ${formatDateVi(deadline.due)}`;
}

/** Same day and same kind: the phrase wording alone does not make deadlines different. */
export function sameDeadline(a: DeadlineDay, b: DeadlineDay): boolean {
  return a.due === b.due && a.inclusive === b.inclusive;
}
