// OCR word repair for Vietnamese read by an engine that does not know Vietnamese. The errors are
// systematic glyph confusions: "thuộc" → "thugc", "trực" → "truwec", "của" → "ctia"/"ciia",
// "nước" → "nudc", "chức" → "chirc"/"chure", "số" → "s6", "năm" → "ndm", "Đảng" → "Pang".
//
// Mechanism (no list of misreadings): a lexicon of real syllables and phrases (lexicon-data.ts,
// generated from clean documents, plus the unit, position and document-type vocabularies) indexed
// by folded form, and a weighted edit distance between an OCR token and a lexicon syllable in which
// the typical confusions of each Vietnamese letter are cheap (ư↔u/w/ir/ii/ti, ô↔6/d/g/q/9, ơ↔d/6,
// ă/â↔i/d, đ↔p/b, c↔e, i↔l/1 …) and anything else is expensive. A run of 2–4 tokens is repaired as
// a phrase when a lexicon phrase is close (context decides "s6 tai chinh" → "Sở Tài chính" rather
// than "số"); a lone token only when it is not itself a known syllable and its best match is cheap.
// Unknown words are left alone. Edits carry offsets into the input so callers can map them back.

import { fold } from './text.ts';
import { isKnownWord } from './diacritics.ts';
import { PHRASES, SYLLABLE_COUNTS } from './lexicon-data.ts';
import { AGENCIES, COLLECTIVES, DOC_TYPES, GENRE_WORDS, POSITIONS, PROVINCES } from './vocabulary.ts';
import { SURNAMES, SURNAMES_THAT_ARE_WORDS } from './surnames.ts';

/** Unit and office vocabulary of Vietnamese state bodies (beyond the agencies of ocr-normalise). */
export const UNIT_VOCABULARY = [
  'Các phòng chuyên môn',
  'phòng chuyên môn',
  'đơn vị thuộc và trực thuộc',
  'đơn vị trực thuộc',
  'đơn vị sự nghiệp công lập',
  'đơn vị sự nghiệp',
  'cơ quan chuyên môn',
  'cơ quan, đơn vị',
  'Phòng Văn hóa và Thông tin',
  'Phòng Văn hóa - Thông tin',
  'Phòng Tài nguyên và Môi trường',
  'Phòng Lao động - Thương binh và Xã hội',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Y tế',
  'Phòng Kinh tế',
  'Phòng Quản lý đô thị',
  'Phòng Kinh tế, Hạ tầng và Đô thị',
  'Phòng Nông nghiệp và Phát triển nông thôn',
  'Phòng Tư pháp',
  'Phòng Nội vụ',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Công nghệ thông tin',
  'Bưu chính, Viễn thông',
  'Bưu chính',
  'Viễn thông',
  'Bưu điện',
  'Phòng Thông tin - Báo chí - Xuất bản',
  'Phòng Kế hoạch - Tài chính',
  'Phòng Tổ chức cán bộ',
  'Phòng Hành chính - Tổng hợp',
  'Phòng Pháp chế',
  'Phòng Quản lý',
  'Phòng Dân tộc',
  'Trung tâm Y tế',
  'Trung tâm Văn hóa, Thể thao và Truyền thanh',
  'Trung tâm Phục vụ hành chính công',
  'Trung tâm Chính trị',
  'Trung tâm Giám sát, điều hành đô thị thông minh',
  'Trung tâm Công nghệ thông tin và Truyền thông',
  'Ban Quản lý dự án',
  'Kho bạc Nhà nước',
  'Chi cục Thuế',
  'Bảo hiểm xã hội',
  'Liên đoàn Lao động',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Hội Liên hiệp Phụ nữ',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'các tổ chức chính trị - xã hội',
  'tổ chức chính trị - xã hội',
  'các đoàn thể',
  'Ban Dân vận',
  'Ban Tuyên giáo',
  'Ban Tổ chức',
  'Ban Giám đốc',
  'Ban Chỉ đạo',
  'Thanh tra Sở',
  'Thanh tra tỉnh',
  'Thanh tra huyện',
  'Văn phòng Sở',
  'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
  'Văn phòng HĐND và UBND',
  'Chủ tịch Ủy ban nhân dân',
  'Thủ trưởng các sở, ban, ngành',
  'sở, ban, ngành',
  'các sở, ngành',
  'Công an tỉnh',
  'Công an huyện',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Ban Chỉ huy Quân sự',
  'Bộ Chỉ huy Bộ đội Biên phòng',
  'Đài Phát thanh và Truyền hình',
  'Báo',
  'Cổng thông tin điện tử',
  'Trường',
  'Bệnh viện',
  'Viện',
  'Tòa án nhân dân',
  'Viện kiểm sát nhân dân',
  'Cục Thống kê',
  'Chi cục',
  'Cục',
  'Khối',
  'Đội',
  'Tổ',
  'cán bộ, công chức, viên chức',
  'người lao động',
  'người đứng đầu',
  'đoàn viên',
  'hội viên',
  'Đảng ủy',
  'Chi bộ',
  'Công đoàn',
  'Đoàn cơ sở',
  'về việc',
  'ban hành',
  'triển khai thực hiện',
  'cải cách hành chính',
  'chuyển đổi số',
  'dân vận khéo',
  'năm',
  'giai đoạn',
  'quý',
  'tháng',
  'kết quả',
  'thực hiện',
  'công tác',
  'dân vận chính quyền',
  'tuyên truyền',
  'phổ biến',
  'giáo dục pháp luật',
  'Chính phủ',
  'Thủ tướng Chính phủ',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Ban Thường vụ Tỉnh ủy',
  'Tỉnh ủy',
  'Huyện ủy',
  'Thành ủy',
  'cấp ủy',
  'chính quyền',
  'nhân dân',
  'Nhân dân',
  'hành chính',
  'nhà nước',
  'trước',
  'chậm nhất',
  'được',
  'của',
  'nước',
];

