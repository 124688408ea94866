// Reading and showing indicator values the Vietnamese way: the domain's functions, the same the server uses.
import { formatReportValue, indicatorDefinition, readReportValue, reportValueAsTyped, validateReportValue } from '@dvcq/domain';
import type { ReportIndicatorDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';

export type Parsed = { ok: true; value: number | string | null } | { ok: false; message: string };

/** What the person typed → a value for the server, or the Vietnamese problem to show next to the field. */
export function parseTyped(ind: ReportIndicatorDto, raw: string): Parsed {
  const read = readReportValue(ind, raw);
  if (!read.ok) return { ok: false, message: read.error.message };
  if (read.value === null) return read;
  // a required value is asked for on submit, not while the person is still typing
  const e = validateReportValue(indicatorDefinition({ ...ind, required: false }), read.value);
  return e ? { ok: false, message: e.message } : read;
}

/** A stored value as a person reads it: "68.750.000", "87,5", "28/10/2024". */
export function showTyped(ind: Pick<ReportIndicatorDto, 'type'>, value: number | string | null | undefined): string {
  return reportValueAsTyped(ind.type, value);
}

export function showValue(ind: Pick<ReportIndicatorDto, 'type'>, value: number | string | null | undefined): string {
  return formatReportValue(ind.type, value) || t('common.none');
}
