// Communication KPIs (seed 2023-KH-31 appendix: e.g. ≥ 4 news items per quarter on the city portal)
// tracked through the period with a red/amber/green status.
import { daysBetween, isWithin, type LocalDate } from '../calendar/local-date.ts';
import type { PeriodKind } from '../calendar/periods.ts';

export type KpiChannel =
  | 'provincial_newspaper'
  | 'radio_tv'
  | 'provincial_portal'
  | 'district_portal'
  | 'commune_portal'
  | 'social_media'
  | 'portal_visits'
  | 'other';

export const KPI_CHANNEL_LABELS: Readonly<Record<KpiChannel, string>> = {
  provincial_newspaper: 'Báo tỉnh',
  radio_tv: 'Đài Phát thanh và Truyền hình tỉnh',
  provincial_portal: 'Cổng thông tin điện tử tỉnh',
  district_portal: 'Trang thông tin điện tử cấp huyện',
  commune_portal: 'Trang thông tin điện tử cấp xã',
  social_media: 'Mạng xã hội',
  portal_visits: 'Lượt truy cập cổng/trang thông tin',
  other: 'Kênh khác',
};

export interface KpiTarget {
  channel: KpiChannel;
  /** Minimum count per period (items published, or visits for 'portal_visits'). */
  targetCount: number;
  periodKind: PeriodKind;
}

export interface EvidenceEntry {
  /** Publication date. */
  date: LocalDate;
  channel: KpiChannel;
  title?: string;
  link?: string;
}

export type KpiStatus = 'green' | 'amber' | 'red';

export const KPI_STATUS_LABELS: Readonly<Record<KpiStatus, string>> = {
  green: 'Đạt tiến độ',
  amber: 'Chậm tiến độ nhẹ',
  red: 'Chậm tiến độ',
};

export interface KpiProgress {
  /** target × share of the period elapsed (days up to and including asOf / days in the period). */
  expectedExact: number;
  /** expectedExact rounded down to whole items: what the status is judged against. */
  expected: number;
  actual: number;
  /** actual / expected; null while nothing is expected yet. */
  ratio: number | null;
  /** actual / full target; null for a zero target. */
  ratioOfTarget: number | null;
  status: KpiStatus;
  label: string;
}

export interface KpiProgressOptions {
  /** Amber from this share of the pro-rated target. Default 0.9 (common in government strategy tools). */
  amberThreshold?: number;
}

/**
 * Progress of `actual` against `target` for a period, pro-rated to `asOf` (a province calendar day;
 * convert an instant with localDateInProvince).
 *
 * Rule: expected = floor(target × elapsedDays / periodDays), elapsed counting asOf itself, 0 before the
 * period and the full target after it. Rounded down because items are whole and a unit should not turn
 * red on day one for 0.04 of an article. Status: green when actual ≥ expected; amber when
 * actual ≥ 90% of expected; red otherwise.
 */
export function kpiProgress(
  target: number,
  actual: number,
  periodStart: LocalDate,
  periodEnd: LocalDate,
  asOf: LocalDate,
  options: KpiProgressOptions = {},
): KpiProgress {
  if (!(target >= 0) || !(actual >= 0)) throw new RangeError('kpiProgress: target and actual must be ≥ 0');
  const periodDays = daysBetween(periodStart, periodEnd) + 1;
  if (periodDays < 1) throw new RangeError('kpiProgress: periodEnd is before periodStart');
  const elapsed = Math.min(periodDays, Math.max(0, daysBetween(periodStart, asOf) + 1));
  const expectedExact = (target * elapsed) / periodDays;
  // Tiny epsilon so that 4 × 92/92 stays 4 despite floating point.
  const expected = Math.floor(expectedExact + 1e-9);
  const amber = options.amberThreshold ?? 0.9;
  const status: KpiStatus = actual >= expected ? 'green' : actual >= amber * expected ? 'amber' : 'red';
  return {
    expectedExact,
    expected,
    actual,
    ratio: expected === 0 ? null : actual / expected,
    ratioOfTarget: target === 0 ? null : actual / target,
    status,
    label: KPI_STATUS_LABELS[status],
  };
}

/** Evidence entries for one channel dated within [start, end] (inclusive). */
export function countEvidence(entries: readonly EvidenceEntry[], channel: KpiChannel, start: LocalDate, end: LocalDate): number {
  return entries.filter((e) => e.channel === channel && isWithin(e.date, start, end)).length;
}
