// Turning what a person typed into stored indicator values, and checking them with the domain rules
// (packages/domain/src/rollup/validate.ts). Numbers may arrive as JSON numbers or as Vietnamese text
// ("68.750.000", "68.750.000 đồng", "12,5 %"); dates as ISO or dd/mm/yyyy.
import {
  indicatorDefinition,
  readReportValue,
  validateReportValues,
  type ReportCrossRule,
  type ReportIndicatorDef,
  type ReportValueError,
} from '@dvcq/domain';
import type { ReportIndicatorRow, ReportRuleRow, StoredValue } from '../../db/schema.ts';

export const toDomainDef = (i: ReportIndicatorRow): ReportIndicatorDef => indicatorDefinition(i);

export const toDomainRule = (r: ReportRuleRow): ReportCrossRule => ({
  left: r.left,
  op: r.op,
  right: r.right,
  ...(r.message ? { message: r.message } : {}),
});

export interface NormalisedValues {
  values: Record<string, StoredValue>;
  /** Values that could not even be read (letters in a number field, an impossible date). */
  errors: ReportValueError[];
}

/** Reads raw input into typed values; empty inputs are dropped (a missing value is never zero). */
export function normaliseValues(
  indicators: readonly ReportIndicatorRow[],
  input: Record<string, number | string | null>,
): NormalisedValues {
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
    const read = readReportValue(def, raw);
    if (!read.ok) errors.push(read.error);
    else if (read.value !== null) values[code] = read.value;
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
