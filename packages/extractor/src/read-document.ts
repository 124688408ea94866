// readDocument: the one entry point for a user's file. Text formats (.docx, .pdf with a text layer,
// .txt) are read directly; legacy .doc is converted with LibreOffice where it is installed; scanned
// PDFs (no text layer) and images (.png, .jpg, .tif) go through OCR (ocr/ocr.ts: tesseract.js with
// the Vietnamese model, in a child process, bounded in pages, pixels, memory and time, cancellable,
// with progress). The text is then extracted (extract.ts) and every header field gets a confidence
// and, for OCR sources, the page regions it was read from, so a review screen can show each field
// beside its image. Text without diacritics also gets a restored version (diacritics.ts) whose
// every change is listed with the original word.

import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ImportError } from './errors.ts';
import { DEFAULT_MAX_BYTES, readDocumentFile, sniffFormat } from './read-file.ts';
import { extractDocument } from './extract.ts';
import { convertDoc, imageSize, imageTypeOf, rasterisePdf, readImageSize } from './ocr/images.ts';
import { ocrImages, type OcrLine, type OcrPage, type OcrProgress } from './ocr/ocr.ts';
import type { Restoration } from './diacritics.ts';
import type { ParseLimits } from './parse/parse.ts';
import type { ZipLimits } from './zip-guard.ts';
import type { Extraction, Span } from './types.ts';

export type SourceFormat = 'docx' | 'pdf' | 'txt' | 'doc' | 'image';

export interface ReadProgress {
  stage: 'reading' | 'converting' | 'rasterising' | 'queued' | 'ocr' | 'extracting' | 'done';
  /** 0–1 over the whole job. */
  fraction: number;
  page?: number;
  pages?: number;
}

export interface ReadOptions {
  onProgress?: (p: ReadProgress) => void;
  signal?: AbortSignal;
  /** Largest accepted file (default 20 MB). */
  maxBytes?: number;
  /** Pages OCR'd at most (default 50). */
  maxPages?: number;
  /** Largest image page in megapixels (default 40). */
  maxMegapixels?: number;
  /** OCR memory cap (default 1536 MB) and time limit (default 10 min). */
  ocrMaxMemoryMb?: number;
  ocrTimeoutMs?: number;
  /** Entries and unpacked size of a .docx (zip bombs). */
  zip?: ZipLimits;
  /** Memory, time and pages of the worker parsing a .docx or text .pdf. */
  parse?: Omit<ParseLimits, 'signal'>;
  /** Keep the PNG of each OCR'd page in the result (for a review screen). */
  keepPageImages?: boolean;
}

export interface Region {
  /** 0-based page index. */
  page: number;
  /** [x0, y0, x1, y1] in pixels of that page's image. */
  bbox: [number, number, number, number];
}

export interface FieldEvidence {
  /** 0–1; null when the field is empty (nothing is invented). */
  confidence: number | null;
  /** Where on the page images the field was read (OCR sources only). */
  regions: Region[];
}

export type FieldName = 'kind' | 'number' | 'issuedOn' | 'place' | 'issuer' | 'title' | 'year' | 'signer';

export interface ReadDocumentResult {
  filename: string;
  format: SourceFormat;
  /** How the text was obtained. */
  source: 'text' | 'ocr';
  /** The text the extraction's spans point into. */
  text: string;
  extraction: Extraction;
  fields: Record<FieldName, FieldEvidence>;
  /** For OCR sources: page sizes (and images when asked for), and the engine's mean confidence. */
  ocr: {
    engine: 'tesseract.js';
    language: 'vie';
    meanConfidence: number;
    /** Per page: its size, the engine's lines with word boxes and confidences, and the image when asked. */
    pages: { width: number | null; height: number | null; lines: OcrLine[]; png?: Buffer }[];
  } | null;
  /** Text without diacritics restored, with every change listed; null when the text has its marks. */
  restoration: Restoration | null;
}

interface LineBox {
  start: number;
  end: number;
  page: number;
  bbox: [number, number, number, number];
  words: { start: number; end: number; conf: number }[];
}

/** Joins OCR pages into one text, remembering where each line sits on its page. */
export function textFromOcr(pages: OcrPage[]): { text: string; boxes: LineBox[] } {
  let text = '';
  const boxes: LineBox[] = [];
  pages.forEach((p, k) => {
    if (k > 0) text += '\n\n';
    // Paragraphs from the page geometry: a gap taller than most of a line between two lines is a
    // blank line in the document (the engine's own paragraph guesses split wrapped titles).
    let prev: OcrLine | null = null;
    for (const line of p.lines) {
      if (line === null) continue;
      if (prev) {
        const height = Math.max(1, prev.bbox[3] - prev.bbox[1]);
        const gap = line.bbox[1] - prev.bbox[3];
        if (gap > 0.8 * height && !text.endsWith('\n\n')) text += '\n';
      }
      prev = line;
      const start = text.length;
      const words: LineBox['words'] = [];
      line.words.forEach((w, i) => {
        if (i > 0) text += ' ';
        const ws = text.length;
        text += w.text.normalize('NFC');
        words.push({ start: ws, end: text.length, conf: w.conf });
      });
      boxes.push({ start, end: text.length, page: p.index, bbox: line.bbox, words });
      text += '\n';
    }
  });
  return { text, boxes };
}

