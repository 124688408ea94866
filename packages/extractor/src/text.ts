// Low-level text helpers shared by the rule modules. The key trick: `fold` maps every UTF-16 code
// unit to exactly one character (lower case, no diacritics, đ→d), so an offset in the folded text
// is the same offset in the original and rules can match loosely yet report exact spans.

import { foldChar, foldKeepingOffsets } from '@dvcq/domain';
import type { Span } from './types.ts';

/** Lower case, diacritics removed, same length as the input (the domain's one folding for offsets). */
export const fold = foldKeepingOffsets;

/** Collapses whitespace and strips markdown emphasis left by converters. */
export function clean(s: string): string {
  return s
    .replace(/\*+/g, '')
    .replace(/[\u00ad\u200b]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Tokens for loose comparison: folded words and numbers. */
export function tokens(s: string): string[] {
  return fold(s)
    .split(/[^a-z0-9%]+/)
    .filter(Boolean);
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/** Trims whitespace/punctuation from both ends of text.slice(start, end) and returns the tighter span. */
export function trimSpan(text: string, start: number, end: number, junk = /[\s,;:.*~_\-–—‘’"“”]/): Span {
  let s = start;
  let e = end;
  while (s < e && junk.test(text.charAt(s))) s++;
  while (e > s && junk.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}

/** Share of letters that carry Vietnamese diacritics; clean Vietnamese text is well above 0.15. */
export function diacriticRatio(text: string): number {
  let letters = 0;
  let marked = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charAt(i);
    if (!/\p{L}/u.test(c)) continue;
    letters++;
    if (foldChar(c) !== c.toLowerCase()) marked++;
  }
  return letters === 0 ? 0 : marked / letters;
}

export function capitalise(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** True when the letters of s are (almost) all upper case. */
export function isUpperText(s: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const c of s) {
    if (!/\p{L}/u.test(c)) continue;
    letters++;
    if (c === c.toUpperCase() && c !== c.toLowerCase()) upper++;
  }
  return letters >= 2 && upper / letters >= 0.8;
}

/** Shortens long text to head … tail on word boundaries. */
export function ellipsize(s: string, max = 220): string {
  if (s.length <= max) return s;
  const headLen = Math.floor(max * 0.6);
  const tailLen = max - headLen;
  let head = s.slice(0, headLen);
  const hs = head.lastIndexOf(' ');
  if (hs > headLen / 2) head = head.slice(0, hs);
  let tail = s.slice(s.length - tailLen);
  const ts = tail.indexOf(' ');
  if (ts >= 0 && ts < tailLen / 2) tail = tail.slice(ts + 1);
  return `${head} … ${tail}`;
}
