// Field-by-field comparison of an extraction with an expected (golden) JSON, shared by the golden
// test and scripts/eval-import.ts. Follows fixtures/golden/README.md: only `phrase`, `subject`,
// target `text` and assignment `duties` are compared loosely; every other field exactly.
//   exact:          kind, number, issuedOn, place, year, references (number + date), deadlines
//                   (due + inclusive + kind + period), targets (value + unit)
//   exact-folded:   issuer, title, assignment unit, signer name, signer title — equal after
//                   `nameKey` (lower case, diacritics removed, đ→d, whitespace collapsed, no space
//                   before , . ; : ) and single spaces around - / –). Nothing else is forgiven: an
//                   OCR residue such as "thugc" for "thuộc" or "Buu" for "Bưu" is a difference.
//   loose (looseMatch): phrase, subject, target text, duties — case/diacritics-insensitive
//                   containment, or at least half of the expected tokens found in ours.

import type { GoldenJson } from './types.ts';
import { fold, tokens } from './text.ts';

export interface FieldScore {
  field: string;
  tp: number;
  fp: number;
  fn: number;
  notes: string[];
}

function key(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** Loose text match: case/diacritics-insensitive containment, or ≥ `min` of the expected tokens present. */
export function looseMatch(expected: string | null, got: string | null, min = 0.5): boolean {
  if (expected === null || expected.trim() === '') return got === null || got.trim() === '' || expected !== null;
  if (got === null) return false;
  const e = key(expected);
  const g = key(got);
  if (e === g || g.includes(e) || (g.length > 0 && e.includes(g) && g.length >= e.length * 0.5)) return true;
  return coverage(expected, got) >= min;
}

export function coverage(expected: string, got: string): number {
  const et = tokens(expected);
  if (et.length === 0) return 1;
  const gt = new Set(tokens(got));
  return et.filter((t) => gt.has(t)).length / et.length;
}

/**
 * Key for exact-after-folding names: NFC, lower case, combining marks removed, đ→d, whitespace
 * collapsed, no space before closing punctuation, one space around dashes. Punctuation itself is
 * kept ("Văn hóa, Thể thao" ≠ "Văn hóa Thể thao"), and OCR symbols (€, ¢, &) are NOT folded.
 */
export function nameKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:)])/g, '$1')
    .replace(/([(])\s+/g, '$1')
    .replace(/\s*([-–—])\s*/g, ' - ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

/** Exact-after-folding equality (see `nameKey`). */
export function sameName(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return nameKey(a) === nameKey(b);
}

function scalar(field: string, exp: unknown, got: unknown, eq: (a: never, b: never) => boolean = (a, b) => a === b): FieldScore {
  const s: FieldScore = { field, tp: 0, fp: 0, fn: 0, notes: [] };
  if (exp === null && got === null) return s;
  if (exp !== null && got !== null && eq(exp as never, got as never)) s.tp = 1;
  else {
    if (got !== null) s.fp = 1;
    if (exp !== null) s.fn = 1;
    s.notes.push(`expected ${JSON.stringify(exp)}, got ${JSON.stringify(got)}`);
  }
  return s;
}

/** Greedy one-to-one matching of lists; `score` < 0 means "cannot match". */
function list<E, G>(field: string, exp: E[], got: G[], score: (e: E, g: G) => number, show: (x: E | G) => string): FieldScore {
  const s: FieldScore = { field, tp: 0, fp: 0, fn: 0, notes: [] };
  const pairs: { i: number; j: number; sc: number }[] = [];
  exp.forEach((e, i) =>
    got.forEach((g, j) => {
      const sc = score(e, g);
      if (sc >= 0) pairs.push({ i, j, sc });
    }),
  );
  pairs.sort((a, b) => b.sc - a.sc);
  const usedE = new Set<number>();
  const usedG = new Set<number>();
  for (const p of pairs) {
    if (usedE.has(p.i) || usedG.has(p.j)) continue;
    usedE.add(p.i);
    usedG.add(p.j);
    s.tp++;
  }
  exp.forEach((e, i) => {
    if (!usedE.has(i)) {
      s.fn++;
      s.notes.push(`missing ${show(e)}`);
    }
  });
  got.forEach((g, j) => {
    if (!usedG.has(j)) {
      s.fp++;
      s.notes.push(`extra ${show(g)}`);
    }
  });
  return s;
}

/**
 * An expected file may leave a list field out (an evaluation corpus annotated for metadata and
 * references only): such a field is not scored rather than counted as "nothing expected".
 */
export type PartialGolden = Omit<GoldenJson, 'references' | 'deadlines' | 'targets' | 'assignments'> &
  Partial<Pick<GoldenJson, 'references' | 'deadlines' | 'targets' | 'assignments'>>;

export function compareGolden(exp: PartialGolden, got: GoldenJson): FieldScore[] {
  const out: (FieldScore | null)[] = [
    scalar('kind', exp.kind, got.kind),
    scalar('number', exp.number, got.number),
    scalar('issuedOn', exp.issuedOn, got.issuedOn),
    scalar('place', exp.place, got.place),
    scalar('issuer', exp.issuer, got.issuer, (a: string, b: string) => sameName(a, b)),
    scalar('title', exp.title || null, got.title || null, (a: string, b: string) => sameName(a, b)),
    scalar('year', exp.year, got.year),
    exp.references === undefined
      ? null
      : list(
          'references',
          exp.references,
          got.references,
          (e, g) => (e.number === g.number && e.date === g.date ? 1 : -1),
          (x) => JSON.stringify(x),
        ),
    exp.deadlines === undefined
      ? null
      : list(
          'deadlines',
          exp.deadlines,
          got.deadlines,
          (e, g) => {
            if (e.due !== g.due || e.inclusive !== g.inclusive || e.kind !== g.kind || e.period !== g.period) return -1;
            if (!looseMatch(e.phrase, g.phrase) || !looseMatch(e.subject, g.subject)) return -1;
            return coverage(e.subject, g.subject) + coverage(e.phrase, g.phrase);
          },
          (x) => JSON.stringify(x),
        ),
    exp.targets === undefined
      ? null
      : list(
          'targets',
          exp.targets,
          got.targets,
          (e, g) => (e.value === g.value && e.unit === g.unit && looseMatch(e.text, g.text) ? coverage(e.text, g.text) : -1),
          (x) => JSON.stringify(x),
        ),
    exp.assignments === undefined
      ? null
      : list(
          'assignments',
          exp.assignments,
          got.assignments,
          (e, g) => {
            if (!sameName(e.unit, g.unit)) return -1;
            // every expected duty must be covered (loosely) by some extracted duty
            if (!e.duties.every((d) => g.duties.some((gd) => looseMatch(d, gd)))) return -1;
            return 1;
          },
          (x) => JSON.stringify((x as { unit: string }).unit),
        ),
    scalar('signer.name', exp.signer?.name ?? null, got.signer?.name ?? null, (a: string, b: string) => sameName(a, b)),
    scalar('signer.title', exp.signer?.title ?? null, got.signer?.title ?? null, (a: string, b: string) => sameName(a, b)),
  ];
  return out.filter((s): s is FieldScore => s !== null);
}

export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f1: number } {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}
