// npm run eval:import [-- --modes=clean,damaged,scanned] [--sets=seeds,dev,heldout,unseen,documents] [--diff] [--show-heldout] [--ocr-cache=DIR]
//
// Precision / recall / F1 per field of the document importer over:
//   seeds      fixtures/seeds (expected: fixtures/golden) — must stay at 100%;
//   dev        fixtures/corpus/dev (documents and expected JSON side by side) — used while tuning;
//   heldout    fixtures/corpus/heldout — never looked at while tuning: its differences are hidden
//              unless --show-heldout is given;
//   unseen     fixtures/corpus/unseen — added 2026-12-02 after the last tuning, annotated before the
//              importer was run on them and never tuned on; hidden like heldout;
//   documents  fixtures/documents (expected: fixtures/corpus/documents) — the 2025 legal texts.
// and three ways of reading each document:
//   clean      the text as it is;
//   damaged    the text through damageText (src/damage.ts): diacritics lost, typical OCR confusions;
//   scanned    the text rendered to an image-only PDF (LibreOffice → pdftoppm → PDF of page images
//              via the same OCR path a user's scanned file takes: readDocument()). Slow (OCR), and
//              skipped with a note when LibreOffice or pdftoppm is missing.
// Matching rules: src/golden-compare.ts (fixtures/golden/README.md). An expected file may omit list
// fields (deadlines, targets, assignments): those are not scored for that document.
// Always exits 0: it is a measurement, not a test.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readDocument, textFromOcr } from '../src/read-document.ts';
import type { OcrPage } from '../src/ocr/ocr.ts';
import { extractDocument, toGoldenJson } from '../src/extract.ts';
import { compareGolden, prf, type FieldScore, type PartialGolden } from '../src/golden-compare.ts';
import { damageText, seedOf } from '../src/damage.ts';
import { renderTextToScannedPdf, scanToolsAvailable } from './render-scan.ts';

const FIX = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

interface DocCase {
  set: string;
  name: string;
  path: string;
  expected: PartialGolden;
}

function casesOf(set: string, docsDir: string, expectedDir: string): DocCase[] {
  if (!existsSync(docsDir) || !existsSync(expectedDir)) return [];
  const out: DocCase[] = [];
  for (const f of readdirSync(docsDir).sort()) {
    if (!/\.(txt|md)$/.test(f)) continue;
    const exp = join(expectedDir, `${basename(f, extname(f))}.json`);
    if (!existsSync(exp)) continue;
    out.push({ set, name: f, path: join(docsDir, f), expected: JSON.parse(readFileSync(exp, 'utf8')) as PartialGolden });
  }
  return out;
}

const args = process.argv.slice(2);
const opt = (name: string, def: string): string => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? def;
const modes = opt('modes', 'clean,damaged,scanned').split(',');
const sets = opt('sets', 'seeds,dev,heldout,unseen,documents').split(',');
const showDiff = args.includes('--diff');
const showHeldout = args.includes('--show-heldout');
const ocrCache = opt('ocr-cache', '');

const ALL: Record<string, () => DocCase[]> = {
  seeds: () => casesOf('seeds', join(FIX, 'seeds'), join(FIX, 'golden')),
  dev: () => casesOf('dev', join(FIX, 'corpus/dev'), join(FIX, 'corpus/dev')),
  heldout: () => casesOf('heldout', join(FIX, 'corpus/heldout'), join(FIX, 'corpus/heldout')),
  unseen: () => casesOf('unseen', join(FIX, 'corpus/unseen'), join(FIX, 'corpus/unseen')),
  documents: () => casesOf('documents', join(FIX, 'documents'), join(FIX, 'corpus/documents')),
};

const EMPTY: PartialGolden = {
  kind: 'other',
  number: null,
  issuedOn: null,
  place: null,
  issuer: null,
  title: '',
  year: null,
  references: [],
  deadlines: [],
  targets: [],
  assignments: [],
  signer: null,
};

async function scoreOne(c: DocCase, mode: string, work: string): Promise<FieldScore[]> {
  const text = readFileSync(c.path, 'utf8');
  let got;
  if (mode === 'clean') got = extractDocument(text);
  else if (mode === 'damaged') got = extractDocument(damageText(text, { seed: seedOf(c.name) }));
  else {
    // --ocr-cache=DIR keeps each document's OCR text, so that re-runs only re-extract.
    // --ocr-cache=DIR keeps each document's OCR lines, so that re-runs only re-assemble and re-extract.
    const cached = ocrCache ? join(ocrCache, `${c.set}-${basename(c.name, extname(c.name))}.${seedOf(text).toString(16)}.ocr.json`) : '';
    if (cached && existsSync(cached)) {
      const pages = JSON.parse(readFileSync(cached, 'utf8')) as OcrPage[];
      got = extractDocument(textFromOcr(pages).text, { scanned: true });
    } else {
      const pdf = join(work, `${basename(c.name, extname(c.name))}.pdf`);
      if (!existsSync(pdf)) renderTextToScannedPdf(text, pdf);
      const r = await readDocument(pdf, { maxPages: 40 });
      if (cached) writeFileSync(cached, JSON.stringify((r.ocr?.pages ?? []).map((p, index) => ({ index, lines: p.lines, confidence: 0 }))));
      got = r.extraction;
    }
  }
  return compareGolden(c.expected, toGoldenJson(got));
}

function printTable(title: string, scores: FieldScore[][]): void {
  const totals = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const doc of scores) {
    for (const s of doc) {
      const t = totals.get(s.field) ?? { tp: 0, fp: 0, fn: 0 };
      t.tp += s.tp;
      t.fp += s.fp;
      t.fn += s.fn;
      totals.set(s.field, t);
    }
  }
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
  console.log(`\n${title}`);
  console.log(
    `${'field'.padEnd(14)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}`,
  );
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [field, t] of totals) {
    const r = prf(t.tp, t.fp, t.fn);
    console.log(
      `${field.padEnd(14)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)} ${pct(r.p)} ${pct(r.r)} ${pct(r.f1)}`,
    );
    tp += t.tp;
    fp += t.fp;
    fn += t.fn;
  }
  const all = prf(tp, fp, fn);
  console.log(
    `${'micro-avg'.padEnd(14)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)} ${pct(all.p)} ${pct(all.r)} ${pct(all.f1)}`,
  );
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'dvcq-eval-'));
  try {
    for (const mode of modes) {
      if (mode === 'scanned') {
        const missing = scanToolsAvailable();
        if (missing) {
          console.log(`\n[scanned] bỏ qua: ${missing}`);
          continue;
        }
      }
      for (const set of sets) {
        const cases = ALL[set]?.() ?? [];
        if (cases.length === 0) continue;
        const scores: FieldScore[][] = [];
        const diffs: string[] = [];
        for (const c of cases) {
          let s: FieldScore[];
          try {
            s = await scoreOne(c, mode, work);
          } catch (e) {
            diffs.push(`${c.name}: ${e instanceof Error ? e.message : String(e)}`);
            s = compareGolden(c.expected, { ...EMPTY, references: [], deadlines: [], targets: [], assignments: [] });
          }
          scores.push(s);
          for (const f of s) for (const n of f.notes) diffs.push(`${c.name} ${f.field}: ${n}`);
        }
        printTable(`[${mode}] ${set} — ${cases.length} documents`, scores);
        if (showDiff && ((set !== 'heldout' && set !== 'unseen') || showHeldout)) for (const d of diffs) console.log(`  ${d}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main()
  .catch((e: unknown) => {
    console.log(`eval-import: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  })
  .finally(() => {
    process.exitCode = 0;
  });
