// Page images: sizes read from the file headers (PNG, JPEG, TIFF), PDF pages rasterised with
// pdftoppm (poppler-utils), legacy .doc converted with LibreOffice. External tools are run with
// execFile (no shell), a time limit, and in a private temporary directory.

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ImportError } from '../errors.ts';

const run = promisify(execFile);

export type ImageType = 'png' | 'jpeg' | 'tiff';

export function imageTypeOf(buf: Uint8Array): ImageType | null {
  if (buf[0] === 0x89 && buf[1] === 0x50 && buf[2] === 0x4e && buf[3] === 0x47) return 'png';
  if (buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (
    (buf[0] === 0x49 && buf[1] === 0x49 && buf[2] === 0x2a && buf[3] === 0) ||
    (buf[0] === 0x4d && buf[1] === 0x4d && buf[2] === 0 && buf[3] === 0x2a)
  )
    return 'tiff';
  return null;
}

/** Width and height in pixels, or null when the header cannot be read. */
export function imageSize(buf: Uint8Array): { width: number; height: number } | null {
  const t = imageTypeOf(buf);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (t === 'png' && buf.length >= 24) return { width: dv.getUint32(16), height: dv.getUint32(20) };
  if (t === 'jpeg') {
    let i = 2;
    while (i + 9 < buf.length) {
      if (buf[i] !== 0xff) {
        i++;
        continue;
      }
      const marker = buf[i + 1]!;
      const len = dv.getUint16(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
        return { height: dv.getUint16(i + 5), width: dv.getUint16(i + 7) };
      i += 2 + len;
    }
    return null;
  }
  if (t === 'tiff' && buf.length >= 8) {
    const le = buf[0] === 0x49;
    const u16 = (o: number): number => dv.getUint16(o, le);
    const u32 = (o: number): number => dv.getUint32(o, le);
    const ifd = u32(4);
    if (ifd + 2 > buf.length) return null;
    let width = 0;
    let height = 0;
    const n = u16(ifd);
    for (let k = 0; k < n; k++) {
      const e = ifd + 2 + k * 12;
      if (e + 12 > buf.length) break;
      const tag = u16(e);
      const type = u16(e + 2);
      const val = type === 3 ? u16(e + 8) : u32(e + 8);
      if (tag === 256) width = val;
      if (tag === 257) height = val;
    }
    return width && height ? { width, height } : null;
  }
  return null;
}

async function has(cmd: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${cmd}`], { timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

export interface RasterOptions {
  dpi?: number;
  maxPages: number;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** Number of pages of a PDF (pdfinfo), or null when it cannot be told. */
export async function pdfPageCount(pdfPath: string): Promise<number | null> {
  try {
    const { stdout } = await run('pdfinfo', [pdfPath], { timeout: 30_000 });
    const m = /^Pages:\s+(\d+)/m.exec(stdout);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Rasterises the first pages of a PDF to PNG files in `dir` (grey, `dpi`, default 200). */
export async function rasterisePdf(pdfPath: string, dir: string, opts: RasterOptions): Promise<string[]> {
  if (!(await has('pdftoppm'))) throw new ImportError('import.ocr_unavailable');
  const pages = await pdfPageCount(pdfPath);
  if (pages !== null && pages > opts.maxPages) throw new ImportError('import.too_many_pages', { limit: opts.maxPages });
  try {
    await run(
      'pdftoppm',
      ['-r', String(opts.dpi ?? 200), '-gray', '-png', '-f', '1', '-l', String(opts.maxPages), pdfPath, join(dir, 'page')],
      {
        timeout: opts.timeoutMs ?? 5 * 60_000,
        signal: opts.signal,
      },
    );
  } catch (e) {
    if (opts.signal?.aborted) throw new ImportError('import.cancelled', {}, { cause: e });
    throw new ImportError('import.corrupt', {}, { cause: e });
  }
  const files = (await readdir(dir)).filter((f) => /^page-\d+\.png$/.test(f));
  files.sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  return files.map((f) => join(dir, f));
}

/** Converts a legacy Word .doc to .docx with LibreOffice; returns the new file's path. */
export async function convertDoc(docPath: string, dir: string, signal?: AbortSignal): Promise<string> {
  if (!(await has('soffice'))) throw new ImportError('import.doc_converter_missing');
  try {
    await run('soffice', ['--headless', '--convert-to', 'docx', '--outdir', dir, docPath], {
      timeout: 120_000,
      signal,
      env: { ...process.env, HOME: dir },
    });
  } catch (e) {
    if (signal?.aborted) throw new ImportError('import.cancelled', {}, { cause: e });
    throw new ImportError('import.corrupt', {}, { cause: e });
  }
  const out = (await readdir(dir)).find((f) => f.endsWith('.docx'));
  if (!out) throw new ImportError('import.corrupt');
  return join(dir, out);
}

export function readImageSize(path: string): { width: number; height: number } | null {
  return imageSize(readFileSync(path));
}
