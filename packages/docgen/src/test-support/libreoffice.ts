// Opens documents the way a recipient would: LibreOffice converts them to PDF, poppler reads the PDF
// back (page count, text of a page). Each run uses its own LibreOffice profile so parallel test runs
// do not fight over one. Needs `soffice` (libreoffice) and `pdfinfo`/`pdftotext` (poppler-utils).
import { execFile } from 'node:child_process';
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

/** Text of one page (1-based), whitespace collapsed. */
export async function pdfPageText(pdf: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', pdf, '-']);
  return stdout.normalize('NFC').replace(/\s+/g, ' ').trim();
}
