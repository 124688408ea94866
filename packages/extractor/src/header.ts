// Decree 30 header: issuing body (left column, parent body above), national motto (right column),
// "Số: N/KH-XXX", the place-and-date line, then the document type (KẾ HOẠCH) and its summary (title).
// OCR often merges the two columns on one line ("UBND TINH TAY NINH CONG HOA XA HOI ..."), and
// converted files often drop the header table entirely; then the issuer is inferred from the
// number symbol or from the opening sentence ("Sở X xây dựng Kế hoạch ...").

import type { Span } from './types.ts';
import type { Line } from './lines.ts';
import type { DateExpression as DateHit } from '@dvcq/domain';
import type { NumberHit } from './references.ts';
import { clean, fold, isUpperText, trimSpan } from './text.ts';
import {
  AGENCIES, DOC_TYPES, PROVINCES, agencyForAbbr, knownProvince, restoreLocality, restorePlace, restoreUnitName,
} from './ocr-normalise.ts';
import { repairOcrText } from './ocr-repair.ts';

export interface TypeLine {
  lineIndex: number;
  name: string;
  kind: 'plan' | 'report' | 'decision' | 'other';
  span: Span;
}

const MOTTO_RE = /c\S{0,2}ng\s*h\S{0,2}a\s+x\S{0,2}\s+h\S{0,3}i|[dpb]\S{0,2}c\s*[l1]\S{0,2}p\s*[-—–]?\s*t\S{0,2}\s*do/;
const BODY_START_RE = /^(?:c\S{1,2}n\s+c\S{1,2}\b|th\S{1,3}c\s+hi\S{1,3}n\s+(?:k\S{1,2}\s+ho\S{1,2}ch|ch\S{1,2}\s+th\S{1,2}|quy\S{0,2}t|c\S{1,2}ng\s+v\S{1,2}n|ngh\S{0,2}\s+quy|ch\S{1,3}ng\s+tr)|kinh\s+gui|tr\S{1,2}n\s+c\S\s+s\S|[~\-–•(]|[ivxl|1]{1,4}\s*\.)/;

/** The line holding the document type (KẾ HOẠCH, BÁO CÁO, QUYẾT ĐỊNH …) near the top. */
export function findTypeLine(lines: Line[], maxLines = 40): TypeLine | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < maxLines; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    seen++;
    const letters = l.folded.replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
    if (letters.length > 20) continue;
    for (const t of DOC_TYPES) {
      if (letters === fold(t.name) && isUpperText(l.text)) {
        const sp = trimSpan(l.text, 0, l.text.length, /[^\p{L}]/u);
        return { lineIndex: i, name: t.name, kind: t.kind, span: { start: l.start + sp.start, end: l.start + sp.end } };
      }
    }
    if (BODY_START_RE.test(l.folded) && i > 0) break;
  }
  return null;
}

export interface TitleResult {
  title: string;
  startLine: number;
  spans: Span[];
  endLine: number;
}

function isHeaderish(l: Line): boolean {
  return MOTTO_RE.test(l.folded) || /^s[^\s:]{0,2}\s*:/.test(l.folded) || /,\s*ng\S{0,2}y\s*\d/.test(l.folded);
}

