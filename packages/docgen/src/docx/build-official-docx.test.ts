import { describe, expect, it } from 'vitest';
import { plan696 } from '../examples/plan-696.ts';
import {
  alignmentOf,
  paragraphs,
  paragraphsWith,
  plainText,
  readDocx,
  runWith,
  runs,
  sectionProperties,
  type DocxParts,
} from '../test-support/read-docx.ts';
import { buildOfficialDocx } from './build-official-docx.ts';
import { NATIONAL_MOTTO, NATIONAL_NAME } from './national-header.ts';
import type { OfficialDocument } from './official-document.ts';

async function render(doc: OfficialDocument): Promise<DocxParts> {
  return readDocx(await buildOfficialDocx(doc));
}

const parts = await render(plan696);
const xml = parts.document;

describe('buildOfficialDocx — header block', () => {
  it('prints the national name and motto in bold', () => {
    const name = runWith(xml, NATIONAL_NAME);
    const motto = runWith(xml, NATIONAL_MOTTO);
    expect(name.bold).toBe(true);
    expect(motto.bold).toBe(true);
    expect(motto.text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(name.sizePt).toBeGreaterThanOrEqual(12);
    expect(motto.sizePt).toBeGreaterThanOrEqual(13);
  });

  it('prints the issuing body upper-case bold and the number centred under it', () => {
    expect(runWith(xml, 'ỦY BAN NHÂN DÂN').bold).toBe(true);
    expect(runWith(xml, 'TỈNH TÂY NINH').bold).toBe(true);
    const number = runWith(xml, 'Số: 696/KH-UBND');
    expect(number.text).toBe('Số: 696/KH-UBND');
    expect(number.bold).toBe(false);
    expect(number.sizePt).toBe(13);
    expect(alignmentOf(paragraphsWith(xml, 'Số: 696/KH-UBND')[0] ?? '')).toBe('center');
  });

  it('prints the place-and-date line in italic with the decree leading zeros', () => {
    const date = runWith(xml, 'Tây Ninh, ngày');
    expect(date.text).toBe('Tây Ninh, ngày 06 tháng 3 năm 2025');
    expect(date.italic).toBe(true);
  });

  it('prints the parent body upper-case and not bold when given', async () => {
    const withParent = await render({ ...plan696, issuer: { parent: 'Ủy ban nhân dân tỉnh Tây Ninh', name: 'Sở Nội vụ' } });
    const parent = runWith(withParent.document, 'ỦY BAN NHÂN DÂN TỈNH TÂY NINH');
    expect(parent.bold).toBe(false);
    expect(runWith(withParent.document, 'SỞ NỘI VỤ').bold).toBe(true);
  });

  it('draws solid rules under the issuing body, the motto and the title', () => {
    const rules = paragraphs(xml).filter((p) => /<w:pBdr>[\s\S]*?<w:bottom w:val="single"/.test(p) && plainText(p) === '');
    expect(rules.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the layout tables borderless', () => {
    const firstTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    expect(firstTable).toContain(NATIONAL_NAME);
    expect(firstTable).not.toMatch(/<w:tblBorders>[\s\S]*?w:val="single"[\s\S]*?<\/w:tblBorders>/);
  });
});

describe('buildOfficialDocx — title, legal bases, body', () => {
  it('prints the document type and summary title bold and centred', () => {
    const type = runWith(xml, 'KẾ HOẠCH');
    expect(type.bold).toBe(true);
    expect(alignmentOf(paragraphsWith(xml, 'KẾ HOẠCH')[0] ?? '')).toBe('center');
    const title = runWith(xml, 'Thực hiện công tác dân vận chính quyền năm 2025 trên địa bàn tỉnh Tây Ninh');
    expect(title.bold).toBe(true);
  });

  it('prints legal bases in italic, each ending ";" and the last "."', () => {
    const bases = paragraphs(xml).filter((p) => plainText(p).startsWith('Căn cứ Quyết định') || plainText(p).startsWith('Căn cứ Chỉ thị'));
    expect(bases).toHaveLength(4);
    bases.forEach((base, index) => {
      expect(runs(base).every((run) => run.italic)).toBe(true);
      expect(plainText(base).endsWith(index === bases.length - 1 ? '.' : ';')).toBe(true);
    });
  });

  it('numbers headings I./1./a) and styles them by level', () => {
    expect(runWith(xml, 'I. ').bold).toBe(true);
    expect(paragraphsWith(xml, 'I. MỤC ĐÍCH, YÊU CẦU')).toHaveLength(1);
    expect(paragraphsWith(xml, 'II. NỘI DUNG THỰC HIỆN')).toHaveLength(1);
    expect(paragraphsWith(xml, 'III. TỔ CHỨC THỰC HIỆN')).toHaveLength(1);
    expect(paragraphsWith(xml, '1. Quán triệt và tổ chức học tập')).toHaveLength(1);
    expect(runWith(xml, 'Quán triệt và tổ chức học tập').bold).toBe(true);
    expect(paragraphsWith(xml, '1. Phân công nhiệm vụ')).toHaveLength(1);
    expect(paragraphsWith(xml, '2. Chế độ thông tin, báo cáo')).toHaveLength(1);
    expect(paragraphsWith(xml, 'a) Sở Nội vụ')).toHaveLength(1);
    expect(paragraphsWith(xml, 'b) Sở Tư pháp')).toHaveLength(1);
    expect(runWith(xml, 'Sở Nội vụ').bold).toBe(false);
  });

  it('justifies body paragraphs with a 1.27 cm first-line indent and 6 pt after', () => {
    const body = paragraphsWith(xml, 'Căn cứ tình hình thực tiễn')[0] ?? '';
    expect(alignmentOf(body)).toBe('both');
    expect(body).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(body).toMatch(/w:after="120"/);
    expect(runWith(xml, 'Căn cứ tình hình thực tiễn').sizePt).toBe(14);
  });

  it('writes bullets with a dash and keeps inline bold', () => {
    expect(paragraphsWith(xml, '- Phân công cụ thể cán bộ')).toHaveLength(1);
    expect(runWith(xml, 'trước ngày 15/12/2025').bold).toBe(true);
  });

  it('renders body tables with bold repeating header, grouped right-aligned numbers and bold totals', () => {
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('Loại báo cáo')) ?? '';
    expect(table).toContain('<w:tblHeader/>');
    expect(table).toMatch(/<w:tblBorders>[\s\S]*?w:val="single"/);
    expect(runWith(table, 'Loại báo cáo').bold).toBe(true);
    expect(runWith(table, 'Báo cáo 6 tháng').bold).toBe(false);
    expect(alignmentOf(paragraphsWith(table, '1.250')[0] ?? '')).toBe('right');
    expect(runWith(table, 'Tổng cộng').bold).toBe(true);
    expect(runWith(table, '2.500').bold).toBe(true);
  });

  it('uses Times New Roman everywhere', () => {
    expect(parts.styles).toContain('w:ascii="Times New Roman"');
    const fonts = new Set(
      paragraphs(xml)
        .flatMap((p) => runs(p).map((run) => run.font))
        .filter((f) => f !== null),
    );
    expect([...fonts]).toEqual(['Times New Roman']);
  });
});

describe('buildOfficialDocx — page setup and page numbers', () => {
  const sections = sectionProperties(xml);
  const main = sections[0] ?? '';

  it('is A4 portrait with the decree margins', () => {
    expect(main).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(main).toMatch(/w:top="1134"/); // 20 mm
    expect(main).toMatch(/w:bottom="1134"/); // 20 mm
    expect(main).toMatch(/w:left="1701"/); // 30 mm
    expect(main).toMatch(/w:right="850"/); // 15 mm
  });

  it('numbers pages in the header, centred, but not on the first page', () => {
    expect(main).toContain('<w:titlePg/>');
    const numbered = parts.firstSectionHeaders['default'] ?? '';
    const first = parts.firstSectionHeaders['first'] ?? '';
    expect(numbered).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(alignmentOf(numbered)).toBe('center');
    expect(first).not.toContain('PAGE');
  });
});

describe('buildOfficialDocx — closing block', () => {
  it('prints "Nơi nhận:" 12 pt bold italic and the recipients 11 pt with decree punctuation', () => {
    const heading = runWith(xml, 'Nơi nhận:');
    expect(heading).toMatchObject({ bold: true, italic: true, sizePt: 12 });
    const first = runWith(xml, '- Bộ Nội vụ;');
    expect(first).toMatchObject({ text: '- Bộ Nội vụ;', sizePt: 11, bold: false });
    expect(runWith(xml, '- LĐVP; Phòng NC;').text).toBe('- LĐVP; Phòng NC;');
    expect(runWith(xml, '- Lưu:').text).toBe('- Lưu: VT, VP. UBND tỉnh.');
  });

  it('prints the authority lines, position and signer name bold, in order', () => {
    const closing = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('Nơi nhận:')) ?? '';
    const lines = ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Hồng Thanh'];
    const positions = lines.map((line) => closing.indexOf(`>${line}<`));
    positions.forEach((position) => expect(position).toBeGreaterThan(0));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    lines.forEach((line) => expect(runWith(closing, line).bold).toBe(true));
  });
});

