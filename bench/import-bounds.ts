// Upload bounds of document reading (issue 17), measured: how fast and at what memory a zip bomb is
// refused, what a warm and a cold .docx parse cost in the bounded worker, and what a heavy but honest
// document costs before its worker runs out of heap. Run: npx tsx bench/import-bounds.ts
import { readDocumentFile } from '../packages/extractor/src/read-file.ts';
import { docxBomb, docxWith, documentXml, heavyDocx, lyingDocxBomb } from '../packages/extractor/src/testing/zip-bombs.ts';

const mb = (n: number) => Math.round(n / 1e6);

async function measure(label: string, fn: () => Promise<unknown>) {
  let peak = process.memoryUsage().rss;
  const iv = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  let outcome = 'ok';
  try {
    await fn();
  } catch (e) {
    outcome = (e as { code?: string }).code ?? String(e);
  }
  clearInterval(iv);
  console.log(
    `${label.padEnd(52)} ${outcome.padEnd(32)} ${String(Math.round(performance.now() - t0)).padStart(7)} ms  peak RSS +${mb(peak - before)} MB`,
  );
}

const small = docxWith(documentXml(['KẾ HOẠCH', 'Thực hiện công tác dân vận chính quyền năm 2026']));
await measure('ordinary .docx, cold worker', () => readDocumentFile({ buffer: small, filename: 'a.docx' }));
await measure('ordinary .docx, warm worker', () => readDocumentFile({ buffer: small, filename: 'a.docx' }));
const bomb = await docxBomb(200);
console.log(`bomb: ${Math.round(bomb.length / 1024)} KB unzipping to 200 MiB`);
await measure('200 MiB bomb (honest directory)', () => readDocumentFile({ buffer: bomb, filename: 'a.docx' }));
const liar = await lyingDocxBomb(200);
await measure('200 MiB bomb (directory claims 2 KB)', () => readDocumentFile({ buffer: liar, filename: 'a.docx' }));
const heavy = heavyDocx(150_000);
await measure('13.7 MiB of XML, ratio check waived (512 MB heap)', () =>
  readDocumentFile({ buffer: heavy, filename: 'a.docx' }, { zip: { maxRatio: 1e9 } }),
);
