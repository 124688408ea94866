// Dates as Vietnamese documents write them inside running text, tolerant of OCR damage:
// "ngày 06 tháng 3 năm 2025", "ngay30 thang3 ndm 2023", "ngày 30/7/2021", "21/ 10/2021",
// "tháng 11 năm 2023", "tháng 11/2023". Matching runs on text folded with `foldKeepingOffsets`, so
// the offsets of a hit are offsets in the source document.
import { daysInMonth, toLocalDate, type LocalDate } from './local-date.ts';

export type DateExpressionForm = 'words' | 'numeric' | 'month';

export interface DateExpression {
  /** The day; for the month form the first day of the month. */
  iso: LocalDate;
  year: number;
  month: number;
  /** null for the month form ("tháng 11 năm 2023"). */
  day: number | null;
  start: number;
  end: number;
  form: DateExpressionForm;
  /** Whether the hit includes a leading "ngày". */
  withNgay: boolean;
}

// OCR turns "ngày" into "ngay", "ngdy", "ng4y"…, "tháng" into "thdng", "thang", "năm" into "ndm", "nim".
const NGAY = String.raw`ng\S{0,2}y`;
const THANG = String.raw`th\S{1,3}ng`;
const NAM = String.raw`n\S{1,2}m`;

const WORDS_RE = new RegExp(String.raw`(?:(${NGAY})\s*)?(?<![\d])(\d{1,2})\s*${THANG}\s*(\d{1,2})\s*,?\s*${NAM}\s*(\d{4})(?!\d)`, 'g');
const MONTH_RE = new RegExp(String.raw`${THANG}\s*(\d{1,2})\s*(?:\/|,?\s*${NAM})\s*(\d{4})(?!\d)`, 'g');
const NUMERIC_RE = new RegExp(
  String.raw`(?:(${NGAY})\s*)?(?<![\d/.])(\d{1,2})[ \t]?([/.-])[ \t]?(\d{1,2})[ \t]?\3[ \t]?(\d{4})(?![\d])`,
  'g',
);
// Day and month without a year ("chậm nhất ngày 27/10"): read only where the caller supplies the year.
const DAY_MONTH_RE = new RegExp(
  String.raw`^([\s,:(]*(?:v\S{1,2}o\s+)?)(?:(${NGAY})\s*)?(?<!\d)(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})|${THANG}\s*(\d{1,2}))(?!\s*[/.-]?\s*\d|\s*,?\s*${NAM}\s*\d)`,
);

/** Years a document of this system can mean; outside them "12/2016" or "04/2015/NĐ-CP" are numbers. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function realDay(year: number, month: number, day: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Every date in folded text, in document order, non-overlapping (the word form wins over a numeric reading). */
export function findDateExpressions(folded: string): DateExpression[] {
  const hits: DateExpression[] = [];
  const push = (
    m: RegExpMatchArray,
    year: number,
    month: number,
    day: number | null,
    form: DateExpressionForm,
    withNgay: boolean,
  ): void => {
    if (!realDay(year, month, day ?? 1)) return;
    const start = m.index ?? 0;
    hits.push({ iso: toLocalDate(year, month, day ?? 1), year, month, day, start, end: start + m[0].length, form, withNgay });
  };
  for (const m of folded.matchAll(WORDS_RE)) push(m, Number(m[4]), Number(m[3]), Number(m[2]), 'words', m[1] !== undefined);
  for (const m of folded.matchAll(NUMERIC_RE)) push(m, Number(m[5]), Number(m[4]), Number(m[2]), 'numeric', m[1] !== undefined);
  for (const m of folded.matchAll(MONTH_RE)) push(m, Number(m[2]), Number(m[1]), null, 'month', false);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateExpression[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

const DEFAULT_GAP = /^[\s,:(]*(?:ng\S{0,2}y\s*)?$/;

/**
 * The first date that starts within `window` characters after `pos` when what lies between is only
 * `gap` (by default punctuation and "ngày"): the date a marker such as "chậm nhất" or a document
 * number governs. `dates` must be sorted by start, as `findDateExpressions` returns them.
 */
export function dateRightAfter(
  dates: readonly DateExpression[],
  folded: string,
  pos: number,
  gap: RegExp = DEFAULT_GAP,
  window = 16,
): DateExpression | null {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  const h = dates[lo];
  if (!h || h.start - pos > window) return null;
  return gap.test(folded.slice(pos, h.start)) ? h : null;
}

/**
 * A day and month without a year right after `pos` ("27/10", "vào ngày 27 tháng 10"), completed with
 * `year`. Only for places where the year is known from context (a plan's deadlines), never for free text.
 */
export function dayMonthAt(folded: string, pos: number, year: number): DateExpression | null {
  const m = DAY_MONTH_RE.exec(folded.slice(pos, pos + 48));
  if (!m) return null;
  const day = Number(m[3]);
  const month = Number(m[4] ?? m[5]);
  if (!realDay(year, month, day)) return null;
  const start = pos + (m[1]?.length ?? 0);
  return {
    iso: toLocalDate(year, month, day),
    year,
    month,
    day,
    start,
    end: pos + m[0].length,
    form: m[5] ? 'words' : 'numeric',
    withNgay: m[2] !== undefined,
  };
}
