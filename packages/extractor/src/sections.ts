// The I. / 1. / a) / - outline of the body and of appendices (PHỤ LỤC), built from logical lines.
// OCR damages markers: "|." "I1." "I11." "Il." "L." are Roman numerals, "1. KINH PHÍ" in capitals is a
// part heading, "~" is a dash, "C)"/"¢)" are points. Paragraphs are lines joined until a blank line or
// a marker; a paragraph cut by a page break (next one starts in lower case) is re-joined.

import type { Section, SectionKind, Span } from './types.ts';
import type { Line } from './lines.ts';
import { clean, fold, isUpperText } from './text.ts';

export interface Marker {
  kind: SectionKind;
  label: string;
  /** Offset where the text after the marker starts. */
  textStart: number;
}

export interface Para {
  start: number;
  end: number;
  text: string;
  marker: Marker | null;
}

export interface SectionNode {
  kind: SectionKind;
  marker: string;
  head: Para;
  /** Text of the heading paragraph without its marker. */
  heading: string;
  headingSpan: Span;
  span: Span;
  children: SectionNode[];
  /** Paragraphs without a marker directly inside this node. */
  paras: Para[];
  parent: SectionNode | null;
  inAppendix: boolean;
}

const RANK: Record<SectionKind, number> = { appendix: 0, part: 1, clause: 2, point: 3, bullet: 4, text: 5 };
const ROMAN_OK = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

export function classifyLine(line: Line): Marker | null {
  const t = line.text.replace(/^\*+/, '');
  const off = line.start + (line.text.length - t.length);
  const f = fold(t);
  if (/^ph\S{0,2}\s*l\S{0,2}c\b/.test(f) && t.length < 40 && isUpperText(t.slice(0, 7)))
    return { kind: 'appendix', label: 'PHỤ LỤC', textStart: off };
  let m = /^[~_]?\s*([IVXLl1|]{1,5})\s*\.\s*(?=\S)/.exec(t);
  if (m && /[IVXLl|]/.test(m[1] ?? '')) {
    const roman = (m[1] ?? '').replace(/[l1|L]/g, 'I');
    const rest = t.slice(m[0].length);
    if (ROMAN_OK.test(roman) && roman.length > 0 && /^\p{Lu}/u.test(rest))
      return { kind: 'part', label: roman, textStart: off + m[0].length };
  }
  m = /^(\d{1,2})\s*\.\s*/.exec(t);
  if (m) {
    const rest = t.slice(m[0].length);
    if (/^\d{3}\b(?!\s*%)/.test(rest) || (/^\d/.test(rest) && !/^\d+(?:[.,]\d+)?\s*%/.test(rest))) return null;
    if (rest.length === 0) return null;
    const words = rest.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (isUpperText(rest) && words.length >= 2) return { kind: 'part', label: m[1] ?? '', textStart: off + m[0].length };
    return { kind: 'clause', label: m[1] ?? '', textStart: off + m[0].length };
  }
  m = /^[~_]?\s*([a-zđ]|[A-Z¢€])\s*\)\s*/.exec(t);
  if (m)
    return {
      kind: 'point',
      label: fold(m[1] ?? '').replace(/[e€¢]/, (c) => (c === 'e' && (m?.[1] === '¢' || m?.[1] === '€') ? 'c' : c)),
      textStart: off + m[0].length,
    };
  m = /^[-–—•+~]\s*(?=\S)/.exec(t);
  if (m && !/^-{2,}/.test(t)) return { kind: 'bullet', label: '-', textStart: off + m[0].length };
  return null;
}

const CLOSING_RE = /^n\S{1,2}i\s+nh\S{1,2}n\s*:/;

/** Line index of "Nơi nhận:" (or -1). */
export function findClosingLine(lines: Line[], from: number): number {
  for (let i = Math.max(from, 0); i < lines.length; i++) if (CLOSING_RE.test(lines[i]!.folded)) return i;
  return -1;
}

export function findAppendixLine(lines: Line[], from: number): number {
  for (let i = Math.max(from, 0); i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    if (classifyLine(l)?.kind === 'appendix') return i;
  }
  return -1;
}