/** Personal-name syllables: surnames and frequent middle names (so "Nguyen Van" is not "nguyện vận"). */
export const NAME_VOCABULARY = SURNAMES.filter((s) => !SURNAMES_THAT_ARE_WORDS.has(s)).flatMap((s) => [
  `${s} Văn`,
  `${s} Thị`,
  `${s} Hữu`,
  `${s} Đức`,
  `${s} Minh`,
  `${s} Thanh`,
  `${s} Ngọc`,
  `${s} Quốc`,
  `${s} Hồng`,
]);

/** Lexicon letter class: the letter without tone mark, keeping ă â ê ô ơ ư đ. */
function letterClass(c: string): string {
  const l = c.toLowerCase();
  if (l === 'đ') return 'đ';
  return l
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC');
}

const BASE: Record<string, string> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd' };

/**
 * Typical OCR renderings of each letter class (folded, as the OCR engine writes them) with their
 * cost. The plain base letter always costs 0 (that is just the missing diacritic).
 */
const CONFUSIONS: Record<string, [string, number][]> = {
  a: [
    ['e', 0.5],
    ['o', 0.6],
    ['i', 0.6],
    ['d', 0.6],
    ['4', 0.5],
    ['u', 0.6],
  ],
  ă: [
    ['i', 0.3],
    ['d', 0.3],
    ['e', 0.4],
    ['4', 0.4],
    ['o', 0.5],
    ['u', 0.5],
  ],
  â: [
    ['i', 0.3],
    ['d', 0.4],
    ['e', 0.4],
    ['4', 0.4],
    ['o', 0.5],
    ['u', 0.5],
  ],
  e: [
    ['c', 0.4],
    ['o', 0.5],
    ['a', 0.5],
    ['6', 0.5],
  ],
  ê: [
    ['c', 0.4],
    ['6', 0.4],
    ['o', 0.5],
    ['a', 0.5],
  ],
  i: [
    ['l', 0.3],
    ['1', 0.3],
    ['j', 0.3],
    ['y', 0.4],
    ['t', 0.5],
    ['!', 0.4],
  ],
  o: [
    ['d', 0.4],
    ['0', 0.3],
    ['6', 0.4],
    ['a', 0.5],
    ['e', 0.5],
    ['c', 0.5],
    ['g', 0.5],
    ['u', 0.5],
  ],
  ô: [
    ['6', 0.2],
    ['&', 0.4],
    ['d', 0.3],
    ['g', 0.3],
    ['q', 0.3],
    ['9', 0.3],
    ['0', 0.3],
    ['§', 0.3],
    ['b', 0.4],
    ['e', 0.4],
    ['a', 0.4],
    ['c', 0.5],
    ['u', 0.5],
  ],
  ơ: [
    ['d', 0.3],
    ['6', 0.3],
    ['&', 0.3],
    ['0', 0.3],
    ['g', 0.4],
    ['q', 0.4],
    ['e', 0.4],
    ['a', 0.4],
    ['u', 0.5],
  ],
  u: [
    ['ii', 0.3],
    ['ti', 0.3],
    ['it', 0.3],
    ['ui', 0.4],
    ['i', 0.4],
    ['v', 0.4],
    ['y', 0.4],
    ['w', 0.4],
    ['a', 0.5],
    ['o', 0.5],
  ],
  ư: [
    ['w', 0.2],
    ['ir', 0.3],
    ['ii', 0.3],
    ['it', 0.3],
    ['ti', 0.3],
    ['tr', 0.3],
    ['ur', 0.3],
    ['uw', 0.3],
    ['wu', 0.3],
    ['we', 0.3],
    ['uwe', 0.4],
    ['i', 0.4],
    ['v', 0.4],
    ['tt', 0.4],
    ['rt', 0.4],
    ['y', 0.5],
  ],
  y: [
    ['v', 0.3],
    ['j', 0.4],
    ['i', 0.4],
    ['g', 0.5],
  ],
  đ: [
    ['p', 0.2],
    ['b', 0.3],
    ['9', 0.5],
  ],
  c: [
    ['e', 0.4],
    ['o', 0.5],
    ['t', 0.6],
  ],
  d: [
    ['p', 0.4],
    ['b', 0.4],
    ['a', 0.5],
  ],
  l: [
    ['1', 0.2],
    ['i', 0.3],
    ['t', 0.5],
  ],
  n: [
    ['m', 0.5],
    ['ri', 0.5],
    ['h', 0.6],
    ['u', 0.6],
  ],
  m: [
    ['rn', 0.4],
    ['n', 0.5],
    ['in', 0.5],
    ['iu', 0.5],
  ],
  h: [
    ['b', 0.5],
    ['li', 0.5],
    ['n', 0.5],
    ['k', 0.5],
  ],
  g: [
    ['q', 0.4],
    ['9', 0.4],
  ],
  s: [
    ['5', 0.4],
    ['$', 0.3],
  ],
  t: [
    ['f', 0.5],
    ['l', 0.5],
    ['i', 0.5],
  ],
};
const INDEL = 0.8;
const SUBST = 1.0;
/** A lone token is replaced only when its best match costs at most this. */
export const WORD_MAX = 0.5;
/** In a phrase, each token may cost at most this … */
const PHRASE_WORD_MAX = 0.8;
/** … and the phrase at most PHRASE_BASE + PHRASE_PER_WORD × length. */
const PHRASE_BASE = 0.2;
const PHRASE_PER_WORD = 0.3;
/** Re-reading a token that is itself a known syllable costs extra and is allowed only this cheaply. */
const OWN_PENALTY = 0.2;
const OWN_MAX = 0.4;
/** Weight of the word-frequency prior when a lone token has several close readings. */
const PRIOR = 0.08;

