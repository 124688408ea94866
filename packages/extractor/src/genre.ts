// Genre (plan / report / decision / other) and the year the document is about.

import type { DocKind, Span } from './types.ts';
import type { TypeLine } from './header.ts';
import type { NumberHit } from './references.ts';
import { DOC_TYPES } from './ocr-normalise.ts';
import { fold } from './text.ts';

export interface KindResult {
  kind: DocKind;
  spans: Span[];
}

/** Type line first, then the type part of the own number (KH, BC, QĐ), then the closing sentence and title. */
export function detectKind(
  folded: string,
  typeLine: TypeLine | null,
  own: NumberHit | null,
  title: string,
  titleSpans: Span[],
): KindResult {
  if (typeLine) return { kind: typeLine.kind, spans: [typeLine.span] };
  if (own) {
    const m = /^\d+(?:\/\d{4})?[/-]([^/-]+)/.exec(own.number);
    const t = m?.[1] ? DOC_TYPES.find((d) => fold(d.abbr) === fold(m[1] ?? '')) : undefined;
    if (t) return { kind: t.kind, spans: [{ start: own.start, end: own.end }] };
  }
  const closing = /tr\S{1,2}n\s+d\S{1,2}y\s+l\S{1,2}\s+(bao\s+c\S{1,2}o|k\S{1,2}\s+ho\S{1,2}ch|quy\S{0,2}t\s+d\S{1,2}nh)/g;
  let last: RegExpExecArray | null = null;
  for (const m of folded.matchAll(closing)) last = m as RegExpExecArray;
  if (last) {
    const w = last[1] ?? '';
    const kind: DocKind = w.startsWith('bao') ? 'report' : w.startsWith('k') ? 'plan' : 'decision';
    return { kind, spans: [{ start: last.index, end: last.index + last[0].length }] };
  }
  const tf = fold(title);
  if (/^(ket\s+qua|bao\s+cao|so\s+ket|tong\s+ket)\b/.test(tf)) return { kind: 'report', spans: titleSpans };
  if (/^(ke\s+hoach|trien\s+khai|thuc\s+hien)\b/.test(tf)) return { kind: 'plan', spans: titleSpans };
  return { kind: 'other', spans: [] };
}

const YEAR_RE = /n\S{1,2}m\s*((?:19|20)\d{2})(?!\d)/;

/** "năm 2025" in the title, else in the opening text, else the issue year. */
export function detectYear(
  text: string,
  folded: string,
  title: string,
  titleSpans: Span[],
  issuedOn: string | null,
  bodyStart: number,
): { year: number | null; spans: Span[] } {
  for (const sp of titleSpans) {
    const m = YEAR_RE.exec(folded.slice(sp.start, sp.end));
    if (m) return { year: Number(m[1]), spans: [{ start: sp.start + m.index, end: sp.start + m.index + m[0].length }] };
  }
  const tm = YEAR_RE.exec(fold(title));
  if (tm) return { year: Number(tm[1]), spans: [] };
  const head = folded.slice(bodyStart, bodyStart + 1500);
  // "sơ kết vào năm 2008", "đến năm 2030" name other years than the one the document is about.
  const hm =
    /(?:cong\s+tac|ke\s+hoach|bao\s+cao)[^.\n]{0,120}?(?<!(?:vao|den|toi|tu|truoc|sau|giua)\s)n\S{1,2}m\s*((?:19|20)\d{2})(?!\d)/.exec(
      head,
    );
  if (hm) return { year: Number(hm[1]), spans: [{ start: bodyStart + hm.index, end: bodyStart + hm.index + hm[0].length }] };
  if (issuedOn) return { year: Number(issuedOn.slice(0, 4)), spans: [] };
  void text;
  return { year: null, spans: [] };
}
