import { describe, expect, it } from 'vitest';
import type { DocumentModel, Section } from '../model/document-model.ts';
import { documentGaps } from '../model/resolve.ts';
import {
  bodyParagraphs,
  footnoteTexts,
  highlightedTexts,
  keepsWithNext,
  paragraphs,
  paragraphsWith,
  plainText,
  readDocx,
  runWith,
  runs,
} from '../test-support/read-docx.ts';
import { renderDocx } from './render-docx.ts';

const base: DocumentModel = {
  kind: 'plan',
  issuer: { name: 'Ủy ban nhân dân tỉnh Tây Ninh' },
  number: { sequence: 5, symbol: 'KH-UBND' },
  place: 'Tây Ninh',
  issuedOn: '2026-03-02',
  summary: 'Thực hiện công tác dân vận chính quyền năm 2026',
  sections: [{ title: 'Mục đích', blocks: [{ kind: 'paragraph', text: 'Nội dung.' }] }],
  signature: { name: 'Nguyễn Văn A', title: 'Phó Chủ tịch', headTitle: 'Chủ tịch', collective: 'Ủy ban nhân dân' },
};

async function texts(model: DocumentModel): Promise<string[]> {
  const parts = await readDocx(await renderDocx(model));
  return paragraphs(parts.document)
    .map((p) => plainText(p).trim())
    .filter(Boolean);
}

const para = (text: string): Section => ({ blocks: [{ kind: 'paragraph', text }] });

describe('renderDocx — header', () => {
  it('prints the issuer in upper case on two lines, a department under its abbreviated parent', async () => {
    const province = await texts(base);
    expect(province.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH']);
    const department = await texts({ ...base, issuer: { name: 'Sở Nội vụ', parent: 'Ủy ban nhân dân tỉnh Tây Ninh' } });
    expect(department.slice(0, 2)).toEqual(['UBND TỈNH TÂY NINH', 'SỞ NỘI VỤ']);
    expect(department.join('\n')).not.toMatch(/tỉnh tây ninh/);
  });

  it('pads the number as issued and dates an instant on the Vietnamese calendar day', async () => {
    const lines = await texts({ ...base, issuedOn: new Date('2026-03-01T18:30:00Z') });
    expect(lines).toContain('Số: 05/KH-UBND');
    expect(lines).toContain('Tây Ninh, ngày 02 tháng 3 năm 2026');
  });

  it('does not repeat the kind in the summary', async () => {
    const lines = await texts({ ...base, kind: 'report', summary: 'Báo cáo kết quả 6 tháng đầu năm 2026' });
    const at = lines.indexOf('BÁO CÁO');
    expect(lines[at + 1]).toBe('Kết quả 6 tháng đầu năm 2026');
  });
});

describe('renderDocx — numbered parts', () => {
  it('numbers points in the Vietnamese alphabet, đ) after d)', async () => {
    const children = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu'].map((title) => ({
      title,
      blocks: [{ kind: 'paragraph' as const, text: 'x' }],
    }));
    const lines = await texts({ ...base, sections: [{ title: 'Tổ chức', children: [{ title: 'Phân công', children }] }] });
    expect(lines.filter((l) => /^[a-zđ]\) /.test(l))).toEqual(['a) Một', 'b) Hai', 'c) Ba', 'd) Bốn', 'đ) Năm', 'e) Sáu']);
  });

  it('skips empty parts without using up a number', async () => {
    const lines = await texts({
      ...base,
      sections: [
        { title: 'Kết quả', blocks: [{ kind: 'paragraph', text: 'Có nội dung.' }] },
        { title: 'Tồn tại', blocks: [{ kind: 'paragraph', text: '  ' }] },
        { title: 'Kiến nghị', blocks: [{ kind: 'paragraph', text: 'Đề nghị.' }] },
      ],
    });
    expect(lines).toContain('I. KẾT QUẢ');
    expect(lines).toContain('II. KIẾN NGHỊ');
    expect(lines.join('\n')).not.toContain('TỒN TẠI');
  });

  it('keeps headings with the next paragraph, never clauses, and does not bolden clauses', async () => {
    const parts = await readDocx(
      await renderDocx({
        ...base,
        sections: [{ title: 'Mục đích', children: [para('Một câu dài như một khoản của kế hoạch.'), para('Khoản hai.')] }],
      }),
    );
    const body = bodyParagraphs(parts.document);
    const heading = body.find((p) => plainText(p) === 'I. MỤC ĐÍCH')!;
    const clause = body.find((p) => plainText(p).startsWith('1. Một câu dài'))!;
    expect(keepsWithNext(heading)).toBe(true);
    expect(runs(heading).every((r) => r.bold)).toBe(true);
    expect(keepsWithNext(clause)).toBe(false);
    expect(runs(clause).some((r) => r.bold)).toBe(false);
  });

  it('numbers a decision by articles with a bold "Điều N."', async () => {
    const parts = await readDocx(
      await renderDocx({
        ...base,
        kind: 'decision',
        authority: 'Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh',
        sections: [para('Công bố.'), para('Thi hành.')],
      }),
    );
    const lines = paragraphs(parts.document).map(plainText);
    expect(lines).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH');
    expect(lines).toContain('QUYẾT ĐỊNH:');
    expect(lines).toContain('Điều 1. Công bố.');
    expect(runWith(parts.document, 'Điều 2.').bold).toBe(true);
    expect(runWith(parts.document, 'Thi hành').bold).toBe(false);
  });
});