const ONSETS = new Set([
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gh',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'ngh',
  'nh',
  'ph',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
]);
/** Vowel nuclei of Vietnamese, with their letter marks (ă â ê ô ơ ư), tone marks removed. */
const NUCLEI = new Set(
  'a ă â e ê i y o ô ơ u ư ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô uơ ưa ưi ưu ươ uy iêu yêu yê oai oay oao oeo uây uôi ươi ươu uya uyê uyu'.split(
    ' ',
  ),
);
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/** Removes the tone mark of each letter, keeping letter marks (ớ → ơ, ệ → ê, ặ → ă). */
function toneless(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC');
}

/**
 * True when `lower` (one lower-case word) is shaped like a Vietnamese syllable: an onset, a vowel
 * nucleus, a coda, and at most one tone mark. OCR misreadings mostly are not ("thugc", "nudc",
 * "ctia", "s6"); correct words always are ("tới", "phép").
 */
export function isWellFormedSyllable(lower: string): boolean {
  const nfd = lower.normalize('NFD');
  if ((nfd.match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? []).length > 1) return false;
  const w = toneless(lower);
  if (!/^[a-zăâêôơưđ]+$/.test(w)) return false;
  const m = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnrstvx])?([aăâeêioôơuưy]+)(ch|ng|nh|[cmnpt])?$/.exec(w);
  if (!m) return false;
  const onset = m[1] ?? '';
  let nucleus = m[2]!;
  const coda = m[3] ?? '';
  if (!ONSETS.has(onset)) return false;
  // A final i/y/o/u after the nucleus is an off-glide ("tới", "sau", "người").
  if (NUCLEI.has(nucleus) && CODAS.has(coda)) return true;
  if (coda === '' && nucleus.length > 1 && /[iyou]$/.test(nucleus)) {
    nucleus = nucleus.slice(0, -1);
    return NUCLEI.has(nucleus);
  }
  return false;
}

