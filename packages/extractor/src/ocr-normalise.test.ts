import { describe, expect, it } from 'vitest';
import { canonicalSymbolPart, restoreDiacritics, restorePlace, restoreUnitName, restoreLocality, agencyForAbbr } from './ocr-normalise.ts';

describe('OCR repair and name restoration', () => {
  it('restores known names', () => {
    expect(restorePlace('TP. Tay Ninh')).toBe('TP. Tây Ninh');
    expect(restoreUnitName('SO THONG TIN VA TRUYEN THONG')).toBe('Sở Thông tin và Truyền thông');
    expect(restoreUnitName('UBND')).toBe('Ủy ban nhân dân');
    expect(restoreLocality('THANH PHO TAY NINH')).toBe('thành phố Tây Ninh');
    expect(agencyForAbbr('SVHTTDL')).toBe('Sở Văn hóa, Thể thao và Du lịch');
  });
  it('restores genre words in OCR text and leaves unknown words', () => {
    expect(restoreDiacritics('Thuc hien cong tac dan van chinh quyen nam 2023')).toBe('Thực hiện công tác dân vận chính quyền năm 2023');
    expect(restoreDiacritics('Van phong S&')).toBe('Văn phòng Sở');
    expect(restoreDiacritics('xyz abc')).toBe('xyz abc');
  });
  it('canonicalises symbol parts', () => {
    expect(canonicalSymbolPart('Qb')).toBe('QĐ');
    expect(canonicalSymbolPart('ND')).toBe('NĐ');
    expect(canonicalSymbolPart('TTG')).toBe('TTg');
    expect(canonicalSymbolPart('BCSPUBND')).toBe('BCSĐUBND');
    expect(canonicalSymbolPart('UBND')).toBe('UBND');
  });
});
