// The province's calendar. Deadlines and validity dates are local dates in Asia/Ho_Chi_Minh, never
// in the server's own time zone.
import { addDays, localDateInProvince } from '@dvcq/domain';

/** 'YYYY-MM-DD' of the given instant in Asia/Ho_Chi_Minh. */
export const localToday = (now: Date): string => localDateInProvince(now);

/** First instant of a local day in Asia/Ho_Chi_Minh (UTC+7 all year: Vietnam keeps no daylight saving). */
export const startOfLocalDay = (iso: string): Date => new Date(`${iso}T00:00:00+07:00`);

/** Last millisecond of a local day: "as of 20/05/2025" includes everything done that day. */
export const endOfLocalDay = (iso: string): Date => new Date(startOfLocalDay(addDays(iso, 1)).getTime() - 1);

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