export function buildParas(lines: Line[], from: number, to: number, text: string): Para[] {
  const paras: Para[] = [];
  let cur: Para | null = null;
  let pendingBreak = false;
  for (let i = Math.max(from, 0); i < Math.min(to, lines.length); i++) {
    const l = lines[i]!;
    if (l.blank) {
      pendingBreak = true;
      continue;
    }
    const marker = classifyLine(l);
    const startsLower = /^[\p{Ll}\d(]/u.test(l.text) && !/^\d{1,2}\s*\./.test(l.text);
    const afterHeading = cur !== null && cur.marker?.kind === 'part' && isUpperText(cur.text) && !isUpperText(l.text);
    const continues = cur !== null && marker === null && !afterHeading && (!pendingBreak || (startsLower && !/[.:;!?]$/.test(cur.text)));
    if (continues && cur) {
      cur.end = l.end;
      cur.text = `${cur.text} ${l.text}`;
    } else {
      cur = { start: l.start, end: l.end, text: l.text, marker };
      paras.push(cur);
    }
    pendingBreak = false;
  }
  for (const p of paras) p.text = clean(text.slice(p.marker ? p.marker.textStart : p.start, p.end));
  return paras;
}

export function buildTree(paras: Para[], inAppendix: boolean): { roots: SectionNode[]; loose: Para[] } {
  const roots: SectionNode[] = [];
  const loose: Para[] = [];
  const stack: SectionNode[] = [];
  for (const p of paras) {
    if (!p.marker) {
      const top = stack[stack.length - 1];
      if (top) {
        top.paras.push(p);
        for (const n of stack) n.span.end = Math.max(n.span.end, p.end);
      } else loose.push(p);
      continue;
    }
    const rank = RANK[p.marker.kind];
    while (stack.length > 0 && RANK[stack[stack.length - 1]!.kind] >= rank) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const node: SectionNode = {
      kind: p.marker.kind,
      marker: p.marker.label,
      head: p,
      heading: p.text,
      headingSpan: { start: p.marker.textStart, end: p.end },
      span: { start: p.start, end: p.end },
      children: [],
      paras: [],
      parent,
      inAppendix,
    };
    if (parent) parent.children.push(node);
    else roots.push(node);
    for (const n of stack) n.span.end = Math.max(n.span.end, p.end);
    stack.push(node);
  }
  return { roots, loose };
}

export function* walk(nodes: SectionNode[]): Generator<SectionNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}

export function isLeaf(n: SectionNode): boolean {
  return n.children.length === 0;
}

/**
 * The public tree, in full: no heading is shortened. `view` is the text the words are taken from
 * (the source, or its diacritics-restored twin of the same length).
 */
export function toPublicSections(nodes: SectionNode[], view?: string): Section[] {
  const words = (start: number, end: number, fallback: string): string => (view ? clean(view.slice(start, end)) : fallback);
  return nodes.map((n) => {
    const heading = words(n.headingSpan.start, n.headingSpan.end, n.heading);
    const paras = n.paras.map((p) => words(p.start, p.end, p.text));
    return {
      kind: n.kind,
      marker: n.marker,
      heading,
      headingSpan: n.headingSpan,
      text: [heading, ...paras].filter(Boolean).join('\n'),
      span: n.span,
      children: toPublicSections(n.children, view),
    };
  });
}

/** Paragraphs before the first marker ("Căn cứ …", the opening sentence) as sections of kind `text`. */
export function looseSections(paras: Para[], view?: string): Section[] {
  return paras.map((p) => {
    const t = view ? clean(view.slice(p.start, p.end)) : p.text;
    return {
      kind: 'text' as const,
      marker: '',
      heading: t,
      headingSpan: { start: p.start, end: p.end },
      text: t,
      span: { start: p.start, end: p.end },
      children: [],
    };
  });
}

export interface Outline {
  /** Body paragraphs before the first marker. */
  loose: Para[];
  body: SectionNode[];
  appendices: SectionNode[];
  all: SectionNode[];
  closingLine: number;
  appendixLine: number;
}

/** Outline of the body (from `bodyLine` to "Nơi nhận:") and of the appendices. */
export function buildOutline(text: string, lines: Line[], bodyLine: number): Outline {
  const closingLine = findClosingLine(lines, bodyLine);
  const appendixLine = findAppendixLine(lines, closingLine >= 0 ? closingLine : bodyLine);
  const bodyEnd = closingLine >= 0 ? closingLine : appendixLine >= 0 ? appendixLine : lines.length;
  const tree = buildTree(buildParas(lines, bodyLine, bodyEnd, text), false);
  const body = tree.roots;
  const appendices = appendixLine >= 0 ? buildTree(buildParas(lines, appendixLine, lines.length, text), true).roots : [];
  return { loose: tree.loose, body, appendices, all: [...body, ...appendices], closingLine, appendixLine };
}