const writtenCache = new Map<string, boolean>();

/** Folded OCR token: lower case, no diacritics, OCR symbols kept ("s6", "t§", "s&"). */
export function ocrFold(token: string): string {
  return fold(token.normalize('NFC'));
}

/**
 * Weighted edit distance from a lexicon word (with diacritics) to a folded OCR token. Stops early
 * (returns Infinity) when every alignment already costs more than `bound`.
 */
export function ocrCost(ocr: string, word: string, bound = Infinity): number {
  return costClasses(ocr, classesOf(word), bound);
}

const classCache = new Map<string, string[]>();

function classesOf(word: string): string[] {
  let c = classCache.get(word);
  if (!c) {
    c = [...word.normalize('NFC')].map(letterClass);
    if (classCache.size > 20000) classCache.clear();
    classCache.set(word, c);
  }
  return c;
}

/** Per letter class: one-glyph confusions by glyph, and the multi-glyph ones. */
const SINGLE = new Map<string, Map<string, number>>();
const MULTI = new Map<string, [string, number][]>();
for (const [cls, opts] of Object.entries(CONFUSIONS)) {
  SINGLE.set(cls, new Map(opts.filter(([r]) => r.length === 1)));
  MULTI.set(
    cls,
    opts.filter(([r]) => r.length > 1),
  );
}
const NO_SINGLE = new Map<string, number>();
let dp = new Float64Array(256);

