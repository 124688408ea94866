// End-to-end on an invented OCR plan (not one of the seeds): the names compared exactly by the
// golden rule (issuer, title, assignment units, signer title) come out repaired.
import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract.ts';
import { sameName } from './golden-compare.ts';

const DOC = `
UBND HUYEN BEN CAU CONG HOA XA HOI CHU NGHIA VIET NAM
PHONG NOI VU Doc lap - Tu do - Hanh phuc

S6: 12 /KH-PNV Ben Cau, ngay 05 thang 4 ndm 2024

KE HOACH
Thuc hién cong tac dan van chinh quyén ndm 2024

I. MUC DICH, YEU CAU

1. Muc dich

Nang cao nhan thirc ciia can bd, cong chirc.

II. TO CHUC THUC HIEN

1. Phong Van hoa va Th6ng tin huyén

Chi tri, phdi hop tuyén truyén; bao cao két qua vé Phong Noi vu trudc ngay 15 thang 11 nam 2024.

2. Trung tAm Y t€ huyén

Trién khai thyc hién ké hoach nay.

3. Céc co quan chuyén mén, don vi su nghiép truc thudc UBND huyén

Thuc hién cac nhiém vu dugc giao.

4. Hoi Lién hiép Phu nit huyén

Phdi hop tuyén truyén.

Noi nhan: KT. TRUONG PHONG
- Luu: VT. PHO TRUONG PHONG

Tran Van Binh
`;

describe('OCR plan with glyph confusions (invented)', () => {
  const e = extractDocument(DOC);
  it('reads the header', () => {
    expect(e.ocr).toBe(true);
    expect(e.number).toBe('12/KH-PNV');
    expect(e.issuedOn).toBe('2024-04-05');
    expect(sameName(e.issuer, 'Phòng Nội vụ huyện Bến Cầu')).toBe(true);
    expect(sameName(e.title, 'Thực hiện công tác dân vận chính quyền năm 2024')).toBe(true);
  });
  it('repairs assignment unit names exactly', () => {
    expect(e.assignments.map((a) => a.unit)).toEqual([
      'Phòng Văn hóa và Thông tin huyện',
      'Trung tâm Y tế huyện',
      'Các cơ quan chuyên môn, đơn vị sự nghiệp trực thuộc UBND huyện',
      'Hội Liên hiệp Phụ nữ huyện',
    ]);
  });
  it('keeps spans on the original OCR text', () => {
    const text = DOC.normalize('NFC');
    const a = e.assignments[0]!;
    expect(text.slice(a.span.start, a.span.end)).toContain('Phong Van hoa va Th6ng tin');
    for (const s of e.spans.title) expect(text.slice(s.start, s.end)).toMatch(/Thuc hién/);
  });
  it('reads the signer title', () => {
    expect(e.signer?.title).toBe('KT. TRƯỞNG PHÒNG PHÓ TRƯỞNG PHÒNG');
    expect(e.deadlines.map((d) => [d.due, d.inclusive])).toEqual([['2024-11-15', false]]);
  });
});
