// Calendar events of deadlines (iCalendar in e-mails and in the feeds): one identity per obligation so
// that a calendar app that got the same deadline twice (attachment and feed) keeps one event, and a
// reminder at a working hour the day before, only while the work is still open.
import { subtractDays, type LocalDate } from './local-date.ts';

/** The one UID of an obligation's event, in the e-mail attachment and in every feed. */
export function obligationEventUid(obligationId: string): string {
  return `obligation-${obligationId}@dvcq`;
}

/** The UID of a plan milestone's event (the issuer's view of a deadline all its units owe). */
export function milestoneEventUid(milestoneId: string): string {
  return `milestone-${milestoneId}@dvcq`;
}

/** The hour (Vietnam time) a reminder rings, the day before the last allowed day. */
export const REMINDER_HOUR_VN = 8;
/** Vietnam keeps UTC+7 all year (no daylight saving time). */
const VIETNAM_OFFSET_HOURS = 7;

/**
 * When the reminder of a deadline rings, as an UTC instant in iCalendar form: 08:00 in Vietnam the
 * day before the last allowed day (2026-12-20 → "20261219T010000Z"). Null for work already done or
 * no longer owed — a closed item gets no alarm.
 */
export function reminderAlarmAt(lastAllowedDay: LocalDate, open: boolean): string | null {
  if (!open) return null;
  const dayBefore = subtractDays(lastAllowedDay, 1);
  const utcHour = REMINDER_HOUR_VN - VIETNAM_OFFSET_HOURS;
  // 08:00 at UTC+7 is 01:00 UTC the same day; an hour before 07:00 would fall on the previous UTC day.
  const [y, m, d] = dayBefore.split('-').map(Number) as [number, number, number];
  const instant = new Date(Date.UTC(y, m - 1, d, utcHour, 0, 0));
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