function spansOf(e: Extraction, f: FieldName): Span[] {
  if (f === 'signer') return e.signer ? [e.signer.nameSpan, ...e.signer.titleSpans] : [];
  return e.spans[f];
}

function valueOf(e: Extraction, f: FieldName): unknown {
  if (f === 'signer') return e.signer;
  if (f === 'title') return e.title || null;
  return e[f];
}

/** Confidence and regions of each header field. */
export function fieldEvidence(e: Extraction, boxes: LineBox[] | null): Record<FieldName, FieldEvidence> {
  const names: FieldName[] = ['kind', 'number', 'issuedOn', 'place', 'issuer', 'title', 'year', 'signer'];
  const out = {} as Record<FieldName, FieldEvidence>;
  for (const f of names) {
    const value = valueOf(e, f);
    const spans = spansOf(e, f);
    if (value === null || value === undefined) {
      out[f] = { confidence: null, regions: [] };
      continue;
    }
    // Read where it stands (a span) is surer than inferred from elsewhere (no span).
    let conf = spans.length > 0 ? 0.95 : 0.6;
    if (e.ocr) conf -= 0.1;
    const regions: Region[] = [];
    if (boxes) {
      const confs: number[] = [];
      for (const sp of spans) {
        for (const b of boxes) {
          if (b.end <= sp.start || b.start >= sp.end) continue;
          regions.push({ page: b.page, bbox: b.bbox });
          for (const w of b.words) if (w.end > sp.start && w.start < sp.end) confs.push(w.conf);
        }
      }
      if (confs.length > 0) conf *= confs.reduce((a, b) => a + b, 0) / confs.length / 100;
    }
    out[f] = { confidence: Math.round(Math.max(0, Math.min(1, conf)) * 100) / 100, regions };
  }
  return out;
}

/**
 * Reads a document file (a path, or a buffer with its file name) into text and a structured draft.
 * Throws ImportError with a stable code and a Vietnamese message for anything it cannot read.
 */
