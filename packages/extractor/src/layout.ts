// Layout analysis before any rule runs. Real files reach the importer in many shapes: a Decree-30
// header table flattened with "|" between cells (cells one per line, or side by side), pandoc
// tables with column gaps of many spaces, markdown emphasis and escapes, hard-wrapped lines
// ("Bắc Kạn, ngày 16" / "tháng 01 năm 2025", "Số:" / "06/2024/QĐ-UBND", "ỦY" / "BAN NHÂN DÂN"),
// portal pages with metadata blocks, menus, "Tin nổi bật" and "Tệp đính kèm" around the document.
//
// normaliseLayout returns a view of the text OF THE SAME LENGTH in which:
//   - markup (asterisks, backslash escapes, table borders, separator rules) is blanked;
//   - table cells and header columns each start a line ("|" and wide gaps become line breaks);
//   - hard-wrapped header pieces are re-joined (a line break becomes a space);
//   - portal chrome (metadata, menus, "Tin nổi bật" and what follows, attachments) is blanked, and
//     so is a portal's preamble before a Decree-30 header.
// Every offset of the view is the same offset in the original text, so rules can read the clean
// view and still report spans that highlight the original.

import { fold } from './text.ts';
import { DOC_TYPES } from './vocabulary.ts';

const TYPE_NAMES_F = DOC_TYPES.map((t) => fold(t.name));
/**
 * Types that head a summary but do not open one: "KẾ HOẠCH THỰC HIỆN …" is the type and its summary,
 * while "QUY ĐỊNH VỀ …", "HƯỚNG DẪN …", "CHƯƠNG TRÌNH …" are as often a title in themselves.
 */
const TYPES_HEADING_A_SUMMARY_F = [
  'ke hoach',
  'bao cao',
  'quyet dinh',
  'nghi quyet',
  'chi thi',
  'ket luan',
  'thong tu',
  'to trinh',
  'thong bao',
  'nghi dinh',
];

const MOTTO_F =
  /c\S{0,2}ng\s*h\S{0,2}a\s+x\S{0,2}\s*h\S{0,3}(?:\s+ch|$)|ch\S{1,2}\s+ngh\S{0,2}a\s+vi\S{0,2}t\s+nam|[dpb]\S{0,2}c\s*[l1]\S{0,2}p\s*[-—–]?\s*t\S{0,2}\s*do|^d\S{0,2}ng\s+c\S{0,2}ng\s+s\S{0,2}n\s+vi\S{0,2}t\s+nam$/;
const BODY_START_F =
  /^(?:c\S{1,2}n\s+c\S{1,2}\b|th\S{1,3}c\s+hi\S{1,3}n\b|x\S{1,2}t\s+(?:d\S\s+ngh|t\S{1,2}\s+tr)|theo\s+d\S\s+ngh|thi\s+h\S{1,2}nh\b|kinh\s+g\S{1,2}i|[ivxl]{1,4}\s*\.|\d{1,2}\s*\.\s|d\S{1,2}u\s+1\b)/;

/** Whole-line portal metadata and chrome (folded). */
const CHROME_F = [
  /^[•·\-\s]*(?:so hieu|loai van ban|noi ban hanh|nguoi ky|ngay ban hanh|ngay hieu luc|ngay co hieu luc|ngay het hieu luc|ngay cong bao|so cong bao|linh vuc|tinh trang|hieu luc|co quan ban hanh|trich yeu|ngay dang cong bao|ap dung)\s*:/,
  /^(?:tu khoa|tim kiem)\s*:/,
  /^(?:dang nhap|dang ky|dang tai van ban\.*|gui cho ban be|phan hoi|thong tin nguoi gui phan hoi|in bai nay|ban in|chia se|binh luan|y kien ban doc|tro ve|len dau trang|xem them|doc tiep|lien he|so do site|trang chu|gioi thieu|tin tuc|tin tuc - su kien|su kien|hoi dap|english|tieng viet|nghe doc bai|co chu|tai ve|tai file|xem chi tiet|luot xem\s*:?.*|(?:tong )?so luot xem.*)$/,
  /^(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*,?\s*(?:ngay\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s*[|,-]?\s*\d{1,2}:\d{2}.*)?$/,
  /^\d{1,2}:\d{2}\s*(?:\|\s*)?\d{1,2}\/\d{1,2}\/\d{4}$/,
];
/** A line after which a portal page holds only other articles. */
const TAIL_F =
  /^(?:tin noi bat|cac tin khac|tin khac|tin lien quan|tin cung chuyen muc|bai viet lien quan|cac bai viet khac|tin moi nhat|tin doc nhieu)\s*:?$/;
/** Attachment block: the heading and the file lines under it. */
const ATTACH_F = /^(?:tep|file|tai lieu|van ban)\s+dinh\s+kem\b/;
const FILE_LINE_F = /\.(?:pdf|docx?|xlsx?|zip|rar)\b|^tai ve$|^xem$/;

function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

interface RawLine {
  start: number;
  end: number;
}

function lineRanges(s: string): RawLine[] {
  const out: RawLine[] = [];
  let p = 0;
  for (;;) {
    const nl = s.indexOf('\n', p);
    out.push({ start: p, end: nl < 0 ? s.length : nl });
    if (nl < 0) break;
    p = nl + 1;
  }
  return out;
}

function isUpper(s: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const c of s) {
    if (!/\p{L}/u.test(c)) continue;
    letters++;
    if (c === c.toUpperCase() && c !== c.toLowerCase()) upper++;
  }
  return letters >= 2 && upper / letters >= 0.8;
}

