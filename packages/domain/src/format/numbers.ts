// Vietnamese number formatting: '.' groups thousands, ',' marks decimals ("1.234,5").
// Implemented by hand rather than with Intl so output is identical across ICU builds and servers.

export type ParseNumberErrorCode = 'NUMBER_EMPTY' | 'NUMBER_INVALID' | 'NUMBER_AMBIGUOUS_DECIMAL';

export interface ParseNumberError {
  code: ParseNumberErrorCode;
  /** Vietnamese message, safe to show to the user. */
  message: string;
}

export type ParseNumberResult = { ok: true; value: number } | { ok: false; error: ParseNumberError };

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export interface NumberFormatOptions {
  /** Exactly this many decimals (rounded half away from zero, padded with zeros). */
  fractionDigits?: number;
  /** At most this many decimals, trailing zeros dropped (default 2). Ignored with `fractionDigits`. */
  maxFractionDigits?: number;
}

/**
 * Formats with Vietnamese separators ("1.234,5"). A number argument is `fractionDigits`: exactly that
 * many decimals; without it, at most 2 decimals (or `maxFractionDigits`) with trailing zeros dropped.
 * @throws RangeError for NaN/Infinity — showing "NaN" to a user is always a bug upstream.
 */
export function formatNumberVi(n: number, format?: number | NumberFormatOptions): string {
  if (!Number.isFinite(n)) throw new RangeError(`formatNumberVi: not a finite number: ${n}`);
  const options: NumberFormatOptions = typeof format === 'number' ? { fractionDigits: format } : (format ?? {});
  const fixed = options.fractionDigits !== undefined;
  const digits = options.fractionDigits ?? options.maxFractionDigits ?? 2;
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
    throw new RangeError(`formatNumberVi: bad fraction digits ${digits}`);
  }
  const factor = 10 ** digits;
  // Rounding on a scaled value avoids toFixed's binary artefacts (1.005 → "1.00").
  const rounded = Math.round(Math.abs(n) * factor + Number.EPSILON * factor) / factor;
  const [intPart = '0', rawFraction = ''] = rounded.toFixed(digits).split('.');
  const fracPart = fixed ? rawFraction : rawFraction.replace(/0+$/, '');
  const negative = n < 0 && rounded !== 0;
  return (negative ? '-' : '') + groupThousands(intPart) + (fracPart ? ',' + fracPart : '');
}

/**
 * A rate (0.875) as a percentage: "87,5%". At most one decimal unless told otherwise, so 0.5 is "50%"
 * and 2/3 is "66,7%".
 */
export function formatRateVi(rate: number, maxFractionDigits = 1): string {
  return `${formatNumberVi(rate * 100, { maxFractionDigits })}%`;
}

/** Whole đồng (the đồng has no subunit in use): 68750000 → "68.750.000 đ" (plain space). */
export function formatMoneyVnd(n: number): string {
  return `${formatNumberVi(n, 0)} đ`;
}

const CURRENCY_SUFFIX = /\s*(đồng|đ|vnđ|vnd)\.?$/iu;

/**
 * Parses numbers as Vietnamese users and documents write them: "68.750.000", "68 750 000",
 * "68.750.000 đồng", "12,5", "-3", "1.234,56". A '.' is always a thousands separator, so "12.5" is
 * rejected (ambiguous: an English decimal or a typo) rather than silently read as 125 or 12,5.
 */
export function parseNumberVi(text: string): ParseNumberResult {
  let s = text.normalize('NFC').trim().replace(CURRENCY_SUFFIX, '').trim();
  if (s === '') {
    return { ok: false, error: { code: 'NUMBER_EMPTY', message: 'Chưa nhập số.' } };
  }
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('−')) {
    sign = -1;
    s = s.slice(1).trimStart();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trimStart();
  }
  // Any space-like character (NBSP, narrow NBSP, thin space) may group thousands.
  s = s.replace(/[\s\u00a0\u202f\u2009]+/gu, ' ');
  const commaCount = (s.match(/,/g) ?? []).length;
  if (commaCount > 1) return invalid(text);
  const [intRaw = '', fracRaw] = s.split(',');
  if (fracRaw !== undefined && !/^\d+$/.test(fracRaw)) return invalid(text);
  let intDigits: string;
  if (/^\d+$/.test(intRaw)) {
    intDigits = intRaw;
  } else if (/^\d{1,3}(\.\d{3})+$/.test(intRaw) || /^\d{1,3}( \d{3})+$/.test(intRaw)) {
    intDigits = intRaw.replace(/[. ]/g, '');
  } else if (intRaw === '' && fracRaw !== undefined) {
    intDigits = '0';
  } else if (/^\d+\.\d{1,2}$/.test(intRaw) || /^\d+\.\d{4,}$/.test(intRaw)) {
    return {
      ok: false,
      error: {
        code: 'NUMBER_AMBIGUOUS_DECIMAL',
        message: `"${text.trim()}" không hợp lệ: dấu chấm dùng để phân cách hàng nghìn, phần thập phân dùng dấu phẩy (ví dụ 12,5).`,
      },
    };
  } else {
    return invalid(text);
  }
  const value = sign * Number(fracRaw === undefined ? intDigits : `${intDigits}.${fracRaw}`);
  if (!Number.isFinite(value)) return invalid(text);
  return { ok: true, value: value === 0 ? 0 : value };
}

function invalid(text: string): ParseNumberResult {
  return {
    ok: false,
    error: { code: 'NUMBER_INVALID', message: `"${text.trim()}" không phải là số hợp lệ (ví dụ: 68.750.000 hoặc 12,5).` },
  };
}
