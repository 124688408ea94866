// Reading and showing indicator values the Vietnamese way, with the same rules as the server.
import { formatMoneyVnd, formatNumberVi, parseDateVi, parseNumberVi, validateReportValue } from '@dvcq/domain';
import type { ReportIndicatorDto } from '@dvcq/shared';

export type Parsed = { ok: true; value: number | string | null } | { ok: false; message: string };

const NOT_A_NUMBER: Record<string, string> = {
  integer: 'Giá trị phải là số nguyên, ví dụ 1.250',
  money: 'Số tiền phải là số đồng, ví dụ 68.750.000',
  percent: 'Tỷ lệ phải là số, ví dụ 95 hoặc 87,5',
};

/** What the person typed → a value for the server, or the Vietnamese problem to show next to the field. */
export function parseTyped(ind: ReportIndicatorDto, raw: string): Parsed {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  let value: number | string;
  if (ind.type === 'text') value = text;
  else if (ind.type === 'date') {
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : parseDateVi(text);
    if (!iso) return { ok: false, message: 'Ngày không hợp lệ, ví dụ 28/10/2024' };
    value = iso;
  } else {
    const p = parseNumberVi(ind.type === 'percent' ? text.replace(/\s*%\s*$/, '') : text);
    if (!p.ok) return { ok: false, message: p.error.code === 'NUMBER_AMBIGUOUS_DECIMAL' ? p.error.message : NOT_A_NUMBER[ind.type]! };
    value = p.value;
  }
  const def = {
    code: ind.code,
    name: ind.name,
    type: ind.type,
    rollup: ind.rollup,
    ...(ind.min !== null ? { min: ind.min } : {}),
    ...(ind.max !== null ? { max: ind.max } : {}),
    ...(ind.type === 'percent' && ind.max !== null && ind.max > 100 ? { allowAbove100: true } : {}),
    ...(ind.min !== null && ind.min < 0 ? { allowNegative: true } : {}),
  };
  const e = validateReportValue(def, value);
  return e ? { ok: false, message: e.message } : { ok: true, value };
}

/** A stored value as a person reads it: "68.750.000", "87,5", "28/10/2024". */
export function showTyped(ind: Pick<ReportIndicatorDto, 'type'>, value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumberVi(value);
  if (ind.type === 'date') return value.split('-').reverse().join('/');
  return value;
}

export function showValue(ind: Pick<ReportIndicatorDto, 'type'>, value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return ind.type === 'money' ? formatMoneyVnd(Math.round(value)) : ind.type === 'percent' ? `${formatNumberVi(value)}%` : formatNumberVi(value);
  return showTyped(ind, value);
}
