// "The row's id is one of these ids" as ONE array parameter. drizzle's inArray builds `in ($1, …, $n)`
// param by param, which costs tens of milliseconds per request for a subtree's ~700 units (the
// consolidation reads each report source for every unit that owes the report); one uuid[] costs nothing.
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `column` (a uuid column) is one of `ids`; no ids: no rows. Ids come from rows, so a non-uuid is a bug. */
export function uuidIn(column: AnyPgColumn | SQL, ids: readonly string[]): SQL {
  if (ids.length === 0) return sql`false`;
  for (const id of ids) if (!UUID.test(id)) throw new Error(`uuidIn: not a uuid: ${id}`);
  // An array literal of uuids needs no quoting: they hold hex digits and dashes only.
  return sql`${column} = any(${`{${ids.join(',')}}`}::uuid[])`;
}
