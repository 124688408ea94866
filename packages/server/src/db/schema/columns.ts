import { timestamp } from 'drizzle-orm/pg-core';

/** Every instant is stored as timestamptz (UTC) and read as a Date. */
export const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