export async function readDocument(
  input: string | { buffer: Uint8Array; filename: string },
  opts: ReadOptions = {},
): Promise<ReadDocumentResult> {
  const progress = (p: ReadProgress): void => opts.onProgress?.(p);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (opts.signal?.aborted) throw new ImportError('import.cancelled');
  progress({ stage: 'reading', fraction: 0 });
  let buf: Uint8Array;
  let filename: string;
  if (typeof input === 'string') {
    filename = basename(input);
    try {
      const st = await stat(input);
      if (!st.isFile()) throw new Error('not a file');
      if (st.size > maxBytes) throw new ImportError('import.too_large', { limit: Math.round(maxBytes / 1024 / 1024) });
    } catch (e) {
      if (e instanceof ImportError) throw e;
      throw new ImportError('import.not_found', { path: input }, { cause: e });
    }
    buf = await readFile(input);
  } else {
    buf = input.buffer;
    filename = input.filename;
  }
  if (buf.length > maxBytes) throw new ImportError('import.too_large', { limit: Math.round(maxBytes / 1024 / 1024) });
  if (buf.length === 0) throw new ImportError('import.empty');

  const readOpts = {
    maxBytes,
    ...(opts.zip ? { zip: opts.zip } : {}),
    parse: { ...opts.parse, ...(opts.signal ? { signal: opts.signal } : {}) },
  };
  const kind = sniffFormat(buf, filename);
  const image = imageTypeOf(buf);
  const work = await mkdtemp(join(tmpdir(), 'dvcq-read-'));
  try {
    if (image) return await viaOcr(filename, 'image', [await saveImage(work, buf, image, opts)], opts, work);
    if (kind === 'ole' && Buffer.from(buf.buffer, buf.byteOffset, buf.length).includes(Buffer.from('EncryptedPackage', 'utf16le')))
      throw new ImportError('import.encrypted');
    if (kind === 'ole' && !/\.(xls|ppt)$/i.test(filename)) {
      const docPath = join(work, 'input.doc');
      await writeFile(docPath, buf);
      progress({ stage: 'converting', fraction: 0.1 });
      const docx = await convertDoc(docPath, work, opts.signal);
      const r = await readDocumentFile(docx, readOpts);
      return finish(filename, 'doc', r.text, null, null, opts);
    }
    if (kind === 'pdf') {
      try {
        const r = await readDocumentFile({ buffer: buf, filename }, readOpts);
        if (!thinTextLayer(r.text, buf)) return finish(filename, 'pdf', r.text, null, null, opts);
      } catch (e) {
        if (!(e instanceof ImportError) || e.code !== 'import.pdf_no_text') throw e;
      }
      // A scan: rasterise the pages and read them.
      const pdfPath = join(work, 'input.pdf');
      await writeFile(pdfPath, buf);
      progress({ stage: 'rasterising', fraction: 0.05 });
      const pages = await rasterisePdf(pdfPath, work, { maxPages: opts.maxPages ?? 50, signal: opts.signal });
      if (pages.length === 0) throw new ImportError('import.pdf_no_text');
      return await viaOcr(filename, 'pdf', pages, opts, work);
    }
    const r = await readDocumentFile({ buffer: buf, filename }, readOpts);
    return finish(filename, r.format, r.text, null, null, opts);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A PDF whose text layer holds almost nothing per page (page numbers, a stamp) is a scan. */
function thinTextLayer(text: string, pdf: Uint8Array): boolean {
  const pages = Math.max(
    1,
    (
      Buffer.from(pdf.buffer, pdf.byteOffset, pdf.length)
        .toString('latin1')
        .match(/\/Type\s*\/Page(?!s)/g) ?? []
    ).length,
  );
  return text.replace(/\s+/g, '').length / pages < 40;
}

async function saveImage(dir: string, buf: Uint8Array, type: 'png' | 'jpeg' | 'tiff', opts: ReadOptions): Promise<string> {
  const size = imageSize(buf);
  const maxMp = opts.maxMegapixels ?? 40;
  if (size && size.width * size.height > maxMp * 1_000_000) throw new ImportError('import.image_too_large', { limit: maxMp });
  const path = join(dir, `page-1.${type === 'jpeg' ? 'jpg' : type === 'tiff' ? 'tif' : 'png'}`);
  await writeFile(path, buf);
  return path;
}

async function viaOcr(
  filename: string,
  format: SourceFormat,
  images: string[],
  opts: ReadOptions,
  _work: string,
): Promise<ReadDocumentResult> {
  const maxMp = opts.maxMegapixels ?? 40;
  const sizes = images.map((p) => readImageSize(p));
  if (sizes.some((s) => s && s.width * s.height > maxMp * 1_000_000)) throw new ImportError('import.image_too_large', { limit: maxMp });
  const onOcr = (p: OcrProgress): void =>
    opts.onProgress?.({ stage: p.stage === 'queued' ? 'queued' : 'ocr', fraction: 0.1 + 0.85 * p.fraction, page: p.page, pages: p.pages });
  const pages = await ocrImages(images, {
    signal: opts.signal,
    onProgress: onOcr,
    maxMemoryMb: opts.ocrMaxMemoryMb,
    timeoutMs: opts.ocrTimeoutMs,
  });
  const { text, boxes } = textFromOcr(pages);
  if (text.replace(/\s+/g, '').length < 10) throw new ImportError('import.ocr_failed');
  const mean = pages.length ? pages.reduce((a, p) => a + p.confidence, 0) / pages.length : 0;
  const pngs = opts.keepPageImages ? await Promise.all(images.map((p) => readFile(p))) : null;
  const info = {
    engine: 'tesseract.js' as const,
    language: 'vie' as const,
    meanConfidence: Math.round(mean * 10) / 10,
    pages: sizes.map((s, k) => ({
      width: s?.width ?? null,
      height: s?.height ?? null,
      lines: (pages[k]?.lines ?? []).filter((l): l is OcrLine => l !== null),
      ...(pngs ? { png: pngs[k] } : {}),
    })),
  };
  return finish(filename, format, text, boxes, info, opts);
}

function finish(
  filename: string,
  format: SourceFormat,
  rawText: string,
  boxes: LineBox[] | null,
  ocr: ReadDocumentResult['ocr'],
  opts: ReadOptions,
): ReadDocumentResult {
  opts.onProgress?.({ stage: 'extracting', fraction: 0.95 });
  const text = rawText.normalize('NFC');
  const extraction = extractDocument(text, { scanned: boxes !== null });
  const restoration = extraction.restoration;
  opts.onProgress?.({ stage: 'done', fraction: 1 });
  return { filename, format, source: boxes ? 'ocr' : 'text', text, extraction, fields: fieldEvidence(extraction, boxes), ocr, restoration };
}
