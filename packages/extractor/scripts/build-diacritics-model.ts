// tsx packages/extractor/scripts/build-diacritics-model.ts
// Builds src/diacritics-model.json, the word and word-pair counts the diacritics restorer
// (src/diacritics.ts) decodes with. Sources — clean Vietnamese administrative text only, never OCR
// output and never the held-out evaluation documents:
//   - fixtures/seeds: the clean seed plans (2023-KH-60, 2025-KH-696);
//   - fixtures/documents: the 2025 legal texts (Resolution 1682, Cần Thơ 2579, Hà Tĩnh 2920);
//   - fixtures/corpus/dev: the development part of the evaluation corpus (public documents of many
//     provinces and ministries, see fixtures/corpus/SOURCES.md);
//   - the Vietnamese strings of this code base (labels, messages, demo data), except the extractor's
//     own sources, which quote OCR misreadings.
// fixtures/corpus/heldout is kept out: scripts/eval-diacritics.ts measures the model on it.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUT = fileURLToPath(new URL('../src/diacritics-model.json', import.meta.url));
const MARKED = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/;
// One Vietnamese syllable: initial consonant(s), one vowel group, final consonant(s). Glued words
// left by converters ("banhành") do not fit and are kept out of the model.
const V = 'aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
const WORD = new RegExp(`^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?[${V}]+(?:ch|ng|nh|[cmnpt])?$`);

function files(dir: string, re: RegExp, skip: RegExp = /node_modules|\.test\.|dist|heldout/): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (skip.test(p)) continue;
    const st = statSync(p);
    if (st.isDirectory()) out.push(...files(p, re, skip));
    else if (re.test(f)) out.push(p);
  }
  return out;
}

/** Vietnamese string literals of a source file (text in quotes that carries diacritics). */
function literals(src: string): string {
  const out: string[] = [];
  for (const m of src.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`([^`]*)`/g)) {
    const s = m[1] ?? m[2] ?? m[3] ?? '';
    if (MARKED.test(s.toLowerCase())) out.push(s.replace(/\$\{[^}]*\}/g, ' , '));
  }
  return out.join('\n');
}

const texts: { name: string; text: string }[] = [];
for (const f of ['2023-KH-60-SVHTTDL-plan.txt', '2025-KH-696-UBND-province-plan.txt'])
  texts.push({ name: `seeds/${f}`, text: readFileSync(join(ROOT, 'fixtures/seeds', f), 'utf8') });
for (const f of files(join(ROOT, 'fixtures/documents'), /\.md$/)) texts.push({ name: f, text: readFileSync(f, 'utf8') });
for (const f of files(join(ROOT, 'fixtures/corpus/dev'), /\.(txt|md)$/)) texts.push({ name: f, text: readFileSync(f, 'utf8') });
for (const f of files(join(ROOT, 'packages'), /\.(ts|tsx)$/)) {
  // The extractor's own sources quote OCR misreadings ("quyén", "hién") as examples: not clean text.
  if (/packages\/extractor\//.test(f)) continue;
  const lit = literals(readFileSync(f, 'utf8'));
  if (lit) texts.push({ name: f, text: lit });
}

const uni = new Map<string, number>();
const bi = new Map<string, number>();
let words = 0;
for (const { text } of texts) {
  // Sentences/clauses: pairs never cross punctuation.
  // Commas do not break a pair ("xã, phường"); other punctuation and line breaks do.
  for (const clause of text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L} ,]+/u)) {
    const ws = clause.split(/[ ,]+/).filter(Boolean);
    let prev: string | null = null;
    for (const w of ws) {
      if (!WORD.test(w) || w.length > 7) {
        prev = null;
        continue;
      }
      words++;
      uni.set(w, (uni.get(w) ?? 0) + 1);
      if (prev) bi.set(`${prev} ${w}`, (bi.get(`${prev} ${w}`) ?? 0) + 1);
      prev = w;
    }
  }
}
const unigrams = [...uni].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const bigrams = [...bi].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
writeFileSync(OUT, `${JSON.stringify({ version: 1, words, sources: texts.length, unigrams, bigrams })}\n`);
console.log(`${texts.length} sources, ${words} words → ${unigrams.length} word forms, ${bigrams.length} pairs → ${OUT}`);
