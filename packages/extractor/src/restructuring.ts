// Restructuring resolutions (2025 reorganisation, e.g. Resolution 1682/NQ-UBTVQH15): each numbered
// clause "Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã A, B và một phần … của xã C
// thành xã mới có tên gọi là xã D." becomes one entry: the unit formed (name, kind) and the units it
// is formed from, each whole or in part, with the qualifier that tells namesakes apart
// ("Thạnh Hưng (huyện Tân Hưng)"). "phần còn lại của xã E sau khi sắp xếp theo quy định tại khoản 5"
// is a part (whole: false). Entries keep the resolution's order.
//
// Real copies are messy (pandoc escapes, hard wraps, words glued by converters: "củathị trấn",
// "vàcácxã", "Nậm Sỏthành"), so the clause text is repaired before it is read.

import type { RestructuringEntry, RestructuringKind, RestructuringSource, Span } from './types.ts';
import { fold } from './text.ts';

const FORMED_RE =
  /th\S{1,2}nh\s+(x\S|ph\S{1,2}\S?ng|\S{1,2}\S?c\s+khu)\s+(?:m\S{1,2}i\s+)?c\S\s+t\S{1,2}n\s+g\S{1,2}i\s+l\S\s+(?:x\S|ph\S{1,2}\S?ng|\S{1,2}\S?c\s+khu)\s+/g;

// Kind words are written in lower case; names are capitalised ("Phăng Sô Lin" is a name, not "phường").
const KIND_WORDS: { re: RegExp; kind: string }[] = [
  { re: /^thi tran(?=\s|$)/, kind: 'thị trấn' },
  { re: /^thi xa(?=\s|$)/, kind: 'thị xã' },
  { re: /^dac khu(?=\s|$)/, kind: 'đặc khu' },
  { re: /^huyen(?=\s|$)/, kind: 'huyện' },
  { re: /^phuong(?=\s|$)/, kind: 'phường' },
  { re: /^xa(?=\s|$)/, kind: 'xã' },
];

function formedKind(f: string): RestructuringKind {
  if (f.startsWith('x')) return 'xã';
  if (f.startsWith('ph')) return 'phường';
  return 'đặc khu';
}

