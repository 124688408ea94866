// The subtree scope: "this row belongs to a unit inside one of these subtrees". A grant on a unit covers
// its whole subtree, and the org tree is a materialised path ('/root/…/unit/'), so a subtree is every
// unit whose path starts with the root's path. Every query that scopes rows to subtrees uses this file,
// so LIKE escaping is done once (db/like.ts), and the temporal org tree (paths as they stood on a date) replaces
// the body of `unitInSubtrees` alone.
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { orgUnits } from './schema.ts';
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
