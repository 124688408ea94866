// Header layouts seen in real documents of other provinces (issue 16), each written here as a small
// text of its own shape: the rules are general layout analysis, so any document of that shape reads.
import { describe, expect, it } from 'vitest';
import { extractDocument, toGoldenJson } from './extract.ts';
import { repairOcrText } from './ocr-repair.ts';
import { knownProvince } from './ocr-normalise.ts';

const head = (lines: string[]) => toGoldenJson(extractDocument(lines.join('\n')));

describe('header layouts of other provinces', () => {
  it('reads a decision whose type and summary share one line: the summary is the title, the body the issuer', () => {
    const g = head([
      'BỘ NỘI VỤ',
      'Số: 708/QĐ-BNV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 20 tháng 9 năm 2023',
      'QUYẾT ĐỊNH Ban hành Kế hoạch thực hiện Chiến lược quốc gia phòng, chống tham nhũng',
      'BỘ TRƯỞNG BỘ NỘI VỤ',
      'Căn cứ Nghị định số 63/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chiến lược quốc gia.',
    ]);
    expect(g).toMatchObject({
      kind: 'decision',
      number: '708/QĐ-BNV',
      issuer: 'Bộ Nội vụ',
      title: 'Ban hành Kế hoạch thực hiện Chiến lược quốc gia phòng, chống tham nhũng',
    });
  });

  it('joins a decision title wrapped over four lines and stops at the authority line', () => {
    const g = head([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ ĐÀ NẴNG',
      'Số: 3456/QĐ-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Đà Nẵng, ngày 09 tháng 11 năm 2022',
      'QUYẾT ĐỊNH',
      'Về việc ban hành Kế hoạch triển khai',
      'thực hiện Đề án phát triển ứng dụng dữ liệu',
      'về dân cư, định danh và xác thực điện tử',
      'trên địa bàn thành phố giai đoạn 2022 - 2025',
      'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    ]);
    expect(g.title).toBe(
      'Về việc ban hành Kế hoạch triển khai thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử trên địa bàn thành phố giai đoạn 2022 - 2025',
    );
    expect(g.issuer).toBe('Ủy ban nhân dân thành phố Đà Nẵng');
  });

  it('reads a two-column header with swapped cells and keeps the quotes of the title', () => {
    const g = head([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | ỦY BAN NHÂN DÂN',
      'Độc lập - Tự do - Hạnh phúc | TỈNH HẬU GIANG',
      'Hậu Giang, ngày 12 tháng 8 năm 2023 | Số: 1520/KH-UBND',
      'KẾ HOẠCH',
      'Triển khai thực hiện phong trào thi đua',
      '“Dân vận khéo” giai đoạn 2023 - 2025',
      'Căn cứ Quyết định số 123/QĐ-UBND ngày 01/3/2023 của Ủy ban nhân dân tỉnh;',
    ]);
    expect(g).toMatchObject({
      number: '1520/KH-UBND',
      issuedOn: '2023-08-12',
      place: 'Hậu Giang',
      issuer: 'Ủy ban nhân dân tỉnh Hậu Giang',
    });
    expect(g.title).toBe('Triển khai thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2023 - 2025');
  });

  it('sees the type line when a header cell holds only a rule', () => {
    const g = head([
      'BỘ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '------- | Độc lập - Tự do - Hạnh phúc',
      'Số: 1383/QĐ-BNV | Hà Nội, ngày 28 tháng 12 năm 2012',
      'QUYẾT ĐỊNH',
      'BAN HÀNH QUY CHẾ CÔNG TÁC DÂN VẬN CỦA BỘ NỘI VỤ',
      'BỘ TRƯỞNG BỘ NỘI VỤ',
      'Căn cứ Nghị định số 61/2012/NĐ-CP ngày 10 tháng 8 năm 2012 của Chính phủ;',
    ]);
    expect(g).toMatchObject({ kind: 'decision', issuer: 'Bộ Nội vụ' });
    expect(g.title.toLowerCase()).toBe('ban hành quy chế công tác dân vận của bộ nội vụ');
  });

  it('reads a Party steering committee plan with a blank number and a hard-wrapped date', () => {
    const g = head([
      'TỈNH ỦY BẮC KẠN',
      'BAN CHỈ ĐẠO THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ',
      '*',
      'Số -KH/BCĐ',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Bắc Kạn, ngày 16',
      'tháng 01 năm 2025',
      'KẾ HOẠCH',
      'thực hiện Quy chế dân chủ ở cơ sở',
      'và phong trào thi đua "Dân vận khéo" năm 2025',
      '-----',
      'Thực hiện Kế hoạch số 25-KH/TU ngày 10/01/2025 của Ban Thường vụ Tỉnh ủy, Ban Chỉ đạo xây dựng Kế hoạch như sau:',
    ]);
    expect(g).toMatchObject({ kind: 'plan', number: null, issuedOn: '2025-01-16', place: 'Bắc Kạn', year: 2025 });
    expect(g.issuer?.toLowerCase()).toBe('ban chỉ đạo thực hiện quy chế dân chủ ở cơ sở tỉnh bắc kạn');
    expect(g.title).toBe('Thực hiện Quy chế dân chủ ở cơ sở và phong trào thi đua "Dân vận khéo" năm 2025');
  });

  it('keeps a title that goes on after blank lines and a short parenthesis under it', () => {
    const g = head([
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐỒNG THÁP',
      'Số: 88/KH-UBND',
      'Đồng Tháp, ngày 21 tháng 3 năm 2023',
      '',
      'KẾ HOẠCH',
      '',
      'Triển khai thực hiện Chỉ thị số 05-CT/TU',
      '',
      'ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy về phong trào thi đua',
      '',
      '"Dân vận khéo"',
      '(giai đoạn 2021 - 2025)',
      '',
      'Căn cứ Chỉ thị số 05-CT/TU ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy;',
    ]);
    expect(g.title).toBe(
      'Triển khai thực hiện Chỉ thị số 05-CT/TU ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy về phong trào thi đua "Dân vận khéo" (giai đoạn 2021 - 2025)',
    );
  });

  it('reads a portal copy whose line breaks are printed as \\r\\n', () => {
    const g = head([
      String.raw`\r\n ỦY BAN NHÂN DÂN | \r\n \r\n CỘNG\r\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \r\n`,
      String.raw`\r\n Số: 54/KH-UBND \r\n | \r\n \r\n Lạng Sơn, ngày 27 tháng 3 năm 2020 \r\n | \r\n`,
      String.raw`Thực hiện Quyết định số 1896/QĐ-TTg\r\nngày 25/12/2019 của Thủ tướng Chính phủ, UBND tỉnh xây dựng Kế hoạch như sau:`,
    ]);
    expect(g).toMatchObject({ number: '54/KH-UBND', place: 'Lạng Sơn', issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn' });
    expect(g.references).toEqual([{ number: '1896/QĐ-TTg', date: '2019-12-25' }]);
  });
});

describe('OCR repair keeps correct words', () => {
  it('never turns a correctly written word into another one, and still repairs OCR junk', () => {
    expect(repairOcrText('cho phép thành lập hội')).toBe('cho phép thành lập hội');
    expect(repairOcrText('HƯỚNG TỚI CHÍNH QUYỀN SỐ')).toBe('HƯỚNG TỚI CHÍNH QUYỀN SỐ');
    expect(repairOcrText('Vin phòng Sở')).toBe('Văn phòng Sở');
    expect(repairOcrText('Céc cơ quan chuyên mén')).toBe('Các cơ quan chuyên môn');
  });

  it('recognises a province whose marks OCR read as symbols', () => {
    expect(knownProvince('Can Th&')).toBe('Cần Thơ');
    expect(knownProvince('Phan Rang-Thap Cham')).toBeNull();
  });

  it('reads in sentence case a summary whose first line is in capitals and goes on in lower case', () => {
    const g = head([
      'TỈNH ỦY THỪA THIÊN HUẾ',
      '*',
      'Số 512-KL/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Huế, ngày 14 tháng 3 năm 2023',
      '',
      'KẾT LUẬN',
      'CỦA BAN THƯỜNG VỤ TỈNH ỦY',
      'về tiếp tục thực hiện công tác dân vận',
      'chính quyền trên địa bàn tỉnh',
      '',
      'Tại cuộc họp ngày 10/3/2023, Ban Thường vụ Tỉnh ủy kết luận như sau:',
    ]);
    expect(g).toMatchObject({
      kind: 'other',
      number: '512-KL/TU',
      issuer: 'Tỉnh ủy Thừa Thiên Huế',
      title: 'Của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện công tác dân vận chính quyền trên địa bàn tỉnh',
    });
  });

  it('finds the summary when the type line is letter-spaced, shares its line in capitals, or is followed by the lead-in', () => {
    const header = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH BẮC GIANG',
      'Số: 88/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Bắc Giang, ngày 11 tháng 4 năm 2022',
    ];
    const spaced = head([...header, 'K Ế H O Ạ C H', 'Thực hiện công tác dân vận chính quyền năm 2022', 'I. MỤC ĐÍCH, YÊU CẦU']);
    expect(spaced).toMatchObject({ kind: 'plan', title: 'Thực hiện công tác dân vận chính quyền năm 2022' });
    const oneLine = head([...header, 'KẾ HOẠCH THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2022', 'I. MỤC ĐÍCH, YÊU CẦU']);
    expect(oneLine).toMatchObject({ kind: 'plan', title: 'Thực hiện công tác dân vận chính quyền năm 2022' });
    const leadIn = head([
      ...header,
      'KẾ HOẠCH',
      'Triển khai công tác dân vận chính quyền năm 2022',
      'trên địa bàn tỉnh',
      'Nhằm thực hiện tốt công tác dân vận, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
    ]);
    expect(leadIn.title).toBe('Triển khai công tác dân vận chính quyền năm 2022 trên địa bàn tỉnh');
    // A summary that itself opens with a type word stays whole under its own type line.
    const rule = head([
      ...header,
      'QUYẾT ĐỊNH',
      'QUY ĐỊNH VỀ CÔNG TÁC DÂN VẬN CHÍNH QUYỀN',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG',
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
    ]);
    expect(rule.title).toBe('Quy định về công tác dân vận chính quyền');
  });

  it('repairs OCR junk in the recipients of a scan', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH TÂY NINH',
      'Số: 58/KH-UBND',
      'Tây Ninh, ngày 14 tháng 02 năm 2024',
      'KẾ HOẠCH',
      'Thực hiện công tác dân vận chính quyền năm 2024',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Nâng cao nhận thức của cán bộ, công chức./.',
      'Nơi nhận:',
      '- Vin phòng UBND tỉnh;',
      '- Các sở, ban, ngành tỉnh;',
      '- Lưu: VT.',
    ].join('\n');
    expect(extractDocument(text, { scanned: true }).recipients).toEqual(['Văn phòng UBND tỉnh', 'Các sở, ban, ngành tỉnh', 'Lưu: VT']);
    // Typed text is taken as written.
    expect(extractDocument(text).recipients[0]).toBe('Vin phòng UBND tỉnh');
  });
});
