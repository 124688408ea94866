// Reading deadline wording — the one place that knows which Vietnamese phrases set a deadline and
// whether the stated day itself is allowed. The document importer, the plan form and the server all
// read deadlines through these functions, including OCR'd text that lost its diacritics
// ("trudc ngay 20 thang 10 nam 2023", "chdm nhat ngay30 thdng3 ndm 2023").
import { daysInMonth, toLocalDate, type LocalDate } from '../calendar/local-date.ts';
import { dateRightAfter, dayMonthAt, findDateExpressions, type DateExpression } from '../calendar/date-expressions.ts';
import { foldKeepingOffsets, nfc } from '../text/fold.ts';
import { describeDeadline, type Deadline } from './deadline.ts';

export type DeadlineMarkerKind =
  'truoc_hoac_trong' | 'cham_nhat' | 'han_chot' | 'khong_muon_hon' | 'khong_qua' | 'den_het' | 'trong' | 'truoc';

export interface DeadlineMarker {
  kind: DeadlineMarkerKind;
  /** true: the stated day itself is allowed; false: the deadline is the day before it. */
  inclusive: boolean;
  /** How the marker is written with full diacritics (to rebuild a phrase from OCR'd text). */
  words: string;
}

// Patterns run on folded text (no diacritics, lower case); OCR turns "ướ" into "d", "e", "6", "o"…
// Order matters: the longer "trước hoặc trong" must win over "trước".
const LA = String.raw`(?:\s+l\S{1,2}(?![a-z]))?`; // "chậm nhất là ngày …"
const MARKERS: readonly (DeadlineMarker & { pattern: string })[] = [
  {
    kind: 'truoc_hoac_trong',
    inclusive: true,
    words: 'trước hoặc trong',
    pattern: String.raw`tr[uw][a-z0-9]{1,2}c?\s+ho\S{1,2}c\s+(?:trong|d\S{1,2}ng)`,
  },
  { kind: 'cham_nhat', inclusive: true, words: 'chậm nhất', pattern: String.raw`ch\S{1,2}m\s*nh\S{1,2}t${LA}` },
  { kind: 'han_chot', inclusive: true, words: 'hạn chót', pattern: String.raw`h\S{1,2}n\s+ch\S{1,2}t${LA}` },
  {
    kind: 'khong_muon_hon',
    inclusive: true,
    words: 'không muộn hơn',
    pattern: String.raw`kh\S{1,2}ng\s+(?:mu\S{1,3}n|tr\S{1,2})\s+h\S{1,2}n${LA}`,
  },
  { kind: 'khong_qua', inclusive: true, words: 'không quá', pattern: String.raw`kh\S{1,2}ng\s+qu[a-z0-9]{0,2}` },
  { kind: 'den_het', inclusive: true, words: 'đến hết', pattern: String.raw`d\S{1,2}n\s+h\S{1,2}t` },
  // "trong ngày 20/5": only with a day right after, "trong năm", "trong tháng" are periods, not deadlines.
  { kind: 'trong', inclusive: true, words: 'trong', pattern: String.raw`trong(?=\s*ng\S{0,2}y\s*\d)` },
  { kind: 'truoc', inclusive: false, words: 'trước', pattern: String.raw`tr[uw][ode06a][ce]` },
];

const MARKER_RE = new RegExp(String.raw`(?<![a-z0-9])(?:${MARKERS.map((m) => `(${m.pattern})`).join('|')})(?![a-z])`, 'g');
// Between a marker and its date: punctuation, "vào", "ngày" ("chậm nhất là vào ngày 28/3/2025").
const GAP_RE = /^[\s:,]*(?:v\S{1,2}o\s+)?(?:ng\S{0,2}y\s*)?$/;
const GAP_WINDOW = 20;

function markerOf(m: RegExpMatchArray): DeadlineMarker {
  const i = MARKERS.findIndex((_, k) => m[k + 1] !== undefined);
  const { kind, inclusive, words } = MARKERS[i]!;
  return { kind, inclusive, words };
}

