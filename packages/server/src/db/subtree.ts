// The subtree scope: "this row belongs to a unit inside one of these subtrees". A grant on a unit covers
// its whole subtree, and the org tree is a materialised path ('/root/…/unit/'), so a subtree is every
// unit whose path starts with the root's path. Every query that scopes rows to subtrees uses this file,
// so LIKE escaping is done once (db/like.ts), and the temporal org tree (paths as they stood on a date) replaces
// the body of `unitInSubtrees` alone.
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { orgUnitVersions, orgUnits } from './schema.ts';
import { prefixPattern } from './like.ts';

/** LIKE pattern for a materialised path and everything below it. */
export const subtreePattern = (path: string) => prefixPattern(path);

/** `path` (a materialised-path column or expression) lies in the subtree rooted at `root`. */
export const pathInSubtree = (path: AnyPgColumn | SQL, root: string): SQL => sql`${path} like ${subtreePattern(root)}`;

/**
 * The unit named by `unitId` (a column holding an org unit id) lies in one of the subtrees rooted at the
 * given paths. No roots: no rows. Written as a semi-join, so it composes with any query whether or not
 * that query joins org_units itself.
 */
export function unitInSubtrees(unitId: AnyPgColumn | SQL, roots: readonly string[]): SQL {
  if (roots.length === 0) return sql`false`;
  const within = sql.join(
    roots.map((root) => pathInSubtree(sql`scope_unit.path`, root)),
    sql` or `,
  );
  return sql`${unitId} in (select scope_unit.id from ${orgUnits} scope_unit where ${within})`;
}

/** One subtree. */
export const unitInSubtree = (unitId: AnyPgColumn | SQL, root: string): SQL => unitInSubtrees(unitId, [root]);

/**
 * The unit named by `unitId` lay, on `date` ('YYYY-MM-DD'), inside one of the subtrees rooted at the
 * given units (their paths today, as grants carry them) — judged on the tree as it stood that day, from
 * org_unit_versions. A unit that moved since is found under its old parent for old dates. `date` may be
 * a date column (each row judged on its own day, e.g. a dialogue on the day it was held). For today,
 * `unitInSubtrees` (org_units) stays the fast path.
 */
export function unitInSubtreesAsOf(unitId: AnyPgColumn | SQL, roots: readonly string[], date: string | AnyPgColumn | SQL): SQL {
  if (roots.length === 0) return sql`false`;
  const rootIds = roots.map((p) => p.split('/').filter(Boolean).pop() ?? '').filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (rootIds.length === 0) return sql`false`;
  const covers = (alias: string) =>
    sql`${sql.raw(alias)}.valid_from <= ${date}::date and (${sql.raw(alias)}.valid_to is null or ${sql.raw(alias)}.valid_to >= ${date}::date)`;
  // "Starts with the root's path" as a byte-wise range, so the (path text_pattern_ops) index of
  // org_unit_versions serves it for each root (a LIKE whose pattern comes from another row cannot use it).
  // Paths hold uuids and slashes only ([0-9a-f/-], all below '~'), so every path extending the root's lies
  // in [root, root || '~') and no other path does.
  return sql`${unitId} in (select scope_v.unit_id from ${orgUnitVersions} scope_r join ${orgUnitVersions} scope_v
    on scope_v.path ~>=~ scope_r.path and scope_v.path ~<~ (scope_r.path || '~')
    where scope_r.unit_id in (${sql.join(
      rootIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}) and ${covers('scope_r')} and ${covers('scope_v')})`;
}
