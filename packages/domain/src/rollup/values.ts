// Indicator values between people and storage: what a person types ("68.750.000", "68.750.000 đồng",
// "87,5 %", "28/10/2024") → the stored value, and a stored value → how a person reads it. The web form
// and the server read with the same function, so a value the form accepts is never refused on save.
import { isLocalDate } from '../calendar/local-date.ts';
import { formatDateVi, parseDateInput } from '../format/dates.ts';
import { formatMoneyVnd, formatNumberVi, parseNumberVi } from '../format/numbers.ts';
import type { ReportIndicatorDef, ReportValueError, ReportValueType, RollupRule } from './types.ts';

/** An indicator as forms store it: bounds are null when not set. */
export interface IndicatorDefinitionRow {
  code: string;
  name: string;
  type: ReportValueType;
  rollup: RollupRule;
  required?: boolean;
  min: number | null;
  max: number | null;
  unit?: string | null;
}

/**
 * The domain definition of a stored indicator. Bounds say what is allowed: a percentage whose maximum
 * is above 100 may exceed 100 ("vượt chỉ tiêu"), a minimum below zero allows negative values.
 */
export function indicatorDefinition(row: IndicatorDefinitionRow): ReportIndicatorDef {
  return {
    code: row.code,
    name: row.name,
    type: row.type,
    rollup: row.rollup,
    ...(row.required !== undefined ? { required: row.required } : {}),
    ...(row.min !== null ? { min: row.min } : {}),
    ...(row.max !== null ? { max: row.max } : {}),
    ...(row.type === 'percent' && row.max !== null && row.max > 100 ? { allowAbove100: true } : {}),
    ...(row.min !== null && row.min < 0 ? { allowNegative: true } : {}),
    ...(row.unit ? { unit: row.unit } : {}),
  };
}

const NOT_A_NUMBER: Record<'integer' | 'money' | 'percent', string> = {
  integer: 'Giá trị phải là số nguyên, ví dụ 1.250',
  money: 'Số tiền phải là số đồng, ví dụ 68.750.000',
  percent: 'Tỷ lệ phải là số, ví dụ 95 hoặc 87,5',
};

const INVALID_DATE = 'Ngày không hợp lệ, ví dụ 28/10/2024';

export type ReadReportValueResult = { ok: true; value: number | string | null } | { ok: false; error: ReportValueError };

/**
 * Reads one value as typed (or sent as a JSON number). Empty input is `null` — a missing value is never
 * zero. Text is NFC and trimmed; dates day-first or ISO; numbers the Vietnamese way, a trailing "%"
 * allowed for percentages. Only reading: bounds and rules are `validateReportValue`'s.
 */
export function readReportValue(
  def: Pick<ReportIndicatorDef, 'code' | 'type'>,
  raw: number | string | null | undefined,
): ReadReportValueResult {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  const fail = (code: ReportValueError['code'], message: string): ReadReportValueResult => ({
    ok: false,
    error: { field: def.code, code, message },
  });
  if (typeof raw === 'number') {
    if (def.type === 'text') return { ok: true, value: String(raw) };
    return def.type === 'date' ? fail('report.value.invalid_date', INVALID_DATE) : { ok: true, value: raw };
  }
  const text = raw.normalize('NFC').trim();
  if (text === '') return { ok: true, value: null };
  switch (def.type) {
    case 'text':
      return { ok: true, value: text };
    case 'date': {
      const iso = parseDateInput(text);
      return iso ? { ok: true, value: iso } : fail('report.value.invalid_date', INVALID_DATE);
    }
    default: {
      const parsed = parseNumberVi(def.type === 'percent' ? text.replace(/\s*%\s*$/, '') : text);
      if (parsed.ok) return { ok: true, value: parsed.value };
      return fail(
        'report.value.not_a_number',
        parsed.error.code === 'NUMBER_AMBIGUOUS_DECIMAL' ? parsed.error.message : NOT_A_NUMBER[def.type],
      );
    }
  }
}

/**
 * A stored value in the form a person edits it: "68.750.000", "87,5", "28/10/2024"; '' when empty.
 * What this writes, `readReportValue` reads back to the same value.
 */
export function reportValueAsTyped(type: ReportValueType, value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumberVi(value);
  return type === 'date' && isLocalDate(value) ? formatDateVi(value) : value;
}

/**
 * A stored value as a report or a table shows it: money "68.750.000 đ", percent "87,5%", dates
 * "28/10/2024"; '' when empty (the caller decides whether to show a dash).
 */
export function formatReportValue(type: ReportValueType, value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') {
    if (type === 'money') return formatMoneyVnd(value);
    return type === 'percent' ? `${formatNumberVi(value)}%` : formatNumberVi(value);
  }
  return reportValueAsTyped(type, value);
}