function costClasses(o: string, lex: readonly string[], bound: number): number {
  const n = lex.length;
  const m = o.length;
  const w = m + 1;
  if ((n + 1) * w > dp.length) dp = new Float64Array((n + 1) * w * 2);
  const d = dp;
  for (let j = 0; j <= m; j++) d[j] = j * INDEL;
  for (let i = 1; i <= n; i++) {
    const cls = lex[i - 1]!;
    const base = BASE[cls] ?? cls;
    const single = SINGLE.get(cls) ?? NO_SINGLE;
    const multi = MULTI.get(cls);
    const row = i * w;
    const up = row - w;
    d[row] = i * INDEL;
    let rowMin = d[row]!;
    for (let j = 1; j <= m; j++) {
      let best = d[up + j]! + INDEL; // letter lost
      const ins = d[row + j - 1]! + INDEL; // junk glyph
      if (ins < best) best = ins;
      const oc = o.charAt(j - 1);
      const sc = oc === base || oc === cls ? 0 : (single.get(oc) ?? SUBST);
      const sub = d[up + j - 1]! + sc;
      if (sub < best) best = sub;
      if (multi) {
        for (const [r, c] of multi) {
          const len = r.length;
          if (len > j || o.slice(j - len, j) !== r) continue;
          const v = d[up + j - len]! + c;
          if (v < best) best = v;
        }
      }
      d[row + j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > bound) return Infinity;
  }
  return d[n * w + m]!;
}

interface Syl {
  key: string;
  text: string;
  count: number;
  cls: string[];
}
interface Phrase {
  words: string[];
  keys: string[];
}

interface Lexicon {
  /** folded syllable → written forms, most frequent first */
  syllables: Map<string, Syl[]>;
  /** written forms by first letter class, for candidate search */
  byFirst: Map<string, Syl[]>;
  /** "first second" folded syllables → phrases (written syllables and their folded keys) */
  byPair: Map<string, Phrase[]>;
  /** second folded syllable → phrases */
  bySecond: Map<string, Phrase[]>;
  /** first folded syllable → phrases */
  byFirstWord: Map<string, Phrase[]>;
}

let LEX: Lexicon | null = null;

function splitWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s,;:.()/]+|\s-\s/)
    .filter((w) => /\p{L}/u.test(w));
}

/** Pieces of a vocabulary entry between punctuation, as syllable lists. */
function phrasePieces(s: string): string[][] {
  return s
    .split(/\s*[,;:()/]\s*|\s+[-–]\s+/)
    .map((p) => p.toLowerCase().split(/\s+/).filter(Boolean))
    .filter((p) => p.length > 0);
}

function lexicon(): Lexicon {
  if (LEX) return LEX;
  const syllables = new Map<string, Syl[]>();
  const addSyl = (w: string, n: number): void => {
    if (!/^\p{L}+$/u.test(w)) return;
    const key = fold(w);
    const list = syllables.get(key) ?? [];
    const prev = list.find((x) => x.text === w);
    if (prev) prev.count += n;
    else list.push({ key, text: w, count: n, cls: classesOf(w) });
    list.sort((a, b) => b.count - a.count);
    syllables.set(key, list);
  };
  for (const [w, n] of SYLLABLE_COUNTS) addSyl(w, n);
  const vocab = [
    ...UNIT_VOCABULARY,
    ...NAME_VOCABULARY,
    ...GENRE_WORDS,
    ...PROVINCES,
    ...AGENCIES.map((a) => a.name),
    ...POSITIONS,
    ...COLLECTIVES,
    ...DOC_TYPES.map((d) => d.name),
  ];
  for (const v of vocab) for (const w of splitWords(v)) if (!syllables.get(fold(w))?.some((x) => x.text === w)) addSyl(w, 1);
  const byFirst = new Map<string, Syl[]>();
  for (const list of syllables.values()) {
    for (const v of list) {
      const f = v.cls[0] ?? '';
      const l = byFirst.get(f) ?? [];
      l.push(v);
      byFirst.set(f, l);
    }
  }
  const byPair = new Map<string, Phrase[]>();
  const bySecond = new Map<string, Phrase[]>();
  const byFirstWord = new Map<string, Phrase[]>();
  const push = (m: Map<string, Phrase[]>, k: string, ph: Phrase): void => {
    const list = m.get(k);
    if (list) list.push(ph);
    else m.set(k, [ph]);
  };
  const seen = new Set<string>();
  const addPhrase = (p: string[]): void => {
    if (p.length < 2 || p.length > 8) return;
    const k = p.join(' ');
    if (seen.has(k)) return;
    seen.add(k);
    const keys = p.map(fold);
    const ph = { words: p, keys };
    push(byPair, `${keys[0]} ${keys[1]}`, ph);
    push(bySecond, keys[1]!, ph);
    push(byFirstWord, keys[0]!, ph);
  };
  for (const v of vocab) for (const piece of phrasePieces(v)) addPhrase(piece);
  for (const p of PHRASES) addPhrase(p.split(' '));
  LEX = { syllables, byFirst, byPair, bySecond, byFirstWord };
  return LEX;
}