describe('buildOfficialDocx — appendices and orientation', () => {
  it('starts the single appendix in a new landscape section with its own numbering', () => {
    const sections = sectionProperties(xml);
    expect(sections).toHaveLength(2);
    const appendix = sections[1] ?? '';
    expect(appendix).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(appendix).toMatch(/<w:pgNumType w:start="1"\/>/);
    expect(runWith(xml, 'Phụ lục').bold).toBe(true);
    expect(paragraphsWith(xml, 'Phụ lục I')).toHaveLength(0); // a lone appendix has no numeral
    const reference = runWith(xml, '(Kèm theo Kế hoạch số 696/KH-UBND');
    expect(reference.text).toBe('(Kèm theo Kế hoạch số 696/KH-UBND ngày 06 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Tây Ninh)');
    expect(reference.italic).toBe(true);
  });

  it('labels several appendices with Roman numerals', async () => {
    const appendix = { title: 'Danh sách', blocks: [{ kind: 'paragraph' as const, text: 'Nội dung' }] };
    const many = await render({ ...plan696, appendices: [appendix, appendix] });
    expect(paragraphsWith(many.document, 'Phụ lục I')).toHaveLength(2); // "Phụ lục I" and "Phụ lục II"
    expect(paragraphsWith(many.document, 'Phụ lục II')).toHaveLength(1);
    expect(runWith(many.document, 'DANH SÁCH').bold).toBe(true);
  });

  it('switches a body section to landscape and back for a wide table', async () => {
    const doc: OfficialDocument = {
      ...plan696,
      appendices: [],
      body: [
        { kind: 'paragraph', text: 'Trước bảng' },
        { kind: 'sectionBreak', orientation: 'landscape' },
        { kind: 'table', columns: [{ header: 'A', width: 1 }], rows: [['x']] },
        { kind: 'sectionBreak', orientation: 'portrait' },
        { kind: 'paragraph', text: 'Sau bảng' },
      ],
    };
    const sections = sectionProperties((await render(doc)).document);
    expect(sections.map((s) => /w:orient="(\w+)"/.exec(s)?.[1])).toEqual(['portrait', 'landscape', 'portrait']);
    expect(sections[1]).not.toContain('<w:titlePg/>'); // page numbers keep showing after page 1
    expect(sections[1]).not.toContain('w:start=');
  });
});

