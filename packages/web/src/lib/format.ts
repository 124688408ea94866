// Display helpers on top of @dvcq/domain's formatters: dates dd/mm/yyyy, instants in the province's zone.
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/vi';
import { formatDateTimeVi, formatDateVi, formatNumberVi, formatRateVi, isLocalDate, localDateInProvince } from '@dvcq/domain';
import { t } from '../i18n/index.ts';

dayjs.locale('vi');

export const DATE_FORMAT = 'DD/MM/YYYY';

/** 'YYYY-MM-DD' (or a full ISO instant) → 'dd/mm/yyyy'; '—' for empty. */
export function showDate(value: string | null | undefined): string {
  if (!value) return '—';
  const day = value.slice(0, 10);
  return isLocalDate(day) ? formatDateVi(day) : value;
}

/** An ISO instant → 'dd/mm/yyyy HH:mm' in Asia/Ho_Chi_Minh, whatever the browser's zone. */
export function showDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return formatDateTimeVi(d);
}

/** Today in the province, as a dayjs for date pickers. */
export function todayInProvince(): Dayjs {
  return dayjs(localDateInProvince(new Date()));
}

export function toIsoDate(d: Dayjs | null | undefined): string | undefined {
  return d ? d.format('YYYY-MM-DD') : undefined;
}

/** 1234.5 → "1.234,50" with fixed fraction digits (0: whole numbers); '—' for nothing. */
export function showNumber(n: number | null | undefined, fractionDigits = 0): string {
  return n === null || n === undefined || !Number.isFinite(n) ? t('common.none') : formatNumberVi(n, fractionDigits);
}

/** Points and other figures with up to two decimals, trailing zeros dropped: 96.5 → "96,5". */
export function showFigure(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? t('common.none') : formatNumberVi(n);
}

/** A rate 0–1 as a percentage with at most one decimal: 0.875 → "87,5%", 0.5 → "50%"; '—' when there is nothing to divide. */
export function showRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined || !Number.isFinite(rate) ? t('common.none') : formatRateVi(rate);
}
