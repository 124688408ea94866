// The one way a route reads an uploaded file (multipart/form-data, one file part): the files module's
// attachments, document import and the scorecard workbook all call it. A file over the limit gets
// "too large" with the limit; a body cut off or garbled on the way gets "not received in full"; anything
// else is not the caller's fault and is left to the error handler.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.ts';
import { FileErrors } from './files.errors.ts';

export interface Upload {
  /** As the browser sent it, NFC-normalised. */
  filename: string;
  data: Buffer;
}

/** Busboy's words for a multipart body that ended early or is malformed, and a dropped connection. */
const BROKEN_BODY = /^(Unexpected end of (form|file)|Malformed part header|Part terminated early|Malformed urlencoded form|aborted)$/i;

const isTooLarge = (err: unknown) => (err as { code?: string } | null)?.code === 'FST_REQ_FILE_TOO_LARGE';
const isBrokenBody = (err: unknown) =>
  err instanceof Error &&
  (BROKEN_BODY.test(err.message) ||
    (err as NodeJS.ErrnoException).code === 'ECONNRESET' ||
    (err as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE');

/** A multipart body busboy cannot even start on: no boundary, a garbled header. */
const UNREADABLE_MULTIPART = /boundary|multipart|malformed|unexpected end/i;

export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!request.isMultipart()) throw FileErrors.missing();
  let part;
  try {
    part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  } catch (err) {
    if (isTooLarge(err)) throw err;
    if (err instanceof Error && (UNREADABLE_MULTIPART.test(err.message) || isBrokenBody(err)))
      throw new AppError('request.multipart_invalid');
    throw err;
  }
  if (!part) throw FileErrors.missing();
  // A NUL cannot be stored in PostgreSQL text: refused before a byte reaches storage (no orphan file).
  if (part.filename.includes('\u0000')) {
    part.file.resume();
    throw new AppError('request.nul_character');
  }
  // Other control characters are dropped: they only serve to spoof a name in a listing or a header.
  const filename = part.filename.normalize('NFC').replace(/[\u0001-\u001f\u007f]/g, '');
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch (err) {
    if (isTooLarge(err)) throw FileErrors.tooLarge(filename, maxBytes);
    if (isBrokenBody(err)) throw FileErrors.incomplete(filename);
    throw err;
  }
  if (part.file.truncated) throw FileErrors.tooLarge(filename, maxBytes);
  return { filename, data };
}