describe('buildOfficialDocx — Kính gửi and validation', () => {
  it('puts a single addressee on the "Kính gửi:" line', async () => {
    const report = await render({ ...plan696, docType: 'BÁO CÁO', recipientsTo: ['Bộ Nội vụ'] });
    expect(paragraphsWith(report.document, 'Kính gửi: Bộ Nội vụ.')).toHaveLength(1);
    expect(runWith(report.document, 'BÁO CÁO').bold).toBe(true);
  });

  it('lists several addressees with dashes, ";" and a final "."', async () => {
    const report = await render({ ...plan696, recipientsTo: ['Bộ Nội vụ', 'Thường trực Tỉnh ủy'] });
    const first = paragraphsWith(report.document, 'Kính gửi:')[0] ?? '';
    expect(plainText(first)).toBe('Kính gửi:- Bộ Nội vụ;'); // label, tab, first addressee
    expect(first).toContain('<w:tab/>');
    expect(paragraphsWith(report.document, '- Thường trực Tỉnh ủy.')).toHaveLength(1);
  });

  it('rejects an impossible issue date', async () => {
    await expect(buildOfficialDocx({ ...plan696, issuedOn: '2025-02-30' })).rejects.toThrow(/Ngày không tồn tại/);
  });

  it('exports a plan without number or signer as a draft instead of failing', async () => {
    const draft = await render({ ...plan696, draft: true, number: '', signature: { authority: [], title: '', name: '' } });
    const lines = paragraphs(draft.document).map(plainText);
    expect(lines[0]).toBe('DỰ THẢO');
    expect(lines).toContain('[Họ và tên người ký]');
    expect(lines.find((l) => l.startsWith('Số:'))).toMatch(/^Số:\s+\/KH-…$/);
  });

  it('prints "Lưu:" once, keeping an imported archive line over the default', async () => {
    const imported = await render({ ...plan696, recipients: ['Bộ Nội vụ;', '- Lưu: VT, VP. UBND tỉnh.'], archive: 'VT' });
    expect(
      paragraphs(imported.document)
        .map(plainText)
        .filter((l) => l.includes('Lưu:')),
    ).toEqual(['- Lưu: VT, VP. UBND tỉnh.']);
  });

  it('numbers imported headings from the tree: "đ)" after "d)", labels written without punctuation corrected', async () => {
    const points = ['a', 'b', 'c', 'd', 'd', 'e'].map((label, i) => [
      { kind: 'heading' as const, level: 3 as const, text: `Đơn vị ${i + 1}`, label },
      { kind: 'bullet' as const, text: 'Nhiệm vụ.' },
    ]);
    const doc = await render({
      ...plan696,
      appendices: [],
      body: [
        { kind: 'heading', level: 1, text: 'Tổ chức thực hiện', label: 'IV' },
        { kind: 'heading', level: 2, text: 'Phân công', label: '2' },
        ...points.flat(),
      ],
    });
    const lines = paragraphs(doc.document).map(plainText);
    expect(lines).toContain('I. TỔ CHỨC THỰC HIỆN');
    expect(lines).toContain('1. Phân công');
    expect(lines.filter((l) => /^[a-zđ]\) Đơn vị/.test(l)).map((l) => l.slice(0, 2))).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)']);
  });

  it('prints an imported long clause as running text, not a bold heading kept with the next', async () => {
    const clause = 'Tập trung chỉ đạo thực hiện hiệu quả các nhiệm vụ trọng tâm. Nâng cao hiệu lực, hiệu quả quản lý nhà nước.';
    const doc = await render({
      ...plan696,
      appendices: [],
      body: [
        { kind: 'heading', level: 1, text: 'Mục đích' },
        { kind: 'heading', level: 2, text: clause },
      ],
    });
    const paragraph = paragraphsWith(doc.document, clause)[0] ?? '';
    expect(plainText(paragraph)).toBe(`1. ${clause}/.`); // the last words of the text end "./."
    expect(paragraph).not.toContain('<w:keepNext/>');
    expect(runs(paragraph).some((run) => run.bold)).toBe(false);
  });

  it('honours a 13 pt body size', async () => {
    const small = await render({ ...plan696, layout: { bodyFontSizePt: 13 } });
    expect(runWith(small.document, 'Căn cứ tình hình thực tiễn').sizePt).toBe(13);
  });
});
