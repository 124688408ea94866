// A công văn has no type line: its summary (trích yếu) is printed under its number as "V/v …"
// (Decree 30, template 1.5), often wrapped over two or three lines. In a flattened header the right
// column's lines (motto, place-and-date) may sit between the pieces, and a copy may glue a colon
// to the prefix ("V/v: …").

import type { Span } from './types.ts';
import type { Line } from './lines.ts';
import { finishTitle, isHeaderish } from './header.ts';
import { isUpperText, trimSpan } from './text.ts';

export interface LetterSubject {
  title: string;
  /** The "V/v" prefix: what says the document is a letter. */
  prefixSpan: Span;
  spans: Span[];
  startLine: number;
  endLine: number;
}

/** "V/v", also "V/V", "V / v" and with a colon (folded text). */
export const LETTER_SUBJECT_F = /^v\s*\/\s*v\b\s*:?\s*/;
const ADDRESS_F = /^k\S{1,2}nh\s+g\S{1,2}i\b/;
const MAX_PIECES = 5;

function opensInLowerCase(text: string): boolean {
  return /^["“(]?\s*[\p{Ll}\d]/u.test(text);
}

/** The "V/v …" summary in the header, or null when the document has none. */
export function findLetterSubject(lines: Line[], ocr: boolean, maxLines = 30): LetterSubject | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < maxLines; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    seen++;
    if (ADDRESS_F.test(l.folded)) return null;
    const prefix = LETTER_SUBJECT_F.exec(l.folded);
    if (!prefix) continue;
    const first = trimSpan(l.text, prefix[0].length, l.text.length, /[\s*|_]/);
    const parts = [l.text.slice(first.start, first.end)];
    const spans: Span[] = [{ start: l.start + first.start, end: l.start + first.end }];
    let end = i + 1;
    let skipped = 0;
    let blanks = 0;
    for (let j = i + 1; j < lines.length && parts.length < MAX_PIECES; j++) {
      const n = lines[j]!;
      if (n.blank) {
        if (++blanks > 1) break;
        continue;
      }
      // The right column interleaved (motto, place-and-date): step over it, but what follows
      // must then plainly go on with the subject.
      if (isHeaderish(n)) {
        if (++skipped > 3) break;
        continue;
      }
      if (ADDRESS_F.test(n.folded) || isUpperText(n.text) || /[.;:]$/.test(parts[parts.length - 1]!)) break;
      const goesOn = opensInLowerCase(n.text) || (skipped === 0 && blanks === 0 && n.text.length < 80);
      if (!goesOn || n.text.length > 120) break;
      const sp = trimSpan(n.text, 0, n.text.length, /[\s*|_]/);
      parts.push(n.text.slice(sp.start, sp.end));
      spans.push({ start: n.start + sp.start, end: n.start + sp.end });
      end = j + 1;
      blanks = 0;
    }
    const title = finishTitle(parts, ocr);
    if (!title) return null;
    return { title, prefixSpan: { start: l.start, end: l.start + prefix[0].trimEnd().length }, spans, startLine: i, endLine: end };
  }
  return null;
}
