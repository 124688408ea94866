// Opens documents the way a recipient would: LibreOffice converts them to PDF, poppler reads the PDF
// back (page count, text of a page). Each run uses its own LibreOffice profile so parallel test runs
// do not fight over one. Needs `soffice` (libreoffice) and `pdfinfo`/`pdftotext` (poppler-utils).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Converts every file to PDF (or `target`, e.g. "xlsx" to re-save a workbook) in one LibreOffice start. */
export async function convertWithLibreOffice(files: readonly string[], outDir: string, target = 'pdf'): Promise<void> {
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(outDir, '.lo-profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      target,
      '--outdir',
      outDir,
      ...files,
    ],
    { timeout: 240_000 },
  );
}

export async function pdfPageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const pages = /^Pages:\s+(\d+)/m.exec(stdout)?.[1];
  if (!pages) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(pages);
}

/** Text of one page (1-based), or of the whole document without `page`; whitespace collapsed. */
export async function pdfPageText(pdf: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const { stdout } = await run('pdftotext', [...range, '-enc', 'UTF-8', pdf, '-']);
  return stdout.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export interface PdfWord {
  page: number;
  text: string;
  /** Points from the page's left edge. */
  xMin: number;
  xMax: number;
  pageWidth: number;
}

/** Every word with its horizontal position on its page (poppler's bounding boxes). */
export async function pdfWords(pdf: string): Promise<PdfWord[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const line of stdout.split('\n')) {
    const p = /<page width="([\d.]+)"/.exec(line);
    if (p) {
      page++;
      pageWidth = Number(p[1]);
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/.exec(line);
    if (w) words.push({ page, text: w[3]!.normalize('NFC'), xMin: Number(w[1]), xMax: Number(w[2]), pageWidth });
  }
  return words;
}

/** A Word file opened as a recipient without Word would: converted by LibreOffice, its PDF read back. */
export async function openInLibreOffice(docx: Uint8Array): Promise<{ text: string; pages: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'dvcq-lo-'));
  try {
    await writeFile(join(dir, 'document.docx'), docx);
    await convertWithLibreOffice([join(dir, 'document.docx')], dir);
    const pdf = join(dir, 'document.pdf');
    return { text: await pdfPageText(pdf), pages: await pdfPageCount(pdf) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The strings of `needles` that `text` does not hold in this order (empty when all are there). */
export function missingInOrder(text: string, needles: readonly string[]): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    if (at < 0) missing.push(needle);
    else from = at + needle.length;
  }
  return missing;
}
