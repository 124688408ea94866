import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatMoneyVnd, formatNumberVi, formatRateVi, parseNumberVi } from './numbers.ts';

describe('formatNumberVi / formatMoneyVnd', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumberVi(1234.5)).toBe('1.234,5');
    expect(formatNumberVi(68750000)).toBe('68.750.000');
    expect(formatNumberVi(999)).toBe('999');
    expect(formatNumberVi(0)).toBe('0');
    expect(formatNumberVi(-1234567.891)).toBe('-1.234.567,89');
  });

  it('pads or rounds to the requested fraction digits', () => {
    expect(formatNumberVi(12, 2)).toBe('12,00');
    expect(formatNumberVi(1.005, 2)).toBe('1,01');
    expect(formatNumberVi(2.5, 0)).toBe('3');
    expect(formatNumberVi(-0.001, 2)).toBe('0,00');
  });

  it('keeps up to a given number of decimals when asked, dropping trailing zeros', () => {
    expect(formatNumberVi(0.125, { maxFractionDigits: 6 })).toBe('0,125');
    expect(formatNumberVi(0.1 + 0.2, { maxFractionDigits: 6 })).toBe('0,3');
    expect(formatNumberVi(1234.5, { fractionDigits: 2 })).toBe('1.234,50');
    expect(formatNumberVi(12.345)).toBe('12,35');
  });

  it('prints the same as vi-VN Intl formatting, without depending on the ICU build (property)', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (i, cents) => {
        const n = i + (i < 0 ? -cents : cents) / 100;
        expect(formatNumberVi(n)).toBe(intl.format(n).replace(/\u00a0/g, ' '));
      }),
    );
  });

  it('formats rates as percentages with at most one decimal', () => {
    expect(formatRateVi(0.875)).toBe('87,5%');
    expect(formatRateVi(0.5)).toBe('50%');
    expect(formatRateVi(2 / 3)).toBe('66,7%');
    expect(formatRateVi(1)).toBe('100%');
    expect(formatRateVi(0.12345, 2)).toBe('12,35%');
  });

  it('formats money in whole đồng', () => {
    expect(formatMoneyVnd(68750000)).toBe('68.750.000 đ');
    expect(formatMoneyVnd(0)).toBe('0 đ');
    expect(formatMoneyVnd(1500.6)).toBe('1.501 đ');
  });

  it('refuses NaN and Infinity instead of printing them', () => {
    expect(() => formatNumberVi(Number.NaN)).toThrow(RangeError);
    expect(() => formatMoneyVnd(Infinity)).toThrow(RangeError);
  });
});

describe('parseNumberVi', () => {
  it.each([
    ['68.750.000', 68750000],
    ['68 750 000', 68750000],
    ['68\u00a0750\u00a0000', 68750000],
    ['68.750.000 đồng', 68750000],
    ['68.750.000 đ', 68750000],
    ['6.074.000', 6074000],
    ['21.000.000', 21000000],
    ['1.189.000', 1189000],
    ['10.000', 10000],
    ['12,5', 12.5],
    ['1.234,56', 1234.56],
    ['358', 358],
    ['-3', -3],
    ['  7  ', 7],
    [',5', 0.5],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberVi(text)).toEqual({ ok: true, value });
  });

  it('rejects a dot used as decimal point with a helpful message', () => {
    const r = parseNumberVi('12.5');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('NUMBER_AMBIGUOUS_DECIMAL');
      expect(r.error.message).toContain('dấu phẩy');
    }
  });

  it.each(['abc', '1,2,3', '12.34.5', '1 23', '12,5,0', '--3', '1.2345.678'])('rejects %j', (text) => {
    const r = parseNumberVi(text);
    expect(r.ok).toBe(false);
  });

  it('reports empty input with its own code', () => {
    expect(parseNumberVi('   ')).toEqual({ ok: false, error: { code: 'NUMBER_EMPTY', message: 'Chưa nhập số.' } });
  });

  it('round-trips what formatNumberVi prints', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (i, cents) => {
        const n = i + (i < 0 ? -cents : cents) / 100;
        const r = parseNumberVi(formatNumberVi(n, 2));
        expect(r.ok && Math.abs(r.value - n) < 1e-6).toBe(true);
      }),
    );
  });
});
