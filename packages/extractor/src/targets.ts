// Numeric targets (chỉ tiêu, KPI rows). They live in a section or appendix whose heading names
// "chỉ tiêu" / "mục tiêu". In a plan's "MỘT SỐ CHỈ TIÊU" section every item is a target (a value-less
// one keeps value null); in a KPI appendix only rows with a number are. Reports carry results, not targets.

import type { Span, Target, TargetUnit } from './types.ts';
import type { SectionNode } from './sections.ts';
import { walk } from './sections.ts';
import { clean, fold } from './text.ts';
import { restoreDiacritics } from './ocr-normalise.ts';

const ZONE_RE = /\bch\S{0,2}\s+ti\S{1,2}u\b|\bm\S{1,2}c\s+ti\S{1,2}u\s+c\S\s+th\S\b/;

const PERCENT_RE = /(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*%/u;
// a count: a number (optionally with thousands dots) followed by a noun, not a date/year/number symbol
const COUNT_RE =
  /(?<![\p{L}\d.,/-])(\d{1,3}(?:\.\d{3})+|\d{1,4})(?![\d.,/]?\d)(?!\s*[/-]\s*\d)\s+(?!th\S{1,3}ng\b|n\S{1,2}m\b|ng\S{0,2}y\b|gi\S{1,2}\b|ph\S{1,2}t\b|%)(?=\p{L})/u;

export interface Quantity {
  value: number;
  unit: TargetUnit;
  start: number;
  end: number;
}

/** First percentage or count in `s` (offsets relative to s). */
export function findQuantity(s: string): Quantity | null {
  const f = fold(s);
  const p = PERCENT_RE.exec(f);
  const c = COUNT_RE.exec(f);
  const pick = p && (!c || p.index <= c.index) ? 'p' : c ? 'c' : null;
  if (pick === 'p' && p)
    return { value: Number((p[1] ?? '0').replace(',', '.')), unit: 'percent', start: p.index, end: p.index + p[0].length };
  if (pick === 'c' && c) {
    const raw = c[1] ?? '0';
    const n = Number(raw.replace(/\./g, ''));
    if (n >= 1900 && n <= 2100 && !raw.includes('.')) return null;
    return { value: n, unit: 'count', start: c.index, end: c.index + raw.length };
  }
  return null;
}

function sentences(s: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^.;]+(?:[.;](?=\s|$)|$)/g;
  for (const m of s.matchAll(re)) {
    // sentences ending at a dot inside a number ("10.000") are merged back by the regex lookahead
    if (m[0].trim()) out.push({ text: m[0], start: m.index ?? 0 });
  }
  return out;
}

const GOAL_WORD_RE = /\b(ch\S\s+s\S|duy\s+tr\S|ph\S{1,2}n\s+d\S{1,2}u|n\S{1,2}ng\s+cao|d\S{1,2}y\s+m\S{1,2}nh)/;
const COMPARATOR_RE = /(?:^|\s)(tr\S{1,2}n|it\s+nh\S{1,2}t|t\S{1,2}i\s+thi\S{1,2}u|t\S{1,2}|kh\S{1,2}ng\s+d\S{1,2}\S?i|d\S{1,2}t)\s*$/;

function tidy(s: string, ocr: boolean): string {
  let t = clean(s)
    .replace(/^[-–~•\s]+/, '')
    .replace(/[.;,:\s]+$/, '');
  t = t.replace(/^(?:đồng thời|dong thoi),\s*/i, '');
  // Every word of the target is kept, up to what a plan target holds (2 000 characters).
  if (t.length > 2000) {
    const cut = t.lastIndexOf(' ', 2000);
    t = t.slice(0, cut > 1500 ? cut : 2000).replace(/[.;,:\s]+$/, '');
  }
  return ocr ? restoreDiacritics(t) : t;
}

