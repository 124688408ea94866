// Layout analysis on invented documents in the shapes real files take (not the evaluation corpus).
import { describe, expect, it } from 'vitest';
import { normaliseLayout } from './layout.ts';
import { extractDocument } from './extract.ts';

describe('normaliseLayout', () => {
  it('keeps the length, so spans stay valid for the source', () => {
    const src = '**ỦY BAN NHÂN DÂN**\nTỈNH AN GIANG\n-------\n|\nSố: 5/KH-UBND\n|\nAn Giang, ngày 16\ntháng 01 năm 2025\n';
    const view = normaliseLayout(src);
    expect(view.length).toBe(src.length);
    expect(view).not.toContain('**');
    expect(view).not.toContain('-------');
    expect(view).toContain('An Giang, ngày 16 tháng 01 năm 2025');
  });

  it('puts the cells of a flattened header table on lines of their own', () => {
    const view = normaliseLayout(
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/QĐ-UBND | Cà Mau, ngày 02 tháng 3 năm 2024 |\n',
    );
    const lines = view
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/QĐ-UBND', 'Cà Mau, ngày 02 tháng 3 năm 2024']);
  });

  it('does not take the OCR numeral "|." for a cell separator', () => {
    expect(normaliseLayout('|. KET QUA THUC HIEN\n')).toBe('|. KET QUA THUC HIEN\n');
  });

  it('blanks portal chrome: metadata, "Tin nổi bật" and what follows, attachments', () => {
    const src = [
      'Số hiệu: 7/KH-UBND Loại văn bản: Kế hoạch',
      'Nội dung chính',
      'Tệp đính kèm:',
      'kh-7.pdf',
      'Tin nổi bật',
      'Một tin khác',
    ].join('\n');
    const view = normaliseLayout(`${'Dòng văn bản.\n'.repeat(6)}${src}`);
    expect(view).not.toContain('Số hiệu');
    expect(view).not.toContain('kh-7.pdf');
    expect(view).not.toContain('Tin nổi bật');
    expect(view).not.toContain('Một tin khác');
    expect(view).toContain('Nội dung chính');
  });
});