interface Candidate {
  key: string;
  text: string;
  cost: number;
  count: number;
}

const firstCache = new Map<string, string[]>();

/** Letter classes an OCR glyph may stand for (itself, its accented forms, and its confusions). */
function firstClasses(glyph: string): string[] {
  const hit = firstCache.get(glyph);
  if (hit) return hit;
  const out = new Set<string>([glyph]);
  for (const [b, base] of Object.entries(BASE)) if (base === glyph) out.add(b);
  for (const [cls, opts] of Object.entries(CONFUSIONS)) if (opts.some(([r]) => r.charAt(0) === glyph)) out.add(cls);
  const list = [...out];
  firstCache.set(glyph, list);
  return list;
}

function rank(c: Candidate): number {
  return c.cost === 0 ? -100 : c.cost - PRIOR * Math.log(1 + c.count);
}
const candCache = new Map<string, Candidate[]>();

/**
 * Lexicon syllables within PHRASE_WORD_MAX of a folded OCR token, one per folded form (its
 * cheapest written variant), cheapest then most frequent first.
 */
export function candidates(key: string): Candidate[] {
  const hit = candCache.get(key);
  if (hit) return hit;
  const lex = lexicon();
  const best = new Map<string, Candidate>();
  const consider = (s: Syl, c: number): void => {
    const prev = best.get(s.key);
    const cand = { key: s.key, text: s.text, cost: c, count: s.count };
    if (!prev || rank(cand) < rank(prev) || (rank(cand) === rank(prev) && s.count > prev.count)) best.set(s.key, cand);
  };
  if (/[a-z]/.test(key) && key.length <= 9) {
    // Only words whose first letter can be read as the token's first glyph (a junk first glyph is
    // not searched for: that would cost the whole budget anyway).
    for (const first of firstClasses(key.charAt(0))) {
      for (const s of lex.byFirst.get(first) ?? []) {
        if (s.key.length < key.length - 3 || s.key.length > key.length + 2) continue;
        const c = s.key === key && /^[a-z]+$/.test(key) ? 0 : costClasses(key, s.cls, PHRASE_WORD_MAX);
        if (c <= PHRASE_WORD_MAX) consider(s, c);
      }
    }
  }
  const out = [...best.values()];
  // Same folded form: the total count of its variants (the word, whatever its accents).
  for (const c of out) c.count = (lex.syllables.get(c.key) ?? []).reduce((n, v) => n + v.count, 0);
  // Noisy channel: confusion cost plus a frequency prior ("thyc" is "thực" rather than "thúc").
  out.sort((a, b) => rank(a) - rank(b) || b.count - a.count);
  if (candCache.size > 20000) candCache.clear();
  candCache.set(key, out);
  return out;
}

export interface RepairEdit {
  /** Offsets of the replaced token in the input string. */
  start: number;
  end: number;
  from: string;
  to: string;
  cost: number;
}

export interface RepairResult {
  text: string;
  edits: RepairEdit[];
}

interface Tok {
  start: number;
  end: number;
  raw: string;
  key: string;
}

const TOKEN_RE = /[\p{L}\p{N}&€¢§$]+/gu;

