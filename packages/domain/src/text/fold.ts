// Diacritic- and case-insensitive text matching for Vietnamese.
// Users type "so noi vu" or "SỞ NỘI VỤ" and expect to find "Sở Nội vụ"; OCR'd seeds lose diacritics
// entirely, so every comparison goes through the same fold.

/** Canonical composed form. Input pasted from Word/PDF often arrives decomposed (NFD) or mixed. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Folds text for matching: NFC, lower-cases, strips combining marks (all Vietnamese tone and vowel marks),
 * maps đ/Đ to d (đ is a separate letter, not a base + mark, so NFD alone keeps it),
 * and collapses runs of whitespace to one space. Not for display.
 */
export function foldVietnamese(s: string): string {
  // Lower-case first: some capitals lower-case into a letter plus a combining mark (İ → i̇).
  return nfc(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * True when every whitespace-separated word of `query` occurs (folded) somewhere in `haystack`,
 * in any order, so "noi vu so" finds "Sở Nội vụ". An empty query matches everything, which is what a
 * search box with nothing typed should show.
 */
export function matchesQuery(haystack: string, query: string): boolean {
  const folded = foldVietnamese(haystack);
  const words = foldVietnamese(query)
    .split(' ')
    .filter((w) => w.length > 0);
  return words.every((w) => folded.includes(w));
}

const foldCharCache = new Map<string, string>();

/**
 * Folds one UTF-16 code unit to exactly one character: lower case, no diacritics, đ → d, and the OCR
 * renderings of ê/ệ ("€", "¢") → e. A character with no one-letter folding is kept as it is.
 */
export function foldChar(c: string): string {
  const hit = foldCharCache.get(c);
  if (hit !== undefined) return hit;
  let r: string;
  if (c === 'đ' || c === 'Đ') r = 'd';
  else if (c === '€' || c === '¢') r = 'e';
  else {
    const base = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    r = base.length === 1 ? base : c.length === 1 ? c.toLowerCase().slice(0, 1) || c : c;
    if (r.length !== 1) r = c;
  }
  foldCharCache.set(c, r);
  return r;
}

/**
 * Folds like `foldVietnamese` but keeps every character in place (same length, no whitespace
 * collapsing), so an offset found in the folded text is the same offset in the source: rules can
 * match loosely — on OCR'd text too — and still point at the exact words. Give it NFC text.
 */
export function foldKeepingOffsets(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldChar(s.charAt(i));
  return out;
}
