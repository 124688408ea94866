// All SQL of the search box: each kind of record matched word by word on folded text (diacritics and case
// dropped), scoped to the subtrees the caller may read, at most `limit` rows, best-known first.
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { defineRepository } from '../../db/repository.ts';
import { files, orgUnits, plans, reportForms, reports, users } from '../../db/schema.ts';
import { unitInSubtrees } from '../../db/subtree.ts';
import { foldedColumn, foldedWordsMatch } from '../../db/like.ts';

export interface SearchScope {
  query: string;
  limit: number;
}

/** Every word of the query occurs in one of these folded texts (joined, so words may fall in different fields). */
const matches = (texts: SQL[], query: string): SQL[] => foldedWordsMatch(sql.join(texts, sql` || ' ' || `), query);

export const createSearchRepository = defineRepository((db) => ({
  async units(s: SearchScope & { roots: readonly string[] }) {
    return (
      db
        .select({ id: orgUnits.id, name: orgUnits.name, code: orgUnits.code, closed: orgUnits.validTo })
        .from(orgUnits)
        .where(and(unitInSubtrees(orgUnits.id, s.roots), ...matches([sql`${orgUnits.searchText}`], s.query)))
        // standing units first, the higher ones first
        .orderBy(sql`${orgUnits.validTo} is not null`, asc(orgUnits.depth), asc(orgUnits.name))
        .limit(s.limit)
    );
  },

  /** Plans issued in the caller's subtrees, and the published plans of the units above them. */
  async plans(s: SearchScope & { roots: readonly string[]; ancestorIds: readonly string[] }) {
    const scope = s.ancestorIds.length
      ? or(unitInSubtrees(plans.issuerUnitId, s.roots), and(inArray(plans.issuerUnitId, [...s.ancestorIds]), eq(plans.status, 'published')))
      : unitInSubtrees(plans.issuerUnitId, s.roots);
    return db
      .select({ id: plans.id, title: plans.title, number: plans.number, year: plans.year, status: plans.status, issuerName: orgUnits.name })
      .from(plans)
      .innerJoin(orgUnits, eq(orgUnits.id, plans.issuerUnitId))
      .where(and(scope, ...matches([sql`${plans.searchText}`, sql`${orgUnits.searchText}`], s.query)))
      .orderBy(desc(plans.year), asc(orgUnits.depth), desc(plans.updatedAt))
      .limit(s.limit);
  },

  /** Reports of units in the caller's subtrees, found by the form's title and the unit's name. */
  async reports(s: SearchScope & { roots: readonly string[] }) {
    return db
      .select({ obligationId: reports.obligationId, title: reportForms.title, unitName: orgUnits.name, status: reports.status })
      .from(reports)
      .innerJoin(reportForms, eq(reportForms.id, reports.formId))
      .innerJoin(orgUnits, eq(orgUnits.id, reports.unitId))
      .where(
        and(unitInSubtrees(reports.unitId, s.roots), ...matches([foldedColumn(reportForms.title), sql`${orgUnits.searchText}`], s.query)),
      )
      .orderBy(desc(reportForms.periodYear), desc(reports.updatedAt))
      .limit(s.limit);
  },

  /** Active accounts whose home unit lies in the caller's subtrees, by full name or user name. */
  async people(s: SearchScope & { roots: readonly string[] }) {
    return db
      .select({ id: users.id, fullName: users.fullName, username: users.username, unitId: orgUnits.id, unitName: orgUnits.name })
      .from(users)
      .innerJoin(orgUnits, eq(orgUnits.id, users.homeUnitId))
      .where(
        and(
          isNull(users.disabledAt),
          unitInSubtrees(users.homeUnitId, s.roots),
          ...matches([foldedColumn(users.fullName), sql`lower(${users.username})`], s.query),
        ),
      )
      .orderBy(asc(users.fullName))
      .limit(s.limit);
  },

  /** Uploaded and imported files of units in the caller's subtrees, by file name. */
  async documents(s: SearchScope & { roots: readonly string[] }) {
    return db
      .select({ id: files.id, filename: files.filename, unitName: orgUnits.name })
      .from(files)
      .innerJoin(orgUnits, eq(orgUnits.id, files.unitId))
      .where(and(unitInSubtrees(files.unitId, s.roots), ...matches([foldedColumn(files.filename)], s.query)))
      .orderBy(desc(files.createdAt))
      .limit(s.limit);
  },
}));
export type SearchRepository = ReturnType<typeof createSearchRepository>;