/** Same-length layout view of `text` (see the module comment). */
export function normaliseLayout(text: string): string {
  const c = [...text];
  // `c` is indexed by code point; Vietnamese NFC text is all BMP, but keep offsets right anyway.
  if (c.length !== text.length) return text;

  // 0. Line breaks a portal printed as escape sequences ("\\r\\n" as four characters): when the
  //    text holds several, each is a line break (its backslashes and letters blanked).
  const escapes = [...text.matchAll(/\\r\\n|\\n|\\r|\\t/g)];
  if (escapes.length >= 3) {
    for (const m of escapes) {
      const at = m.index;
      for (let k = at; k < at + m[0].length; k++) c[k] = ' ';
      if (m[0].endsWith('n')) c[at + m[0].length - 1] = '\n';
    }
  }
  const escaped = escapes.length >= 3 ? c.join('') : text;

  // 1. Markup. "**" between two pieces of one line separates two headings glued by a converter.
  for (let i = 0; i < c.length; i++) {
    const ch = c[i]!;
    if (ch === '*') {
      let j = i;
      while (j < c.length && c[j] === '*') j++;
      const lineStart = escaped.lastIndexOf('\n', i - 1) + 1;
      const nl = escaped.indexOf('\n', j);
      const before = escaped.slice(lineStart, i).replace(/[*\s\\]/g, '');
      const after = escaped.slice(j, nl < 0 ? escaped.length : nl).replace(/[*\s\\]/g, '');
      if (j - i >= 2 && before.length > 0 && after.length > 0 && !/[,(]$/.test(before) && /^\p{Lu}|^[IVX\d]+\./u.test(after)) {
        c[i] = '\n';
        for (let k = i + 1; k < j; k++) c[k] = ' ';
      } else for (let k = i; k < j; k++) c[k] = ' ';
      i = j - 1;
    } else if (ch === '\\' && i + 1 < c.length && /[\s.\-()[\]'"*_#|]/.test(escaped.charAt(i + 1))) {
      c[i] = ' ';
    } else if (ch === '\\' && i + 1 === c.length) c[i] = ' ';
  }
  let view = c.join('');

  // 2. Table borders and separator rules; "|" cell separators; wide column gaps in the header.
  //    Cells first, so that a rule printed in a cell ("------- | Độc lập …") is seen as a rule.
  for (const l of lineRanges(view)) {
    const at = view.slice(l.start, l.end).indexOf('|');
    if (at < 0) continue;
    const pipe = l.start + at;
    // A line of only "+---+---+" table border stays one line (blanked below as a rule).
    if (/^[\s\-=_+:|*~.–—]+$/.test(view.slice(l.start, l.end))) continue;
    for (let i = pipe; i < l.end; i++) {
      if (c[i] !== '|') continue;
      // "|." and "|1." are OCR readings of the Roman numeral I, not cell separators.
      if (/^\s*[.]/.test(view.slice(i + 1, Math.min(l.end, i + 3))) && view.slice(l.start, i).trim() === '') continue;
      c[i] = '\n';
    }
  }
  view = c.join('');
  for (const l of lineRanges(view)) {
    const s = view.slice(l.start, l.end);
    const ts = s.trim();
    if (!ts) continue;
    const rule = /^[\s\-=_+:|*~.–—]+$/.test(ts) && ((ts.match(/[-=_–—]/g) ?? []).length >= 3 || /[+|]/.test(ts) || ts === '*');
    // Also a rule as OCR reads it ("- - - --#*# - - -"): long, almost no letters, no digits.
    const noisyRule =
      !rule &&
      ts.length >= 8 &&
      !/\d/.test(ts) &&
      (ts.match(/[-=_–—]/g) ?? []).length >= 5 &&
      (ts.match(/\p{L}/gu) ?? []).length / ts.length < 0.1;
    if (rule || noisyRule) blank(c, l.start, l.end);
  }
  view = c.join('');

  // 3. Header zone: the lines before the body starts (at most the first 60 non-blank lines).
  const hl = lineRanges(view);
  const folded = fold(view);
  const nonBlank = hl.filter((l) => view.slice(l.start, l.end).trim() !== '');
  let headerEnd = nonBlank.length;
  let seenHeader = false;
  for (let k = 0; k < Math.min(nonBlank.length, 60); k++) {
    const l = nonBlank[k]!;
    const f = folded.slice(l.start, l.end).trim();
    if (MOTTO_F.test(f) || /^s\S{0,2}\s*:?\s*\d/.test(f) || /,\s*ng\S{0,2}y\b/.test(f)) seenHeader = true;
    if (seenHeader && BODY_START_F.test(f)) {
      headerEnd = k;
      break;
    }
  }
  headerEnd = Math.min(headerEnd, 60);
  for (let k = 0; k < headerEnd; k++) {
    const l = nonBlank[k]!;
    // Columns side by side: a gap of 3+ spaces between two pieces starts a new line.
    const seg = view.slice(l.start, l.end);
    for (const m of seg.matchAll(/\S(\s{3,})(?=\S)/g)) {
      const at = l.start + (m.index ?? 0) + 1;
      c[at] = '\n';
    }
  }
  view = c.join('');

  // 4. Re-join hard-wrapped header pieces (a line break becomes a space).
  const nb2 = lineRanges(view).filter((l) => view.slice(l.start, l.end).trim() !== '');
  const f2 = fold(view);
  const limit = Math.min(nb2.length - 1, headerEnd + 25);
  for (let k = 0; k < limit; k++) {
    const a = nb2[k]!;
    const b = nb2[k + 1]!;
    const fa = f2.slice(a.start, a.end).trim();
    const fb = f2.slice(b.start, b.end).trim();
    const ta = view.slice(a.start, a.end).trim();
    const tb = view.slice(b.start, b.end).trim();
    if (BODY_START_F.test(fa)) break;
    // Only plain line breaks (blank lines between pieces are left alone).
    const gap = view.slice(a.end, b.start);
    if ((gap.match(/\n/g) ?? []).length !== 1) continue;
    let join = false;
    if (/,\s*ng\S{0,2}y(?:\s*\d{1,2})?$/.test(fa) && /^(?:\d{1,2}\s*)?th\S{1,3}ng\b/.test(fb))
      join = true; // "…, ngày 16" / "tháng 01 năm 2025"
    else if (/^\S+(?:\s\S+)?$/.test(ta) && !/\d/.test(ta) && /^[^\s,]+\s*,\s*ng\S{0,2}y\s*\d/.test(fb) && !MOTTO_F.test(fa))
      join = true; // "Hà" / "Nội, ngày …"
    else if (/^s\S{0,2}\s*:?$/.test(fa) && /^\d/.test(fb))
      join = true; // "Số:" / "06/2024/QĐ-UBND"
    else if (/^c\S{0,2}ng$/.test(fa) && /^h\S{0,2}a\s+x/.test(fb))
      join = true; // "CỘNG" / "HÒA XÃ HỘI …"
    else if (/^c\S{0,2}ng\s+h\S{0,2}a\s+x\S{0,2}\s+h\S{0,3}i$/.test(fa) && /^ch\S\s+ngh/.test(fb))
      join = true; // "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM"
    else if (isUpper(ta) && isUpper(tb) && /^\p{L}+$/u.test(ta) && ta.length <= 5 && !MOTTO_F.test(fb)) join = true; // "ỦY" / "BAN NHÂN DÂN"
    if (join) {
      const nl = view.indexOf('\n', a.end);
      if (nl >= 0 && nl < b.start) c[nl] = ' ';
    }
  }
  view = c.join('');

  // 4b. The document type and its summary on one line ("QUYẾT ĐỊNH Ban hành Kế hoạch …", or all in
  //     capitals "KẾ HOẠCH THỰC HIỆN …" when no type line of its own came before): the summary
  //     starts a line of its own, as on paper.
  {
    let seen = 0;
    let p = 0;
    let typeSeen = false;
    const max = headerEnd + 25;
    while (p < view.length && seen < max) {
      const nl = view.indexOf('\n', p);
      const end = nl < 0 ? view.length : nl;
      const line = view.slice(p, end);
      const from = p;
      p = end + 1;
      const body = line.trimStart();
      if (body.trim() === '') continue;
      seen++;
      const f = fold(body.slice(0, 24));
      if (TYPE_NAMES_F.includes(fold(body).trim()) && isUpper(body)) typeSeen = true;
      const type = TYPE_NAMES_F.find((t) => f.startsWith(`${t} `));
      if (!type) continue;
      const at = from + (line.length - body.length) + type.length;
      const head = view.slice(from + (line.length - body.length), at);
      const rest = view.slice(at, end).trim();
      if (!isUpper(head)) continue;
      // Upper-case type, then a summary in sentence case ("Ban hành …", "Về việc …").
      const sentence = /^\p{Lu}\p{Ll}/u.test(rest) && !isUpper(rest);
      const capitals = !typeSeen && TYPES_HEADING_A_SUMMARY_F.includes(type) && isUpper(rest) && rest.split(/\s+/).length >= 3;
      if (!sentence && !capitals) continue;
      typeSeen = true;
      c[at] = '\n';
    }
  }
  view = c.join('');

  // 5. Portal chrome: metadata lines, menus, the tail after "Tin nổi bật", attachment lists.
  const ll = lineRanges(view);
  const f3 = fold(view);
  let inAttach = false;
  for (let k = 0; k < ll.length; k++) {
    const l = ll[k]!;
    const f = f3.slice(l.start, l.end).trim().replace(/\s+/g, ' ');
    if (f === '') continue;
    if (TAIL_F.test(f) && k > 5) {
      blank(c, l.start, view.length);
      break;
    }
    if (ATTACH_F.test(f)) {
      inAttach = true;
      blank(c, l.start, l.end);
      continue;
    }
    if (inAttach && (FILE_LINE_F.test(f) || f.length < 60)) {
      blank(c, l.start, l.end);
      continue;
    }
    inAttach = false;
    if (CHROME_F.some((re) => re.test(f))) blank(c, l.start, l.end);
  }
  view = c.join('');

  // 6. A portal's preamble (headline, category, "Nội dung toàn văn …") before a Decree-30 header:
  //    the header starts with the issuer block right above the national motto.
  const pl = lineRanges(view).filter((l) => view.slice(l.start, l.end).trim() !== '');
  const f4 = fold(view);
  const mottoAt = pl.findIndex((l, k) => {
    if (k >= 40) return false;
    const f = f4.slice(l.start, l.end).trim();
    const m = MOTTO_F.exec(f);
    return m !== null && (isUpper(view.slice(l.start, l.end)) || (m.index === 0 && f.length < 70));
  });
  if (mottoAt > 0) {
    let start = mottoAt;
    // Walk up over the left column: the issuer block (upper-case lines, a few), the number, and a
    // công văn's "V/v …" subject with its wrapped lines; stop at anything else.
    const lineAt = (k: number) => ({ t: view.slice(pl[k]!.start, pl[k]!.end).trim(), f: f4.slice(pl[k]!.start, pl[k]!.end).trim() });
    for (let k = mottoAt - 1, upper = 0; k >= 0 && k >= mottoAt - 8; k--) {
      const { t, f } = lineAt(k);
      if (isUpper(t) && t.length <= 80 && ++upper <= 4) start = k;
      else if (/^s\S{0,2}\s*:?\s*[\d-]/.test(f) && t.includes('/')) start = k;
      else {
        const subject = [k, k - 1, k - 2].find((s) => s >= 0 && /^v\s*\/\s*v\b/.test(lineAt(s).f));
        if (subject === undefined) break;
        start = subject;
        k = subject;
      }
    }
    if (start > 0) blank(c, 0, pl[start]!.start);
  }
  return c.join('');
}
