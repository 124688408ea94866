import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract.ts';

describe('header (Decree 30 layout)', () => {
  it('reads a clean header without the header table', () => {
    const e = extractDocument(
      'Số: 12 /KH-SNV\n\nHà Nội, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH\n\nTuyên truyền cải cách hành chính năm 2024\n\nCăn cứ tình hình thực tế, Sở Nội vụ xây dựng Kế hoạch như sau:\n',
    );
    expect(e.number).toBe('12/KH-SNV');
    expect(e.issuedOn).toBe('2024-01-05');
    expect(e.place).toBe('Hà Nội');
    expect(e.issuer).toBe('Sở Nội vụ thành phố Hà Nội');
    expect(e.title).toBe('Tuyên truyền cải cách hành chính năm 2024');
    expect(e.kind).toBe('plan');
    expect(e.year).toBe(2024);
    expect(e.spans.number[0]).toBeDefined();
  });
  it('splits merged OCR columns and restores names', () => {
    const t =
      'UBND TINH TAY NINH CONG HOA XA HOI CHU NGHIA VIET NAM\nSO THONG TIN VA TRUYEN THONG Doclap - Tw do - Hanh phiic\n\nS6:469 /KH-STTTT Tay Ninh, ngay30 thang3 ndm 2023\n\nKE HOACH\nThuc hien cong tac dan van chinh quyen nam 2023\n\nThuc hien Ke hoach so 765/KH-UBND.\n';
    const e = extractDocument(t);
    expect(e.issuer).toBe('Sở Thông tin và Truyền thông tỉnh Tây Ninh');
    expect(e.place).toBe('Tây Ninh');
    expect(e.issuedOn).toBe('2023-03-30');
    expect(e.number).toBe('469/KH-STTTT');
    const sp = e.spans.issuedOn[0]!;
    expect(t.slice(sp.start, sp.end)).toBe('ngay30 thang3 ndm 2023');
  });
  it('joins a unit kind with its locality line', () => {
    const e = extractDocument(
      'UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\nTHANH PHO TAY NINH Doc lap - Tu do - Hanh phuc\nSo: 31/KH-UBND TP. Tay Ninh, ngay 28 thang 02 nam 2023\nKE HOACH\nTuyen truyen cai cach hanh chinh nam 2023\n',
    );
    expect(e.issuer).toBe('Ủy ban nhân dân thành phố Tây Ninh');
    expect(e.place).toBe('TP. Tây Ninh');
  });
});
