import { fileURLToPath } from 'node:url';
// tsx packages/extractor/scripts/bench-extract.ts [docsDir] [repeat]
// Prints milliseconds per document for extractDocument (text already in memory), plus a ~100k-char
// document made of concatenated seeds, first cold (fresh process, empty caches) then warm.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractDocument } from '../src/extract.ts';

const dir = resolve(process.argv[2] ?? fileURLToPath(new URL('../../../fixtures/seeds', import.meta.url)));
const repeat = Number(process.argv[3] ?? 20);
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
const all = docs.map((d) => d.text).join('\n\n');
let big = all;
while (big.length < 100_000) big += `\n\n${all}`;
docs.push({ name: `concatenated (${big.length} chars)`, text: big });
// A 30-page plan with a text layer (about 2,500 characters a page): the clean province plan's body
// repeated under its own header — the "≤ 200 ms without OCR" figure of issue 16.
const clean = docs.find((d) => d.name.includes('696'))?.text ?? '';
const head = clean.slice(0, clean.indexOf('Căn cứ'));
let plan30 = head;
const body = clean.slice(clean.indexOf('Căn cứ'));
while (plan30.length < 75_000) plan30 += `\n${body}`;
docs.push({ name: `30-page clean plan (${plan30.length} chars)`, text: plan30 });

// Cold: the first extraction in a fresh process (lexicon built, no OCR-repair caches yet).
const c0 = performance.now();
extractDocument(big);
console.log(
  `${(performance.now() - c0).toFixed(2).padStart(8)} ms  ${String(big.length).padStart(7)} chars  concatenated, cold (first call)`,
);
extractDocument(docs[0]?.text ?? ''); // warm-up (regex compilation, caches)
for (const d of docs) {
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) extractDocument(d.text);
  const ms = (performance.now() - t0) / repeat;
  console.log(`${ms.toFixed(2).padStart(8)} ms  ${String(d.text.length).padStart(7)} chars  ${d.name}`);
}
