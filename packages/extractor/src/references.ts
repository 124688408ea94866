// Document numbers and symbols ("số ký hiệu"): 696/KH-UBND, 23-QĐ/TW, 35/2022/QĐ-UBND, 10/2022/QH15,
// 04-CTr/BDVTU-BCSĐUBND, including OCR damage ("S6:469 /KH-STTTT", "124- -Qb/TW", "33/CT-\n TTg",
// "25-CT/TUngay"). References are every cited number except the document's own, deduplicated on a
// separator-insensitive key, with the date written next to any mention.

import type { Reference, Span } from './types.ts';
import { canonicalSymbolPart } from './ocr-normalise.ts';
import { dateRightAfter, type DateExpression as DateHit } from '@dvcq/domain';
import { fold } from './text.ts';

const PART = String.raw`(?:Q[bBDĐP](?![A-Za-zĐđ])|QyĐ|TTg|CTr|TTr|[A-ZĐ][A-ZĐƯƠÔÂĂÊ0-9&]+)`;
const DASH = String.raw`[ \t]*-\s*(?:-\s*)?`;
const SLASH = String.raw`[ \t]*\/[ \t]*`;
// Not inside a word or another number — except right after a glued "số" ("Tờ trình số357/TTr-CP").
const LEAD = String.raw`(?:(?<![\p{L}\d\/.,-])|(?<=[sS][ốô]))`;

const NUMBER_RE = new RegExp(
  [
    String.raw`${LEAD}(\d{1,5}[a-z]?)${SLASH}((?:19|20)\d{2})${SLASH}(${PART}(?:${DASH}${PART})*)`,
    String.raw`${LEAD}(\d{1,5}[a-z]?)${SLASH}(${PART}(?:${DASH}${PART})+)`,
    String.raw`${LEAD}(\d{1,5}[a-z]?)${DASH}(${PART})${SLASH}(${PART}(?:${DASH}${PART})*)`,
    // "1961/QĐUBND", "61/2018/NĐCP": a PDF text layer that lost the hyphen between type and issuer.
    String.raw`${LEAD}(\d{1,5}[a-z]?)${SLASH}(?:((?:19|20)\d{2})${SLASH})?(Q[ĐD]|N[ĐD]|NQ|TT|CT|KH|BC|TB|HD|CV|KL)(UBND|HĐND|HDND|CP|TTg|VPCP|BNV|BTC|BTP|BYT|BCA|QH\d*|UBTVQH\d*)(?![\p{L}\d])`,
    // "Tờ trình số 126/SKHĐT": one symbol part, accepted only right after "số".
    String.raw`(?<=(?:^|[^\p{L}])[sS][ốôoó6]\s{1,2})(\d{1,5})${SLASH}([A-ZĐ][A-ZĐ0-9&]{2,})(?![\p{L}\d\/-])`,
  ].join('|'),
  'gu',
);

export interface NumberHit {
  number: string;
  key: string;
  start: number;
  end: number;
}

const GLUED_RE = /^(Q[ĐD]|N[ĐD]|NQ|TT|CT|KH|BC|TB|HD|CV|KL)(UBND|HĐND|HDND|CP|TTG|VPCP|BNV|BTC|BTP|BYT|BCA|QH\d*|UBTVQH\d*)$/i;

function parts(s: string): string[] {
  return (
    s
      .split(/\s*-\s*/)
      .map((p) => p.trim())
      .filter(Boolean)
      // "NĐCP" (a text layer that lost the hyphen) is two parts.
      .flatMap((p) => {
        const g = GLUED_RE.exec(p);
        return g ? [g[1]!, g[2]!] : [p];
      })
      .map(canonicalSymbolPart)
  );
}

function keyOf(n: string, year: string, ps: string[]): string {
  return `${n.replace(/^0+(?=\d)/, '')}|${year}|${ps.map((p) => fold(p).toUpperCase()).join('')}`;
}

function hitFrom(m: RegExpExecArray | RegExpMatchArray): NumberHit | null {
  const start = m.index ?? 0;
  const end = start + m[0].length;
  if (m[1] !== undefined) {
    const ps = parts(m[3] ?? '');
    return { number: `${m[1]}/${m[2]}/${ps.join('-')}`, key: keyOf(m[1], m[2] ?? '', ps), start, end };
  }
  if (m[4] !== undefined) {
    const ps = parts(m[5] ?? '');
    return { number: `${m[4]}/${ps.join('-')}`, key: keyOf(m[4], '', ps), start, end };
  }
  if (m[9] !== undefined) {
    const ps = [canonicalSymbolPart(m[11] ?? ''), canonicalSymbolPart(m[12] ?? '')];
    const year = m[10] ?? '';
    return { number: `${m[9]}/${year ? `${year}/` : ''}${ps.join('-')}`, key: keyOf(m[9], year, ps), start, end };
  }
  if (m[13] !== undefined) {
    const p = canonicalSymbolPart(m[14] ?? '');
    return { number: `${m[13]}/${p}`, key: keyOf(m[13], '', [p]), start, end };
  }
  if (m[6] !== undefined) {
    const first = canonicalSymbolPart(m[7] ?? '');
    const rest = parts(m[8] ?? '');
    return { number: `${m[6]}-${first}/${rest.join('-')}`, key: keyOf(m[6], '', [first, ...rest]), start, end };
  }
  return null;
}

/** Every document number in the text, in order. */
export function findNumbers(text: string): NumberHit[] {
  const out: NumberHit[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const h = hitFrom(m);
    if (h) out.push(h);
  }
  return out;
}

/** Canonical form of one number string, or null if it is not a document number. */
export function canonicalNumber(s: string): string | null {
  const hits = findNumbers(s.trim());
  return hits[0]?.number ?? null;
}

export function numberKey(s: string): string | null {
  return findNumbers(s.trim())[0]?.key ?? null;
}

/**
 * The document's own number: the one after the "Số:" label of the header
 * (OCR: "S6:", "Sb:", "Sô:"), looked for in the first part of the text only.
 */
export function findOwnNumber(text: string, folded: string, limit = 2500): NumberHit | null {
  const head = folded.slice(0, limit);
  // "Số:" (Decree 30), also "Số" without the colon in party documents ("Số 445-KL/TU").
  const re = /(?:^|[\s|])s[^\s:]{0,2}[ \t]*:[ \t]*|(?:^|\n)[ \t]*s[^\s:]{0,2}[ \t]+(?=\d{1,5}\s*-)/g;
  for (const m of head.matchAll(re)) {
    const from = (m.index ?? 0) + m[0].length;
    const slice = text.slice(from, from + 80);
    const hits = findNumbers(slice);
    const h = hits[0];
    if (h && h.start === 0) return { ...h, start: h.start + from, end: h.end + from };
  }
  return null;
}

export function extractReferences(
  text: string,
  folded: string,
  dates: DateHit[],
  own: NumberHit | null,
  numbers = findNumbers(text),
): Reference[] {
  const byKey = new Map<string, Reference>();
  for (const h of numbers) {
    if (own && h.key === own.key) continue;
    const d = dateRightAfter(dates, folded, h.end, /^[\s,:(]*(?:ng\S{0,2}y\s*)?$/, 16);
    const spans: Span[] = [{ start: h.start, end: d ? d.end : h.end }];
    const prev = byKey.get(h.key);
    if (prev) {
      prev.spans.push(...spans);
      if (!prev.date && d && d.day !== null) prev.date = d.iso;
      continue;
    }
    byKey.set(h.key, { number: h.number, date: d && d.day !== null ? d.iso : null, spans });
  }
  return [...byKey.values()];
}