describe('renderDocx — rich text', () => {
  it('sets footnotes at the foot of the page, numbered in reading order', async () => {
    const parts = await readDocx(
      await renderDocx({
        ...base,
        sections: [
          {
            title: 'Căn cứ',
            blocks: [
              {
                kind: 'paragraph',
                text: [
                  'Chương trình',
                  { footnote: 'Quyết định số 490/QĐ-UBND;' },
                  ' và Kế hoạch',
                  { footnote: 'Quyết định số 2631/QĐ-UBND;' },
                  '.',
                ],
              },
            ],
          },
        ],
      }),
    );
    expect(footnoteTexts(parts.footnotes)).toEqual(['1 Quyết định số 490/QĐ-UBND;', '2 Quyết định số 2631/QĐ-UBND;']);
    expect(paragraphsWith(parts.document, 'Chương trình¹ và Kế hoạch²')).toHaveLength(1);
  });

  it('prints lists with "-" and nested items with "+", bold and italic runs kept', async () => {
    const lines = await texts({
      ...base,
      sections: [
        {
          title: 'Nhiệm vụ',
          blocks: [
            {
              kind: 'list',
              items: [
                ['Gửi kế hoạch ', { text: 'chậm nhất 28/3/2026', bold: true }, '.'],
                { text: 'Báo cáo', items: ['6 tháng;', 'năm.'] },
              ],
            },
          ],
        },
      ],
    });
    expect(lines).toEqual(expect.arrayContaining(['- Gửi kế hoạch chậm nhất 28/3/2026.', '- Báo cáo', '+ 6 tháng;']));
  });

  it('ends the text with "./." once, after a list item as well', async () => {
    const lines = await texts({
      ...base,
      sections: [{ title: 'Nhiệm vụ', blocks: [{ kind: 'list', items: ['Việc một;', 'Việc hai đã có dấu./.'] }] }],
    });
    expect(lines.filter((l) => l.includes('./.'))).toEqual(['- Việc hai đã có dấu./.']);
    const closing = await texts({ ...base, closing: [{ kind: 'paragraph', text: 'Trên đây là kế hoạch.' }] });
    expect(closing.filter((l) => l.includes('./.'))).toEqual(['Trên đây là kế hoạch./.']);
  });

  it('writes legal bases as a running paragraph in a plan and one italic line each in a decision', async () => {
    const ref = {
      kind: 'Quyết định',
      number: '908/QĐ-UBND',
      date: '2023-04-14',
      issuer: 'Chủ tịch Ủy ban nhân dân tỉnh',
      subject: 'ban hành Quy định',
    };
    const plan = await texts({ ...base, legalBases: [ref, { ...ref, number: '92/QĐ-UBND', date: '2025-01-14' }] });
    expect(plan).toContain(
      'Căn cứ Quyết định số 908/QĐ-UBND ngày 14/4/2023 của Chủ tịch Ủy ban nhân dân tỉnh ban hành Quy định; Quyết định số 92/QĐ-UBND ngày 14/01/2025 của Chủ tịch Ủy ban nhân dân tỉnh ban hành Quy định.',
    );
    const parts = await readDocx(
      await renderDocx({ ...base, kind: 'decision', legalBases: [ref, { text: 'Theo đề nghị của Giám đốc Sở Nội vụ' }] }),
    );
    const lines = paragraphs(parts.document).map(plainText);
    expect(lines).toContain('Căn cứ Quyết định số 908/QĐ-UBND ngày 14/4/2023 của Chủ tịch Ủy ban nhân dân tỉnh ban hành Quy định;');
    expect(lines).toContain('Theo đề nghị của Giám đốc Sở Nội vụ.');
    expect(runWith(parts.document, 'Theo đề nghị').italic).toBe(true);
  });
});