/** Re-separates words a converter glued together around the clause's function words. */
export function deglue(s: string): string {
  return s
    .replace(/\\(?=[.\-()[\]*_])/g, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/,(?=\p{L})/gu, ', ')
    .replace(/(\p{L})(thành\s+(?:xã|phường|đặc khu)\s+(?:mới\s+)?có\s+tên)/gu, '$1 $2')
    .replace(/(\p{L})(và)(?=\s|\p{Lu}|các|xã|phường|thị|một|phần)/gu, '$1 $2')
    .replace(/(^|\s)(và)(?=\p{Lu}|các|xã|phường|thị\s|một|phần)/gu, '$1$2 ')
    .replace(/(^|\s)(của)(?=\S)/gu, '$1$2 ')
    .replace(/(\p{L})(của)(?=\s)/gu, '$1 $2')
    .replace(/(^|\s)(các)(?=xã|phường|thị)/gu, '$1$2 ')
    .replace(/(^|\s)(xã|phường)(?=\p{Lu})/gu, '$1$2 ')
    .replace(/(\p{Ll})(xã|phường)(?=\s\p{Lu})/gu, '$1 $2')
    .replace(/(^|\s)(thị trấn)(?=\p{Lu})/gu, '$1$2 ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Units listed in one stretch of a clause ("các xã A, B và xã C (huyện D)"), all whole or all in part. */
function listUnits(list: string, whole: boolean, kindIn: string | null): { units: RestructuringSource[]; kind: string | null } {
  const out: RestructuringSource[] = [];
  let kind = kindIn;
  // Split on commas and "và" outside parentheses.
  const items: string[] = [];
  let depth = 0;
  let cur = '';
  const words = list.split(/(\s+|,|\(|\))/).filter((w) => w !== '');
  for (const w of words) {
    if (w === '(') depth++;
    if (w === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (w === ',' || w === 'và')) {
      items.push(cur);
      cur = '';
      continue;
    }
    cur += w;
  }
  items.push(cur);
  for (const raw of items) {
    let it = raw.trim().replace(/^các\s+/, '');
    if (!it) continue;
    const f = /^\p{Ll}/u.test(it) ? fold(it) : '';
    for (const k of KIND_WORDS) {
      const m = k.re.exec(f);
      if (m) {
        kind = k.kind;
        it = it.slice(m[0].length).trim();
        break;
      }
    }
    const q = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(it);
    const name = (q ? q[1] : it)!.trim().replace(/[.;:]+$/, '');
    if (!name) continue;
    out.push({ name, kind: kind ?? 'xã', qualifier: q ? q[2]!.trim() : null, whole });
  }
  return { units: out, kind };
}

const WHOLE_RE = /to\S{1,2}n\s+b\S\s+di\S{1,2}n\s+t\S{1,2}ch\s+t\S\s+nhi\S{1,2}n\s*,?\s*quy\s+m\S\s+d\S{1,2}n\s+s\S(?:\s+c\S{1,2}a)?/;
const PART_RE = /m\S{1,2}t\s+ph\S{1,2}n\s+di\S{1,2}n\s+t\S{1,2}ch\s+t\S\s+nhi\S{1,2}n\s*,?\s*quy\s+m\S\s+d\S{1,2}n\s+s\S(?:\s+c\S{1,2}a)?/;
const REST_RE = /ph\S{1,2}n\s+c\S{1,2}n\s+l\S{1,2}i(?:\s+c\S{1,2}a)?/;
const AFTER_RE =
  /\s*sau\s+khi\s+s\S{1,2}p\s+x\S{1,2}p\s+theo\s+quy\s+\S{1,2}nh\s+t\S{1,2}i\s+kho\S{1,2}n\s+\d+(?:\s*(?:,|v\S)\s*kho\S{1,2}n\s+\d+)*\s+\S{1,2}i\S{1,2}u\s+n\S{1,2}y/g;

/** One clause (already deglued) → entry, or null when it is not a "… thành xã mới có tên gọi là …" clause. */
export function parseClause(clause: string): Omit<RestructuringEntry, 'span'> | null {
  const f = fold(clause);
  FORMED_RE.lastIndex = 0;
  const fm = FORMED_RE.exec(f);
  if (!fm) return null;
  const nameRaw = clause
    .slice(fm.index + fm[0].length)
    .replace(/[.;]\s*$/, '')
    .replace(/\s*\(.*$/, '')
    .trim();
  const formed = { name: nameRaw, kind: formedKind(fm[1] ?? '') };
  // Sources: the text between "Sắp xếp" and " thành …", cut into whole / part / remainder stretches.
  const start = /s\S{1,2}p\s+x\S{1,2}p\s+/.exec(f);
  let body = clause.slice(start ? start.index + start[0].length : 0, fm.index);
  let bodyF = fold(body);
  // Drop "sau khi sắp xếp theo quy định tại khoản N Điều này" (same length in folded and source).
  const cuts = [...bodyF.matchAll(AFTER_RE)].map((m) => ({ s: m.index ?? 0, e: (m.index ?? 0) + m[0].length }));
  for (const c of cuts.reverse()) {
    body = body.slice(0, c.s) + body.slice(c.e);
    bodyF = bodyF.slice(0, c.s) + bodyF.slice(c.e);
  }
  const markers: { at: number; len: number; whole: boolean }[] = [];
  for (const [re, whole] of [
    [WHOLE_RE, true],
    [PART_RE, false],
    [REST_RE, false],
  ] as const) {
    const g = new RegExp(re.source, 'g');
    for (const m of bodyF.matchAll(g)) markers.push({ at: m.index ?? 0, len: m[0].length, whole });
  }
  markers.sort((a, b) => a.at - b.at);
  // A "phần còn lại" inside a "một phần …" marker is not a marker of its own.
  const kept = markers.filter((m, i) => !markers.some((o, j) => j !== i && o.at <= m.at && o.at + o.len >= m.at + m.len && o.len > m.len));
  const from: RestructuringSource[] = [];
  let kind: string | null = null;
  kept.forEach((m, i) => {
    const end = kept[i + 1]?.at ?? body.length;
    const stretch = body
      .slice(m.at + m.len, end)
      .replace(/^[\s,]+/, '')
      .replace(/[\s,]*(?:và)?[\s,]*$/, '');
    const r = listUnits(stretch, m.whole, kind);
    kind = r.kind;
    from.push(...r.units);
  });
  if (from.length === 0) return null;
  return { name: formed.name, kind: formed.kind, from };
}

/**
 * Every unit formed by a restructuring resolution, in the resolution's order (empty when the text has
 * no such clauses). `paragraphs` are the body's paragraphs with their source offsets.
 */
export function extractRestructuring(paragraphs: { text: string; start: number; end: number }[]): RestructuringEntry[] {
  const out: RestructuringEntry[] = [];
  for (const p of paragraphs) {
    const f = fold(p.text);
    if (!/s\S{1,2}p\s*x\S{1,2}p/.test(f) || !/t\S{1,2}n\s*g\S{1,2}i\s*l\S/.test(f)) continue;
    const e = parseClause(deglue(p.text));
    if (e) out.push({ ...e, span: { start: p.start, end: p.end } satisfies Span });
  }
  return out;
}
