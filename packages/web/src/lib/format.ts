// Display helpers on top of @dvcq/domain's formatters: dates dd/mm/yyyy, instants in the province's zone.
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/vi';
import { formatDateTimeVi, formatDateVi, isLocalDate, localDateInProvince } from '@dvcq/domain';

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
