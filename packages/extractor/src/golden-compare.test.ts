import { describe, expect, it } from 'vitest';
import { compareGolden, looseMatch, nameKey, sameName } from './golden-compare.ts';
import type { GoldenJson } from './types.ts';

const base: GoldenJson = {
  kind: 'plan',
  number: '469/KH-STTTT',
  issuedOn: '2023-03-30',
  place: 'Tây Ninh',
  issuer: 'Sở Thông tin và Truyền thông tỉnh Tây Ninh',
  title: 'Thực hiện công tác dân vận chính quyền năm 2023',
  year: 2023,
  references: [],
  deadlines: [],
  targets: [],
  assignments: [{ unit: 'Các phòng chuyên môn, đơn vị thuộc và trực thuộc Sở', duties: ['Triển khai kế hoạch theo các nội dung trên'] }],
  signer: { name: 'Huỳnh Thanh Nam', title: 'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC' },
};
const errors = (got: GoldenJson): Record<string, number> =>
  Object.fromEntries(
    compareGolden(base, got)
      .filter((s) => s.fp + s.fn > 0)
      .map((s) => [s.field, s.fp + s.fn]),
  );

describe('golden comparison (README: exact except phrase/subject/text/duties)', () => {
  it('folds case, diacritics, whitespace and punctuation spacing only', () => {
    expect(nameKey('Sở Văn hóa ,  Thể thao và Du lịch')).toBe(nameKey('SỞ VĂN HOÁ, THỂ THAO VÀ DU LỊCH'));
    expect(sameName('Phòng Tài chính-Kế hoạch', 'Phòng Tài chính - Kế hoạch')).toBe(true);
    expect(sameName('Sở Văn hóa, Thể thao', 'Sở Văn hóa Thể thao')).toBe(false);
    expect(sameName('Phòng Công nghệ thông tin, Buu chinh', 'Phòng Công nghệ thông tin, Bưu chính')).toBe(true); // diacritics only
    expect(sameName('Thực hi€n', 'Thực hiện')).toBe(false); // OCR glyphs are not forgiven
  });
  it('accepts an identical extraction', () => {
    expect(errors(base)).toEqual({});
  });
  it('counts OCR residue in an assignment unit as an error', () => {
    const got = {
      ...base,
      assignments: [{ unit: 'Cac phòng chuyên môn, đơn vị thugc và truwec thugc Sở', duties: base.assignments[0]!.duties }],
    };
    expect(errors(got)).toEqual({ assignments: 2 });
  });
  it('compares title, issuer and signer title exactly after folding', () => {
    expect(errors({ ...base, title: 'Thực hiện công tác dân vận chính quyền năm 2023 của Sở' })).toEqual({ title: 2 });
    expect(errors({ ...base, title: 'THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2023' })).toEqual({});
    expect(errors({ ...base, issuer: 'Sở Thông tin và Truyền thông' })).toEqual({ issuer: 2 });
    expect(errors({ ...base, signer: { name: 'Huynh Thanh Nam', title: 'KT. GIÁM ĐỐC' } })).toEqual({ 'signer.title': 2 });
  });
  it('keeps duties loose', () => {
    const got = {
      ...base,
      assignments: [
        { unit: base.assignments[0]!.unit, duties: ['Theo chức năng, nhiệm vụ được giao triển khai kế hoạch theo các nội dung trên …'] },
      ],
    };
    expect(errors(got)).toEqual({});
    expect(looseMatch('chậm nhất ngày 01/11/2023', 'chdm nhat ngay 01/11/2023')).toBe(true);
  });
  it('compares deadlines on due, inclusive, kind and period exactly', () => {
    const d = {
      due: '2023-10-25',
      inclusive: false,
      phrase: 'trước ngày 25/10/2023',
      subject: 'báo cáo kết quả',
      kind: 'report' as const,
      period: 'Y' as const,
    };
    const exp = { ...base, deadlines: [d] };
    expect(
      compareGolden(exp, { ...exp, deadlines: [{ ...d, phrase: 'trude ngay 25 thang 10 nam 2023' }] }).find((s) => s.field === 'deadlines')
        ?.tp,
    ).toBe(1);
    expect(compareGolden(exp, { ...exp, deadlines: [{ ...d, inclusive: true }] }).find((s) => s.field === 'deadlines')?.fn).toBe(1);
  });
});
