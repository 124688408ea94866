import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { readDocumentFile, sniffFormat } from './read-file.ts';
import { ImportError } from './errors.ts';

/** A minimal valid PDF with correct xref offsets; `content` is the page content stream (null: no text layer). */
function makePdf(content: string | null, extraTrailer = ''): Uint8Array {
  const objs: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
  ];
  const stream = content ?? '';
  objs.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  objs.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R ${extraTrailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as ImportError).code;
  }
}

describe('readDocumentFile', () => {
  it('reads a .docx with mammoth', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('KẾ HOẠCH')] }),
            new Paragraph({ children: [new TextRun('Thực hiện công tác dân vận năm 2025')] }),
          ],
        },
      ],
    });
    const buffer = new Uint8Array(await Packer.toBuffer(doc));
    const r = await readDocumentFile({ buffer, filename: 'kh.docx' });
    expect(r.format).toBe('docx');
    expect(r.text).toContain('KẾ HOẠCH');
    expect(r.text).toContain('Thực hiện công tác dân vận năm 2025');
    // magic bytes win over a wrong extension
    expect((await readDocumentFile({ buffer, filename: 'kh.txt' })).format).toBe('docx');
  });
  it('reads a text PDF', async () => {
    const pdf = makePdf('BT /F1 12 Tf 72 720 Td (KE HOACH so 12/KH-UBND) Tj ET');
    const r = await readDocumentFile({ buffer: pdf, filename: 'kh.pdf' });
    expect(r.format).toBe('pdf');
    expect(r.text).toContain('KE HOACH so 12/KH-UBND');
  });
  it('rejects a scanned PDF without text', async () => {
    const err = await readDocumentFile({ buffer: makePdf(null), filename: 'scan.pdf' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe('import.pdf_no_text');
    expect((err as ImportError).message).toBe(
      'Tệp PDF không có lớp văn bản (bản quét). Vui lòng dùng tệp có văn bản hoặc nhận dạng ký tự (OCR) trước.',
    );
  });
  it('rejects an encrypted PDF', async () => {
    const pdf = makePdf('BT /F1 12 Tf (x) Tj ET', '/Encrypt << /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >> ');
    expect(await codeOf(readDocumentFile({ buffer: pdf, filename: 'x.pdf' }))).toBe('import.encrypted');
  });
  it('rejects corrupt files', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml garbage')]);
    expect(await codeOf(readDocumentFile({ buffer: zip, filename: 'x.docx' }))).toBe('import.corrupt');
    const badPdf = new TextEncoder().encode('%PDF-1.4\nthis is not a pdf body at all');
    expect(await codeOf(readDocumentFile({ buffer: badPdf, filename: 'x.pdf' }))).toBe('import.corrupt');
  });
  it('rejects unsupported, empty and too large inputs', async () => {
    const random = new Uint8Array(256).map((_, i) => (i * 97 + 13) % 256);
    expect(await codeOf(readDocumentFile({ buffer: random, filename: 'x.bin' }))).toBe('import.unsupported_type');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await codeOf(readDocumentFile({ buffer: ole, filename: 'x.doc' }))).toBe('import.unsupported_type');
    expect(await codeOf(readDocumentFile({ buffer: new Uint8Array(0), filename: 'x.txt' }))).toBe('import.empty');
    expect(await codeOf(readDocumentFile({ buffer: new TextEncoder().encode('  \n '), filename: 'x.txt' }))).toBe('import.empty');
    expect(await codeOf(readDocumentFile({ buffer: new Uint8Array(2048).fill(65), filename: 'x.txt' }, { maxBytes: 1024 }))).toBe(
      'import.too_large',
    );
    const otherZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('xl/workbook.xml')]);
    expect(await codeOf(readDocumentFile({ buffer: otherZip, filename: 'x.xlsx' }))).toBe('import.unsupported_type');
  });
  it('reads .txt from disk: BOM stripped, NFC', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvcq-extractor-'));
    const p = join(dir, 'a.txt');
    writeFileSync(p, `\uFEFF${'Tây Ninh'.normalize('NFD')}\r\n`);
    const r = await readDocumentFile(p);
    expect(r).toEqual({ text: 'Tây Ninh\n', format: 'txt' });
    expect(await codeOf(readDocumentFile(join(dir, 'missing.txt')))).toBe('import.not_found');
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'a'.repeat(2048));
    expect(await codeOf(readDocumentFile(big, { maxBytes: 1024 }))).toBe('import.too_large');
  });
  it('sniffs formats by magic bytes', () => {
    expect(sniffFormat(new TextEncoder().encode('%PDF-1.7'))).toBe('pdf');
    expect(sniffFormat(new TextEncoder().encode('Kế hoạch'))).toBe('txt');
  });
});