/** Writes `word` with the letter case of the OCR token (ALL CAPS, Capitalised or lower). */
function withCase(word: string, raw: string, first: boolean): string {
  const letters = raw.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return word.toUpperCase();
  const c0 = raw.charAt(0);
  if (/\p{Lu}/u.test(c0) || (/[0-9&$§]/.test(c0) && first)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word.toLowerCase();
}

const phraseCostCache = new Map<string, Map<string, number>>();
const PLAIN = /^[a-z]+$/;

/** Cost of reading the written syllable `word` (folded: `wordKey`) as the folded OCR token `key`. */
function syllableCost(key: string, word: string, wordKey: string): number {
  if (wordKey === key && PLAIN.test(key)) return 0;
  let byWord = phraseCostCache.get(key);
  if (!byWord) {
    if (phraseCostCache.size > 20000) phraseCostCache.clear();
    byWord = new Map<string, number>();
    phraseCostCache.set(key, byWord);
  }
  let c = byWord.get(word);
  if (c === undefined) {
    c = ocrCost(key, word, PHRASE_WORD_MAX);
    byWord.set(word, c);
  }
  return c;
}

/**
 * Repairs OCR tokens of `s` against the lexicon. Tokens inside a matched phrase take the phrase's
 * spelling; lone tokens are replaced when they are not a known syllable and a cheap match exists,
 * and otherwise only get their diacritics restored (exact folded match). Punctuation and spacing
 * are kept; `edits` locate every replaced token in `s`.
 */
export interface RepairOptions {
  /**
   * Search close readings of unknown tokens (default true). Off, only known syllables and phrases
   * starting with a known syllable are used — several times faster, for long free text.
   */
  approximate?: boolean;
}

export function repairOcr(s: string, opts: RepairOptions = {}): RepairResult {
  const approx = opts.approximate ?? true;
  const cands = (key: string): Candidate[] => (approx ? candidates(key) : []);
  const toks: Tok[] = [];
  for (const m of s.matchAll(TOKEN_RE)) {
    const raw = m[0];
    toks.push({ start: m.index, end: m.index + raw.length, raw, key: ocrFold(raw) });
  }
  const lex = lexicon();
  const n = toks.length;
  // Tokens i and i+1 may belong to one phrase only when separated by spaces alone.
  const joined = (i: number): boolean => /^\s+$/.test(s.slice(toks[i]!.end, toks[i + 1]!.start));
  // Symbols of document numbers ("17-CTR/TU", "34/2014/QĐ-TTg") are not words to repair.
  const inNumber = (t: Tok): boolean => /[/-]/.test(s.charAt(t.start - 1)) || /[/-]/.test(s.charAt(t.end));
  // A token written with its marks exactly as a real word (one of the lexicon's written forms, or a
  // word of the diacritics model's clean corpus) is read as that word. OCR glyph confusions with
  // marks ("Céc", "véi", "mén") are not real words and stay open to repair.
  const writtenWord = (t: Tok): boolean => {
    const low = t.raw.toLowerCase();
    if (low === t.key) return false;
    let v = writtenCache.get(low);
    if (v === undefined) {
      v = (lex.syllables.get(t.key)?.some((x) => x.text === low) ?? false) || (isKnownWord(low) && isWellFormedSyllable(low));
      if (writtenCache.size > 20000) writtenCache.clear();
      writtenCache.set(low, v);
    }
    return v;
  };
  const usable = (t: Tok): boolean =>
    /[a-z]/.test(t.key) && !/^\d+$/.test(t.key) && !(inNumber(t) && t.raw.length <= 8 && /^\p{Lu}/u.test(t.raw));
  // Segmentation by dynamic programming: a phrase of L tokens scores its L − 1 links minus its
  // cost (long well-matched phrases win over overlapping short ones), a lone token 0.
  const score = new Array<number>(n + 1).fill(0);
  const choice = new Array<{ words: string[]; costs: number[] } | null>(n + 1).fill(null);
  for (let i = n - 1; i >= 0; i--) {
    score[i] = score[i + 1]!;
    const t = toks[i]!;
    if (!usable(t)) continue;
    if (i + 1 >= n || !joined(i) || !usable(toks[i + 1]!)) continue;
    // Candidate phrases. A known syllable stands for itself: the phrases it starts (their other
    // words may re-read known tokens cheaply: "thanh phe" → "thành phố"). An unknown token stands
    // for its close readings, looked up with the second word. A known first token may itself be
    // re-read when the second is unknown ("thi trudng" → "thủ trưởng").
    const u = toks[i + 1]!;
    const firstKnown = lex.syllables.has(t.key);
    let found: Iterable<Phrase>;
    if (firstKnown) {
      const set = new Set<Phrase>(lex.byFirstWord.get(t.key) ?? []);
      if (!lex.syllables.has(u.key)) for (const c of cands(u.key).slice(0, 3)) for (const ph of lex.bySecond.get(c.key) ?? []) set.add(ph);
      found = set;
    } else {
      const seconds = lex.syllables.has(u.key) ? [u.key] : [u.key, ...cands(u.key).map((c) => c.key)];
      const set = new Set<Phrase>();
      for (const f of [t.key, ...cands(t.key).map((c) => c.key)])
        for (const x of seconds) for (const ph of lex.byPair.get(`${f} ${x}`) ?? []) set.add(ph);
      found = set;
    }
    {
      for (const ph of found) {
        const p = ph.words;
        if (i + p.length > n) continue;
        let cost = 0;
        const costs: number[] = [];
        let ok = true;
        for (let k = 0; k < p.length && ok; k++) {
          if (k > 0 && !joined(i + k - 1)) {
            ok = false;
            break;
          }
          const tk = toks[i + k]!;
          if (!usable(tk)) {
            ok = false;
            break;
          }
          const c = syllableCost(tk.key, p[k]!, ph.keys[k]!);
          // A token that is itself a known syllable or a written word ("thuế" read for "thực" in
          // "thuế hiện") may still be re-read in a phrase, but only cheaply.
          const own = c > 0 && (lex.syllables.has(tk.key) || writtenWord(tk)) ? OWN_PENALTY : 0;
          if (c + own > PHRASE_WORD_MAX || (own > 0 && c > OWN_MAX)) ok = false;
          cost += c + own;
          costs.push(c);
        }
        if (!ok || cost > PHRASE_BASE + PHRASE_PER_WORD * p.length) continue;
        const v = p.length - 1 - cost + score[i + p.length]!;
        if (v > score[i]! + 1e-9 && p.length - 1 - cost > 0) {
          score[i] = v;
          choice[i] = { words: p, costs };
        }
      }
    }
  }
  const repl = new Array<{ to: string; cost: number } | null>(n).fill(null);
  for (let i = 0; i < n;) {
    const ch = choice[i];
    if (ch) {
      ch.words.forEach((w, k) => {
        repl[i + k] = { to: w, cost: ch.costs[k]! };
      });
      i += ch.words.length;
      continue;
    }
    const t = toks[i]!;
    if (usable(t)) {
      const known = lex.syllables.get(t.key);
      const list = known && PLAIN.test(t.key) ? [{ key: t.key, text: known[0]!.text, cost: 0, count: known[0]!.count }] : cands(t.key);
      const top = list[0];
      if (top && top.cost === 0) repl[i] = { to: top.text, cost: 0 };
      else if (
        top &&
        top.cost <= WORD_MAX &&
        t.key.length >= 2 &&
        (t.key.length >= 3 || /[0-9&$§]/.test(t.key)) &&
        !lex.syllables.has(t.key) &&
        !writtenWord(t)
      ) {
        const second = list[1];
        // Ambiguous (another word as close and about as frequent): leave it.
        if (!second || rank(second) - rank(top) > 0.05) repl[i] = { to: top.text, cost: top.cost };
      }
    }
    i++;
  }
  let out = '';
  let pos = 0;
  const edits: RepairEdit[] = [];
  toks.forEach((t, i) => {
    const r = repl[i];
    if (!r) return;
    // A token already written with the accents of a real variant of the same word stays as it is
    // ("phường" is not turned into the more frequent "phương").
    const low = t.raw.toLowerCase();
    if (low !== t.key && fold(r.to) === t.key && lex.syllables.get(t.key)?.some((v) => v.text === low)) return;
    const to = withCase(r.to, t.raw, i === 0);
    if (to === t.raw) return;
    out += s.slice(pos, t.start) + to;
    pos = t.end;
    edits.push({ start: t.start, end: t.end, from: t.raw, to, cost: r.cost });
  });
  out += s.slice(pos);
  return { text: out, edits };
}

/** `repairOcr(s, opts).text` */
export function repairOcrText(s: string, opts: RepairOptions = {}): string {
  return repairOcr(s, opts).text;
}
