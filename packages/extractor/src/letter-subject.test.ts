// Công văn (Decree 30, template 1.5): no type line, the summary is the "V/v …" under the number.
// Each layout here is one a letter reaches the importer in: as printed, flattened with "|", with
// its left column before the national motto, and read by OCR without marks.
import { describe, expect, it } from 'vitest';
import { extractDocument, toGoldenJson } from './extract.ts';

const head = (lines: string[]) => toGoldenJson(extractDocument(lines.join('\n')));

describe('letters (công văn) and their "V/v" subject', () => {
  it('reads a subject wrapped over two lines above the place-and-date line as the title of an "other" document', () => {
    const g = head([
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NGÃI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 1234/UBND-NC',
      'V/v triển khai thực hiện công tác',
      'dân vận chính quyền năm 2024',
      'Quảng Ngãi, ngày 05 tháng 3 năm 2024',
      '',
      'Kính gửi:',
      '- Các sở, ban, ngành tỉnh;',
      '- UBND các huyện, thị xã, thành phố.',
      '',
      'Thực hiện Kế hoạch số 12-KH/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh có ý kiến như sau:',
      '1. Các cơ quan, đơn vị triển khai thực hiện.',
    ]);
    expect(g).toMatchObject({
      kind: 'other',
      number: '1234/UBND-NC',
      issuedOn: '2024-03-05',
      place: 'Quảng Ngãi',
      issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
      title: 'Triển khai thực hiện công tác dân vận chính quyền năm 2024',
      year: 2024,
    });
    expect(g.references).toEqual([{ number: '12-KH/TU', date: '2024-01-10' }]);
  });

  it('reads the subject of a header flattened with "|", and a colon after "V/v"', () => {
    const g = head([
      'UBND TỈNH BẮC NINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ NỘI VỤ | Độc lập - Tự do - Hạnh phúc',
      'Số: 789/SNV-CCHC | Bắc Ninh, ngày 02 tháng 11 năm 2023',
      'V/v: Hướng dẫn tự đánh giá, chấm điểm công tác dân vận chính quyền năm 2023 |',
      '',
      'Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.',
      'Căn cứ Kế hoạch số 50/KH-UBND ngày 01/3/2023 của Ủy ban nhân dân tỉnh, Sở Nội vụ hướng dẫn như sau:',
    ]);
    expect(g).toMatchObject({
      kind: 'other',
      number: '789/SNV-CCHC',
      issuedOn: '2023-11-02',
      title: 'Hướng dẫn tự đánh giá, chấm điểm công tác dân vận chính quyền năm 2023',
    });
  });

  it('keeps the issuer and number of a copy whose left column (with the subject) comes before the motto', () => {
    const g = head([
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NGÃI',
      'Số: 1234/UBND-NC',
      'V/v đôn đốc gửi báo cáo kết quả thực hiện',
      'công tác dân vận chính quyền 6 tháng đầu năm 2024',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quảng Ngãi, ngày 05 tháng 6 năm 2024',
      'Kính gửi: Sở Nội vụ.',
      'Ủy ban nhân dân tỉnh đề nghị Sở Nội vụ gửi báo cáo trước ngày 15/6/2024.',
    ]);
    expect(g).toMatchObject({
      number: '1234/UBND-NC',
      issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
      title: 'Đôn đốc gửi báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2024',
    });
  });

  it('joins a subject piece that comes after the place-and-date line of the other column', () => {
    const g = head([
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 456/SNV-XDCQ',
      'V/v đôn đốc gửi báo cáo kết quả',
      'Tây Ninh, ngày 12 tháng 5 năm 2025',
      'thực hiện công tác dân vận chính quyền',
      '6 tháng đầu năm 2025',
      'Kính gửi: Ủy ban nhân dân các xã, phường.',
    ]);
    expect(g.title).toBe('Đôn đốc gửi báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2025');
    expect(g.issuedOn).toBe('2025-05-12');
  });

  it('gives a ministry no locality from its place-and-date line', () => {
    const g = head([
      'BỘ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '-------\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 5678/BNV-CQĐP\tHà Nội, ngày 15 tháng 10 năm 2024',
      'V/v hướng dẫn sắp xếp đơn vị hành chính cấp xã',
      'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.',
    ]);
    expect(g).toMatchObject({ issuer: 'Bộ Nội vụ', place: 'Hà Nội', title: 'Hướng dẫn sắp xếp đơn vị hành chính cấp xã' });
  });

  it('reads the subject of a letter read by OCR without marks', () => {
    const g = head([
      'UY BAN NHAN DAN',
      'TINH TAY NINH',
      'CONG HOA XA HOI CHU NGHIA VIET NAM',
      'Doc lap - Tu do - Hanh phuc',
      'So: 321/UBND-NC',
      'V/v trien khai thuc hien cong tac dan van chinh quyen nam 2025',
      'Tay Ninh, ngay 10 thang 4 nam 2025',
      'Kinh gui: Cac so, ban, nganh tinh.',
      'Uy ban nhan dan tinh de nghi cac co quan trien khai thuc hien.',
    ]);
    expect(g.kind).toBe('other');
    expect(g.title).toBe('Triển khai thực hiện công tác dân vận chính quyền năm 2025');
  });

  it('does not take "V/v" out of running text for a subject', () => {
    const g = head([
      'ỦY BAN NHÂN DÂN',
      'TỈNH TÂY NINH',
      'Số: 58/KH-UBND',
      'Tây Ninh, ngày 14 tháng 02 năm 2024',
      'KẾ HOẠCH',
      'Thực hiện công tác dân vận chính quyền năm 2024',
      'Căn cứ Công văn số 12/SNV-XDCQ ngày 01/02/2024 của Sở Nội vụ',
      'V/v hướng dẫn xây dựng kế hoạch;',
    ]);
    expect(g).toMatchObject({ kind: 'plan', title: 'Thực hiện công tác dân vận chính quyền năm 2024' });
  });
});
