// Decree 30 header: issuing body (left column, parent body above), national motto (right column),
// "Số: N/KH-XXX", the place-and-date line, then the document type (KẾ HOẠCH) and its summary (title).
// OCR often merges the two columns on one line ("UBND TINH TAY NINH CONG HOA XA HOI ..."), and
// converted files often drop the header table entirely; then the issuer is inferred from the
// number symbol or from the opening sentence ("Sở X xây dựng Kế hoạch ...").

import type { Span } from './types.ts';
import type { Line } from './lines.ts';
import type { DateExpression as DateHit } from '@dvcq/domain';
import type { NumberHit } from './references.ts';
import { capitalise, clean, fold, isUpperText, trimSpan } from './text.ts';
import { findNumbers } from './references.ts';
import {
  AGENCIES,
  DOC_TYPES,
  LOCALITY_RE,
  PROVINCES,
  agencyForAbbr,
  knownProvince,
  restoreLocality,
  restorePlace,
  restoreUnitName,
} from './ocr-normalise.ts';
import { repairOcrText } from './ocr-repair.ts';
import { restoreText, splitGluedWords } from './diacritics.ts';

export interface TypeLine {
  lineIndex: number;
  name: string;
  kind: 'plan' | 'report' | 'decision' | 'other';
  span: Span;
}

const MOTTO_RE =
  /c\S{0,2}ng\s*h\S{0,2}a\s+x\S{0,2}\s*h\S{0,3}(?:\s+ch|$)|ch\S{1,2}\s+ngh\S{0,2}a\s+vi\S{0,2}t\s+nam|[dpb]\S{0,2}c\s*[l1]\S{0,2}p\s*[-—–]?\s*t\S{0,2}\s*do|[dp]\S{0,2}ng\s+c\S{0,2}ng\s+s\S{0,2}n\s+vi\S{0,2}t\s+nam/;
