// Hostile .docx files for tests, built for real: a minimal zip writer (local headers, central
// directory) over node:zlib, so a test can state exactly what the directory claims and what the data
// inflates to. Used by the extractor's and the server's tests; never by production code.
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** Raw deflate data (method 8) and the size it really inflates to. */
  deflated: Buffer;
  size: number;
  crc: number;
  /** What the central directory claims instead of `size` (a lying directory). */
  declaredSize?: number;
}

export function part(name: string, content: string | Buffer): ZipPart {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, deflated: deflateRawSync(data, { level: 9 }), size: data.length, crc: crc32(data) };
}

/** `size` bytes of one repeated chunk, deflated as a stream (the input is never held whole). */
export async function repeatedPart(name: string, chunk: Buffer, size: number): Promise<ZipPart> {
  const z = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    z.on('end', () => resolve());
    z.on('error', reject);
  });
  let crc = 0;
  let written = 0;
  while (written < size) {
    const c = chunk.subarray(0, Math.min(chunk.length, size - written));
    crc = crc32(c, crc);
    written += c.length;
    if (!z.write(c)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return { name, deflated: Buffer.concat(out), size, crc };
}

export function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const declared = p.declaredSize ?? p.size;
    const loc = Buffer.alloc(30);
    loc.writeUInt32LE(0x04034b50, 0);
    loc.writeUInt16LE(20, 4);
    loc.writeUInt16LE(0x0800, 6);
    loc.writeUInt16LE(8, 8);
    loc.writeUInt32LE(p.crc >>> 0, 14);
    loc.writeUInt32LE(p.deflated.length, 18);
    loc.writeUInt32LE(declared, 22);
    loc.writeUInt16LE(name.length, 26);
    locals.push(loc, name, p.deflated);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(0x0800, 8);
    cen.writeUInt16LE(8, 10);
    cen.writeUInt32LE(p.crc >>> 0, 16);
    cen.writeUInt32LE(p.deflated.length, 20);
    cen.writeUInt32LE(declared, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    central.push(cen, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A Word document whose body is `document` (the whole word/document.xml part). */
export function docxWith(document: ZipPart, extra: ZipPart[] = []): Buffer {
  return zip([part('[Content_Types].xml', CONTENT_TYPES), part('_rels/.rels', RELS), document, ...extra]);
}

/** word/document.xml with the given paragraphs. */
export function documentXml(paragraphs: string[]): ZipPart {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return part(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  );
}

/** The bomb: a .docx of a few hundred KB whose document part unzips to `mib` MiB (default 200). */
export async function docxBomb(mib = 200): Promise<Buffer> {
  return docxWith(await repeatedPart('word/document.xml', Buffer.alloc(1024 * 1024, 0x20), mib * 1024 * 1024));
}

/** A bomb whose central directory claims the document part is 2 KB. */
export async function lyingDocxBomb(mib = 200): Promise<Buffer> {
  const p = await repeatedPart('word/document.xml', Buffer.alloc(1024 * 1024, 0x20), mib * 1024 * 1024);
  return docxWith({ ...p, declaredSize: 2048 });
}

/** A heavy but honest document: `paragraphs` paragraphs of real XML (a large tree for the parser). */
export function heavyDocx(paragraphs: number): Buffer {
  const xml = `<w:p><w:r><w:t>Nội dung thực hiện kế hoạch dân vận chính quyền</w:t></w:r></w:p>`;
  return docxWith(
    part(
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${xml.repeat(paragraphs)}</w:body></w:document>`,
    ),
  );
}

/** An .xlsx-shaped bomb: a worksheet part that unzips to `mib` MiB. */
export async function xlsxBomb(mib = 200): Promise<Buffer> {
  return zip([
    part('[Content_Types].xml', CONTENT_TYPES),
    await repeatedPart('xl/worksheets/sheet1.xml', Buffer.alloc(1024 * 1024, 0x20), mib * 1024 * 1024),
  ]);
}
