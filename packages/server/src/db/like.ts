// LIKE patterns built from text that must match literally (search input, materialised paths).
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { foldVietnamese } from '@dvcq/domain';

/** Escapes LIKE wildcards (and the escape character itself). */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Pattern for "contains this text". */
export const containsPattern = (s: string) => `%${escapeLike(s)}%`;

/** Pattern for "starts with this text". */
export const prefixPattern = (s: string) => `${escapeLike(s)}%`;

/** Every precomposed Vietnamese letter (both cases), and what foldVietnamese makes of each. */
const VIETNAMESE_LETTERS = [...new Set('àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ'.split(''))].flatMap((c) => [
  c,
  c.toUpperCase(),
]);
const FOLD_FROM = VIETNAMESE_LETTERS.join('') + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const FOLD_TO = VIETNAMESE_LETTERS.map((c) => foldVietnamese(c)).join('') + 'abcdefghijklmnopqrstuvwxyz';

/**
 * A text column folded in SQL the way foldVietnamese folds a query (diacritics and case dropped, đ → d),
 * for columns without a stored folded copy. Independent of the database's locale (translate, not lower).
 */
export const foldedColumn = (column: SQLWrapper): SQL => sql`translate(${column}, ${FOLD_FROM}, ${FOLD_TO})`;

/** Conditions that each word of the query occurs, folded, in the folded text (matchesQuery in SQL). */
export function foldedWordsMatch(text: SQL, query: string): SQL[] {
  return foldVietnamese(query)
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => sql`${text} like ${containsPattern(w)}`);
}
