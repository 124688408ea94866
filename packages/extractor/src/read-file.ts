// File reading around the pure extractor: .docx (mammoth raw text), text-based .pdf (unpdf),
// .txt (UTF-8, BOM stripped, NFC). The type is decided by magic bytes, the extension only breaks ties.

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportError } from './errors.ts';
import { parseInWorker, type ParseLimits } from './parse/parse.ts';
import { assertZipWithinLimits, type ZipLimits } from './zip-guard.ts';

export type DocumentFormat = 'docx' | 'pdf' | 'txt';

export interface ReadDocumentResult {
  text: string;
  format: DocumentFormat;
}

export interface ReadDocumentOptions {
  /** Maximum size in bytes (default 20 MB). */
  maxBytes?: number;
  /** Entries and unpacked bytes of a .docx (zip-guard.ts). */
  zip?: ZipLimits;
  /** Memory, time and pages of the parsing worker (parse/parse.ts). */
  parse?: ParseLimits;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

function latin1(buf: Uint8Array, from = 0, to = buf.length): string {
  return Buffer.from(buf.buffer, buf.byteOffset + from, Math.max(0, Math.min(to, buf.length) - from)).toString('latin1');
}

/** What the bytes are, regardless of the file name. */
export function sniffFormat(buf: Uint8Array, filename = ''): DocumentFormat | 'zip' | 'ole' | 'binary' {
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  // %PDF- may follow a little junk (allowed by readers within the first 1024 bytes)
  if (latin1(buf, 0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) || startsWith(buf, [0x50, 0x4b, 0x05, 0x06])) {
    return latin1(buf).includes('word/') ? 'docx' : 'zip';
  }
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (looksLikeText(buf)) return 'txt';
  void filename;
  return 'binary';
}

function looksLikeText(buf: Uint8Array): boolean {
  const sample = buf.subarray(0, Math.min(buf.length, 64 * 1024));
  if (sample.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.length < buf.length ? trimPartialUtf8(sample) : sample);
  } catch {
    return false;
  }
  let control = 0;
  for (const b of sample) if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  return control <= sample.length * 0.01;
}

function trimPartialUtf8(b: Uint8Array): Uint8Array {
  const end = b.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const c = b[end - i]!;
    if ((c & 0xc0) === 0xc0) return b.subarray(0, end - i);
    if ((c & 0x80) === 0) break;
  }
  return b;
}

function utf16Includes(buf: Uint8Array, s: string): boolean {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.length).includes(Buffer.from(s, 'utf16le'));
}

function normaliseText(s: string): string {
  return s
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

async function readDocx(buf: Uint8Array, options: ReadDocumentOptions): Promise<string> {
  // Bounded before any library inflates it (zip bombs), then parsed in a bounded worker.
  await assertZipWithinLimits(buf, options.zip);
  return parseInWorker('docx', buf, options.parse);
}

async function readPdf(buf: Uint8Array, options: ReadDocumentOptions): Promise<string> {
  const raw = latin1(buf);
  if (/\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(raw)) throw new ImportError('import.encrypted');
  const text = await parseInWorker('pdf', buf, options.parse);
  if (text.replace(/\s+/g, '').length < 10) throw new ImportError('import.pdf_no_text');
  return text;
}

/** Reads a document file (path, or buffer + filename) into plain NFC text. */
export async function readDocumentFile(
  input: string | { buffer: Uint8Array; filename: string },
  options: ReadDocumentOptions = {},
): Promise<ReadDocumentResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let buf: Uint8Array;
  let filename: string;
  if (typeof input === 'string') {
    filename = basename(input);
    let size: number;
    try {
      const st = await stat(input);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch (e) {
      throw new ImportError('import.not_found', { path: input }, { cause: e });
    }
    if (size > maxBytes) throw new ImportError('import.too_large', { limit: Math.round(maxBytes / 1024 / 1024) });
    buf = await readFile(input);
  } else {
    buf = input.buffer;
    filename = input.filename;
  }
  if (buf.length > maxBytes) throw new ImportError('import.too_large', { limit: Math.round(maxBytes / 1024 / 1024) });
  if (buf.length === 0) throw new ImportError('import.empty');

  const kind = sniffFormat(buf, filename);
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  let text: string;
  let format: DocumentFormat;
  switch (kind) {
    case 'pdf':
      text = await readPdf(buf, options);
      format = 'pdf';
      break;
    case 'docx':
      text = await readDocx(buf, options);
      format = 'docx';
      break;
    case 'zip':
      // A zip without Word parts: a damaged .docx, or another Office/zip file.
      if (ext === 'docx') throw new ImportError('import.corrupt');
      throw new ImportError('import.unsupported_type');
    case 'ole':
      // Encrypted OOXML files are stored in an OLE container holding "EncryptedPackage".
      if (utf16Includes(buf, 'EncryptedPackage')) throw new ImportError('import.encrypted');
      throw new ImportError('import.unsupported_type');
    case 'txt':
      if (ext === 'docx' || ext === 'pdf') throw new ImportError('import.corrupt');
      text = new TextDecoder('utf-8').decode(buf);
      format = 'txt';
      break;
    default:
      if (ext === 'docx' || ext === 'pdf') throw new ImportError('import.corrupt');
      throw new ImportError('import.unsupported_type');
  }
  text = normaliseText(text);
  if (text.trim().length === 0) throw new ImportError('import.empty');
  return { text, format };
}
