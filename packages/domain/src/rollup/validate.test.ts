import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateReportValue, validateReportValues } from './validate.ts';
import type { ReportCrossRule, ReportIndicatorDef } from './types.ts';

const defs: ReportIndicatorDef[] = [
  { code: 'staff_total', name: 'Tổng số cán bộ', type: 'integer', rollup: 'sum', required: true },
  { code: 'staff_trained', name: 'Số cán bộ được tập huấn', type: 'integer', rollup: 'sum' },
  { code: 'trained_pct', name: 'Tỷ lệ cán bộ được tập huấn', type: 'percent', rollup: 'average' },
  { code: 'portal_pct', name: 'Tỷ lệ đạt chỉ tiêu tin bài', type: 'percent', rollup: 'average', allowAbove100: true },
  { code: 'fines', name: 'Số tiền xử phạt', type: 'money', rollup: 'sum' },
  { code: 'balance', name: 'Chênh lệch kinh phí', type: 'money', rollup: 'sum', allowNegative: true },
  { code: 'inspections', name: 'Số cuộc kiểm tra', type: 'integer', rollup: 'sum', min: 0, max: 52 },
  { code: 'cutoff', name: 'Ngày chốt số liệu', type: 'date', rollup: 'none' },
  { code: 'note', name: 'Ghi chú', type: 'text', rollup: 'none' },
];
const rules: ReportCrossRule[] = [
  { left: 'staff_trained', op: '<=', right: 'staff_total' },
  { left: 'inspections', op: '>=', right: 1, message: 'Phải có ít nhất một cuộc kiểm tra trong năm' },
];

describe('validateReportValues', () => {
  it('accepts the seed report figures (staff 25/19, a fine of 68.750.000 đồng, cut-off 28/10/2024)', () => {
    expect(
      validateReportValues(defs, rules, {
        staff_total: 25,
        staff_trained: 19,
        trained_pct: 76,
        fines: 68_750_000,
        inspections: 7,
        cutoff: '2024-10-28',
        note: '',
      }),
    ).toEqual([]);
  });

  it('reports each wrong value with a stable code and a Vietnamese message', () => {
    const errs = validateReportValues(defs, [], {
      staff_total: 25.5,
      trained_pct: 120,
      fines: -5,
      inspections: 60,
      cutoff: '2024-02-30',
      staff_trained: '19' as unknown as number,
    });
    expect(errs).toEqual([
      { field: 'staff_total', code: 'report.value.not_integer', message: 'Giá trị phải là số nguyên' },
      { field: 'staff_trained', code: 'report.value.not_a_number', message: 'Giá trị phải là số' },
      { field: 'trained_pct', code: 'report.value.out_of_range', message: 'Tỷ lệ phải từ 0 đến 100' },
      { field: 'fines', code: 'report.value.out_of_range', message: 'Số tiền không được âm' },
      { field: 'inspections', code: 'report.value.out_of_range', message: 'Giá trị phải từ 0 đến 52' },
      { field: 'cutoff', code: 'report.value.invalid_date', message: 'Ngày không hợp lệ' },
    ]);
  });

  it('requires required values and accepts allowed exceptions (percent over 100, negative money)', () => {
    const errs = validateReportValues(defs, [], { portal_pct: 135, balance: -2_000_000, fines: 1.5 });
    expect(errs).toEqual([
      { field: 'staff_total', code: 'report.value.required', message: 'Chưa nhập tổng số cán bộ' },
      { field: 'fines', code: 'report.value.not_integer', message: 'Số tiền phải là số nguyên (đồng)' },
    ]);
  });

  it('checks cross-field rules with a readable default message or the rule’s own message', () => {
    const errs = validateReportValues(defs, rules, { staff_total: 19, staff_trained: 25, inspections: 0 });
    expect(errs).toEqual([
      {
        field: 'staff_trained',
        code: 'report.rule.violated',
        message: 'Số cán bộ được tập huấn không được lớn hơn tổng số cán bộ',
      },
      { field: 'inspections', code: 'report.rule.violated', message: 'Phải có ít nhất một cuộc kiểm tra trong năm' },
    ]);
  });

  it('skips a rule when an operand is missing, and flags rules or values naming unknown indicators', () => {
    expect(validateReportValues(defs, rules, { staff_total: 10 })).toEqual([]);
    const errs = validateReportValues(defs, [{ left: 'staff_x', op: '<', right: 'staff_total' }], {
      staff_total: 1,
      foo: 3,
    });
    expect(errs.map((e) => e.code)).toEqual(['report.value.unknown_field', 'report.rule.unknown_field']);
  });

  it('property: a money value passes exactly when it is a non-negative safe integer', () => {
    const money = defs.find((d) => d.code === 'fines')!;
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.double({ noNaN: false })), (v) => {
        const ok = validateReportValue(money, v) === null;
        expect(ok).toBe(Number.isSafeInteger(v) && v >= 0);
      }),
    );
  });

  it('property: a percent passes exactly when 0 ≤ v ≤ 100', () => {
    const pct = defs.find((d) => d.code === 'trained_pct')!;
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (v) => {
        expect(validateReportValue(pct, v) === null).toBe(v >= 0 && v <= 100);
      }),
    );
  });
});
