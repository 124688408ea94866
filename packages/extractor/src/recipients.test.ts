import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract.ts';

const seed = (name: string) => readFileSync(new URL(`../../../fixtures/seeds/${name}`, import.meta.url), 'utf8').normalize('NFC');

describe('the "Nơi nhận" list', () => {
  it('reads every recipient of the provincial plan 696/KH-UBND, the archive line last without its copy count', () => {
    expect(extractDocument(seed('2025-KH-696-UBND-province-plan.txt')).recipients).toEqual([
      'Bộ Nội vụ',
      'TT. TU, TT. HĐND tỉnh',
      'Các PCT UBND tỉnh',
      'BCĐ thực hiện QCDC và công tác VĐQC tỉnh',
      'Ban Tuyên giáo và Dân vận TU',
      'Các sở, ban, ngành tỉnh',
      'UBMTTQVN tỉnh; các tổ chức CT-XH',
      'UBND các huyện, thị xã, thành phố',
      'Các đơn vị nghiệp công lập thuộc UBND tỉnh',
      'Các cơ quan Trung ương đóng trên địa bàn tỉnh',
      'LĐVP; Phòng NC',
      'Lưu: VT, VP. UBND tỉnh',
    ]);
  });

  it('reads a department plan whose list has a line without closing punctuation', () => {
    expect(extractDocument(seed('2023-KH-60-SVHTTDL-plan.txt')).recipients).toEqual([
      'UBND tỉnh (b/c)',
      'Sở Nội vụ',
      'Lãnh đạo Sở',
      'Các phòng, đơn vị thuộc Sở',
      'Lưu: VT',
    ]);
  });

  it('separates the recipients of a scan from the signature column printed beside them and joins a wrapped line', () => {
    const recipients = extractDocument(seed('2023-KH-31-UBND-TP-cchc-communication-plan-ocr.txt')).recipients;
    expect(recipients).toHaveLength(7);
    expect(recipients.join(' | ')).not.toMatch(/CHU TICH|CHỦ TỊCH/i);
    expect(recipients[3]).toMatch(/CT-XH TP$/);
    expect(recipients.at(-1)).toMatch(/^L\S{1,2}u: VT, PNV TP$/);
  });

  it('is empty for a document without the list', () => {
    expect(extractDocument('UBND TỈNH\n\nKẾ HOẠCH\nVề việc thử\n\nI. MỤC ĐÍCH\n1. Nội dung một.\n').recipients).toEqual([]);
  });
});
