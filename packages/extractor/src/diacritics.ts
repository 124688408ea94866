// Diacritics restoration for Vietnamese text that lost its marks (OCR without a Vietnamese model,
// text typed without a Vietnamese keyboard). Every unmarked word can be one of several written
// words ("dung" → dung, dũng, dụng, dùng, dựng …); the choice is made for the whole clause at once
// by Viterbi decoding over a word-pair (bigram) model with interpolated unigram back-off, built by
// scripts/build-diacritics-model.ts from clean administrative texts (diacritics-model.json). So
// "noi dung" reads "nội dung" and "xay dung" reads "xây dựng", where a word-by-word lexicon picks
// one form for both. Words that already carry marks are kept and condition their neighbours;
// words the model has never seen are left as they are (nothing is invented). Every change is
// reported with its offsets and the original word so that a reviewer can see and undo it.

import model from './diacritics-model.json' with { type: 'json' };
import { fold } from './text.ts';

export interface RestoredWord {
  /** Offsets of the word in the input (same offsets in the restored text: marks do not change length). */
  start: number;
  end: number;
  from: string;
  to: string;
  /** How sure the decoder is that this form beats the runner-up, 0–1. */
  confidence: number;
}

export interface Restoration {
  text: string;
  words: RestoredWord[];
}

interface Model {
  uni: Map<string, number>;
  bi: Map<string, number>;
  byKey: Map<string, string[]>;
  total: number;
}

let M: Model | null = null;

function load(): Model {
  if (M) return M;
  const raw = model as unknown as { unigrams: [string, number][]; bigrams: [string, number][] };
  const uni = new Map<string, number>(raw.unigrams);
  const bi = new Map<string, number>(raw.bigrams);
  const byKey = new Map<string, string[]>();
  let total = 0;
  for (const [w, n] of raw.unigrams) {
    total += n;
    const k = fold(w);
    const list = byKey.get(k);
    if (list) list.push(w);
    else byKey.set(k, [w]);
  }
  M = { uni, bi, byKey, total };
  return M;
}

const LAMBDA = 0.7;
const ALPHA = 0.1;

function logUni(m: Model, w: string): number {
  const v = m.uni.size + 1;
  return Math.log(((m.uni.get(w) ?? 0) + ALPHA) / (m.total + ALPHA * v));
}

function logPair(m: Model, prev: string | null, w: string): number {
  const pu = Math.exp(logUni(m, w));
  if (!prev) return Math.log(pu);
  const cPrev = m.uni.get(prev) ?? 0;
  const cPair = m.bi.get(`${prev} ${w}`) ?? 0;
  const pb = cPrev > 0 ? cPair / cPrev : 0;
  return Math.log(LAMBDA * pb + (1 - LAMBDA) * pu);
}

/** Writes `form` with the letter case of `orig` (Capitalised, ALL CAPS or lower case). */
function withCase(form: string, orig: string): string {
  if (orig.length > 1 && orig === orig.toUpperCase() && orig !== orig.toLowerCase()) return form.toUpperCase();
  if (orig.charAt(0) !== orig.charAt(0).toLowerCase()) return form.charAt(0).toUpperCase() + form.slice(1);
  return form;
}

const ASCII_WORD = /^[a-zA-Z]+$/;

interface Tok {
  start: number;
  end: number;
  raw: string;
  cands: string[];
  fixed: boolean;
}

function decodeClause(m: Model, toks: Tok[], out: RestoredWord[]): void {
  if (toks.length === 0) return;
  // Viterbi: best log-probability of each candidate of each token, with back-pointers.
  const score: number[][] = [];
  const back: number[][] = [];
  toks.forEach((t, i) => {
    score.push(new Array<number>(t.cands.length).fill(-Infinity));
    back.push(new Array<number>(t.cands.length).fill(0));
    t.cands.forEach((c, j) => {
      if (i === 0) {
        score[0]![j] = logPair(m, null, c);
        return;
      }
      const prev = toks[i - 1]!;
      prev.cands.forEach((p, k) => {
        const s = score[i - 1]![k]! + logPair(m, p, c);
        if (s > score[i]![j]!) {
          score[i]![j] = s;
          back[i]![j] = k;
        }
      });
    });
  });
  const last = toks.length - 1;
  let bestJ = 0;
  score[last]!.forEach((s, j) => {
    if (s > score[last]![bestJ]!) bestJ = j;
  });
  const choice = new Array<number>(toks.length).fill(0);
  choice[last] = bestJ;
  for (let i = last; i > 0; i--) choice[i - 1] = back[i]![choice[i]!]!;
  toks.forEach((t, i) => {
    if (t.fixed || t.cands.length === 0) return;
    const form = t.cands[choice[i]!]!;
    const to = withCase(form, t.raw);
    if (to === t.raw) return;
    // Margin over the best other form of this word, in the context the decoder chose.
    const prev = i > 0 ? toks[i - 1]!.cands[choice[i - 1]!]! : null;
    const next = i < last ? toks[i + 1]!.cands[choice[i + 1]!]! : null;
    const local = (c: string): number => logPair(m, prev, c) + (next ? logPair(m, c, next) : 0);
    const mine = local(form);
    const other = Math.max(...t.cands.filter((c) => c !== form).map(local), -Infinity);
    const confidence = other === -Infinity ? 1 : 1 / (1 + Math.exp(other - mine));
    out.push({ start: t.start, end: t.end, from: t.raw, to, confidence: Math.round(confidence * 100) / 100 });
  });
}