export interface DeadlineMatch {
  /** Where the marker starts and the date ends: offsets in the folded text, which are offsets in the source. */
  start: number;
  end: number;
  markerEnd: number;
  marker: DeadlineMarker;
  date: DateExpression;
  /** The date written (X in "trước ngày X"); "trước tháng 11" → 1 November, "chậm nhất tháng 11" → 30 November. */
  due: LocalDate;
  inclusive: boolean;
}

export interface MatchDeadlineOptions {
  /** The dates of `folded` if already found (`findDateExpressions`), to avoid reading them twice. */
  dates?: readonly DateExpression[];
  /** Year for dates written without one ("chậm nhất ngày 27/10"), usually the plan's year. */
  defaultYear?: number;
}

/**
 * Every deadline in text folded with `foldKeepingOffsets`: a recognised marker followed closely by a
 * date. Cut-off dates ("tính đến ngày"), effective dates and citation dates have no marker and are
 * not deadlines.
 */
export function matchDeadlines(folded: string, options: MatchDeadlineOptions = {}): DeadlineMatch[] {
  const dates = options.dates ?? findDateExpressions(folded);
  const out: DeadlineMatch[] = [];
  for (const m of folded.matchAll(MARKER_RE)) {
    const start = m.index ?? 0;
    const markerEnd = start + m[0].length;
    const date =
      dateRightAfter(dates, folded, markerEnd, GAP_RE, GAP_WINDOW) ??
      (options.defaultYear !== undefined ? dayMonthAt(folded, markerEnd, options.defaultYear) : null);
    if (!date) continue;
    const marker = markerOf(m);
    const due =
      date.form === 'month' && marker.inclusive ? toLocalDate(date.year, date.month, daysInMonth(date.year, date.month)) : date.iso;
    out.push({ start, end: date.end, markerEnd, marker, date, due, inclusive: marker.inclusive });
  }
  return out;
}

/**
 * Whether a deadline phrase allows the stated day itself. true for "chậm nhất ngày X", "hạn chót",
 * "trước hoặc trong ngày X", "đến hết ngày X", "không quá ngày X"; false for "trước ngày X". Works
 * without diacritics and on common OCR damage. Returns null when the wording is not recognised: the
 * caller must ask a person, because guessing wrong moves every unit's deadline by a day.
 */
export function classifyDeadlinePhrase(phrase: string): boolean | null {
  const folded = foldKeepingOffsets(nfc(phrase));
  const first = folded.matchAll(MARKER_RE).next();
  return first.done ? null : markerOf(first.value).inclusive;
}

export type ParseDeadlineOptions = Pick<MatchDeadlineOptions, 'defaultYear'>;

/**
 * Finds the first deadline in a sentence, e.g. "gửi hồ sơ chấm điểm về Sở Nội vụ trước ngày
 * 15/11/2025." → {due 2025-11-15, inclusive false, phrase "trước ngày 15/11/2025"}; the phrase is the
 * source wording from the marker to the end of the date. Returns null when there is none.
 */
export function parseDeadlineText(text: string, options: ParseDeadlineOptions = {}): Deadline | null {
  const source = nfc(text);
  const [first] = matchDeadlines(foldKeepingOffsets(source), options);
  if (!first) return null;
  return { due: first.due, inclusive: first.inclusive, phrase: source.slice(first.start, first.end).trim() };
}

/**
 * True when a phrase is exactly the canonical wording `describeDeadline` gives its own date and kind
 * ("chậm nhất ngày 28/03/2025"): a phrase nobody has reworded, which may follow the date when it changes.
 */
export function isCanonicalDeadlinePhrase(phrase: string): boolean {
  const trimmed = nfc(phrase).trim();
  const d = parseDeadlineText(trimmed);
  return d !== null && describeDeadline(d) === trimmed;
}
