// What an officer types into a report's figures, and how stored figures are shown back.
import { describe, expect, it } from 'vitest';
import type { ReportIndicatorDto } from '@dvcq/shared';
import { parseTyped, showTyped, showValue } from './values.ts';

const indicator = (
  type: ReportIndicatorDto['type'],
  bounds: Partial<Pick<ReportIndicatorDto, 'min' | 'max'>> = {},
): ReportIndicatorDto => ({
  code: 'x',
  name: 'Chỉ tiêu',
  type,
  unit: null,
  required: false,
  min: null,
  max: null,
  rollup: type === 'text' || type === 'date' ? 'none' : 'sum',
  group: null,
  ...bounds,
});

describe('reading typed figures', () => {
  it('reads money and whole numbers the Vietnamese way, with or without the currency', () => {
    expect(parseTyped(indicator('money'), '68.750.000')).toEqual({ ok: true, value: 68_750_000 });
    expect(parseTyped(indicator('money'), '68.750.000 đồng')).toEqual({ ok: true, value: 68_750_000 });
    expect(parseTyped(indicator('integer'), ' 1.250 ')).toEqual({ ok: true, value: 1250 });
  });

  it('explains, next to the field, what a money figure should look like', () => {
    expect(parseTyped(indicator('money'), '68tr')).toEqual({ ok: false, message: 'Số tiền phải là số đồng, ví dụ 68.750.000' });
  });

  it('refuses "12.5": a dot groups thousands, decimals take a comma', () => {
    const p = parseTyped(indicator('percent'), '12.5');
    expect(p.ok).toBe(false);
    expect(!p.ok && p.message).toMatch(/12,5/);
    expect(parseTyped(indicator('percent'), '87,5')).toEqual({ ok: true, value: 87.5 });
    expect(parseTyped(indicator('percent'), '95 %')).toEqual({ ok: true, value: 95 });
  });

  it("keeps figures within the form's bounds and refuses fractions of a whole number", () => {
    expect(parseTyped(indicator('integer', { max: 100 }), '150')).toMatchObject({ ok: false, message: expect.stringMatching(/100/) });
    expect(parseTyped(indicator('integer', { min: 10 }), '5')).toMatchObject({ ok: false, message: expect.stringMatching(/10/) });
    expect(parseTyped(indicator('integer'), '-3').ok).toBe(false);
    expect(parseTyped(indicator('integer'), '1,5').ok).toBe(false);
    expect(parseTyped(indicator('percent'), '120').ok).toBe(false);
    expect(parseTyped(indicator('percent', { max: 150 }), '120')).toEqual({ ok: true, value: 120 });
  });

  it('reads dates day first and refuses days that do not exist', () => {
    expect(parseTyped(indicator('date'), '28/10/2024')).toEqual({ ok: true, value: '2024-10-28' });
    expect(parseTyped(indicator('date'), '2024-10-28')).toEqual({ ok: true, value: '2024-10-28' });
    expect(parseTyped(indicator('date'), '31/02/2024')).toEqual({ ok: false, message: 'Ngày không hợp lệ, ví dụ 28/10/2024' });
  });

  it('treats an empty box as no figure and trims text', () => {
    expect(parseTyped(indicator('money'), '   ')).toEqual({ ok: true, value: null });
    expect(parseTyped(indicator('text'), '  Đã triển khai ')).toEqual({ ok: true, value: 'Đã triển khai' });
  });
});

describe('showing stored figures', () => {
  it('puts a stored figure back in the box as it would be typed', () => {
    expect(showTyped(indicator('money'), 68_750_000)).toBe('68.750.000');
    expect(showTyped(indicator('percent'), 87.5)).toBe('87,5');
    expect(showTyped(indicator('date'), '2024-10-28')).toBe('28/10/2024');
    expect(showTyped(indicator('integer'), null)).toBe('');
  });

  it('reads back what was typed: typed → stored → shown is stable', () => {
    for (const [type, typed] of [
      ['money', '1.250.000'],
      ['integer', '55'],
      ['percent', '87,5'],
      ['date', '05/01/2025'],
    ] as const) {
      const p = parseTyped(indicator(type), typed);
      expect(p.ok && showTyped(indicator(type), p.value)).toBe(typed);
    }
  });

  it('shows money with the đồng sign, rates with %, nothing as a dash', () => {
    expect(showValue(indicator('money'), 70_000_000)).toBe('70.000.000 đ');
    expect(showValue(indicator('percent'), 87.5)).toBe('87,5%');
    expect(showValue(indicator('integer'), 1250)).toBe('1.250');
    expect(showValue(indicator('integer'), null)).toBe('—');
    expect(showValue(indicator('text'), '')).toBe('—');
  });
});