describe('renderDocx — closing block', () => {
  it('derives TM./KT. lines from the titles and prints "Lưu:" once', async () => {
    const lines = await texts({ ...base, recipients: ['Như trên;', '- Lưu: VT, NC.'], archive: [] });
    const at = lines.indexOf('TM. ỦY BAN NHÂN DÂN');
    expect(lines.slice(at, at + 3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(lines.filter((l) => l.includes('Lưu:'))).toEqual(['- Lưu: VT, NC.']);
    expect(lines).toContain('- Như trên;');
  });
});

describe('renderDocx — công văn', () => {
  it('has no kind line, puts "V/v …" under the number and "Kính gửi:" above the text', async () => {
    const parts = await readDocx(
      await renderDocx({
        ...base,
        kind: 'official_letter',
        number: { sequence: 12, symbol: 'SNV-XDCQ' },
        summary: 'V/v đôn đốc gửi báo cáo',
        addressees: ['Sở Tư pháp'],
        sections: [],
        preamble: [{ kind: 'paragraph', text: 'Đề nghị gửi báo cáo.' }],
      }),
    );
    const header = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(parts.document)?.[0] ?? '';
    expect(paragraphs(header).map(plainText)).toContain('V/v đôn đốc gửi báo cáo');
    const lines = paragraphs(parts.document).map(plainText);
    expect(lines).not.toContain('CÔNG VĂN');
    expect(lines).toContain('Kính gửi: Sở Tư pháp.');
    expect(lines).toContain('Đề nghị gửi báo cáo./.');
  });
});

describe('renderDocx — drafts and incomplete documents', () => {
  const empty: DocumentModel = { kind: 'submission', draft: true, issuer: { name: null }, year: 2026 };

  it('renders a document with nothing filled in, marked "DỰ THẢO" with visible placeholders', async () => {
    const parts = await readDocx(await renderDocx(empty));
    const lines = paragraphs(parts.document).map((p) => plainText(p).trim());
    expect(lines[0]).toBe('DỰ THẢO');
    expect(lines.find((l) => l.startsWith('Số:'))).toMatch(/^Số:\s+\/TTr-…$/);
    expect(lines).toContain('[Địa danh], ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm 2026');
    expect(highlightedTexts(parts.document)).toEqual(
      expect.arrayContaining([
        '[TÊN CƠ QUAN BAN HÀNH]',
        '[Trích yếu nội dung văn bản]',
        '[Nơi nhận văn bản]',
        '[CHỨC VỤ NGƯỜI KÝ]',
        '[Họ và tên người ký]',
        '[Chưa có nội dung]',
      ]),
    );
  });

  it('lists in Vietnamese what is still missing', () => {
    expect(documentGaps(empty).map((gap) => gap.field)).toEqual([
      'issuer',
      'number',
      'place',
      'issuedOn',
      'summary',
      'addressees',
      'signerTitle',
      'signerName',
      'content',
    ]);
    expect(documentGaps(empty)[0]?.message).toBe('Chưa có tên cơ quan ban hành.');
    expect(documentGaps(base)).toEqual([]);
  });

  it('exports a finished document without a signer instead of failing, with the gap shown', async () => {
    const parts = await readDocx(await renderDocx({ ...base, signature: null }));
    expect(highlightedTexts(parts.document)).toEqual(['[CHỨC VỤ NGƯỜI KÝ]', '[Họ và tên người ký]']);
    expect(paragraphs(parts.document).map(plainText)).not.toContain('DỰ THẢO');
  });
});