/**
 * Restores the diacritics of unmarked words. The result has the same length as the input (every
 * Vietnamese letter is one code unit in NFC), so offsets carry over.
 */
export interface RestoreOptions {
  /**
   * OCR text: a word whose marks make no known word ("quyén", "hién") is decoded again from its bare
   * letters. Off for typed text, where a rare but correct word must not be "corrected".
   */
  reconsiderMarked?: boolean;
}

export function restoreText(input: string, opts: RestoreOptions = {}): Restoration {
  const m = load();
  const text = input.normalize('NFC');
  const words: RestoredWord[] = [];
  let clause: Tok[] = [];
  let lastEnd = 0;
  const flush = (): void => {
    decodeClause(m, clause, words);
    clause = [];
  };
  for (const w of text.matchAll(/\p{L}+/gu)) {
    const start = w.index ?? 0;
    const raw = w[0];
    // Clauses end at punctuation (but commas) and line breaks, as when the pairs were counted.
    if (/[^\p{L} \t,]/u.test(text.slice(lastEnd, start))) flush();
    lastEnd = start + raw.length;
    const lower = raw.toLowerCase();
    if (!ASCII_WORD.test(raw)) {
      const again = opts.reconsiderMarked && !m.uni.has(lower) ? m.byKey.get(fold(lower)) : undefined;
      if (again && lower.length <= 7 && lower.length === raw.length) {
        clause.push({ start, end: lastEnd, raw, cands: again, fixed: false });
        continue;
      }
      // Already written with marks (or not Vietnamese letters): kept, and a context for neighbours.
      clause.push({ start, end: lastEnd, raw, cands: [lower], fixed: true });
      continue;
    }
    const cands = m.byKey.get(fold(lower));
    if (!cands || lower.length > 7) {
      flush();
      continue;
    }
    clause.push({ start, end: lastEnd, raw, cands: cands.includes(lower) ? cands : [...cands, lower], fixed: false });
  }
  flush();
  let out = '';
  let pos = 0;
  for (const r of words) {
    out += text.slice(pos, r.start) + r.to;
    pos = r.end;
  }
  out += text.slice(pos);
  return { text: out, words };
}

/** The words of `restoration` undone at the given start offsets (a reviewer's "undo"). */
export function undoRestoration(original: string, restoration: Restoration, undo: Set<number>): string {
  let out = '';
  let pos = 0;
  for (const r of restoration.words) {
    out += restoration.text.slice(pos, r.start) + (undo.has(r.start) ? original.slice(r.start, r.end) : r.to);
    pos = r.end;
  }
  return out + restoration.text.slice(pos);
}

/** True when the model has seen this exact written word (lower case, with its marks). */
export function isKnownWord(lower: string): boolean {
  return load().uni.has(lower);
}

/**
 * Re-separates two words a converter glued together ("BANHÀNH" → "BAN HÀNH", "chínhphủ" → "chính
 * phủ"): a word the model does not know that splits into two words it knows well. Used on short
 * fields (titles), where such damage is visible and costly.
 */
export function splitGluedWords(s: string): string {
  const m = load();
  const known = (w: string): number => {
    const list = m.byKey.get(fold(w).toLowerCase());
    return list ? list.reduce((n, x) => n + (m.uni.get(x) ?? 0), 0) : 0;
  };
  return s.replace(/\p{L}{5,}/gu, (w) => {
    if (known(w) > 0) return w;
    let best: { at: number; score: number } | null = null;
    for (let i = 2; i <= w.length - 2; i++) {
      const a = known(w.slice(0, i));
      const b = known(w.slice(i));
      if (a >= 3 && b >= 3) {
        const score = Math.log(a) + Math.log(b);
        if (!best || score > best.score) best = { at: i, score };
      }
    }
    return best ? `${w.slice(0, best.at)} ${w.slice(best.at)}` : w;
  });
}
