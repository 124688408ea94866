// Every document of the cycle opened in LibreOffice, as a recipient without Word would: it converts,
// has the expected number of pages, and its first page reads as the document should begin. CI
// installs LibreOffice and poppler-utils (.ci/run).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYCLE_DOCUMENTS } from '../examples/cycle-documents.ts';
import { plan696 } from '../examples/plan-696.ts';
import type { DocumentModel } from '../model/document-model.ts';
import { convertWithLibreOffice, missingInOrder, pdfPageCount, pdfPageText, pdfWords } from '../test-support/libreoffice.ts';
import { MARGIN, TWIPS_PER_MM } from './page-layout.ts';
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

/**
 * The documents a leader signs at the end of the cycle, read back in full: the header block, the
 * number, the place-and-date line and the signature block down to the signer's name, in this order.
 */
const SIGNED: Record<string, readonly string[]> = {
  'ho-so-tu-danh-gia': [
    'ỦY BAN NHÂN DÂN',
    'PHƯỜNG LONG AN',
    'Số: 215/BC-UBND',
    'Long An, ngày 12 tháng 12 năm 2025',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Lê Thị Mai',
  ],
  'quyet-dinh-xep-loai': [
    'ỦY BAN NHÂN DÂN',
    'TỈNH TÂY NINH',
    'Số: 125/QĐ-UBND',
    'Tây Ninh, ngày 12 tháng 01 năm 2026',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Nguyễn Hồng Thanh',
  ],
  'to-trinh-khen-thuong': [
    'UBND TỈNH TÂY NINH',
    'SỞ NỘI VỤ',
    'Số: 12/TTr-SNV',
    'Tây Ninh, ngày 20 tháng 01 năm 2026',
    'GIÁM ĐỐC',
    'Phạm Minh Tâm',
  ],
};

/** Every heading field far longer than usual: each must wrap inside the page, none run off it. */
const LONG_FIELDS = {
  issuer: 'Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận chính quyền tỉnh Tây Ninh',
  parent: 'Ủy ban nhân dân tỉnh Tây Ninh và Ban Thường vụ Tỉnh ủy Tây Ninh',
  summary:
    'Kết quả thực hiện công tác dân vận chính quyền, Quy chế dân chủ ở cơ sở, cải cách hành chính, chuyển đổi số và xây dựng chính quyền thân thiện, gần dân, vì dân trên địa bàn tỉnh Tây Ninh năm 2025',
  heading:
    'Kết quả thực hiện công tác dân vận chính quyền gắn với thực hiện Quy chế dân chủ ở cơ sở, cải cách thủ tục hành chính, chuyển đổi số và xây dựng chính quyền số',
  signerTitle: 'Phó Trưởng Ban Thường trực Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh',
  signerName: 'Nguyễn Thị Phương Thảo',
};

function longFieldsDocument(): DocumentModel {
  const base = CYCLE_DOCUMENTS['bao-cao-dinh-ky']!;
  return {
    ...base,
    issuer: { name: LONG_FIELDS.issuer, parent: LONG_FIELDS.parent },
    summary: LONG_FIELDS.summary,
    sections: [
      { title: LONG_FIELDS.heading, blocks: [{ kind: 'paragraph', text: 'Các cơ quan, đơn vị triển khai đầy đủ các nhiệm vụ.' }] },
      ...(base.sections ?? []),
    ],
    signature: { name: LONG_FIELDS.signerName, title: LONG_FIELDS.signerTitle },
  };
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

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
  files.push(join(dir, 'truong-dai.docx'));
  await writeFile(files.at(-1)!, await renderDocx(longFieldsDocument()));
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

  for (const [name, expected] of Object.entries(SIGNED)) {
    it(`${name}: header block, number, date line and signer read back from the PDF`, async () => {
      expect(missingInOrder(await pdfPageText(join(dir, `${name}.pdf`)), expected)).toEqual([]);
    });
  }

  it('wraps heading fields far longer than usual inside the page: every word on it, none lost', async () => {
    const pdf = join(dir, 'truong-dai.pdf');
    const words = await pdfWords(pdf);
    const left = (MARGIN.left / TWIPS_PER_MM / 25.4) * 72;
    const right = (MARGIN.right / TWIPS_PER_MM / 25.4) * 72;
    expect(words.length).toBeGreaterThan(200);
    const outside = words.filter((w) => w.xMin < left - 1.5 || w.xMax > w.pageWidth - right + 1.5);
    expect(outside.map((w) => `${w.page}: ${w.text} ${w.xMin}–${w.xMax}`)).toEqual([]);
    // Wrapping moves words to the next line; it never drops one (spaces aside, as wrapped).
    const text = squeeze(await pdfPageText(pdf));
    for (const field of [LONG_FIELDS.summary, LONG_FIELDS.signerName]) expect(text).toContain(squeeze(field));
    // Set in capitals; the parent body with "Ủy ban nhân dân" shortened to "UBND" as the decree allows.
    const parentLine = LONG_FIELDS.parent.replace('Ủy ban nhân dân', 'UBND');
    for (const field of [LONG_FIELDS.issuer, parentLine, LONG_FIELDS.heading, LONG_FIELDS.signerTitle])
      expect(text.toLowerCase()).toContain(squeeze(field).toLowerCase());
  });

  it('never breaks a word of a table header across lines ("STT" reads whole)', async () => {
    for (const name of ['bao-cao-dinh-ky', 'bao-cao-tong-hop', 'quyet-dinh-xep-loai', 'to-trinh-khen-thuong']) {
      const words = (await pdfWords(join(dir, `${name}.pdf`))).map((w) => w.text);
      expect(words, name).toContain('STT');
      expect(
        words.filter((w) => w === 'ST' || w === 'S' || w === 'T'),
        name,
      ).toEqual([]);
    }
  });

  it('numbers pages from page 2 only, at the top', async () => {
    const pdf = join(dir, 'ke-hoach-tinh-696.pdf');
    expect(await pdfPageText(pdf, 1)).not.toMatch(/^1 /);
    expect(await pdfPageText(pdf, 2)).toMatch(/^2 /);
    expect(await pdfPageText(pdf, 9)).toMatch(/^9 .*Nơi nhận:.*Nguyễn Hồng Thanh$/);
  });
});
