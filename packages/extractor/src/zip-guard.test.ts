import { describe, expect, it } from 'vitest';
import { ImportError } from './errors.ts';
import { readDocumentFile } from './read-file.ts';
import { docxBomb, docxWith, documentXml, heavyDocx, lyingDocxBomb, part, zip } from './testing/zip-bombs.ts';
import { assertZipWithinLimits, zipEntries } from './zip-guard.ts';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as ImportError).code;
  }
}

const MiB = 1024 * 1024;

/** A text PDF of `n` pages (correct xref offsets). */
function pdfOfPages(n: number): Uint8Array {
  const objs: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  objs.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'); // 3
  for (let i = 0; i < n; i++) {
    const content = `BT /F1 12 Tf 72 720 Td (Trang ${i + 1} cua ke hoach dan van chinh quyen) Tj ET`;
    objs.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objs.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objs.length} 0 R >>`,
    );
    kids.push(`${objs.length} 0 R`);
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${n} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

describe('zip bounds of a .docx, checked before any parser inflates it', () => {
  it('reads an ordinary document built by the test zip writer', async () => {
    const buffer = docxWith(documentXml(['KẾ HOẠCH', 'Thực hiện công tác dân vận năm 2026']));
    expect(zipEntries(buffer).map((e) => e.name)).toContain('word/document.xml');
    const r = await readDocumentFile({ buffer, filename: 'kh.docx' });
    expect(r.text).toContain('Thực hiện công tác dân vận năm 2026');
  });

  it('refuses a 200 MiB bomb of a few hundred KB from its directory, without inflating it', async () => {
    const bomb = await docxBomb(200);
    expect(bomb.length).toBeLessThan(500 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    expect(await codeOf(readDocumentFile({ buffer: bomb, filename: 'ke-hoach.docx' }))).toBe('import.unpacked_too_large');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * MiB);
  });

  it('refuses a bomb whose directory lies about its size once inflating passes the stated size', async () => {
    const bomb = await lyingDocxBomb(200);
    expect(zipEntries(bomb).find((e) => e.name === 'word/document.xml')?.unpackedSize).toBe(2048);
    const before = process.memoryUsage().arrayBuffers;
    expect(await codeOf(readDocumentFile({ buffer: bomb, filename: 'ke-hoach.docx' }))).toBe('import.suspicious_compression');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * MiB);
  });

  it('refuses a highly compressed part under the total limit (ratio), and too many entries', async () => {
    expect(await codeOf(readDocumentFile({ buffer: await docxBomb(20), filename: 'a.docx' }))).toBe('import.suspicious_compression');
    const many = zip([documentXml(['x']), ...Array.from({ length: 2100 }, (_, i) => part(`word/media/p${i}.xml`, 'x'))]);
    expect(await codeOf(readDocumentFile({ buffer: many, filename: 'a.docx' }))).toBe('import.too_many_entries');
  });

  it('applies the caller-given total', async () => {
    const buffer = heavyDocx(20_000);
    expect(await codeOf(assertZipWithinLimits(buffer, { maxUnpackedBytes: MiB, maxRatio: 10_000 }))).toBe('import.unpacked_too_large');
    expect((await assertZipWithinLimits(buffer, { maxRatio: 10_000 })).length).toBe(3);
  });

  it('says a truncated or garbled zip is corrupt', async () => {
    const good = docxWith(documentXml(['KẾ HOẠCH']));
    expect(await codeOf(readDocumentFile({ buffer: good.subarray(0, good.length - 30), filename: 'a.docx' }))).toBe('import.corrupt');
    const garbled = Buffer.from(good);
    garbled.fill(0x41, 40, 80); // inside the deflated data of the first part
    expect(await codeOf(readDocumentFile({ buffer: garbled, filename: 'a.docx' }))).toBe('import.corrupt');
  });
});

describe('parsing in a bounded worker', () => {
  it('a parser that runs out of memory ends its worker with import.parse_memory; the process carries on', async () => {
    const heavy = heavyDocx(150_000);
    const code = await codeOf(
      readDocumentFile({ buffer: heavy, filename: 'nang.docx' }, { zip: { maxRatio: 10_000 }, parse: { maxMemoryMb: 16 } }),
    );
    expect(code).toBe('import.parse_memory');
    const r = await readDocumentFile({ buffer: docxWith(documentXml(['Sau sự cố vẫn đọc được'])), filename: 'a.docx' });
    expect(r.text).toContain('Sau sự cố vẫn đọc được');
  });

  it('a parse over its time limit is stopped with import.parse_timeout', async () => {
    const code = await codeOf(
      readDocumentFile({ buffer: heavyDocx(50_000), filename: 'a.docx' }, { zip: { maxRatio: 10_000 }, parse: { timeoutMs: 5 } }),
    );
    expect(code).toBe('import.parse_timeout');
  });

  it('bounds the pages of a text PDF', async () => {
    const pdf = pdfOfPages(3);
    expect((await readDocumentFile({ buffer: pdf, filename: 'kh.pdf' })).text).toContain('Trang 3');
    expect(await codeOf(readDocumentFile({ buffer: pdf, filename: 'kh.pdf' }, { parse: { maxPages: 2 } }))).toBe(
      'import.pdf_too_many_pages',
    );
  });

  it('a cancelled parse stops with import.cancelled', async () => {
    const ac = new AbortController();
    const p = readDocumentFile(
      { buffer: heavyDocx(50_000), filename: 'a.docx' },
      { zip: { maxRatio: 10_000 }, parse: { signal: ac.signal } },
    );
    ac.abort();
    expect(await codeOf(p)).toBe('import.cancelled');
  });
});
