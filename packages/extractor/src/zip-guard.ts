// Bounds of a zip container (.docx, .xlsx) checked before any library inflates it: a 409 KB file can
// unpack to 200 MiB and more. First the central directory alone (no inflating): the number of entries,
// the declared unpacked size of each and in total, and the compression ratio of large entries. Then
// every deflated entry is inflated as a stream that keeps nothing, counting its bytes and stopping as
// soon as it passes what the directory declared or the budget — so a file whose directory lies about
// its sizes is caught too, with memory staying at one chunk.

import { createInflateRaw } from 'node:zlib';
import { ImportError } from './errors.ts';

export interface ZipLimits {
  /** Entries at most (default 2,000; a letter-size .docx holds 10–40). */
  maxEntries?: number;
  /** Unpacked bytes of all entries together (default 64 MiB). */
  maxUnpackedBytes?: number;
  /** Largest compression ratio of an entry of 1 MiB or more unpacked (default 100; Word's XML is ~10). */
  maxRatio?: number;
}

export const DEFAULT_ZIP_LIMITS: Required<ZipLimits> = { maxEntries: 2000, maxUnpackedBytes: 64 * 1024 * 1024, maxRatio: 100 };

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  unpackedSize: number;
  /** Offset of the entry's compressed data in the file. */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;
const MiB = 1024 * 1024;

const corrupt = (why: string) => new ImportError('import.corrupt', {}, { cause: new Error(why) });
const tooLarge = (limit: number) => new ImportError('import.unpacked_too_large', { limit: Math.round(limit / MiB) });

/** Reads the central directory of a zip (no inflating) and checks its declared sizes against the limits. */
export function zipEntries(buf: Uint8Array, limits: ZipLimits = {}): ZipEntryInfo[] {
  const lim = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535 bytes, at the end.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (b.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no end of central directory');
  const count = b.readUInt16LE(eocd + 10);
  const cdSize = b.readUInt32LE(eocd + 12);
  const cdOffset = b.readUInt32LE(eocd + 16);
  // Zip64 markers: an Office document never needs them; a file that does is far beyond any limit here.
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw tooLarge(lim.maxUnpackedBytes);
  if (count > lim.maxEntries) throw new ImportError('import.too_many_entries', { limit: lim.maxEntries });
  if (cdOffset + cdSize > eocd) throw corrupt('central directory out of bounds');
  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || b.readUInt32LE(p) !== CEN) throw corrupt('bad central directory entry');
    const method = b.readUInt16LE(p + 10);
    const compressedSize = b.readUInt32LE(p + 20);
    const unpackedSize = b.readUInt32LE(p + 24);
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    const localOffset = b.readUInt32LE(p + 42);
    const name = b.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (compressedSize === 0xffffffff || unpackedSize === 0xffffffff || localOffset === 0xffffffff) throw tooLarge(lim.maxUnpackedBytes);
    total += unpackedSize;
    if (total > lim.maxUnpackedBytes) throw tooLarge(lim.maxUnpackedBytes);
    if (unpackedSize >= MiB && unpackedSize > lim.maxRatio * Math.max(1, compressedSize))
      throw new ImportError('import.suspicious_compression', { ratio: lim.maxRatio });
    if (localOffset + 30 > b.length || b.readUInt32LE(localOffset) !== LOC) throw corrupt('bad local header');
    const dataOffset = localOffset + 30 + b.readUInt16LE(localOffset + 26) + b.readUInt16LE(localOffset + 28);
    if (dataOffset + compressedSize > b.length) throw corrupt('entry data out of bounds');
    entries.push({ name, method, compressedSize, unpackedSize, dataOffset });
  }
  return entries;
}

/** Inflates one entry without keeping it, failing once it passes `max` bytes; resolves to its size. */
function inflatedSize(data: Buffer, max: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: 64 * 1024 });
    let n = 0;
    let done = false;
    const end = (err: Error | null) => {
      if (done) return;
      done = true;
      z.destroy();
      if (err) reject(err);
      else resolve(n);
    };
    z.on('data', (c: Buffer) => {
      n += c.length;
      if (n > max) end(new RangeError('over'));
    });
    z.on('end', () => end(null));
    z.on('error', (e) => end(e));
    z.end(data);
  });
}

/**
 * Checks a zip container before it is parsed: directory limits, then each entry's real unpacked size
 * (streamed, nothing kept). Throws ImportError `import.too_many_entries`, `import.unpacked_too_large`,
 * `import.suspicious_compression` or `import.corrupt`.
 */
export async function assertZipWithinLimits(buf: Uint8Array, limits: ZipLimits = {}): Promise<ZipEntryInfo[]> {
  const lim = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const entries = zipEntries(buf, lim);
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
  let total = 0;
  for (const e of entries) {
    if (e.method === 0) {
      total += e.compressedSize;
    } else if (e.method === 8) {
      const data = b.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
      // A directory that understates an entry is refused when the entry passes its stated size.
      let size: number;
      try {
        size = await inflatedSize(data, Math.min(e.unpackedSize, lim.maxUnpackedBytes - total));
      } catch (err) {
        if (err instanceof RangeError) {
          throw total + e.unpackedSize < lim.maxUnpackedBytes
            ? new ImportError('import.suspicious_compression', { ratio: lim.maxRatio })
            : tooLarge(lim.maxUnpackedBytes);
        }
        throw corrupt(`entry ${e.name}: ${(err as Error).message}`);
      }
      total += size;
    } else {
      throw corrupt(`entry ${e.name}: compression method ${e.method}`);
    }
    if (total > lim.maxUnpackedBytes) throw tooLarge(lim.maxUnpackedBytes);
  }
  return entries;
}
