// Parsing a .docx or a text .pdf off the server's thread and within bounds: files are parsed in worker
// threads (parse-worker.mjs) with a V8 heap limit and a time limit. A worker that runs out of memory,
// takes too long, is cancelled or dies is thrown away and answers with its own import code; the server
// carries on. At most one parse per CPU core runs at once; further ones wait (and can be cancelled
// while waiting). Workers are kept warm for a while between files (loading the parsers costs about
// half a second), never holding the process open. Zip containers are checked by zip-guard.ts before
// they get here, so inflated data (outside the V8 heap) stays bounded as well.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ImportError, type ImportErrorCode } from '../errors.ts';

export interface ParseLimits {
  /** Heap of the parsing worker (default 512 MB). */
  maxMemoryMb?: number;
  /** Time limit of one parse (default 60 s). */
  timeoutMs?: number;
  /** Pages of a text PDF at most (default 1,000). */
  maxPages?: number;
  signal?: AbortSignal;
}

export const DEFAULT_PARSE_LIMITS = { maxMemoryMb: 512, timeoutMs: 60_000, maxPages: 1000 };

const WORKER = new URL('./parse-worker.mjs', import.meta.url);
const SLOTS = Math.max(1, availableParallelism());
const IDLE_MS = 30_000;
let running = 0;
const waiting: (() => void)[] = [];

async function acquire(signal?: AbortSignal): Promise<void> {
  if (running < SLOTS) {
    running++;
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const go = () => {
      signal?.removeEventListener('abort', onAbort);
      running++;
      resolve();
    };
    const onAbort = () => {
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
  waiting.shift()?.();
}

interface Warm {
  worker: Worker;
  memoryMb: number;
  idleTimer: NodeJS.Timeout;
}
const idle: Warm[] = [];

function takeWorker(memoryMb: number): Worker {
  const i = idle.findIndex((w) => w.memoryMb === memoryMb);
  if (i >= 0) {
    const [w] = idle.splice(i, 1);
    clearTimeout(w!.idleTimer);
    return w!.worker;
  }
  return new Worker(WORKER, {
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(4, Math.round(memoryMb / 8))) },
  });
}

const ignore = () => undefined;

function giveBack(worker: Worker, memoryMb: number): void {
  worker.on('error', ignore);
  worker.unref();
  const entry: Warm = {
    worker,
    memoryMb,
    idleTimer: setTimeout(() => {
      const i = idle.indexOf(entry);
      if (i >= 0) idle.splice(i, 1);
      void worker.terminate();
    }, IDLE_MS).unref(),
  };
  idle.push(entry);
}

interface WorkerAnswer {
  ok: boolean;
  text?: string;
  code?: ImportErrorCode;
  params?: Record<string, string | number>;
  message?: string;
}

/** The text of a .docx or .pdf, read in a bounded worker. Throws ImportError. */
export async function parseInWorker(format: 'docx' | 'pdf', data: Uint8Array, limits: ParseLimits = {}): Promise<string> {
  const lim = { ...DEFAULT_PARSE_LIMITS, ...limits };
  if (limits.signal?.aborted) throw new ImportError('import.cancelled');
  await acquire(limits.signal);
  try {
    return await run(format, data, lim, limits.signal);
  } finally {
    release();
  }
}

function run(format: 'docx' | 'pdf', data: Uint8Array, lim: typeof DEFAULT_PARSE_LIMITS, signal?: AbortSignal): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ImportError('import.cancelled'));
      return;
    }
    let worker: Worker;
    try {
      worker = takeWorker(lim.maxMemoryMb);
    } catch (e) {
      reject(new ImportError('import.parse_failed', {}, { cause: e }));
      return;
    }
    worker.ref();
    worker.off('error', ignore);
    let settled = false;
    const finish = (err: ImportError | null, text = '', healthy = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (healthy) giveBack(worker, lim.maxMemoryMb);
      else {
        worker.on('error', ignore);
        void worker.terminate();
      }
      if (err) reject(err);
      else resolve(text);
    };
    const onAbort = () => finish(new ImportError('import.cancelled'));
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(
      () => finish(new ImportError('import.parse_timeout', { seconds: Math.max(1, Math.round(lim.timeoutMs / 1000)) })),
      lim.timeoutMs,
    );
    function onMessage(m: WorkerAnswer) {
      if (m.ok) finish(null, m.text ?? '', true);
      else finish(new ImportError(m.code ?? 'import.corrupt', m.params ?? {}, { cause: new Error(m.message ?? m.code) }), '', true);
    }
    function onError(e: Error & { code?: string }) {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(new ImportError('import.parse_memory', { limit: lim.maxMemoryMb }, { cause: e }));
      else finish(new ImportError('import.parse_failed', {}, { cause: e }));
    }
    function onExit(code: number) {
      finish(new ImportError('import.parse_failed', {}, { cause: new Error(`parser exited with ${code}`) }));
    }
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    // A copy: the caller keeps its buffer.
    worker.postMessage({ format, data: new Uint8Array(data), maxPages: lim.maxPages });
  });
}