/** Summary under the type line (or, without a type line, the first title-like line). */
export function findTitle(lines: Line[], typeLine: TypeLine | null, ocr: boolean): TitleResult {
  let i = typeLine ? typeLine.lineIndex + 1 : 0;
  while (i < lines.length && lines[i]!.blank) i++;
  if (!typeLine) {
    // Skip header lines and upper-case unit names.
    let guard = 0;
    while (i < lines.length && guard < 12 && (lines[i]!.blank || isHeaderish(lines[i]!) || isUpperText(lines[i]!.text))) {
      i++;
      guard++;
    }
    const first = lines[i];
    if (!first || BODY_START_RE.test(first.folded) || first.text.length > 250) return { title: '', startLine: -1, spans: [], endLine: -1 };
  }
  const spans: Span[] = [];
  const parts: string[] = [];
  let j = i;
  for (; j < lines.length && parts.length < 4; j++) {
    const l = lines[j]!;
    if (l.blank) break;
    if (parts.length > 0 && BODY_START_RE.test(l.folded)) break;
    const sp = trimSpan(l.text, 0, l.text.length, /[\s*‘’'"“”~_]/);
    parts.push(l.text.slice(sp.start, sp.end));
    spans.push({ start: l.start + sp.start, end: l.start + sp.end });
  }
  let title = clean(parts.join(' ')).replace(/^[-–\s]+/, '').replace(/[.;:]+$/, '');
  if (isUpperText(title)) title = title.charAt(0) + title.slice(1).toLowerCase();
  if (ocr) title = repairOcrText(title);
  return { title, startLine: i, spans, endLine: j };
}

export interface PlaceDate {
  place: string | null;
  placeSpan: Span | null;
  issuedOn: string | null;
  dateSpan: Span | null;
}

/** "Tây Ninh, ngày 06 tháng 3 năm 2025" (also merged with the number on OCR lines). */
export function findPlaceDate(text: string, lines: Line[], dates: DateHit[], own: NumberHit | null, limitLine: number): PlaceDate {
  const none: PlaceDate = { place: null, placeSpan: null, issuedOn: null, dateSpan: null };
  const maxLine = Math.min(lines.length, Math.max(limitLine, 0) + 1, 40);
  for (let i = 0; i < maxLine; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const d = dates.find((h) => h.start >= l.start && h.start < l.end && h.form === 'words' && h.withNgay);
    if (!d) continue;
    const before = text.slice(l.start, d.start);
    const comma = before.lastIndexOf(',');
    if (comma < 0 || before.slice(comma + 1).trim().length > 0) continue;
    let from = l.start;
    if (own && own.end > l.start && own.end <= d.start) from = own.end;
    const m = MOTTO_RE.exec(fold(text.slice(from, l.start + comma)));
    if (m) from += m.index + m[0].length;
    const sp = trimSpan(text, from, l.start + comma, /[\s*|]/);
    let raw = text.slice(sp.start, sp.end);
    // Left column or "Số:" label merged in front of the place: keep the last capitalised words.
    const words = raw.split(/\s+/);
    if (words.length > 5) raw = words.slice(-3).join(' ');
    const placeStart = sp.end - raw.length;
    const place = raw.length > 0 ? restorePlace(raw) : null;
    return { place, placeSpan: place ? { start: placeStart, end: sp.end } : null, issuedOn: d.iso, dateSpan: { start: d.start, end: d.end } };
  }
  return none;
}

export interface IssuerResult {
  issuer: string | null;
  spans: Span[];
}

/** Left column of the header: lines before the type line, with the right column cut off. */
function headerLeftLines(text: string, lines: Line[], upTo: number): { text: string; span: Span }[] {
  const out: { text: string; span: Span }[] = [];
  for (let i = 0; i < Math.min(upTo, lines.length, 12); i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    let end = l.end;
    const m = MOTTO_RE.exec(l.folded);
    if (m) end = l.start + m.index;
    const num = /(?:^|\s)s[^\s:]{0,2}\s*:/.exec(l.folded);
    if (num) end = Math.min(end, l.start + num.index);
    const dm = /,\s*ng\S{0,2}y\s*\d/.exec(l.folded);
    if (dm) continue;
    const sp = trimSpan(text, l.start, end, /[\s*|_—–-]/);
    const t = text.slice(sp.start, sp.end);
    if (t.length < 2 || !isUpperText(t)) continue;
    out.push({ text: t, span: sp });
  }
  return out;
}

const CENTRAL_CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

function provinceOfText(folded: string): string | null {
  const counts = new Map<string, number>();
  for (const p of PROVINCES) {
    const re = new RegExp(String.raw`\b(?:tinh|t\S{1,2}nh)\s+${fold(p).replace(/[^a-z ]/g, '').replace(/\s+/g, String.raw`\s+`)}\b`, 'g');
    const n = (folded.match(re) ?? []).length;
    if (n > 0) counts.set(p, n);
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [p, n] of counts) if (n > bestN) { best = p; bestN = n; }
  return best;
}

function localityForPlace(place: string | null, folded: string): string | null {
  if (!place) {
    const p = provinceOfText(folded);
    return p ? `${CENTRAL_CITIES.has(p) ? 'thành phố' : 'tỉnh'} ${p}` : null;
  }
  const m = /^(TP\.|TX\.|Thành phố)\s*(.+)$/.exec(place);
  if (m) return `${m[1] === 'TX.' ? 'thị xã' : 'thành phố'} ${m[2] ?? ''}`;
  const prov = knownProvince(place);
  if (prov) return `${CENTRAL_CITIES.has(prov) ? 'thành phố' : 'tỉnh'} ${prov}`;
  return null;
}

/** Issuing body in full words with diacritics. */
export function findIssuer(
  text: string,
  folded: string,
  lines: Line[],
  typeLineIndex: number,
  own: NumberHit | null,
  place: string | null,
): IssuerResult {
  const left = headerLeftLines(text, lines, typeLineIndex >= 0 ? typeLineIndex : 8);
  if (left.length > 0) {
    // Expand abbreviations / restore each line, then join a bare unit kind with its locality line.
    const restored = left.map((l) => {
      const t = clean(l.text);
      const tf = fold(t);
      const m = /^(ubnd|uy ban nhan dan|hdnd)\s+(.*)$/.exec(tf);
      if (m) {
        const loc = restoreLocality(t.split(/\s+/).slice(m[1] === 'uy ban nhan dan' ? 3 : 1).join(' '));
        return { kind: 'unit+loc' as const, value: `${m[1] === 'hdnd' ? 'Hội đồng nhân dân' : 'Ủy ban nhân dân'}${loc ? ` ${loc}` : ''}`, loc, span: l.span };
      }
      const unit = restoreUnitName(t) ?? restoreUnitName(repairOcrText(t));
      if (unit) return { kind: 'unit' as const, value: unit, loc: null, span: l.span };
      const loc = restoreLocality(t);
      if (loc) return { kind: 'loc' as const, value: loc, loc, span: l.span };
      return { kind: 'other' as const, value: repairOcrText(t.charAt(0) + t.slice(1).toLowerCase()), loc: null, span: l.span };
    });
    const last = restored[restored.length - 1]!;
    const prev = restored[restored.length - 2];
    if (last.kind === 'loc' && prev && (prev.kind === 'unit' || prev.kind === 'other')) {
      return { issuer: `${prev.value} ${last.value}`, spans: [prev.span, last.span] };
    }
    if ((last.kind === 'unit' || last.kind === 'other') && prev && prev.loc) {
      const alreadyLocal = /\b(tỉnh|thành phố|huyện|thị xã|xã|phường)\b/.test(last.value);
      return { issuer: alreadyLocal ? last.value : `${last.value} ${prev.loc}`, spans: [prev.span, last.span] };
    }
    if (last.kind !== 'loc') {
      const loc = last.kind === 'unit' && !/\b(tỉnh|thành phố|huyện)\b/.test(last.value) ? localityForPlace(place, folded) : null;
      return { issuer: loc ? `${last.value} ${loc}` : last.value, spans: [last.span] };
    }
  }
  // No header: the issuer part of the own number symbol.
  if (own) {
    const sym = own.number.split(/[/-]/).pop() ?? '';
    const symFold = fold(sym).toUpperCase();
    if (symFold === 'UBND' || symFold === 'HDND') {
      const kind = symFold === 'UBND' ? 'Ủy ban nhân dân' : 'Hội đồng nhân dân';
      const loc = localityForPlace(place, folded);
      return { issuer: loc ? `${kind} ${loc}` : kind, spans: [{ start: own.start, end: own.end }] };
    }
    const agency = agencyForAbbr(sym);
    if (agency) {
      const loc = agency.includes('tỉnh') ? null : localityForPlace(place, folded);
      return { issuer: loc ? `${agency} ${loc}` : agency, spans: [{ start: own.start, end: own.end }] };
    }
  }
  // Opening sentence: "<Unit> xây dựng / ban hành Kế hoạch …", "<Unit> báo cáo kết quả …".
  const head = folded.slice(0, 4000);
  let best: { name: string; start: number; end: number } | null = null;
  for (const a of AGENCIES) {
    const af = fold(a.name).replace(/[,-]/g, '[,-]?').replace(/ /g, String.raw`\s+`).replace(/^so\\s\+/, String.raw`s\S{0,2}\s+`);
    const re = new RegExp(String.raw`(?:^|\s)(${af})\s+(?:xay\s+dung|ban\s+hanh|bao\s+c\S{1,2}o)`, 'g');
    for (const m of head.matchAll(re)) {
      const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
      if (!best || start < best.start) best = { name: a.name, start, end: start + (m[1]?.length ?? 0) };
    }
  }
  const ubnd = /(?:^|\s)(uy\s+ban\s+nhan\s+dan|ubnd)\s+(tinh|thanh\s+pho|huyen|thi\s+xa|xa|phuong)?\s*(?:xay\s+dung|ban\s+hanh|bao\s+c\S{1,2}o)/.exec(head);
  if (ubnd && (!best || ubnd.index < best.start)) {
    const loc = localityForPlace(place, folded);
    return { issuer: loc ? `Ủy ban nhân dân ${loc}` : 'Ủy ban nhân dân', spans: [{ start: ubnd.index, end: ubnd.index + ubnd[0].length }] };
  }
  if (best) {
    const loc = best.name.includes('tỉnh') ? null : localityForPlace(place, folded);
    return { issuer: loc ? `${best.name} ${loc}` : best.name, spans: [{ start: best.start, end: best.end }] };
  }
  return { issuer: null, spans: [] };
}
