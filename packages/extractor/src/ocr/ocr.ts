// OCR of page images, off the request thread and bounded. Each job runs in a child process
// (ocr-child.mjs, tesseract.js + the Vietnamese model from npm), forked with a V8 heap limit; a
// watchdog reads the child's resident memory and kills it above the cap (WebAssembly memory is not
// covered by the heap limit); a timeout and the caller's AbortSignal kill it too. At most one job
// per CPU core runs at a time; further jobs wait their turn (and can be cancelled while waiting).

import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ImportError } from '../errors.ts';

export interface OcrWord {
  text: string;
  conf: number;
  bbox: [number, number, number, number];
}
export interface OcrLine {
  text: string;
  conf: number;
  bbox: [number, number, number, number];
  words: OcrWord[];
}
export interface OcrPage {
  index: number;
  /** Lines in reading order; null marks a paragraph break. */
  lines: (OcrLine | null)[];
  /** Mean word confidence of the page, 0–100. */
  confidence: number;
}

export interface OcrProgress {
  stage: 'queued' | 'ocr';
  page: number;
  pages: number;
  fraction: number;
}

export interface OcrOptions {
  signal?: AbortSignal;
  onProgress?: (p: OcrProgress) => void;
  /** Kill the job above this resident memory (default 1536 MB). */
  maxMemoryMb?: number;
  /** Whole-job time limit (default 10 minutes). */
  timeoutMs?: number;
}

const CHILD = fileURLToPath(new URL('./ocr-child.mjs', import.meta.url));

/** Jobs allowed at once: one per core. */
const SLOTS = Math.max(1, typeof availableParallelism === 'function' ? availableParallelism() : 1);
let running = 0;
const waiting: (() => void)[] = [];

async function acquire(signal?: AbortSignal): Promise<void> {
  if (running < SLOTS) {
    running++;
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const go = (): void => {
      signal?.removeEventListener('abort', onAbort);
      running++;
      resolve();
    };
    const onAbort = (): void => {
      const i = waiting.indexOf(go);
      if (i >= 0) waiting.splice(i, 1);
      reject(new ImportError('import.cancelled'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    waiting.push(go);
  });
}

function release(): void {
  running--;
  const next = waiting.shift();
  if (next) next();
}

/** Resident memory of a process in MB (Linux /proc), or null where it cannot be read. */
function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Recognises the given page images (paths to PNG, JPEG or TIFF files) in Vietnamese. */
export async function ocrImages(images: string[], opts: OcrOptions = {}): Promise<OcrPage[]> {
  if (opts.signal?.aborted) throw new ImportError('import.cancelled');
  opts.onProgress?.({ stage: 'queued', page: 0, pages: images.length, fraction: 0 });
  await acquire(opts.signal);
  try {
    if (opts.signal?.aborted) throw new ImportError('import.cancelled');
    return await runChild(images, opts);
  } finally {
    release();
  }
}

function runChild(images: string[], opts: OcrOptions): Promise<OcrPage[]> {
  const maxMb = opts.maxMemoryMb ?? 1536;
  return new Promise<OcrPage[]>((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = fork(CHILD, [], {
        execArgv: [`--max-old-space-size=${Math.min(512, maxMb)}`],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
    } catch (e) {
      reject(new ImportError('import.ocr_unavailable', {}, { cause: e }));
      return;
    }
    const pages: OcrPage[] = [];
    let settled = false;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString();
    });
    const finish = (err: ImportError | null): void => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      if (err) reject(err);
      else resolve(pages.sort((a, b) => a.index - b.index));
    };
    const onAbort = (): void => finish(new ImportError('import.cancelled'));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => finish(new ImportError('import.ocr_timeout')), opts.timeoutMs ?? 10 * 60_000);
    const watch = setInterval(() => {
      const mb = child.pid ? rssMb(child.pid) : null;
      if (mb !== null && mb > maxMb) finish(new ImportError('import.ocr_memory', { limit: maxMb }));
    }, 200);
    child.on(
      'message',
      (m: {
        type: string;
        page?: number;
        pages?: number;
        progress?: number;
        index?: number;
        lines?: (OcrLine | null)[];
        confidence?: number;
        message?: string;
      }) => {
        if (m.type === 'progress')
          opts.onProgress?.({
            stage: 'ocr',
            page: m.page ?? 0,
            pages: m.pages ?? images.length,
            fraction: ((m.page ?? 0) + (m.progress ?? 0)) / Math.max(1, images.length),
          });
        else if (m.type === 'page') pages.push({ index: m.index ?? pages.length, lines: m.lines ?? [], confidence: m.confidence ?? 0 });
        else if (m.type === 'done') finish(null);
        else if (m.type === 'error') finish(new ImportError('import.ocr_failed', {}, { cause: new Error(m.message) }));
      },
    );
    child.on('error', (e) => finish(new ImportError('import.ocr_unavailable', {}, { cause: e })));
    child.on('exit', (code) => {
      if (!settled)
        finish(new ImportError('import.ocr_failed', {}, { cause: new Error(`OCR process exited with ${code}: ${stderr.slice(0, 500)}`) }));
    });
    child.send({ type: 'run', images });
  });
}