describe('headers in real-world layouts', () => {
  it('reads a header copied from a two-column table with hard-wrapped lines', () => {
    const doc = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH LẠNG SƠN',
      '-------',
      '|',
      'CỘNG HÒA XÃ HỘI',
      'CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      '|',
      'Số:',
      '45/KH-UBND',
      '|',
      'Lạng',
      'Sơn, ngày 16',
      'tháng 01 năm 2025',
      '|',
      'KẾ HOẠCH',
      'THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN',
      'NĂM 2025',
      'Căn cứ Kế hoạch số 141-KH/BDVTU ngày 27/12/2024 của Ban Dân vận Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ].join('\n');
    const e = extractDocument(doc);
    expect(e.number).toBe('45/KH-UBND');
    expect(e.issuedOn).toBe('2025-01-16');
    expect(e.place).toBe('Lạng Sơn');
    expect(e.issuer).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
    expect(e.title.toLowerCase()).toBe('thực hiện công tác dân vận chính quyền năm 2025');
    expect(e.year).toBe(2025);
    expect(e.references.map((r) => r.number)).toEqual(['141-KH/BDVTU']);
  });

  it('reads a pandoc table whose columns sit side by side', () => {
    const doc = [
      '  ----------------------- ---------------------------------------',
      '    **BỘ NỘI VỤ**              **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\',
      '                                Độc lập - Tự do - Hạnh phúc**',
      '   Số: 88/QĐ-BNV               *Hà Nội, ngày 03 tháng 02 năm 2025*',
      '  ----------------------- ---------------------------------------',
      '',
      '**QUYẾT ĐỊNH**',
      '',
      'Ban hành Kế hoạch cải cách hành chính năm 2025 của Bộ Nội vụ',
      '',
      '**BỘ TRƯỞNG BỘ NỘI VỤ**',
      '',
      'Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ;',
      '',
      '**QUYẾT ĐỊNH:**',
      '',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2025 của Bộ Nội vụ.',
    ].join('\n');
    const e = extractDocument(doc);
    expect(e.kind).toBe('decision');
    expect(e.number).toBe('88/QĐ-BNV');
    expect(e.place).toBe('Hà Nội');
    expect(e.issuedOn).toBe('2025-02-03');
    expect(e.issuer).toBe('Bộ Nội vụ');
    expect(e.title).toBe('Ban hành Kế hoạch cải cách hành chính năm 2025 của Bộ Nội vụ');
  });

  it('takes the body, not "Điều 1", when a portal copy dropped the decision title', () => {
    const doc = [
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'Số: 310/QĐ-UBND | Sơn La, ngày 09 tháng 4 năm 2024 |',
      'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác dân vận chính quyền năm 2024.',
    ].join('\n');
    const e = extractDocument(doc);
    expect(e.kind).toBe('decision');
    expect(e.issuer).toBe('Ủy ban nhân dân tỉnh Sơn La');
    expect(e.title).toBe('');
  });

  it('reads a party document with "Số" and no colon, and the party motto', () => {
    const doc = [
      'TỈNH ỦY NGHỆ AN',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '*',
      'Số 12-KH/TU',
      'Nghệ An, ngày 05 tháng 3 năm 2024',
      '',
      'KẾ HOẠCH',
      'thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư',
      '',
      'Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:',
    ].join('\n');
    const e = extractDocument(doc);
    expect(e.number).toBe('12-KH/TU');
    expect(e.issuer).toBe('Tỉnh ủy Nghệ An');
    expect(e.place).toBe('Nghệ An');
    expect(e.references).toEqual([expect.objectContaining({ number: '114-KL/TW', date: '2015-07-14' })]);
  });

  it('leaves the number empty when the party document left it blank', () => {
    const e = extractDocument(
      [
        'TỈNH ỦY NGHỆ AN',
        'BAN CHỈ ĐẠO 35',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Số -KH/BCĐ',
        'Nghệ An, ngày 05 tháng 3 năm 2024',
        '',
        'KẾ HOẠCH',
        'đấu tranh phản bác các quan điểm sai trái năm 2024',
        '',
        'Căn cứ tình hình thực tế, Ban Chỉ đạo ban hành kế hoạch như sau:',
      ].join('\n'),
    );
    expect(e.number).toBeNull();
    expect(e.issuer).toMatch(/^Ban Chỉ đạo 35/);
    expect(e.kind).toBe('plan');
  });

  it('reads a portal page: headline, metadata block and header, related news after the text', () => {
    const doc = [
      'Trang chủ',
      'Kế hoạch 20/KH-UBND năm 2024 về công tác dân vận chính quyền tỉnh Hậu Giang',
      'Số hiệu: 20/KH-UBND Loại văn bản: Kế hoạch',
      'Nơi ban hành: Tỉnh Hậu Giang Người ký: Nguyễn Văn A',
      '',
      'ỦY BAN NHÂN DÂN',
      'TỈNH HẬU GIANG',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 20/KH-UBND',
      '',
      'Hậu Giang, ngày 22 tháng 01 năm 2024',
      '',
      'KẾ HOẠCH',
      '',
      'Công tác dân vận chính quyền năm 2024',
      '',
      'Căn cứ tình hình thực tế, Ủy ban nhân dân tỉnh ban hành kế hoạch như sau:',
      '',
      'I. MỤC ĐÍCH',
      '',
      '1. Nâng cao nhận thức.',
      '',
      'Tin nổi bật',
      'Hội nghị tổng kết công tác dân vận năm 2023',
    ].join('\n');
    const e = extractDocument(doc);
    expect(e.title).toBe('Công tác dân vận chính quyền năm 2024');
    expect(e.issuer).toBe('Ủy ban nhân dân tỉnh Hậu Giang');
    expect(e.issuedOn).toBe('2024-01-22');
    expect(JSON.stringify(e.sections)).not.toContain('Hội nghị tổng kết');
  });
});
