// What a file really is, from its first bytes, not from its name: a "PDF" that is not one is refused.
export type AcceptedKind = 'pdf' | 'docx' | 'xlsx' | 'doc' | 'xls' | 'png' | 'jpeg' | 'txt';

export const ACCEPTED_LABEL = 'PDF, Word (.doc, .docx), Excel (.xls, .xlsx), ảnh PNG/JPEG';

const EXT_KIND: Record<string, AcceptedKind> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  doc: 'doc',
  xls: 'xls',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  txt: 'txt',
};

export const CONTENT_TYPES: Record<AcceptedKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  png: 'image/png',
  jpeg: 'image/jpeg',
  txt: 'text/plain; charset=utf-8',
};

function startsWith(data: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => data[i] === b);
}

/** The kind the bytes prove, or null. Zip-based Office files are told apart by their main part. */
export function sniffKind(data: Buffer): AcceptedKind | 'zip' | null {
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    const head = data.subarray(0, Math.min(data.length, 64 * 1024)).toString('latin1');
    if (head.includes('word/')) return 'docx';
    if (head.includes('xl/')) return 'xlsx';
    return 'zip';
  }
  return null;
}

export type FileCheck = { ok: true; kind: AcceptedKind; contentType: string } | { ok: false; reason: 'type' | 'mismatch' | 'empty' };

export function checkFile(filename: string, data: Buffer, allowed: readonly AcceptedKind[]): FileCheck {
  if (data.length === 0) return { ok: false, reason: 'empty' };
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  const claimed = EXT_KIND[ext];
  if (!claimed || !allowed.includes(claimed)) return { ok: false, reason: 'type' };
  if (claimed === 'txt') {
    // Plain text must be valid UTF-8 with no NUL bytes.
    const ok = !data.includes(0) && Buffer.from(data.toString('utf8'), 'utf8').equals(data);
    return ok ? { ok: true, kind: 'txt', contentType: CONTENT_TYPES.txt } : { ok: false, reason: 'mismatch' };
  }
  const actual = sniffKind(data);
  // Old Excel and Word share one container format.
  const same = actual === claimed || (claimed === 'xls' && actual === 'doc');
  return same ? { ok: true, kind: claimed, contentType: CONTENT_TYPES[claimed] } : { ok: false, reason: 'mismatch' };
}