const BODY_START_RE =
  /^(?:c\S{1,2}n\s+c\S{1,2}\b|th\S{1,3}c\s+hi\S{1,3}n\s+(?:k\S{1,2}\s+ho\S{1,2}ch|ch\S{1,2}\s+th\S{1,2}|quy\S{0,2}t|c\S{1,2}ng\s+v\S{1,2}n|ngh\S{0,2}\s+quy|ch\S{1,3}ng\s+tr)|kinh\s+gui|tr\S{1,2}n\s+c\S\s+s\S|[~\-–•(]|[ivxl|1]{1,4}\s*\.)/;

/** The line holding the document type (KẾ HOẠCH, BÁO CÁO, QUYẾT ĐỊNH …) near the top. */
export function findTypeLine(lines: Line[], maxLines = 40): TypeLine | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < maxLines; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    seen++;
    let letters = l.folded
      .replace(/[^a-z ]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    // A type line set letter-spaced ("K Ế H O Ạ C H"), as converters of some PDFs give it.
    if (/^(?:\S ){3,}\S$/.test(letters))
      letters = DOC_TYPES.map((t) => fold(t.name)).find((n) => n.replace(/ /g, '') === letters.replace(/ /g, '')) ?? letters;
    if (letters.length > 20) continue;
    // "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" before Điều 1 announce the operative part, not the type.
    if (/:\s*$/.test(l.text)) continue;
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

/** A position opening an authority line ("BỘ TRƯỞNG BỘ NỘI VỤ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"). */
const AUTH_POSITION_RE =
  /^(?:b\S\s+tr\S{1,3}ng|ch\S\s+t\S{1,2}ch|gi\S{1,2}m\s+d\S{1,2}c|th\S\s+t\S{1,3}ng(?:\s+ch\S{1,2}nh\s+ph\S)?|t\S{1,2}ng\s+gi\S{1,2}m\s+d\S{1,2}c|c\S{1,2}c\s+tr\S{1,3}ng|vi\S{1,2}n\s+tr\S{1,3}ng|tr\S{1,3}ng\s+ban)\s+/;
/** The first words of an organisation's name (folded). */
export const ORG_START_RE =
  /^(?:u\S?y\s+ban|ubnd|hdnd|h\S{1,2}i\s+d\S{1,2}ng|s\S\s|b\S\s|ban\s(?!h\S{1,2}nh\b)|ph\S{1,2}ng\s|chi\s+c\S{1,2}c|c\S{1,2}c\s|t\S{1,2}ng\s+c\S{1,2}c|v\S{1,2}n\s+ph\S{1,2}ng|thanh\s+tra|trung\s+t\S{1,2}m|t\S{1,2}nh\s+\S?y|th\S{1,2}nh\s+\S?y|huy\S{1,2}n\s+\S?y|d\S{1,2}ng\s+\S?y|d\S{1,2}ng\s+b\S|ch\S{1,2}nh\s+ph\S|kho\s+b\S{1,2}c|b\S{1,2}o\s+hi\S{1,2}m|c\S{1,2}ng\s+an|t\S{1,2}a\s+\S{1,2}n|vi\S{1,2}n\s|tr\S{1,3}ng\s|m\S{1,2}t\s+tr\S{1,2}n|li\S{1,2}n\s+do\S{1,2}n|do\S{1,2}n\s|chi\s+b\S)/;
const BODY_OPEN_RE =
  /^(?:c\S{1,2}n\s+c\S{1,2}\b|x\S{1,2}t\s+(?:d\S\s+ngh|t\S{1,2}\s+tr)|theo\s+d\S\s+ngh|th\S{1,3}c\s+hi\S{1,3}n\b|quy\S{0,2}t\s+(?:d\S{1,2}nh|ngh\S)\s*:|d\S{1,2}u\s+1\b)/;

const TITLE_STOP_RE =
  /^(?:c\S{1,2}n\s+c\S{1,2}\b|x\S{1,2}t\s+(?:d\S\s+ngh|t\S{1,2}\s+tr)|theo\s+d\S\s+ngh|quy\S{0,2}t\s+(?:d\S{1,2}nh|ngh\S)\s*:|d\S{1,2}u\s+\d|ch\S{1,3}ng\s+[ivx\d]+\b|k\S{1,2}nh\s+g\S{1,2}i)/;

const AUTHORITY_HEAD_RE =
  /^(?:u\S?y\s+ban|ubnd|hdnd|b\S\s+(?!b\S{1,2}n\b)\S+|h\S{1,2}i\s+d\S{1,2}ng|ch\S{1,2}nh\s+ph\S|qu\S{1,2}c\s+h\S{1,2}i|ban\s+(?:ch\S{1,2}p\s+h\S{1,2}nh|th\S{1,3}ng\s+v\S|ch\S\s+\S{1,2}\S?o|b\S\s+th)|t\S{1,2}nh\s+\S?y|th\S{1,2}nh\s+\S?y|huy\S{1,2}n\s+\S?y|\S{1,2}\S?ng\s+\S?y)/;

export interface AuthorityLine {
  lineIndex: number;
  /** The organisation named (position words removed), upper case as printed. */
  org: string;
  span: Span;
}

/**
 * The authority line of a decision or resolution ("ỦY BAN NHÂN DÂN TỈNH GIA LAI", "BỘ TRƯỞNG BỘ NỘI VỤ")
 * between the header and "Căn cứ …": an upper-case organisation or position line directly followed by
 * the legal bases. Not a title line, and the body it names completes a header issuer without locality.
 */
export function findAuthorityLine(lines: Line[], from: number, maxLines = 30): AuthorityLine | null {
  let seen = 0;
  for (let i = Math.max(from, 0); i < lines.length && seen < maxLines; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    seen++;
    // A title line may open with "THỰC HIỆN …": only running text ends the search.
    // A wrapped title line opening in lower case ("thực hiện Đề án …") is not running text.
    if (BODY_OPEN_RE.test(l.folded) && !isUpperText(l.text) && !/^\P{L}*\p{Ll}/u.test(l.text)) return null;
    if (!isUpperText(l.text) || l.text.length > 120) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.blank) j++;
    const next = lines[j];
    // Followed by the legal bases — or by running text when a portal copy lost their first words.
    if (!next) continue;
    // Followed by the legal bases, or by running text when a portal copy lost their first words.
    if (!BODY_OPEN_RE.test(next.folded) && (isUpperText(next.text) || !/^\p{Ll}/u.test(next.text))) continue;
    const f = l.folded.trim();
    const pos = AUTH_POSITION_RE.exec(f);
    const orgStart = pos ? pos[0].length : 0;
    // The bodies that act by a decision or resolution; a bare "BAN …"/"SỞ …" line is more likely a
    // wrapped title line ("… TRÊN ĐỊA" / "BÀN TỈNH …").
    if (!pos && !AUTHORITY_HEAD_RE.test(f)) continue;
    // "BỘ CHÍNH TRỊ QUYẾT ĐỊNH" (no colon): the verb is not part of the name.
    const verb = /\s+quy\S{0,2}t\s+(?:d\S{1,2}nh|ngh\S)\s*:?\s*$/.exec(f);
    const sp = trimSpan(l.text, orgStart, verb ? verb.index : l.text.length, /[\s*|_:]/);
    return { lineIndex: i, org: l.text.slice(sp.start, sp.end), span: { start: l.start + sp.start, end: l.start + sp.end } };
  }
  return null;
}

/**
 * Sentence case for a title printed in capitals, keeping what is written with capitals in running
 * text: document symbols ("17-CTR/TU"), Roman numerals ("KHÓA XI"), provinces and national bodies.
 */
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function sentenceCase(upper: string): string {
  let s = upper.charAt(0) + upper.slice(1).toLowerCase();
  s = s.replace(/[\p{L}\d]*\d[\p{L}\d]*(?:[/-][\p{L}\d]+)+/gu, (tok) =>
    tok
      .toUpperCase()
      .replace(
        /(^|[/-])(CTR|TTG|TTR|QYĐ)(?=$|[/-])/g,
        (_x, p: string, w: string) => `${p}${({ CTR: 'CTr', TTG: 'TTg', TTR: 'TTr', QYĐ: 'QyĐ' } as Record<string, string>)[w] ?? w}`,
      ),
  );
  s = s.replace(/\((khóa|khoá|nhiệm kỳ)\s+([ivxl]+)\)/gu, (_x, k: string, r: string) => `(${k} ${r.toUpperCase()})`);
  const proper = [
    ...PROVINCES,
    'Ban Chấp hành Trung ương',
    'Ban Thường vụ',
    'Bộ Chính trị',
    'Ban Bí thư',
    'Thủ tướng Chính phủ',
    'Chính phủ',
    'Quốc hội',
    'Tỉnh ủy',
    'Đảng',
    'Nhà nước',
    'Việt Nam',
    'Hồ Chí Minh',
    'Mặt trận Tổ quốc',
    'Ủy ban nhân dân',
    'Hội đồng nhân dân',
  ];
  for (const p of proper.sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(^|[^\\p{L}])(${escapeRe(p.toLowerCase())})(?![\\p{L}])`, 'gu');
    s = s.replace(re, (_x, pre: string) => `${pre}${p}`);
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface TitleResult {
  title: string;
  startLine: number;
  spans: Span[];
  endLine: number;
}

export function isHeaderish(l: Line): boolean {
  return MOTTO_RE.test(l.folded) || /^s[^\s:]{0,2}\s*:/.test(l.folded) || /,\s*ng\S{0,2}y\s*\d/.test(l.folded);
}

/**
 * Summary under the type line. Without a type line (a portal copy that dropped it), the upper-case
 * lines right after the number and place-and-date lines, when there are any; otherwise, for text
 * without any header, the first title-like line. Never the authority line, "Căn cứ …" or "Điều 1.".
 */
export function findTitle(
  lines: Line[],
  typeLine: TypeLine | null,
  ocr: boolean,
  headerEnd = -1,
  authority: AuthorityLine | null = null,
): TitleResult {
  const none: TitleResult = { title: '', startLine: -1, spans: [], endLine: -1 };
  let i = typeLine ? typeLine.lineIndex + 1 : headerEnd >= 0 ? headerEnd + 1 : 0;
  while (i < lines.length && lines[i]!.blank) i++;
  // A title may itself open with "Thực hiện …": only the unambiguous openers of a body stop it.
  const stop = (l: Line, k: number): boolean => (authority !== null && k === authority.lineIndex) || TITLE_STOP_RE.test(l.folded);
  if (!typeLine && headerEnd >= 0) {
    // Upper-case summary lines after the header, up to the authority line or the body.
    const first = lines[i];
    if (!first || stop(first, i) || !isUpperText(first.text) || isHeaderish(first)) return none;
  } else if (!typeLine) {
    // Skip header lines and upper-case unit names.
    let guard = 0;
    while (i < lines.length && guard < 12 && (lines[i]!.blank || isHeaderish(lines[i]!) || isUpperText(lines[i]!.text))) {
      i++;
      guard++;
    }
    const first = lines[i];
    if (!first || BODY_START_RE.test(first.folded) || first.text.length > 250 || stop(first, i)) return none;
  }
  const spans: Span[] = [];
  const parts: string[] = [];
  let j = i;
  const upperBlock = !typeLine && headerEnd >= 0;
  for (; j < lines.length && parts.length < 5; j++) {
    const l = lines[j]!;
    if (l.blank) {
      // A title hard-wrapped with blank lines in between (portal copies): keep going while the
      // next piece is still an upper-case continuation and the title so far ends mid-phrase.
      // A title line wrapped after a blank line ("… năm 2023" / "của Sở Văn hóa …"): the next piece
      // goes on in lower case.
      if (parts.length > 0 && typeLine && !/[.:;]$/.test(parts[parts.length - 1]!)) {
        let k = j + 1;
        while (k < lines.length && lines[k]!.blank) k++;
        const nx = lines[k];
        if (
          nx &&
          k - j < 2 &&
          /^(?:\p{Ll}|["“(]\s*\p{L})/u.test(nx.text) &&
          nx.text.length < 120 &&
          !stop(nx, k) &&
          !BODY_START_RE.test(nx.folded)
        ) {
          j = k - 1;
          continue;
        }
      }
      if (parts.length > 0 && typeLine && isUpperText(parts.join(' ')) && !/[.:;]$/.test(parts[parts.length - 1]!)) {
        let k = j + 1;
        while (k < lines.length && lines[k]!.blank) k++;
        const nx = lines[k];
        if (nx && isUpperText(nx.text) && !stop(nx, k) && k - j < 3 && nx.text.length > 3 && !isHeaderish(nx)) {
          j = k - 1;
          continue;
        }
      }
      break;
    }
    if (stop(l, j)) break;
    // A lead-in to the body ("… ban hành Kế hoạch như sau:") is never part of the summary.
    if (parts.length > 0 && /:\s*$/.test(l.text) && !isUpperText(l.text) && l.text.length > 40) break;
    // A short parenthesis closing on its line goes on the summary ("(giai đoạn 2024 - 2025)"),
    // unless it says what the document is attached to ("(Ban hành kèm theo Quyết định …)").
    const aside = /^\([^()]{3,80}\)[.]?$/.test(l.text.trim()) && !/^\(\s*(?:ban\s+h\S{1,2}nh\s+)?k\S{1,2}m\s+theo/.test(l.folded.trim());
    if (parts.length > 0 && BODY_START_RE.test(l.folded) && !aside) break;
    if (upperBlock && !isUpperText(l.text)) break;
    // A summary in sentence case does not go on in capitals (that is the authority line).
    if (parts.length > 0 && !isUpperText(parts.join(' ')) && isUpperText(l.text) && l.text.trim().length > 12) break;
    if (parts.length > 0 && typeLine && isUpperText(parts.join(' ')) && !isUpperText(l.text) && l.text.length > 60) break;
    const sp = trimSpan(l.text, 0, l.text.length, /[\s*‘’'"“”~_|]/);
    // Keep an opening quote whose closing quote is part of the title (a line wrapped before “…”).
    if (sp.start > 0 && /[“"]/.test(l.text.charAt(sp.start - 1)) && /[”"]/.test(l.text.slice(sp.start))) sp.start--;
    // Keep a closing quote whose opening quote is part of the title.
    if (/^[”"]/.test(l.text.slice(sp.end)) && /[“"]/.test(parts.join(' ') + l.text.slice(sp.start, sp.end))) sp.end++;
    parts.push(l.text.slice(sp.start, sp.end));
    spans.push({ start: l.start + sp.start, end: l.start + sp.end });
  }
  return { title: finishTitle(parts, ocr), startLine: i, spans, endLine: j };
}

/** The printed pieces of a summary as one title: specks and glued words mended, sentence case. */
export function finishTitle(parts: readonly string[], ocr: boolean): string {
  // A summary whose first line is set in capitals and goes on in lower case ("CỦA BAN THƯỜNG VỤ
  // TỈNH ỦY" / "về tiếp tục …"): the capital lines read in sentence case too.
  const mixed = parts.some((p) => !isUpperText(p));
  const cased = mixed
    ? parts.map((p, k) => (isUpperText(p) && p.length > 3 ? (k === 0 ? sentenceCase(p) : sentenceCase(`x ${p}`).slice(2)) : p))
    : parts;
  // OCR specks inside a title ("Về ˆ ⁄ ^ ~ việc", "DÂN VẬN...") are not words of it.
  const joined = clean(cased.join(' '))
    .replace(/(^|\s)[^\p{L}\p{N}\s“”"'(),/&-]+(?=\s|$)/gu, '$1')
    .replace(/(\p{L})\.{3,}|…/gu, '$1');
  let title = splitGluedWords(
    clean(joined)
      .replace(/^[-–\s]+/, '')
      .replace(/[.;:]+$/, ''),
  ).replace(/(\p{L})(\d{4})\b/gu, '$1 $2');
  if (isUpperText(title)) title = sentenceCase(title);
  // A summary printed in lower case under the type ("thực hiện Quy chế …") reads as a sentence.
  if (/^\p{Ll}/u.test(title)) title = title.charAt(0).toUpperCase() + title.slice(1);
  if (ocr) title = repairOcrText(restoreText(title, { reconsiderMarked: true }).text);
  // Document numbers in the title in their canonical form ("34/2014/QP-TTG" read by OCR → "34/2014/QĐ-TTg").
  for (const h of findNumbers(title).reverse()) title = title.slice(0, h.start) + h.number + title.slice(h.end);
  return title;
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
    return {
      place,
      placeSpan: place ? { start: placeStart, end: sp.end } : null,
      issuedOn: d.iso,
      dateSpan: { start: d.start, end: d.end },
    };
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
  let seen = 0;
  for (let i = 0; i < Math.min(upTo, lines.length) && seen < 12; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    seen++;
    let end = l.end;
    const m = MOTTO_RE.exec(l.folded);
    if (m) end = l.start + m.index;
    const num = /(?:^|\s)s[^\s:]{0,2}\s*:/.exec(l.folded);
    if (num) end = Math.min(end, l.start + num.index);
    const dm = /,\s*ng\S{0,2}y\s*\d/.exec(l.folded);
    if (dm) continue;
    // The number line, also "Số 12-KH/TU" (party documents) and a blank "Số -KH/BCĐ".
    if (/^s\S{0,2}\s*[:\s]?\s*[\d-]/.test(l.folded.trim()) && /\//.test(l.text)) continue;
    const sp = trimSpan(text, l.start, end, /[\s*|_—–-]/);
    // Stray OCR specks between words ("ỦY BAN THƯỜNG VỤ . QUỐC HỘI") are not part of the name.
    const t = text.slice(sp.start, sp.end).replace(/\s+[.,:;'`]+(?=\s|$)/g, '');
    if (t.length < 2 || !isUpperText(t)) continue;
    // Table rules read by OCR ("x-n= -\=\v-\=") are not names: mostly letters or nothing.
    if ((t.match(/[\p{L}\s]/gu) ?? []).length < t.length * 0.85) continue;
    out.push({ text: t, span: sp });
  }
  return out;
}

