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
  const words = foldVietnamese(query).split(' ').filter((w) => w.length > 0);
  return words.every((w) => folded.includes(w));
}
