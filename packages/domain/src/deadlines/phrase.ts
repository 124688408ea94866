// Reading deadline wording from plan text, including OCR'd text that lost its diacritics
// ("trudc ngay 20 thang 10 nam 2023", "chdm nhat").
import { toLocalDate, type LocalDate } from '../calendar/local-date.ts';
import { foldVietnamese, nfc } from '../text/fold.ts';
import type { Deadline } from './deadline.ts';

// Patterns run on folded text (no diacritics, lower case). OCR turns "ướ" into "d", "e", "6", "o"…
const INCLUSIVE_OVERRIDES_EXCLUSIVE = /\btr[uw][a-z0-9]{1,2}c?\s+hoac\s+(trong|dung)\s+ngay/;
const EXCLUSIVE = /\btr[uw](oc|dc|de|6c|oe|ac|ec)\b/;
const INCLUSIVE = [
  /\bch[a-z0-9]m\s*nh[a-z0-9]t\b/, // chậm nhất, chdm nhat, cham nhdt
  /\bhan\s+chot\b/, // hạn chót
  /\bkhong\s+(muon|qua|tre)\s+(hon\s+)?(ngay\b)?/, // không muộn hơn / không quá ngày
  /\bden\s+het\s+ngay\b/, // đến hết ngày
  /\btrong\s+ngay\b/, // trong ngày
];

/**
 * Whether a deadline phrase allows the stated day itself. true for "chậm nhất ngày X", "hạn chót",
 * "trước hoặc trong ngày X", "đến hết ngày X"; false for "trước ngày X". Works without diacritics and
 * on common OCR damage. Returns null when the wording is not recognised: the caller must ask a person,
 * because guessing wrong moves every unit's deadline by a day.
 */
export function classifyDeadlinePhrase(phrase: string): boolean | null {
  const f = foldVietnamese(phrase);
  if (INCLUSIVE_OVERRIDES_EXCLUSIVE.test(f)) return true;
  if (EXCLUSIVE.test(f)) return false;
  if (INCLUSIVE.some((re) => re.test(f))) return true;
  return null;
}

/** Folded text plus, for each folded character, the index of the source character it came from. */
function foldWithIndex(source: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const piece = foldVietnamese(source[i] ?? '') || (/\s/.test(source[i] ?? '') ? ' ' : '');
    for (const ch of piece) {
      folded += ch;
      origin.push(i);
    }
  }
  return { folded, origin };
}

const KEYWORD = new RegExp(
  [
    INCLUSIVE_OVERRIDES_EXCLUSIVE.source,
    EXCLUSIVE.source,
    ...INCLUSIVE.map((r) => r.source),
  ].join('|'),
  'g',
);
// "28/3/2025", "28/3", "ngay 20 thang 10 nam 2023", OCR "ngay30 thang3 ndm 2023".
const NUMERIC_DATE = /^\D{0,12}?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/;
const WORDED_DATE = /^\D{0,12}?(\d{1,2})\s*th[a-z]{0,2}ng\s*(\d{1,2})(?:\s*n[a-z]{1,2}m\s*(\d{4}))?/;

export interface ParseDeadlineOptions {
  /** Year for dates written without one ("chậm nhất ngày 27/10"), usually the plan's year. */
  defaultYear?: number;
}

/**
 * Finds the first deadline in a sentence: a recognised phrase followed closely by a date, e.g.
 * "gửi hồ sơ chấm điểm về Sở Nội vụ trước ngày 15/11/2025." → {due 2025-11-15, inclusive false,
 * phrase "trước ngày 15/11/2025"}. Returns null when no phrase+date pair is found.
 */
export function parseDeadlineText(text: string, options: ParseDeadlineOptions = {}): Deadline | null {
  const source = nfc(text);
  const { folded, origin } = foldWithIndex(source);
  for (const m of folded.matchAll(KEYWORD)) {
    const start = m.index ?? 0;
    const phraseFolded = folded.slice(start);
    const afterKeyword = phraseFolded.slice(m[0].length);
    const dm = NUMERIC_DATE.exec(afterKeyword) ?? WORDED_DATE.exec(afterKeyword);
    if (!dm) continue;
    const year = dm[3] !== undefined ? Number(dm[3]) : options.defaultYear;
    if (year === undefined) continue;
    let due: LocalDate;
    try {
      due = toLocalDate(year, Number(dm[2]), Number(dm[1]));
    } catch {
      continue;
    }
    const inclusive = classifyDeadlinePhrase(phraseFolded.slice(0, m[0].length + dm[0].length));
    if (inclusive === null) continue;
    const endFolded = start + m[0].length + dm[0].length - 1;
    const phrase = source.slice(origin[start] ?? 0, (origin[endFolded] ?? source.length - 1) + 1).trim();
    return { due, inclusive, phrase };
  }
  return null;
}
