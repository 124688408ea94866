// readDocument end to end on files a user would upload: a scanned (image-only) PDF, a page image,
// a legacy .doc. The scan is made here from an invented plan: LibreOffice lays it out, pdftoppm
// rasterises it, and the pages are wrapped into a PDF without a text layer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderTextToScannedPdf } from '../scripts/render-scan.ts';
import { readDocument, type ReadProgress } from './read-document.ts';
import { readDocumentFile } from './read-file.ts';
import { isImportError } from './errors.ts';

const PLAN = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH ĐỒNG THÁP',
  '',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '',
  'Số: 215/KH-UBND',
  'Đồng Tháp, ngày 12 tháng 3 năm 2024',
  '',
  'KẾ HOẠCH',
  'Thực hiện công tác dân vận chính quyền năm 2024',
  '',
  'Căn cứ Kế hoạch số 98-KH/BDVTU ngày 05/01/2024 của Ban Dân vận Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
  '',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Nâng cao nhận thức của cán bộ, công chức về công tác dân vận.',
  '',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Sở Nội vụ theo dõi, tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 11 năm 2024.',
  '',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  '',
  'Nguyễn Văn Bình',
].join('\n');

let dir = '';
let scanned = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dvcq-read-test-'));
  scanned = join(dir, 'ke-hoach-quet.pdf');
  renderTextToScannedPdf(PLAN, scanned);
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readDocument', () => {
  it('reads a scanned PDF by OCR, with progress, and a confidence and page regions per field', async () => {
    await expect(readDocumentFile(scanned)).rejects.toMatchObject({ code: 'import.pdf_no_text' });
    const progress: ReadProgress[] = [];
    const r = await readDocument(scanned, { onProgress: (p) => progress.push(p) });
    expect(r.source).toBe('ocr');
    expect(r.format).toBe('pdf');
    expect(r.extraction.number).toBe('215/KH-UBND');
    expect(r.extraction.issuedOn).toBe('2024-03-12');
    expect(r.extraction.place).toBe('Đồng Tháp');
    expect(r.extraction.issuer).toBe('Ủy ban nhân dân tỉnh Đồng Tháp');
    expect(r.extraction.title.toLowerCase()).toBe('thực hiện công tác dân vận chính quyền năm 2024');
    expect(r.extraction.references.map((x) => x.number)).toContain('98-KH/BDVTU');
    expect(r.extraction.signer?.name).toBe('Nguyễn Văn Bình');
    // Progress: from reading to done, never backwards.
    expect(progress[0]!.stage).toBe('reading');
    expect(progress.at(-1)!.stage).toBe('done');
    expect(progress.some((p) => p.stage === 'ocr')).toBe(true);
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.fraction).toBeGreaterThanOrEqual(progress[i - 1]!.fraction - 1e-9);
    // Each field beside the region of the page image it was read from, with a confidence.
    const page = r.ocr!.pages[0]!;
    expect(page.width).toBeGreaterThan(1000);
    for (const f of ['number', 'issuedOn', 'title', 'issuer'] as const) {
      const ev = r.fields[f];
      expect(ev.confidence).toBeGreaterThan(0.5);
      expect(ev.regions.length).toBeGreaterThan(0);
      const [x0, y0, x1, y1] = ev.regions[0]!.bbox;
      expect(ev.regions[0]!.page).toBe(0);
      expect(x0).toBeLessThan(x1);
      expect(y0).toBeLessThan(y1);
      expect(y1).toBeLessThanOrEqual(page.height!);
    }
    // The number sits above the title on the page.
    expect(r.fields.number.regions[0]!.bbox[1]).toBeLessThan(r.fields.title.regions[0]!.bbox[1]);
  }, 180_000);

  it('reads a page image (.png)', async () => {
    execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', '-f', '1', '-l', '1', scanned, join(dir, 'img')]);
    const png = readdirSync(dir).find((f) => f.startsWith('img') && f.endsWith('.png'))!;
    const r = await readDocument({ buffer: readFileSync(join(dir, png)), filename: 'trang-1.png' });
    expect(r.format).toBe('image');
    expect(r.extraction.number).toBe('215/KH-UBND');
    expect(r.fields.year.confidence).not.toBeNull();
    expect(r.extraction.kpiRows).toEqual([]);
    expect(r.extraction.restructuring).toEqual([]);
  }, 180_000);

  it('stops when cancelled, with a clear code', async () => {
    const ac = new AbortController();
    const p = readDocument(scanned, {
      signal: ac.signal,
      onProgress: (x) => {
        if (x.stage === 'ocr' || x.stage === 'queued') ac.abort();
      },
    });
    await expect(p).rejects.toMatchObject({ code: 'import.cancelled' });
  }, 120_000);

  it('stops a job above its memory cap', async () => {
    const err = await readDocument(scanned, { ocrMaxMemoryMb: 40 }).catch((e: unknown) => e);
    expect(isImportError(err) && err.code).toBe('import.ocr_memory');
  }, 120_000);

  it('refuses more pages than allowed and oversized images', async () => {
    await expect(readDocument(scanned, { maxPages: 0 })).rejects.toMatchObject({ code: 'import.too_many_pages' });
    // A PNG header claiming 20000 × 20000 pixels.
    const huge = Buffer.alloc(64);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(huge);
    huge.writeUInt32BE(20000, 16);
    huge.writeUInt32BE(20000, 20);
    await expect(readDocument({ buffer: huge, filename: 'a.png' })).rejects.toMatchObject({ code: 'import.image_too_large' });
  }, 60_000);

  it('reads a legacy Word .doc through LibreOffice', async () => {
    const txt = join(dir, 'kh.txt');
    writeFileSync(txt, PLAN);
    execFileSync('soffice', ['--headless', '--infilter=Text (encoded):UTF8,,,,', '--convert-to', 'doc', '--outdir', dir, txt], {
      env: { ...process.env, HOME: dir },
      stdio: 'ignore',
    });
    const r = await readDocument(join(dir, 'kh.doc'));
    expect(r.format).toBe('doc');
    expect(r.source).toBe('text');
    expect(r.extraction.number).toBe('215/KH-UBND');
    expect(r.fields.number.confidence).toBe(0.95);
    expect(r.restoration).toBeNull();
  }, 120_000);
});