function targetFromItem(node: SectionNode, includeValueless: boolean, ocr: boolean): Target | null {
  const itemStart = node.headingSpan.start;
  const body = node.heading;
  let q = findQuantity(body);
  // A target states its number up front ("100% …", "có ít nhất 02 …"); a number deep in the text is not the target's.
  if (q && q.start > 80 && !COMPARATOR_RE.test(fold(body.slice(0, q.start)))) q = null;
  if (!q && !includeValueless) return null;
  if (q) {
    // From the comparator before the number ("trên", "ít nhất", "từ") to the end of the clause.
    const before = fold(body.slice(0, q.start));
    const cm = COMPARATOR_RE.exec(before);
    let from = cm ? cm.index + (cm[0].length - cm[0].trimStart().length) : q.start;
    // A short subject in front ("Các cơ quan chuyên môn thành phố có ít nhất …") belongs to the target.
    const lead = fold(body.slice(0, from)).trim();
    const leadWords = lead.split(/\s+/).filter(Boolean);
    if (leadWords.length > 1 && leadWords.length <= 8 && !/ph\S{1,2}n\s+d\S{1,2}u|ti\S{1,2}p\s+t\S{1,2}c|duy\s+tr/.test(lead)) from = 0;
    let end = body.length;
    const rest = body.slice(q.end);
    for (const st of rest.matchAll(/\.(?=\s+\p{Lu})|;(?=\s)|\.\s*$/gu)) {
      if (q.unit === 'count' || (st[0] !== ';' && (st.index ?? 0) > 40)) {
        end = q.end + (st.index ?? 0);
        break;
      }
    }
    let text = body.slice(from, end);
    const parentHead = node.parent?.heading.replace(/[.:;]+$/, '') ?? '';
    if (/^c[o60]\s/.test(fold(body)) && from > 0) {
      // "Có ít nhất 02 tin …" under a short unit heading ("UBND phường, xã") takes that subject.
      if (parentHead && parentHead.split(/\s+/).length <= 6 && !findQuantity(parentHead)) text = `${parentHead} có ${text}`;
    }
    // A subjectless bullet under a list heading ("… Cổng thông tin điện tử phường, xã gồm:") keeps that context.
    if (
      node.kind === 'bullet' &&
      /^c[o60]\s/.test(fold(body)) &&
      /:\s*$/.test(parentHead + (node.parent?.heading.endsWith(':') ? ':' : '')) &&
      parentHead.length <= 140
    ) {
      text = `${parentHead.replace(/\s+(?:g\S{1,2}m|bao\s+g\S{1,2}m)$/i, '')}: ${text}`;
    }
    return {
      text: tidy(text, ocr),
      value: q.value,
      unit: q.unit,
      span: { start: itemStart, end: node.headingSpan.end },
      valueSpan: null,
    };
  }
  // Value-less goal: the sentences naming an index/goal ("nâng cao chỉ số …", "duy trì …").
  const ss = sentences(body);
  const goals = ss.filter((s) => GOAL_WORD_RE.test(fold(s.text)));
  const chosen = goals.length > 0 ? goals : ss.slice(0, 1);
  // An index goal ("nâng cao chỉ số …", with "duy trì …") wins; otherwise the item's first sentence.
  const indexGoals = goals.filter((s) => /ch\S\s+s\S/.test(fold(s.text)));
  const use = indexGoals.length > 0 ? goals.filter((s) => /ch\S\s+s\S|duy\s+tr\S/.test(fold(s.text))) : ss.slice(0, 1);
  void chosen;
  const text = use
    .map((x) => {
      const g = GOAL_WORD_RE.exec(fold(x.text));
      let t = (g && x.text.length > 150 ? x.text.slice(g.index) : x.text).trim().replace(/[.;,:\s]+$/, '');
      if (t.length > 160) {
        const cut = t.lastIndexOf(' ', 160);
        t = t.slice(0, cut > 100 ? cut : 160);
      }
      return t;
    })
    .join('; ');
  return { text: tidy(text, ocr), value: null, unit: null, span: { ...node.headingSpan }, valueSpan: null };
}

export function extractTargets(outline: SectionNode[], text: string, ocr: boolean): Target[] {
  const out: Target[] = [];
  const seen = new Set<SectionNode>();
  for (const zone of walk(outline)) {
    if (zone.kind === 'bullet' || zone.kind === 'point') continue;
    const headingFold = fold(zone.heading);
    if (!ZONE_RE.test(headingFold) || seen.has(zone)) continue;
    for (const n of walk([zone])) seen.add(n);
    const valueless = !zone.inAppendix;
    for (const item of walk(zone.children)) {
      if (item.children.length > 0) {
        // An item with a number in its own heading and children: the heading is a target too.
        continue;
      }
      const t = targetFromItem(item, valueless && item.parent === zone && item.kind !== 'bullet', ocr);
      if (t) {
        const q = findQuantity(text.slice(item.headingSpan.start, item.headingSpan.end));
        if (q) t.valueSpan = { start: item.headingSpan.start + q.start, end: item.headingSpan.start + q.end } satisfies Span;
        out.push(t);
      }
    }
  }
  return out;
}
