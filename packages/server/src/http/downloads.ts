// The one way a route answers with a file (Word, Excel, an attachment): the type, a name that keeps its
// Vietnamese in browsers that read RFC 6266 and an ASCII fallback for those that do not, and no sniffing.
import type { FastifyReply } from 'fastify';

export const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** "Báo cáo 6 tháng.pdf" → "Bao cao 6 thang.pdf" for clients that do not read filename*. */
const asciiName = (filename: string) =>
  filename
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\w .,()-]+/g, '-');

export const contentDisposition = (filename: string) =>
  `attachment; filename="${asciiName(filename)}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

export function attachment(reply: FastifyReply, filename: string, contentType: string, data: Buffer | string) {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', contentDisposition(filename))
    .header('x-content-type-options', 'nosniff')
    .send(data);
}
