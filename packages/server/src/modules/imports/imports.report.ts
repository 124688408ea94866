// From what the extractor read in a unit's report file to that report's draft: each content area the
// file writes goes to the form section whose title it shares most words with, each figure to the form
// indicator whose name it shares most words with (numeric indicators only), and the cut-off date is the
// one the figures are given for. Nothing is invented: what matches nothing stays listed beside the
// draft, unmatched; a section or value the file does not give stays empty. Pure.
import type { ReportFormDto } from '@dvcq/shared';
import { fold } from '../../text.ts';

export interface ReadArea {
  heading: string;
  narrative: string;
  span: { start: number; end: number };
}
export interface ReadFigure {
  label: string;
  value: number;
  unit: 'count' | 'percent';
  asOf: string | null;
  text: string;
  span: { start: number; end: number };
}

const STOP = new Set([
  'so',
  'cong',
  'tac',
  'va',
  'cua',
  'cac',
  'trong',
  'viec',
  've',
  'thuc',
  'hien',
  'ket',
  'qua',
  'nam',
  'cho',
  'tai',
  'voi',
]);

function words(s: string): Set<string> {
  const all = fold(s)
    .replace(/^[\s\dIVXLC]+[.)/-]\s*/i, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
  const content = all.filter((w) => !STOP.has(w));
  return new Set(content.length ? content : all);
}

/** Share of the shorter side's words found in the other (0–1). */
export function overlap(a: string, b: string): number {
  const A = words(a);
  const B = words(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.min(A.size, B.size);
}

/** Dice coefficient of the two sides' words (0–1). */
export function similarity(a: string, b: string): number {
  const A = words(a);
  const B = words(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return (2 * n) / (A.size + B.size);
}

/**
 * Figures to indicators, only where it is unambiguous: the indicator is the figure's single best (at
 * least `min`), and no other figure fits that indicator as well. "55 công chức" and "25 công chức" both
 * fit "Số công chức" equally: neither is proposed.
 */
function assignUnique<T>(items: string[], candidates: T[], nameOf: (c: T) => string, min: number): (T | null)[] {
  const score = items.map((it) => candidates.map((c) => similarity(it, nameOf(c))));
  return items.map((_, i) => {
    const row = score[i]!;
    const best = Math.max(0, ...row);
    if (best < min) return null;
    const js = row.flatMap((v, j) => (v === best ? [j] : []));
    if (js.length !== 1) return null;
    const j = js[0]!;
    if (score.some((other, k) => k !== i && other[j]! >= best)) return null;
    return candidates[j]!;
  });
}

/** Best candidate by word overlap, each candidate used once, at least `min` shared. */
function assign<T>(items: string[], candidates: T[], nameOf: (c: T) => string, min: number): (T | null)[] {
  const pairs: { i: number; j: number; score: number }[] = [];
  items.forEach((it, i) =>
    candidates.forEach((c, j) => {
      const score = overlap(it, nameOf(c));
      if (score >= min) pairs.push({ i, j, score });
    }),
  );
  pairs.sort((x, y) => y.score - x.score || x.i - y.i);
  const out: (T | null)[] = items.map(() => null);
  const used = new Set<number>();
  for (const p of pairs) {
    if (out[p.i] !== null || used.has(p.j)) continue;
    out[p.i] = candidates[p.j]!;
    used.add(p.j);
  }
  return out;
}

const NUMERIC = new Set(['integer', 'money', 'percent']);

export function reportDraftFromReading(form: Pick<ReportFormDto, 'sections' | 'indicators'>, areas: ReadArea[], figures: ReadFigure[]) {
  const sectionOf = assign(
    areas.map((a) => a.heading),
    form.sections,
    (s) => s.title,
    0.5,
  );
  const numeric = form.indicators.filter((i) => NUMERIC.has(i.type));
  const indicatorOf = assignUnique(
    figures.map((f) => f.label),
    numeric,
    (i) => i.name,
    0.6,
  ).map((ind, k) => (ind && (ind.type === 'percent') === (figures[k]!.unit === 'percent') ? ind : null));

  const sections: Record<string, string> = {};
  areas.forEach((a, k) => {
    const s = sectionOf[k];
    if (!s || !a.narrative.trim()) return;
    sections[s.code] = sections[s.code] ? `${sections[s.code]}\n${a.narrative}` : a.narrative;
  });
  const values: Record<string, number> = {};
  figures.forEach((f, k) => {
    const ind = indicatorOf[k];
    if (ind && values[ind.code] === undefined) values[ind.code] = f.value;
  });
  // The cut-off date the matched figures are given for (the most frequent), else any figure's.
  const dates = figures.filter((_, k) => indicatorOf[k]).map((f) => f.asOf);
  const pool = (dates.some(Boolean) ? dates : figures.map((f) => f.asOf)).filter((d): d is string => !!d);
  const tally = new Map<string, number>();
  for (const d of pool) tally.set(d, (tally.get(d) ?? 0) + 1);
  const cutOffDate = [...tally.entries()].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0] ?? null;

  return {
    areas: areas.map((a, k) => ({ ...a, sectionCode: sectionOf[k]?.code ?? null })),
    indicators: figures.map((f, k) => ({ ...f, indicatorCode: indicatorOf[k]?.code ?? null })),
    proposal: { sections, values, cutOffDate },
  };
}
