// tsx packages/extractor/scripts/eval-diacritics.ts
// Word accuracy of the diacritics restorer on held-out text it was not built from
// (fixtures/corpus/heldout): each document's marks are stripped, restored, and compared word by
// word with the original. Printed next to the naive baseline (every word takes its most frequent
// written form) so that the gain of decoding with word pairs is visible.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { restoreText } from '../src/diacritics.ts';
import model from '../src/diacritics-model.json' with { type: 'json' };
import { fold } from '../src/text.ts';

const DIR = fileURLToPath(new URL('../../../fixtures/corpus/heldout/', import.meta.url));

function strip(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

const best = new Map<string, string>();
for (const [w] of (model as unknown as { unigrams: [string, number][] }).unigrams) if (!best.has(fold(w))) best.set(fold(w), w);

let total = 0;
let ok = 0;
let okBase = 0;
let marked = 0;
let okMarked = 0;
for (const f of readdirSync(DIR).filter((x) => /\.(txt|md)$/.test(x))) {
  const orig = readFileSync(join(DIR, f), 'utf8').normalize('NFC');
  const bare = strip(orig);
  const restored = restoreText(bare).text;
  const o = orig.match(/\p{L}+/gu) ?? [];
  const r = restored.match(/\p{L}+/gu) ?? [];
  const b = bare.match(/\p{L}+/gu) ?? [];
  if (o.length !== r.length) continue;
  o.forEach((w, i) => {
    total++;
    const hit = w === r[i];
    if (hit) ok++;
    const base = best.get(fold(b[i]!.toLowerCase()));
    const baseForm = base ? (w.charAt(0) !== w.charAt(0).toLowerCase() ? base.charAt(0).toUpperCase() + base.slice(1) : base) : b[i]!;
    if (baseForm.toLowerCase() === w.toLowerCase()) okBase++;
    if (strip(w) !== w) {
      marked++;
      if (hit) okMarked++;
    }
  });
}
const pct = (a: number, b: number): string => `${((a / Math.max(1, b)) * 100).toFixed(1)}%`;
console.log(`held-out words: ${total} (${marked} carry diacritics)`);
console.log(`restored, word accuracy:        ${pct(ok, total)}  (words with diacritics: ${pct(okMarked, marked)})`);
console.log(`baseline (most frequent form):  ${pct(okBase, total)}`);
console.log(`left unmarked (no marks at all): ${pct(total - marked, total)} would be right`);
