// Turns a clean text into what a scanner gives: LibreOffice lays the text out on A4 pages (PDF),
// pdftoppm rasterises each page (JPEG, 200 dpi, grey), and the pages are wrapped into a PDF that has
// no text layer at all. Used by the evaluation (scanned mode) and by the OCR tests.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jpegsToPdf } from '../src/ocr/image-pdf.ts';

function has(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** null when LibreOffice and pdftoppm are present, otherwise what is missing. */
export function scanToolsAvailable(): string | null {
  const missing = ['soffice', 'pdftoppm'].filter((c) => !has(c));
  return missing.length ? `thiếu ${missing.join(', ')}` : null;
}

/** Renders `text` to page images and writes an image-only PDF to `outPdf`. Returns the page count. */
export function renderTextToScannedPdf(text: string, outPdf: string, dpi = 200): number {
  const dir = mkdtempSync(join(tmpdir(), 'dvcq-scan-'));
  try {
    // A serif font like the Times New Roman of real documents (a plain-text import would use a
    // monospaced font whose dotted zero reads as 9).
    const src = join(dir, 'doc.html');
    const esc = text.normalize('NFC').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    writeFileSync(
      src,
      `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><pre style="font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 13pt; white-space: pre-wrap">${esc}</pre></body></html>`,
    );
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf:writer_web_pdf_Export', '--outdir', dir, src], {
      stdio: 'ignore',
      env: { ...process.env, HOME: dir },
      timeout: 120_000,
    });
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-jpeg', '-jpegopt', 'quality=85', join(dir, 'doc.pdf'), join(dir, 'page')], {
      timeout: 120_000,
    });
    const pages = readdirSync(dir)
      .filter((f) => /^page-\d+\.jpg$/.test(f))
      .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
    writeFileSync(
      outPdf,
      jpegsToPdf(
        pages.map((p) => readFileSync(join(dir, p))),
        dpi,
      ),
    );
    return pages.length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
