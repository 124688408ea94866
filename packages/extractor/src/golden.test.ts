// Every seed in fixtures/seeds against fixtures/golden, through the same comparison as eval-import.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocument, toGoldenJson } from './extract.ts';
import { compareGolden } from './golden-compare.ts';
import type { GoldenJson } from './types.ts';

const SHARED = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const SEEDS = `${SHARED}seeds/`;
const GOLDEN = `${SHARED}golden/`;
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt') && existsSync(`${GOLDEN}${f.replace(/\.txt$/, '.json')}`));

describe('golden seeds', () => {
  it('finds the shared seeds and golden files', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
  });
  for (const f of seeds) {
    it(`matches golden for ${f}`, () => {
      const text = readFileSync(`${SEEDS}${f}`, 'utf8');
      const expected = JSON.parse(readFileSync(`${GOLDEN}${f.replace(/\.txt$/, '.json')}`, 'utf8')) as GoldenJson;
      const got = toGoldenJson(extractDocument(text));
      // The golden keys in their order; the contract's optional extensions may follow.
      const keys = Object.keys(got);
      expect(keys.slice(0, Object.keys(expected).length)).toEqual(Object.keys(expected));
      expect(keys.slice(Object.keys(expected).length).every((k) => k === 'restructuring' || k === 'kpiRows')).toBe(true);
      const failures = compareGolden(expected, got)
        .filter((s) => s.fp > 0 || s.fn > 0)
        .map((s) => `${s.field}: ${s.notes.join('; ')}`);
      expect(failures).toEqual([]);
    });
  }
  it('spans point at the source text', () => {
    const f = seeds.find((s) => s.includes('696')) ?? seeds[0];
    if (!f) return;
    const text = readFileSync(`${SEEDS}${f}`, 'utf8').normalize('NFC');
    const e = extractDocument(text);
    for (const d of e.deadlines) expect(text.slice(d.span.start, d.span.end).toLowerCase()).toContain(d.due.slice(0, 4));
    for (const r of e.references) expect(text.slice(r.spans[0]!.start, r.spans[0]!.end)).toMatch(/\d/);
    const sn = e.signer?.nameSpan;
    if (sn) expect(text.slice(sn.start, sn.end)).toBe(e.signer?.name);
    expect(e.sections.length).toBeGreaterThan(2);
  });
  it('extracts 4 concatenated copies of the biggest seed', () => {
    const biggest = [...seeds].sort((a, b) => readFileSync(`${SEEDS}${b}`).length - readFileSync(`${SEEDS}${a}`).length)[0];
    if (!biggest) return;
    const text = readFileSync(`${SEEDS}${biggest}`, 'utf8');
    const e = extractDocument([text, text, text, text].join('\n\n'));
    expect(e.references.length).toBeGreaterThan(0);
    expect(e.deadlines.length).toBeGreaterThan(0);
  });
});
