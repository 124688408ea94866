import { describe, expect, it } from 'vitest';
import { documentNumberText, documentSymbol, parseDocumentNumber } from './document-number.ts';
import { summaryWithoutKind } from './kinds.ts';

describe('document numbers and symbols', () => {
  it('pads numbers below 10 and keeps larger ones as issued', () => {
    expect(documentNumberText({ sequence: 7, symbol: 'BC-UBND' })).toBe('07/BC-UBND');
    expect(documentNumberText({ sequence: 696, symbol: 'KH-UBND' })).toBe('696/KH-UBND');
    expect(documentNumberText({ sequence: 12, symbol: ' /UBND-NC ' })).toBe('12/UBND-NC');
  });

  it('leaves a blank the clerk fills in before registration', () => {
    const text = documentNumberText({ sequence: null, symbol: 'KH-UBND' });
    expect(text.endsWith('/KH-UBND')).toBe(true);
    expect(text.replace('/KH-UBND', '').trim()).toBe('');
    expect(text.length).toBeGreaterThan('/KH-UBND'.length + 3);
  });

  it('refuses numbers that cannot be registration numbers', () => {
    expect(() => documentNumberText({ sequence: 0, symbol: 'KH-UBND' })).toThrow(RangeError);
    expect(() => documentNumberText({ sequence: 2.5, symbol: 'KH-UBND' })).toThrow(RangeError);
  });

  it('reads numbers as printed or typed', () => {
    expect(parseDocumentNumber('Số: 696 /KH-UBND')).toEqual({ sequence: 696, symbol: 'KH-UBND' });
    expect(parseDocumentNumber('số 07/BC-SNV')).toEqual({ sequence: 7, symbol: 'BC-SNV' });
    expect(parseDocumentNumber('23-QĐ/TW')).toBeNull(); // a Party document's number is not "n/symbol" with a digit run before "/"
    expect(parseDocumentNumber('    /KH-UBND')).toEqual({ sequence: null, symbol: 'KH-UBND' });
    expect(parseDocumentNumber('Kế hoạch')).toBeNull();
  });

  it('builds symbols from the kind and the issuer, and a công văn from issuer and drafting unit', () => {
    expect(documentSymbol({ kind: 'plan', issuer: 'UBND' })).toBe('KH-UBND');
    expect(documentSymbol({ kind: 'report', issuer: 'SNV' })).toBe('BC-SNV');
    expect(documentSymbol({ kind: 'decision', issuer: 'UBND' })).toBe('QĐ-UBND');
    expect(documentSymbol({ kind: 'submission', issuer: 'SNV' })).toBe('TTr-SNV');
    expect(documentSymbol({ kind: 'official_letter', issuer: 'SNV', draftingUnit: 'XDCQ' })).toBe('SNV-XDCQ');
  });

  it('does not repeat the kind in the summary', () => {
    expect(summaryWithoutKind('report', 'Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2025')).toBe(
      'Kết quả thực hiện công tác dân vận chính quyền năm 2025',
    );
    expect(summaryWithoutKind('report', 'BÁO CÁO  tổng hợp 6 tháng')).toBe('Tổng hợp 6 tháng');
    expect(summaryWithoutKind('plan', 'Thực hiện công tác dân vận chính quyền năm 2025')).toBe(
      'Thực hiện công tác dân vận chính quyền năm 2025',
    );
    expect(summaryWithoutKind('report', 'Kế hoạch số 12/KH-UBND')).toBe('Kế hoạch số 12/KH-UBND');
  });
});
