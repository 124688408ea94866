// Restoration of KNOWN names in OCR text: provinces, localities, departments, number symbols.
// Free text goes through ocr-repair.ts (lexicon-driven, so it never invents text: unknown words are
// left as they are). The vocabularies themselves live in vocabulary.ts.

import { fold, clean } from './text.ts';
import { ocrCost, repairOcrText } from './ocr-repair.ts';
import { restoreText } from './diacritics.ts';
import { AGENCIES, PROVINCES } from './vocabulary.ts';

export { AGENCIES, COLLECTIVES, DOC_TYPES, GENRE_WORDS, POSITIONS, PROVINCES } from './vocabulary.ts';

function foldWords(s: string): string[] {
  return fold(s)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** OCR confusions inside one folded word (accent letters read as digits/symbols). */
function ocrWord(w: string): string {
  return w
    .replace(/^s[&e€¢]$/, 'so')
    .replace(/[€¢]/g, 'e')
    .replace(/([aeiouy])\1+/g, '$1');
}

/**
 * Restores diacritics of known words and phrases in OCR free text (duties, subjects, targets).
 * Uses the lexicon of ocr-repair.ts without the search for close readings of unknown tokens, which
 * is kept for the names compared exactly (units, issuer, title: `repairOcrText`). Words not in
 * the lexicon are kept.
 */
export function restoreDiacritics(s: string): string {
  // Word pairs first ("nội dung" vs "xây dựng"), then the lexicon for OCR glyphs ("€", "6").
  return repairOcrText(restoreText(s, { reconsiderMarked: true }).text, { approximate: false });
}

/** Known province whose folded name equals the folded input (OCR-tolerant), or null. */
export function knownProvince(s: string): string | null {
  const key = foldWords(s).map(ocrWord).join(' ');
  for (const p of PROVINCES) if (foldWords(p).join(' ') === key) return p;
  // OCR readings of a mark as a symbol ("Can Th&"): the province every word of which is a cheap
  // OCR reading, when exactly one is.
  const toks = fold(clean(s))
    .split(/[\s\-–]+/)
    .filter(Boolean);
  if (toks.length === 0 || toks.length > 4 || !/[^a-z\s-]/.test(toks.join(''))) return null;
  let best: string | null = null;
  let bestCost = Infinity;
  let tie = false;
  for (const p of PROVINCES) {
    const words = p.split(/[\s\-–]+/).filter(Boolean);
    if (words.length !== toks.length) continue;
    let cost = 0;
    for (let i = 0; i < words.length && cost <= 1; i++) cost += ocrCost(toks[i]!, words[i]!, 1);
    if (cost > 0.4 * words.length) continue;
    if (cost < bestCost) {
      best = p;
      bestCost = cost;
      tie = false;
    } else if (cost === bestCost) tie = true;
  }
  return tie ? null : best;
}

/** Restores a place of the place-and-date line: "TP. Tay Ninh" → "TP. Tây Ninh". */
export function restorePlace(raw: string): string {
  const s = clean(raw).replace(/\s+,/g, ',');
  const m = /^((?:TP|Tp|tp)\s*\.\s*|Thành phố\s+|Thanh pho\s+|TX\s*\.\s*)?(.+)$/u.exec(s);
  if (!m) return s;
  const prefix = m[1] ? (/^t[px]/i.test(m[1]) ? `${m[1].replace(/\s+/g, '').toUpperCase()} ` : 'Thành phố ') : '';
  const rawName = m[2] ?? '';
  // A place already written with its accents is kept as it is; only OCR text gets them restored.
  const hasMarks = /[^\x00-\x7f]/.test(rawName.normalize('NFC'));
  const name = knownProvince(rawName) ?? (hasMarks ? rawName : restoreDiacritics(rawName));
  return `${prefix}${name}`;
}

/** Locality words that follow a unit kind ("tỉnh Tây Ninh", "thành phố Tây Ninh"). */
export const LOCALITY_RE = /^(tinh|thanh pho|tp\.?|huyen|thi xa|quan|xa|phuong|thi tran)\s+(.+)$/;

const LOCALITY_WORD: Record<string, string> = {
  tinh: 'tỉnh',
  'thanh pho': 'thành phố',
  tp: 'thành phố',
  'tp.': 'thành phố',
  huyen: 'huyện',
  'thi xa': 'thị xã',
  quan: 'quận',
  xa: 'xã',
  phuong: 'phường',
  'thi tran': 'thị trấn',
};

/** "THANH PHO TAY NINH" → "thành phố Tây Ninh"; null when the text does not start with a locality word. */
export function restoreLocality(raw: string): string | null {
  const f = fold(clean(raw)).replace(/\s+/g, ' ').trim();
  const m = LOCALITY_RE.exec(f);
  if (!m) return null;
  const word = LOCALITY_WORD[m[1] ?? ''] ?? m[1] ?? '';
  const rawName = clean(raw).split(/\s+/).slice(word.split(' ').length).join(' ');
  const name = knownProvince(rawName) ?? titleCase(restoreDiacritics(rawName));
  return `${word} ${name}`;
}

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => (w.length ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/** "UBND", "UY BAN NHAN DAN", "Ủy ban nhân dân" → "Ủy ban nhân dân"; agencies by folded name. */
export function restoreUnitName(raw: string): string | null {
  const f = foldWords(clean(raw)).map(ocrWord).join(' ');
  if (f === 'ubnd' || f === 'uy ban nhan dan') return 'Ủy ban nhân dân';
  if (f === 'hdnd' || f === 'hoi dong nhan dan') return 'Hội đồng nhân dân';
  for (const a of AGENCIES) {
    const af = foldWords(a.name).join(' ');
    if (f === af) return a.name;
    // "SO THONG TIN ..." where "Sở" was read as "So"/"S6"/"Se"
    if (af.startsWith('so ') && f.replace(/^s\w\b/, 'so') === af) return a.name;
  }
  return null;
}

/** Agency for an issuer abbreviation of a number symbol ("STTTT"), or null. */
export function agencyForAbbr(abbr: string): string | null {
  const key = fold(abbr).toUpperCase();
  for (const a of AGENCIES) if (a.abbr.some((x) => fold(x).toUpperCase() === key)) return a.name;
  return null;
}

const SYMBOLS_WITH_D = new Map(
  [
    'HĐND',
    'LĐTBXH',
    'SLĐTBXH',
    'BLĐTBXH',
    'ĐA',
    'KHĐT',
    'SKHĐT',
    'BKHĐT',
    'BCTĐ',
    'BCĐ',
    'GDĐT',
    'SGDĐT',
    'BGDĐT',
    'ĐBQH',
    'TĐKT',
    'HĐTĐKT',
    'BTĐKT',
    'HĐQT',
    'ĐTN',
    'ĐU',
    'ĐUK',
    'BTGTĐ',
    'ĐTĐL',
    'BCSĐ',
    'HĐBC',
  ].map((s) => [s.replace(/Đ/g, 'D'), s] as const),
);

/** Canonical document-number part (OCR repair + Decree 30 spelling). */
export function canonicalSymbolPart(part: string): string {
  const p = part.trim();
  const up = fold(p).toUpperCase();
  if (/^Q[DBPĐ]$/.test(up) || up === 'QD') return 'QĐ';
  if (/^N[DBP]$/.test(up)) return 'NĐ';
  if (up === 'TTG') return 'TTg';
  if (up === 'CTR') return 'CTr';
  if (up === 'QYD' || up === 'QYB') return 'QyĐ';
  if (up === 'TTR') return 'TTr';
  if (/^BCS[DBP]/.test(up)) return `BCSĐ${up.slice(4)}`;
  if (/QH[IL]\d{2}$/.test(up)) return up.replace(/QH[IL](\d{2})$/, 'QH$1');
  if (/^[A-Z0-9Đ&]+$/.test(p.toUpperCase()) && /[ĐđÐ]/.test(p)) return p.toUpperCase();
  // OCR loses the bar of Đ: known symbols get it back ("HDND" → "HĐND", "BCD" → "BCĐ").
  const known = SYMBOLS_WITH_D.get(up.replace(/[^A-Z0-9&]/g, ''));
  if (known) return known;
  return up.replace(/[^A-Z0-9&]/g, '');
}
