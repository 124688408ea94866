import { describe, expect, it } from 'vitest';
import { citationDate, legalBasisLine, legalReferenceText } from './legal-reference.ts';

describe('citations of other documents', () => {
  it('writes a decision in its full written form', () => {
    expect(
      legalBasisLine({
        kind: 'Quyết định',
        number: '23-QĐ/TW',
        date: '2021-07-30',
        issuer: 'Bộ Chính trị',
        subject: 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị;',
      }),
    ).toBe(
      'Căn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về việc ban hành Quy chế công tác dân vận của hệ thống chính trị',
    );
  });

  it('pads the day and months 1–2 in citation dates', () => {
    expect(citationDate('2016-01-07')).toBe('07/01/2016');
    expect(citationDate('2021-03-05')).toBe('05/3/2021');
    expect(citationDate('2021-11-26')).toBe('26/11/2021');
  });

  it('cites a law by name, number and date in words', () => {
    expect(
      legalReferenceText({ kind: 'Luật', subject: 'Tổ chức chính quyền địa phương', number: '72/2025/QH15', date: '2025-06-16' }),
    ).toBe('Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025');
  });

  it('skips what is not known instead of printing blanks', () => {
    expect(legalReferenceText({ kind: 'Kế hoạch', number: '696/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh' })).toBe(
      'Kế hoạch số 696/KH-UBND của Ủy ban nhân dân tỉnh',
    );
    expect(legalReferenceText({ kind: 'Kế hoạch', number: '696/KH-UBND', date: '2025-02-30' })).toBe('Kế hoạch số 696/KH-UBND');
  });
});
