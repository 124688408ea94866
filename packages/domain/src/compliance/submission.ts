// Submissions and timeliness: a unit may send a deliverable again after it is returned, but only the
// first submission decides whether it was on time. The obligations service records submissions with
// `recordSubmissionAt`; compliance, reports and scoring judge them with `submissionTimeliness`.
import { PROVINCE_TIME_ZONE } from '../calendar/local-date.ts';
import { isOnTime, type DeadlineDay } from '../deadlines/deadline.ts';

export interface SubmissionTimes {
  /** The first submission: set once, never moved by a resubmission. */
  firstSubmittedAt: Date;
  /** The latest (re)submission. */
  lastSubmittedAt: Date;
}

/** The submission times after a (re)submission at `at`. */
export function recordSubmissionAt(current: { firstSubmittedAt?: Date | null }, at: Date): SubmissionTimes {
  return { firstSubmittedAt: current.firstSubmittedAt ?? at, lastSubmittedAt: at };
}

export type Timeliness = 'on_time' | 'late';

export interface TimelinessOptions {
  /** Judge as of this instant: a first submission after it does not count yet. */
  asOf?: Date;
  timeZone?: string;
}

/**
 * 'on_time' or 'late', judged on the first submission against the deadline in province time; null
 * when nothing was submitted (by `asOf`).
 */
export function submissionTimeliness(
  deadline: DeadlineDay,
  firstSubmittedAt: Date | null | undefined,
  options: TimelinessOptions = {},
): Timeliness | null {
  if (!firstSubmittedAt) return null;
  if (options.asOf && firstSubmittedAt.getTime() > options.asOf.getTime()) return null;
  return isOnTime(deadline, firstSubmittedAt, options.timeZone ?? PROVINCE_TIME_ZONE) ? 'on_time' : 'late';
}
