import { isLocalDate } from '../calendar/local-date.ts';
import { formatNumberVi } from '../format/numbers.ts';
import type { ComparisonOp, ReportCrossRule, ReportIndicatorDef, ReportValueError, ReportValues } from './types.ts';

const isEmpty = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

// Bounds and rule constants are printed as written (up to 6 decimals), never rounded to 2.
const viNumber = (n: number): string => formatNumberVi(n, { maxFractionDigits: 6 });

/** Validates one value against its definition; returns the first problem, or null. */
export function validateReportValue(def: ReportIndicatorDef, value: unknown): ReportValueError | null {
  const field = def.code;
  const err = (code: ReportValueError['code'], message: string): ReportValueError => ({ field, code, message });
  if (isEmpty(value)) {
    return def.required ? err('report.value.required', `Chưa nhập ${lowerFirst(def.name)}`) : null;
  }
  switch (def.type) {
    case 'text':
      return typeof value === 'string' ? null : err('report.value.not_text', 'Giá trị phải là văn bản');
    case 'date':
      return typeof value === 'string' && isLocalDate(value) ? null : err('report.value.invalid_date', 'Ngày không hợp lệ');
    default:
      break;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return err('report.value.not_a_number', 'Giá trị phải là số');
  if (def.type === 'integer' && !Number.isInteger(value)) return err('report.value.not_integer', 'Giá trị phải là số nguyên');
  if (def.type === 'money' && !Number.isSafeInteger(value)) {
    return err('report.value.not_integer', 'Số tiền phải là số nguyên (đồng)');
  }
  if (def.type === 'percent') {
    if (value < 0 || (value > 100 && !def.allowAbove100)) {
      return err('report.value.out_of_range', def.allowAbove100 ? 'Tỷ lệ không được âm' : 'Tỷ lệ phải từ 0 đến 100');
    }
  }
  if (def.type === 'money' && value < 0 && !def.allowNegative) return err('report.value.out_of_range', 'Số tiền không được âm');
  if (def.type === 'integer' && value < 0 && def.min === undefined && !def.allowNegative) {
    return err('report.value.out_of_range', 'Giá trị không được âm');
  }
  if (def.min !== undefined && def.max !== undefined && (value < def.min || value > def.max)) {
    return err('report.value.out_of_range', `Giá trị phải từ ${viNumber(def.min)} đến ${viNumber(def.max)}`);
  }
  if (def.min !== undefined && value < def.min) {
    return err('report.value.out_of_range', `Giá trị không được nhỏ hơn ${viNumber(def.min)}`);
  }
  if (def.max !== undefined && value > def.max) {
    return err('report.value.out_of_range', `Giá trị không được lớn hơn ${viNumber(def.max)}`);
  }
  return null;
}

/** Lower-cases the first letter of a name unless it looks like an acronym ("CCHC"). */
function lowerFirst(s: string): string {
  if (s.length < 2) return s.toLowerCase();
  const second = s.charAt(1);
  if (second !== second.toLowerCase()) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

const OP_PHRASE: Record<ComparisonOp, string> = {
  '<=': 'không được lớn hơn',
  '<': 'phải nhỏ hơn',
  '=': 'phải bằng',
  '>=': 'không được nhỏ hơn',
  '>': 'phải lớn hơn',
};

function compare(a: number | string, op: ComparisonOp, b: number | string): boolean {
  switch (op) {
    case '<=':
      return a <= b;
    case '<':
      return a < b;
    case '=':
      return a === b;
    case '>=':
      return a >= b;
    case '>':
      return a > b;
  }
}

/**
 * Validates a report's indicator values: each value against its definition, then each cross-field
 * rule. A rule whose operands are missing or invalid is not evaluated (the value error is reported instead).
 * Values for unknown codes are reported ('report.value.unknown_field').
 */
export function validateReportValues(
  defs: readonly ReportIndicatorDef[],
  rules: readonly ReportCrossRule[],
  values: ReportValues,
): ReportValueError[] {
  const errors: ReportValueError[] = [];
  const byCode = new Map(defs.map((d) => [d.code, d]));
  const valid = new Map<string, number | string>();
  for (const def of defs) {
    const e = validateReportValue(def, values[def.code]);
    if (e) errors.push(e);
    else {
      const v = values[def.code];
      if (!isEmpty(v) && (typeof v === 'number' || typeof v === 'string')) valid.set(def.code, v);
    }
  }
  for (const code of Object.keys(values)) {
    if (!byCode.has(code)) {
      errors.push({ field: code, code: 'report.value.unknown_field', message: `Chỉ tiêu "${code}" không có trong kế hoạch` });
    }
  }
  for (const rule of rules) {
    const leftDef = byCode.get(rule.left);
    const rightDef = typeof rule.right === 'string' ? byCode.get(rule.right) : undefined;
    if (!leftDef || (typeof rule.right === 'string' && !rightDef)) {
      errors.push({
        field: rule.left,
        code: 'report.rule.unknown_field',
        message: `Quy tắc kiểm tra tham chiếu chỉ tiêu không tồn tại (${rule.left} ${rule.op} ${String(rule.right)})`,
      });
      continue;
    }
    const a = valid.get(rule.left);
    const b = typeof rule.right === 'number' ? rule.right : valid.get(rule.right);
    if (a === undefined || b === undefined || typeof a !== typeof b) continue;
    if (compare(a, rule.op, b)) continue;
    const rightText = rightDef ? lowerFirst(rightDef.name) : viNumber(rule.right as number);
    errors.push({
      field: rule.left,
      code: 'report.rule.violated',
      message: rule.message ?? `${leftDef.name} ${OP_PHRASE[rule.op]} ${rightText}`,
    });
  }
  return errors;
}
