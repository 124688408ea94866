import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatReportValue, indicatorDefinition, readReportValue, reportValueAsTyped } from './values.ts';
import { validateReportValue } from './validate.ts';
import type { ReportValueType } from './types.ts';

const ind = (type: ReportValueType, code = 'x') => ({ code, type });

describe('readReportValue', () => {
  // Every number form of fixtures/seeds (the 2024 report's fines and the plans' percentages) as typed.
  it.each([
    ['money', '68.750.000', 68_750_000],
    ['money', '68.750.000 đồng', 68_750_000],
    ['money', '6.074.000', 6_074_000],
    ['money', '21.000.000 đ', 21_000_000],
    ['money', '1.189.000', 1_189_000],
    ['money', '68 750 000', 68_750_000],
    ['integer', '10.000', 10_000],
    ['integer', '55', 55],
    ['percent', '100%', 100],
    ['percent', '90 %', 90],
    ['percent', '87,5', 87.5],
  ] as const)('%s %j → %d', (type, raw, value) => {
    expect(readReportValue(ind(type), raw)).toEqual({ ok: true, value });
  });

  it('reads dates day-first or ISO, and refuses days that do not exist', () => {
    expect(readReportValue(ind('date'), '28/10/2024')).toEqual({ ok: true, value: '2024-10-28' });
    expect(readReportValue(ind('date'), ' 2024-10-28 ')).toEqual({ ok: true, value: '2024-10-28' });
    expect(readReportValue(ind('date', 'cutoff'), '2025-02-30')).toEqual({
      ok: false,
      error: { field: 'cutoff', code: 'report.value.invalid_date', message: 'Ngày không hợp lệ, ví dụ 28/10/2024' },
    });
    expect(readReportValue(ind('date'), '31/02/2025')).toMatchObject({ ok: false });
    expect(readReportValue(ind('date'), 20241028)).toMatchObject({ ok: false, error: { code: 'report.value.invalid_date' } });
  });

  it('keeps text as NFC, trimmed', () => {
    expect(readReportValue(ind('text'), '  Đã tổ chức hội nghị '.normalize('NFD'))).toEqual({ ok: true, value: 'Đã tổ chức hội nghị' });
    expect(readReportValue(ind('text'), 12)).toEqual({ ok: true, value: '12' });
  });

  it('treats empty input as no value, never as zero', () => {
    expect(readReportValue(ind('money'), '   ')).toEqual({ ok: true, value: null });
    expect(readReportValue(ind('money'), null)).toEqual({ ok: true, value: null });
    expect(readReportValue(ind('money'), 0)).toEqual({ ok: true, value: 0 });
  });

  it('explains what a number field expects, by type, and why "12.5" is refused', () => {
    expect(readReportValue(ind('money', 'fines'), 'sáu triệu')).toEqual({
      ok: false,
      error: { field: 'fines', code: 'report.value.not_a_number', message: 'Số tiền phải là số đồng, ví dụ 68.750.000' },
    });
    expect(readReportValue(ind('integer'), 'abc')).toMatchObject({
      ok: false,
      error: { message: 'Giá trị phải là số nguyên, ví dụ 1.250' },
    });
    expect(readReportValue(ind('percent'), 'chín mươi')).toMatchObject({
      ok: false,
      error: { message: 'Tỷ lệ phải là số, ví dụ 95 hoặc 87,5' },
    });
    const dot = readReportValue(ind('percent'), '12.5');
    expect(dot.ok).toBe(false);
    if (!dot.ok) expect(dot.error.message).toContain('dấu phẩy');
  });

  it('reads back what it shows for editing (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ReportValueType>('integer', 'money', 'percent'),
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 99 }),
        (type, i, cents) => {
          const value = type === 'percent' ? i / 1e8 + cents / 100 : i;
          const rounded = Math.round(value * 100) / 100 || 0; // -0 reads back as 0
          expect(readReportValue(ind(type), reportValueAsTyped(type, rounded))).toEqual({ ok: true, value: rounded });
        },
      ),
    );
  });
});

describe('indicatorDefinition', () => {
  it('derives what the bounds allow: above 100 %, negative values', () => {
    const def = indicatorDefinition({
      code: 'portal',
      name: 'Tỷ lệ tin bài',
      type: 'percent',
      rollup: 'average',
      required: false,
      min: 0,
      max: 150,
      unit: '%',
    });
    expect(def).toEqual({
      code: 'portal',
      name: 'Tỷ lệ tin bài',
      type: 'percent',
      rollup: 'average',
      required: false,
      min: 0,
      max: 150,
      allowAbove100: true,
      unit: '%',
    });
    expect(validateReportValue(def, 120)).toBeNull();
    const balance = indicatorDefinition({ code: 'b', name: 'Chênh lệch', type: 'money', rollup: 'sum', min: -1_000_000, max: null });
    expect(balance).toMatchObject({ allowNegative: true, min: -1_000_000 });
    expect(balance).not.toHaveProperty('max');
    expect(validateReportValue(balance, -500_000)).toBeNull();
    expect(
      validateReportValue(indicatorDefinition({ code: 'p', name: 'Tỷ lệ', type: 'percent', rollup: 'average', min: null, max: null }), 120),
    ).toMatchObject({ code: 'report.value.out_of_range' });
  });
});

describe('formatReportValue / reportValueAsTyped', () => {
  it('shows stored values the Vietnamese way', () => {
    expect(formatReportValue('money', 68_750_000)).toBe('68.750.000 đ');
    expect(formatReportValue('percent', 87.5)).toBe('87,5%');
    expect(formatReportValue('integer', 1250)).toBe('1.250');
    expect(formatReportValue('date', '2024-10-28')).toBe('28/10/2024');
    expect(formatReportValue('text', 'Đạt')).toBe('Đạt');
    expect(formatReportValue('money', null)).toBe('');
    expect(reportValueAsTyped('money', 68_750_000)).toBe('68.750.000');
    expect(reportValueAsTyped('date', '2024-10-28')).toBe('28/10/2024');
    expect(reportValueAsTyped('date', 'không rõ')).toBe('không rõ');
    expect(reportValueAsTyped('integer', undefined)).toBe('');
  });
});
