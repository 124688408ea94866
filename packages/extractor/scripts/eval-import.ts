import { fileURLToPath } from 'node:url';
// tsx packages/extractor/scripts/eval-import.ts [docsDir] [expectedDir]
// Runs readDocumentFile + extractDocument over every document that has an expected JSON of the same
// base name and prints precision / recall / F1 per field plus the micro average. Always exits 0.
// Matching (fixtures/golden/README.md, implemented in src/golden-compare.ts): kind, number, issuedOn,
// place, year exactly; issuer, title, signer name and title exactly after folding (case, diacritics,
// whitespace and punctuation spacing); references on canonical number + date; deadlines on due +
// inclusive + kind + period (phrase/subject loose); targets on value + unit (text loose);
// assignments on the folded-exact unit name (duties loose).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { readDocumentFile } from '../src/read-file.ts';
import { extractDocument, toGoldenJson } from '../src/extract.ts';
import { compareGolden, prf, type FieldScore } from '../src/golden-compare.ts';
import type { GoldenJson } from '../src/types.ts';

async function main(): Promise<void> {
  const docsDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../../../fixtures/seeds', import.meta.url)));
  const expectedDir = resolve(process.argv[3] ?? fileURLToPath(new URL('../../../fixtures/golden', import.meta.url)));
  if (!existsSync(docsDir) || !existsSync(expectedDir)) {
    console.log(`Không tìm thấy thư mục: ${existsSync(docsDir) ? expectedDir : docsDir}`);
    return;
  }
  const totals = new Map<string, { tp: number; fp: number; fn: number }>();
  const problems: string[] = [];
  let docs = 0;
  for (const f of readdirSync(docsDir).sort()) {
    const expPath = join(expectedDir, `${basename(f, extname(f))}.json`);
    if (!existsSync(expPath)) continue;
    docs++;
    const expected = JSON.parse(readFileSync(expPath, 'utf8')) as GoldenJson;
    let scores: FieldScore[];
    try {
      const { text } = await readDocumentFile(join(docsDir, f));
      scores = compareGolden(expected, toGoldenJson(extractDocument(text)));
    } catch (e) {
      problems.push(`${f}: ${e instanceof Error ? e.message : String(e)}`);
      scores = compareGolden(expected, { ...expected, number: null, issuedOn: null, place: null, issuer: null, title: '', year: null, references: [], deadlines: [], targets: [], assignments: [], signer: null, kind: 'other' });
    }
    for (const s of scores) {
      const t = totals.get(s.field) ?? { tp: 0, fp: 0, fn: 0 };
      t.tp += s.tp;
      t.fp += s.fp;
      t.fn += s.fn;
      totals.set(s.field, t);
      for (const n of s.notes) problems.push(`${f} ${s.field}: ${n}`);
    }
  }
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
  console.log(`Documents: ${docs}  (${docsDir})`);
  console.log(`${'field'.padEnd(14)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}`);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [field, t] of totals) {
    const r = prf(t.tp, t.fp, t.fn);
    console.log(`${field.padEnd(14)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)} ${pct(r.p)} ${pct(r.r)} ${pct(r.f1)}`);
    tp += t.tp;
    fp += t.fp;
    fn += t.fn;
  }
  const all = prf(tp, fp, fn);
  console.log(`${'micro-avg'.padEnd(14)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)} ${pct(all.p)} ${pct(all.r)} ${pct(all.f1)}`);
  if (problems.length > 0) {
    console.log('\nDifferences:');
    for (const p of problems) console.log(`  ${p}`);
  }
}

main().catch((e: unknown) => {
  console.log(`eval-import: ${e instanceof Error ? e.message : String(e)}`);
}).finally(() => {
  process.exitCode = 0;
});