const CENTRAL_CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

function provinceOfText(folded: string): string | null {
  const counts = new Map<string, number>();
  for (const p of PROVINCES) {
    const re = new RegExp(
      String.raw`\b(?:tinh|t\S{1,2}nh)\s+${fold(p)
        .replace(/[^a-z ]/g, '')
        .replace(/\s+/g, String.raw`\s+`)}\b`,
      'g',
    );
    const n = (folded.match(re) ?? []).length;
    if (n > 0) counts.set(p, n);
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [p, n] of counts)
    if (n > bestN) {
      best = p;
      bestN = n;
    }
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

/** National bodies whose names are written with fixed capitals. */
const NAMED_BODIES = [
  'Ủy ban Thường vụ Quốc hội',
  'Quốc hội',
  'Chính phủ',
  'Thủ tướng Chính phủ',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Ban Chấp hành Trung ương',
  'Văn phòng Chính phủ',
  'Văn phòng Quốc hội',
  'Ban Dân vận Trung ương',
  'Ban Tổ chức Trung ương',
  'Bộ Nội vụ',
  'Bộ Tài chính',
  'Bộ Tư pháp',
  'Bộ Y tế',
  'Bộ Công an',
  'Bộ Quốc phòng',
  'Bộ Ngoại giao',
  'Bộ Xây dựng',
  'Bộ Công Thương',
  'Bộ Giáo dục và Đào tạo',
  'Bộ Khoa học và Công nghệ',
  'Bộ Văn hóa, Thể thao và Du lịch',
  'Bộ Nông nghiệp và Môi trường',
  'Bộ Nông nghiệp và Phát triển nông thôn',
  'Bộ Tài nguyên và Môi trường',
  'Bộ Thông tin và Truyền thông',
  'Bộ Lao động - Thương binh và Xã hội',
  'Bộ Giao thông vận tải',
  'Bộ Kế hoạch và Đầu tư',
  'Bộ Dân tộc và Tôn giáo',
  'Ủy ban Dân tộc',
  'Thanh tra Chính phủ',
  'Ngân hàng Nhà nước Việt Nam',
];

/** Title case for a party committee or body followed by a province ("TỈNH ỦY THỪA THIÊN HUẾ"). */
function partyBody(t: string): string | null {
  const f = fold(t);
  const m = /^(tinh uy|thanh uy|huyen uy|dang uy|ban thuong vu tinh uy|ban chi dao)\s*(.*)$/.exec(f);
  if (!m) return null;
  const head =
    {
      'tinh uy': 'Tỉnh ủy',
      'thanh uy': 'Thành ủy',
      'huyen uy': 'Huyện ủy',
      'dang uy': 'Đảng ủy',
      'ban thuong vu tinh uy': 'Ban Thường vụ Tỉnh ủy',
      'ban chi dao': 'Ban Chỉ đạo',
    }[m[1] ?? ''] ?? '';
  const restWords = t
    .split(/\s+/)
    .slice((m[1] ?? '').split(' ').length)
    .join(' ');
  if (!restWords) return head;
  const prov = knownProvince(restWords);
  if (prov) return `${head} ${prov}`;
  const rest = repairOcrText(restWords.toLowerCase());
  return `${head} ${rest}`;
}

type Fragment = { kind: 'unit+loc' | 'unit' | 'loc' | 'other'; value: string; loc: string | null };

/** One line (or joined lines) of the header's left column, restored to full words. */
function restoreFragment(t0: string): Fragment {
  const t = splitGluedWords(t0);
  const tf = fold(t);
  const m = /^(ubnd|u?y ban nhan dan|hdnd|hoi dong nhan dan)(?:\s+(.*))?$/.exec(tf);
  if (m) {
    const loc = restoreLocality(
      t
        .split(/\s+/)
        .slice(m[1] === 'uy ban nhan dan' || m[1] === 'y ban nhan dan' || m[1] === 'hoi dong nhan dan' ? 4 : 1)
        .join(' '),
    );
    const body = m[1]?.startsWith('h') ? 'Hội đồng nhân dân' : 'Ủy ban nhân dân';
    if (!m[2]) return { kind: 'unit', value: body, loc: null };
    return { kind: 'unit+loc', value: `${body}${loc ? ` ${loc}` : ''}`, loc };
  }
  const unit = restoreUnitName(t) ?? restoreUnitName(repairOcrText(t));
  if (unit) return { kind: 'unit', value: unit, loc: null };
  const named = NAMED_BODIES.find((n) => fold(n) === tf.replace(/\s+/g, ' ').trim());
  if (named) return { kind: 'unit', value: named, loc: null };
  const party = partyBody(t);
  if (party) return { kind: 'unit', value: party, loc: null };
  const loc = restoreLocality(t);
  if (loc) return { kind: 'loc', value: loc, loc };
  return { kind: 'other', value: repairOcrText(t.charAt(0) + t.slice(1).toLowerCase()), loc: null };
}

/** Issuing body in full words with diacritics. */
export function findIssuer(
  text: string,
  folded: string,
  lines: Line[],
  typeLineIndex: number,
  own: NumberHit | null,
  place: string | null,
  authority: AuthorityLine | null = null,
): IssuerResult {
  const raw = headerLeftLines(text, lines, typeLineIndex >= 0 ? typeLineIndex : 8);
  // A name broken over two lines of the left column ("ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI"): a piece that
  // opens neither an organisation nor a locality continues the previous one.
  const left: { text: string; span: Span }[] = [];
  for (const fr of raw) {
    const f = fold(clean(fr.text));
    const prev = left[left.length - 1];
    if (
      prev &&
      !ORG_START_RE.test(`${f} `) &&
      !LOCALITY_RE.test(f) &&
      !/^(tp|tx)\b/.test(f) &&
      prev.text.split(/\s+/).length <= 6 &&
      !fr.text.includes(':')
    ) {
      prev.text = `${prev.text} ${fr.text}`;
      prev.span = { start: prev.span.start, end: fr.span.end };
      continue;
    }
    left.push({ ...fr });
  }
  const auth = authority ? restoreFragment(clean(authority.org)) : null;
  const withAuthority = (r: IssuerResult): IssuerResult => {
    if (!auth || !authority) return r;
    if (!r.issuer) return { issuer: auth.value, spans: [authority.span] };
    const hasLoc = /(?<!\p{L})(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)(?!\p{L})/iu.test(r.issuer);
    if (!hasLoc && fold(auth.value).startsWith(fold(r.issuer)) && auth.value.length > r.issuer.length)
      return { issuer: auth.value, spans: [...r.spans, authority.span] };
    return r;
  };
  if (left.length > 0) {
    // Expand abbreviations / restore each line, then join a bare unit kind with its locality line.
    const restored = left.map((l) => ({ ...restoreFragment(clean(l.text)), span: l.span }));
    const last = restored[restored.length - 1]!;
    const prev = restored[restored.length - 2];
    if (last.kind === 'loc' && prev && (prev.kind === 'unit' || prev.kind === 'other')) {
      return withAuthority({ issuer: `${prev.value} ${last.value}`, spans: [prev.span, last.span] });
    }
    if ((last.kind === 'unit' || last.kind === 'other') && prev && prev.loc) {
      const alreadyLocal = /(?<!\p{L})(tỉnh|thành phố|huyện|thị xã|xã|phường)(?!\p{L})/u.test(last.value);
      return withAuthority({ issuer: alreadyLocal ? last.value : `${last.value} ${prev.loc}`, spans: [prev.span, last.span] });
    }
    if (last.kind !== 'loc') {
      const loc =
        last.kind === 'unit' &&
        !/(^|\s)(tỉnh|thành phố|huyện|quốc hội|chính phủ|trung ương)(\s|$)/i.test(last.value) &&
        // A ministry or central Party body has no locality (JavaScript's \b is ASCII-only: not after "ộ").
        !/^(Bộ|Ban Bí thư|Bộ Chính trị)(?!\p{L})/u.test(last.value) &&
        !auth
          ? localityForPlace(place, folded)
          : null;
      const r = withAuthority({ issuer: loc ? `${last.value} ${loc}` : last.value, spans: [last.span] });
      if (r.issuer === last.value && last.kind === 'unit' && /^(Ủy ban nhân dân|Hội đồng nhân dân)$/.test(last.value)) {
        const l2 = localityForPlace(place, folded);
        if (l2) return { issuer: `${last.value} ${l2}`, spans: r.spans };
      }
      return r;
    }
  }
  if (auth && authority) return { issuer: auth.value, spans: [authority.span] };
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
    const af = fold(a.name)
      .replace(/[,-]/g, '[,-]?')
      .replace(/ /g, String.raw`\s+`)
      .replace(/^so\\s\+/, String.raw`s\S{0,2}\s+`);
    const re = new RegExp(String.raw`(?:^|\s)(${af})\s+(?:xay\s+dung|ban\s+hanh|bao\s+c\S{1,2}o)`, 'g');
    for (const m of head.matchAll(re)) {
      const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
      if (!best || start < best.start) best = { name: a.name, start, end: start + (m[1]?.length ?? 0) };
    }
  }
  const ubnd =
    /(?:^|\s)(uy\s+ban\s+nhan\s+dan|ubnd)\s+(tinh|thanh\s+pho|huyen|thi\s+xa|xa|phuong)?\s*(?:xay\s+dung|ban\s+hanh|bao\s+c\S{1,2}o)/.exec(
      head,
    );
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

export interface Headline {
  lineIndex: number;
  kind: 'plan' | 'report' | 'decision' | 'other';
  kindSpans: Span[];
  number: NumberHit | null;
  date: string | null;
  issuer: string | null;
  issuerSpans: Span[];
  title: string;
  titleSpans: Span[];
}

const HEADLINE_RE =
  /^(k\S{1,2}\s+ho\S{1,2}ch|quy\S{0,2}t\s+d\S{1,2}nh|ngh\S{0,2}\s+quy\S{0,2}t|b\S{1,2}o\s+c\S{1,2}o|ch\S\s+th\S|th\S{1,2}ng\s+b\S{1,2}o|h\S{1,3}ng\s+d\S{1,2}n|c\S{1,2}ng\s+v\S{1,2}n|ch\S{1,3}ng\s+tr\S{1,2}nh|th\S{1,2}ng\s+t\S|k\S{1,2}t\s+lu\S{1,2}n)\s+(?:s\S\s+)?/;

/**
 * A portal's headline when the page holds no Decree-30 header: "Quyết định số 290-QĐ/TW, ngày
 * 25/02/2010 của Bộ Chính trị về việc ban hành …" gives the type, number, date, issuer and summary.
 */
export function findHeadline(text: string, lines: Line[]): Headline | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 3; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    seen++;
    const m = HEADLINE_RE.exec(l.folded);
    if (!m) continue;
    const restStart = l.start + m[0].length;
    const nm = /^(\d{1,5}(?:\/\d{4})?[-/][^\s,]+)/.exec(text.slice(restStart, l.end));
    if (!nm) continue;
    const numHit: NumberHit | null = (() => {
      const raw = nm[1] ?? '';
      const n = canonicalHeadlineNumber(raw);
      return n ? { number: n.number, key: n.key, start: restStart, end: restStart + raw.length } : null;
    })();
    if (!numHit) continue;
    const after = text.slice(numHit.end, l.end);
    const fa = fold(after);
    const dm = /^\s*,?\s*(?:ng\S{0,2}y\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(fa);
    const date = dm ? `${dm[3]}-${String(dm[2]).padStart(2, '0')}-${String(dm[1]).padStart(2, '0')}` : null;
    const cm = /\bc\S{1,2}a\s+(.+?)\s+(v\S\s+vi\S{1,2}c|v\S)\s+/.exec(fa);
    let issuer: string | null = null;
    let issuerSpans: Span[] = [];
    let title = '';
    let titleSpans: Span[] = [];
    if (cm) {
      const iStart = numHit.end + (cm.index ?? 0) + cm[0].indexOf(cm[1] ?? '');
      const raw = text.slice(iStart, iStart + (cm[1] ?? '').length);
      issuer = NAMED_BODIES.find((n) => fold(n) === fold(raw)) ?? restoreFragment(raw).value;
      issuerSpans = [{ start: iStart, end: iStart + raw.length }];
      const tStart = numHit.end + (cm.index ?? 0) + cm[0].length - cm[2]!.length - 1;
      const sp = trimSpan(text, tStart, l.end, /[\s.;:]/);
      title = capitalise(clean(text.slice(sp.start, sp.end)));
      titleSpans = [sp];
    }
    const typeName = DOC_TYPES.find((d) => fold(d.name) === (m[1] ?? '').replace(/\s+/g, ' '));
    return {
      lineIndex: i,
      kind: typeName?.kind ?? 'other',
      kindSpans: [{ start: l.start, end: l.start + (m[1]?.length ?? 0) }],
      number: numHit,
      date,
      issuer,
      issuerSpans,
      title,
      titleSpans,
    };
  }
  return null;
}

function canonicalHeadlineNumber(raw: string): { number: string; key: string } | null {
  const hits = findNumbers(raw);
  const h = hits[0];
  return h && h.start === 0 ? { number: h.number, key: h.key } : null;
}
