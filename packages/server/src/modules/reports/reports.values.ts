// Turning what a person typed into stored indicator values, and checking them with the domain rules
// (packages/domain/src/rollup/validate.ts). Numbers may arrive as JSON numbers or as Vietnamese text
// ("68.750.000", "68.750.000 đồng", "12,5 %"); dates as ISO or dd/mm/yyyy.
import {
  parseDateVi,
  parseNumberVi,
  validateReportValues,
  type ReportCrossRule,
  type ReportIndicatorDef,
  type ReportValueError,
} from '@dvcq/domain';
import type { ReportIndicatorRow, ReportRuleRow, StoredValue } from '../../db/schema.ts';

export function toDomainDef(i: ReportIndicatorRow): ReportIndicatorDef {
  return {
    code: i.code,
    name: i.name,
    type: i.type,
    rollup: i.rollup,
    required: i.required,
    ...(i.min !== null ? { min: i.min } : {}),
    ...(i.max !== null ? { max: i.max } : {}),
    ...(i.type === 'percent' && i.max !== null && i.max > 100 ? { allowAbove100: true } : {}),
    ...(i.min !== null && i.min < 0 ? { allowNegative: true } : {}),
    ...(i.unit ? { unit: i.unit } : {}),
  };
}

export const toDomainRule = (r: ReportRuleRow): ReportCrossRule => ({ left: r.left, op: r.op, right: r.right, ...(r.message ? { message: r.message } : {}) });

const NOT_A_NUMBER: Record<string, string> = {
  integer: 'Giá trị phải là số nguyên, ví dụ 1.250',
  money: 'Số tiền phải là số đồng, ví dụ 68.750.000',
  percent: 'Tỷ lệ phải là số, ví dụ 95 hoặc 87,5',
};

export interface NormalisedValues {
  values: Record<string, StoredValue>;
  /** Values that could not even be read (letters in a number field, an impossible date). */
  errors: ReportValueError[];
}

/** Reads raw input into typed values; empty inputs are dropped (a missing value is never zero). */
export function normaliseValues(indicators: readonly ReportIndicatorRow[], input: Record<string, number | string | null>): NormalisedValues {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const values: Record<string, StoredValue> = {};
  const errors: ReportValueError[] = [];
  for (const [code, raw] of Object.entries(input)) {
    const def = byCode.get(code);
    if (raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
    if (!def) {
      errors.push({ field: code, code: 'report.value.unknown_field', message: `Chỉ tiêu "${code}" không có trong mẫu báo cáo` });
      continue;
    }
    if (def.type === 'text') {
      values[code] = typeof raw === 'string' ? raw.normalize('NFC').trim() : String(raw);
      continue;
    }
    if (def.type === 'date') {
      const s = String(raw).trim();
      const iso = /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : parseDateVi(s);
      if (!iso) errors.push({ field: code, code: 'report.value.invalid_date', message: 'Ngày không hợp lệ, ví dụ 28/10/2024' });
      else values[code] = iso;
      continue;
    }
    if (typeof raw === 'number') {
      values[code] = raw;
      continue;
    }
    const text = def.type === 'percent' ? raw.replace(/\s*%\s*$/, '') : raw;
    const parsed = parseNumberVi(text);
    if (!parsed.ok) {
      errors.push({ field: code, code: 'report.value.not_a_number', message: parsed.error.code === 'NUMBER_AMBIGUOUS_DECIMAL' ? parsed.error.message : NOT_A_NUMBER[def.type]! });
    } else values[code] = parsed.value;
  }
  return { values, errors };
}

/** Problems that stop a draft from being saved: unreadable or out-of-range values. */
export const blocksDraft = (e: ReportValueError) => e.code !== 'report.value.required' && e.code !== 'report.rule.violated';

export function checkValues(
  indicators: readonly ReportIndicatorRow[],
  rules: readonly ReportRuleRow[],
  values: Record<string, StoredValue>,
): ReportValueError[] {
  return validateReportValues(indicators.map(toDomainDef), rules.map(toDomainRule), values);
}

export function fieldsOf(errors: readonly { field: string; message: string }[], prefix = 'values.'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[`${prefix}${e.field}`] ??= e.message;
  return out;
}
