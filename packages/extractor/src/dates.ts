// Vietnamese date expressions, tolerant of OCR: "ngày 06 tháng 3 năm 2025", "ngay30 thang3 ndm 2023",
// "ngày 30/7/2021", "21/ 10/2021", "tháng 11 năm 2023". All matching runs on folded text.

export type DateForm = 'words' | 'numeric' | 'month';

export interface DateHit {
  /** YYYY-MM-DD; for the month form the first day of the month. */
  iso: string;
  year: number;
  month: number;
  day: number | null;
  start: number;
  end: number;
  form: DateForm;
  /** Whether the hit includes a leading "ngày". */
  withNgay: boolean;
}

const NGAY = String.raw`ng\S{0,2}y`;
const THANG = String.raw`th\S{1,3}ng`;
const NAM = String.raw`n\S{1,2}m`;

const WORDS_RE = new RegExp(String.raw`(?:(${NGAY})\s*)?(?<![\d])(\d{1,2})\s*${THANG}\s*(\d{1,2})\s*,?\s*${NAM}\s*(\d{4})(?!\d)`, 'g');
const MONTH_RE = new RegExp(String.raw`${THANG}\s*(\d{1,2})\s*(?:\/|,?\s*${NAM})\s*(\d{4})(?!\d)`, 'g');
const NUMERIC_RE = new RegExp(String.raw`(?:(${NGAY})\s*)?(?<![\d/.])(\d{1,2})[ \t]?([/.-])[ \t]?(\d{1,2})[ \t]?\3[ \t]?(\d{4})(?![\d])`, 'g');

export function isValidDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

export function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** All dates in document order, non-overlapping (the word form wins over a numeric reading). */
export function findDates(folded: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of folded.matchAll(WORDS_RE)) {
    const d = Number(m[2]);
    const mo = Number(m[3]);
    const y = Number(m[4]);
    if (!isValidDate(y, mo, d)) continue;
    const start = m.index ?? 0;
    hits.push({ iso: iso(y, mo, d), year: y, month: mo, day: d, start, end: start + m[0].length, form: 'words', withNgay: m[1] !== undefined });
  }
  for (const m of folded.matchAll(NUMERIC_RE)) {
    const d = Number(m[2]);
    const mo = Number(m[4]);
    const y = Number(m[5]);
    if (!isValidDate(y, mo, d)) continue;
    const start = m.index ?? 0;
    hits.push({ iso: iso(y, mo, d), year: y, month: mo, day: d, start, end: start + m[0].length, form: 'numeric', withNgay: m[1] !== undefined });
  }
  for (const m of folded.matchAll(MONTH_RE)) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    if (!isValidDate(y, mo, 1)) continue;
    const start = m.index ?? 0;
    hits.push({ iso: iso(y, mo, 1), year: y, month: mo, day: null, start, end: start + m[0].length, form: 'month', withNgay: false });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

/** First date that starts within `window` characters after `pos`, where the gap is only punctuation/"ngày". */
export function dateRightAfter(dates: DateHit[], folded: string, pos: number, gapRe = /^[\s,:(]*(?:ng\S{0,2}y\s*)?$/, window = 16): DateHit | null {
  // binary search for the first hit with start >= pos
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  const h = dates[lo];
  if (!h || h.start - pos > window) return null;
  return gapRe.test(folded.slice(pos, h.start)) ? h : null;
}

/** Vietnamese rendering used when a phrase has to be rebuilt from OCR text. */
export function formatDateHit(h: DateHit, source: string): string {
  if (h.form === 'numeric') {
    const raw = source.slice(h.start, h.end).replace(/^\D+/, '').replace(/\s+/g, '');
    return h.withNgay ? `ngày ${raw}` : raw;
  }
  if (h.form === 'month') return `tháng ${h.month} năm ${h.year}`;
  const dd = String(h.day ?? 1).padStart(2, '0');
  return `${h.withNgay ? 'ngày ' : ''}${dd} tháng ${h.month} năm ${h.year}`;
}
