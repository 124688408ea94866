// The province's calendar. Deadlines and validity dates are local dates in Asia/Ho_Chi_Minh, never
// in the server's own time zone.
const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** 'YYYY-MM-DD' of the given instant in Asia/Ho_Chi_Minh. */
export const localToday = (now: Date): string => formatter.format(now);

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
