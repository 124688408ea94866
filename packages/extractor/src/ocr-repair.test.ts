// OCR repair: every string here is invented (not copied from the seeds) to show that the lexicon +
// confusion-distance mechanism generalises beyond the documents it was built from.
import { describe, expect, it } from 'vitest';
import { candidates, ocrCost, repairOcr, repairOcrText } from './ocr-repair.ts';

describe('ocrCost (weighted confusion distance)', () => {
  it('makes typical Vietnamese OCR confusions cheap', () => {
    expect(ocrCost('thuoc', 'thuộc')).toBe(0); // only diacritics missing
    expect(ocrCost('thugc', 'thuộc')).toBeLessThanOrEqual(0.3); // ộ → g
    expect(ocrCost('chirc', 'chức')).toBeLessThanOrEqual(0.3); // ứ → ir
    expect(ocrCost('nudc', 'nước')).toBeLessThanOrEqual(0.3); // ơ → d
    expect(ocrCost('s6', 'số')).toBeLessThanOrEqual(0.2); // ố → 6
    expect(ocrCost('pang', 'đảng')).toBeLessThanOrEqual(0.2); // Đ → P
    expect(ocrCost('truwec', 'trực')).toBeLessThanOrEqual(0.5); // ự → uwe
  });
  it('keeps arbitrary substitutions expensive', () => {
    expect(ocrCost('thxyc', 'thuộc')).toBeGreaterThanOrEqual(1.5);
    expect(ocrCost('ban', 'bưu')).toBeGreaterThan(0.8);
    // a confusion is cheap only for the letter it belongs to: "6" may be ô/ơ, not ư
    expect(ocrCost('t6', 'tổ')).toBeLessThan(ocrCost('t6', 'từ'));
  });
  it('prunes with a bound', () => {
    expect(ocrCost('xyzxyz', 'thuộc', 0.8)).toBe(Infinity);
  });
});

describe('repairOcr', () => {
  it('repairs invented OCR unit names', () => {
    expect(repairOcrText('Phong Van hoa va Th6ng tin huyén')).toBe('Phòng Văn hóa và Thông tin huyện');
    expect(repairOcrText('Trung tAm Y t€ huyen')).toBe('Trung tâm Y tế huyện');
    expect(repairOcrText('Hoi Lién hiép Phu nit')).toBe('Hội Liên hiệp Phụ nữ');
    expect(repairOcrText('Céc co quan chuyén mén thudc UBND huyén')).toBe('Các cơ quan chuyên môn thuộc UBND huyện');
    expect(repairOcrText('Doan Thanh nién Cong san H6 Chi Minh')).toBe('Đoàn Thanh niên Cộng sản Hồ Chí Minh');
    expect(repairOcrText('Bdo hiém xa hdi huyén')).toBe('Bảo hiểm xã hội huyện');
    expect(repairOcrText('Kho bac Nha nudc')).toBe('Kho bạc Nhà nước');
    expect(repairOcrText('Phong Giao duc va Pao tao')).toBe('Phòng Giáo dục và Đào tạo');
    expect(repairOcrText('Phong Tai nguyén va Moi truéng')).toBe('Phòng Tài nguyên và Môi trường');
    expect(repairOcrText('Thi trudng cac co quan, don vi')).toBe('Thủ trưởng các cơ quan, đơn vị');
  });
  it('prefers multi-word phrases: context picks the reading of an ambiguous token', () => {
    expect(repairOcrText('cac don vi thugc va truwec thugc S&')).toBe('các đơn vị thuộc và trực thuộc Sở');
    expect(repairOcrText('S6 Tai chinh')).toBe('Sở Tài chính'); // not "Số"
    expect(repairOcrText('cac td chirc chinh tri - xa hoi')).toBe('các tổ chức chính trị - xã hội');
    expect(repairOcrText('bdo cdo két qua vé S& Ndi vu chdm nhat ngay 15/11')).toBe('báo cáo kết quả về Sở Nội vụ chậm nhất ngày 15/11');
  });
  it('uses word frequency to choose between close readings', () => {
    expect(repairOcrText('giam sat viéc thyc hién')).toBe('giám sát việc thực hiện');
    expect(candidates('ciia')[0]?.text).toBe('của');
  });
  it('leaves unknown words, numbers and abbreviations alone', () => {
    expect(repairOcrText('Xyzabc Qwerty')).toBe('Xyzabc Qwerty');
    expect(repairOcrText('CCHC TTHC 2024 15/11')).toBe('CCHC TTHC 2024 15/11');
  });
  it('keeps a correctly accented variant', () => {
    expect(repairOcrText('Chủ tịch UBND phường, xã')).toBe('Chủ tịch UBND phường, xã');
    expect(repairOcrText('địa phương')).toBe('địa phương');
  });
  it('keeps letter case, punctuation and spacing', () => {
    expect(repairOcrText('PHONG NOI VU;  Cong an x4.')).toBe('PHÒNG NỘI VỤ;  Công an xã.');
  });
  it('reports edits with offsets into the input', () => {
    const s = '- Phong Cong nghé thong tin, Buu chinh (ndm 2025)';
    const r = repairOcr(s);
    expect(r.edits.length).toBeGreaterThan(3);
    for (const e of r.edits) expect(s.slice(e.start, e.end)).toBe(e.from);
    // applying the edits to the input gives the output
    let out = '';
    let pos = 0;
    for (const e of r.edits) {
      out += s.slice(pos, e.start) + e.to;
      pos = e.end;
    }
    expect(out + s.slice(pos)).toBe(r.text);
    expect(r.text).toBe('- Phòng Công nghệ thông tin, Bưu chính (năm 2025)');
  });
  it('without approximate search repairs only through known words', () => {
    // "nudc" is reached from the phrase opened by the known "Nha"; the lone "thugc" is left.
    expect(repairOcrText('Kho bac Nha nudc thugc', { approximate: false })).toBe('Kho bạc Nhà nước thugc');
  });
  // Speed is measured in scripts/bench-extract.ts (timings do not belong in tests).
  it('repairs long text consistently, sentence after sentence', () => {
    const s = 'Phong Van hoa va Th6ng tin huyén phdi hop cac co quan, don vi thugc UBND huyén. '.repeat(200);
    const out = repairOcr(s).text.split('. ').filter(Boolean);
    expect(new Set(out.map((x) => x.trim().replace(/\.$/, ''))).size).toBe(1);
    expect(out[0]).toContain('Thông tin');
  });
});
