// Every document of the cycle opened in LibreOffice, as a recipient without Word would: it converts,
// has the expected number of pages, and its first page reads as the document should begin. CI
// installs LibreOffice and poppler-utils (.ci/run).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYCLE_DOCUMENTS } from '../examples/cycle-documents.ts';
import { plan696 } from '../examples/plan-696.ts';
import { convertWithLibreOffice, pdfPageCount, pdfPageText } from '../test-support/libreoffice.ts';
import { buildOfficialDocx } from './build-official-docx.ts';
import { NATIONAL_MOTTO, NATIONAL_NAME } from './national-header.ts';
import { renderDocx } from './render-docx.ts';

interface Expectation {
  pages: number;
  /** Strings the first page must contain, in this order. */
  firstPage: readonly string[];
}

const EXPECTED: Record<string, Expectation> = {
  'ke-hoach-tinh-696': {
    pages: 9,
    firstPage: [
      'ỦY BAN NHÂN DÂN',
      'TỈNH TÂY NINH',
      'Số: 696/KH-UBND',
      'Tây Ninh, ngày 06 tháng 3 năm 2025',
      'KẾ HOẠCH',
      'Căn cứ Quyết định số 23-QĐ/TW',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Tập trung chỉ đạo',
    ],
  },
  'ke-hoach-don-vi': {
    pages: 2,
    firstPage: ['UBND TỈNH TÂY NINH', 'SỞ NỘI VỤ', 'Số: 58/KH-SNV', 'KẾ HOẠCH', 'Thực hiện Kế hoạch số 696/KH-UBND'],
  },
  'bao-cao-dinh-ky': {
    pages: 2,
    firstPage: ['SỞ NỘI VỤ', 'Số: 07/BC-SNV', 'BÁO CÁO', 'Kính gửi: Ủy ban nhân dân tỉnh.', 'I. KẾT QUẢ THỰC HIỆN'],
  },
  'bao-cao-tong-hop': { pages: 3, firstPage: ['ỦY BAN NHÂN DÂN', 'Số: 412/BC-UBND', 'BÁO CÁO', 'trên cơ sở báo cáo của 46/48 cơ quan'] },
  'ho-so-tu-danh-gia': {
    pages: 3,
    firstPage: [
      'PHƯỜNG LONG AN',
      'Số: 215/BC-UBND',
      'Long An, ngày 12 tháng 12 năm 2025',
      'Kính gửi: Sở Nội vụ.',
      'Tổng điểm tự chấm: 47/50 điểm',
    ],
  },
  'quyet-dinh-xep-loai': {
    pages: 2,
    firstPage: [
      'Số: 125/QĐ-UBND',
      'Tây Ninh, ngày 12 tháng 01 năm 2026',
      'QUYẾT ĐỊNH',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH',
      'QUYẾT ĐỊNH:',
      'Điều 1.',
    ],
  },
  'cong-van-don-doc': {
    pages: 1,
    firstPage: [
      'SỞ NỘI VỤ',
      '/SNV-XDCQ',
      'V/v Đôn đốc gửi báo cáo',
      'Kính gửi:',
      'còn 03 cơ quan',
      'chậm nhất ngày 27/5/2026',
      'Trần Văn Hùng',
    ],
  },
  'to-trinh-khen-thuong': { pages: 2, firstPage: ['SỞ NỘI VỤ', 'Số: 12/TTr-SNV', 'TỜ TRÌNH', 'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh.'] },
  'du-thao-ke-hoach': {
    pages: 1,
    firstPage: ['DỰ THẢO', 'SỞ NỘI VỤ', '/KH-SNV', 'KẾ HOẠCH', '[Chưa có nội dung]', '[Họ và tên người ký]'],
  },
  'ke-hoach-api-cu': { pages: 4, firstPage: ['ỦY BAN NHÂN DÂN', 'Số: 696/KH-UBND', 'KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU'] },
};

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dvcq-lo-'));
  const files: string[] = [];
  for (const [name, model] of Object.entries(CYCLE_DOCUMENTS)) {
    files.push(join(dir, `${name}.docx`));
    await writeFile(files.at(-1)!, await renderDocx(model));
  }
  files.push(join(dir, 'ke-hoach-api-cu.docx'));
  await writeFile(files.at(-1)!, await buildOfficialDocx(plan696));
  await convertWithLibreOffice(files, dir);
}, 300_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('documents opened in LibreOffice', () => {
  it('covers every document of the cycle', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...Object.keys(CYCLE_DOCUMENTS), 'ke-hoach-api-cu'].sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.pages} page(s), first page as the document begins`, async () => {
      const pdf = join(dir, `${name}.pdf`);
      expect(await pdfPageCount(pdf)).toBe(expected.pages);
      const text = await pdfPageText(pdf, 1);
      let from = 0;
      for (const needle of [NATIONAL_NAME, NATIONAL_MOTTO, ...expected.firstPage]) {
        const at = text.indexOf(needle, needle === NATIONAL_NAME || needle === NATIONAL_MOTTO ? 0 : from);
        expect(at, `"${needle}" on page 1 of ${name}`).toBeGreaterThanOrEqual(0);
        if (needle !== NATIONAL_NAME && needle !== NATIONAL_MOTTO) from = at;
      }
    });
  }

  it('numbers pages from page 2 only, at the top', async () => {
    const pdf = join(dir, 'ke-hoach-tinh-696.pdf');
    expect(await pdfPageText(pdf, 1)).not.toMatch(/^1 /);
    expect(await pdfPageText(pdf, 2)).toMatch(/^2 /);
    expect(await pdfPageText(pdf, 9)).toMatch(/^9 .*Nơi nhận:.*Nguyễn Hồng Thanh$/);
  });
});
