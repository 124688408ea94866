// Communication KPIs (seed 2023-KH-31 appendix: e.g. ≥ 4 news items per quarter on the city portal)
// tracked through the period with a red/amber/green status, and their Vietnamese wording.
//
// Rules (docs/RULES.md "Communication KPIs"):
// - A row's period is a quarter, a half-year, the year, or a custom window ending on a given day
//   ("tính đến thời điểm 06/11"). The instance judged at a day is the one containing that day (the
//   quarter, the half); before a year's first day the first instance, after its end the last.
// - Pro-rating: expected = floor(target × elapsedDays / periodDays + ε), elapsed counting the day
//   itself, 0 before the period and the full target from its last day on. Yes/no rows (sections
//   present) and "exactly" rows are not pro-rated below their target: a yes/no row is expected only at
//   the end, so it is amber while absent and red once the period is over.
// - Status: green ≥ green share (default 100%) of expected, amber ≥ amber share (default 80%), red
//   below. From the period's last day the status is final: met (green) or not met (red).
// - "exactly": above the target is amber (too many is a deviation the coordinator looks at).
// - Visits are readings of a counter: the actual is the highest reading dated within the period.
import { daysBetween, isWithin, localDateParts, toLocalDate, daysInMonth, type LocalDate } from '../calendar/local-date.ts';
import { periodRange, type FixedPeriodKind, type DateRange } from '../calendar/periods.ts';
import { formatDateVi } from '../format/dates.ts';
import { formatNumberVi } from '../format/numbers.ts';

export const KPI_CHANNELS = [
  'provincial_newspaper',
  'provincial_radio_tv',
  'provincial_portal',
  'local_portal',
  'social_media',
  'zalo_oa',
  'public_service_portal',
  'other',
] as const;
export type KpiChannel = (typeof KPI_CHANNELS)[number];

/** Channel names as a list shows them. */
export const KPI_CHANNEL_LABELS: Readonly<Record<KpiChannel, string>> = {
  provincial_newspaper: 'Báo tỉnh',
  provincial_radio_tv: 'Đài Phát thanh và Truyền hình tỉnh',
  provincial_portal: 'Cổng thông tin điện tử tỉnh',
  local_portal: 'Cổng/Trang thông tin điện tử thành phố, xã, phường',
  social_media: 'Trang mạng xã hội',
  zalo_oa: 'Zalo OA',
  public_service_portal: 'Cổng dịch vụ công',
  other: 'Kênh khác',
};

/** The channel as it reads after "trên …" in a sentence. */
export const KPI_CHANNEL_IN_TEXT: Readonly<Record<KpiChannel, string>> = {
  provincial_newspaper: 'Báo tỉnh',
  provincial_radio_tv: 'Đài Phát thanh và Truyền hình tỉnh',
  provincial_portal: 'Cổng thông tin điện tử tỉnh',
  local_portal: 'Cổng thông tin điện tử thành phố',
  social_media: 'trang mạng xã hội',
  zalo_oa: 'Zalo OA',
  public_service_portal: 'Cổng dịch vụ công',
  other: 'kênh khác',
};

export const KPI_MEASURES = ['items', 'reportages', 'visits', 'sections_present'] as const;
export type KpiMeasure = (typeof KPI_MEASURES)[number];
export const KPI_MEASURE_LABELS: Readonly<Record<KpiMeasure, string>> = {
  items: 'tin/bài',
  reportages: 'phóng sự',
  visits: 'lượt truy cập',
  sections_present: 'chuyên mục (có/không)',
};

export const KPI_COMPARATORS = ['at_least', 'exactly'] as const;
export type KpiComparator = (typeof KPI_COMPARATORS)[number];
export const KPI_COMPARATOR_LABELS: Readonly<Record<KpiComparator, string>> = { at_least: 'Ít nhất', exactly: 'Đúng' };

export const KPI_PERIOD_KINDS = ['quarter', 'half', 'year', 'custom'] as const;
export type KpiPeriodKind = (typeof KPI_PERIOD_KINDS)[number];
export const KPI_PERIOD_LABELS: Readonly<Record<KpiPeriodKind, string>> = {
  quarter: 'Mỗi quý',
  half: 'Mỗi 6 tháng',
  year: 'Cả năm',
  custom: 'Đến ngày',
};

export type KpiStatus = 'green' | 'amber' | 'red';
export const KPI_STATUS_LABELS: Readonly<Record<KpiStatus, string>> = {
  green: 'Đạt tiến độ',
  amber: 'Chậm tiến độ nhẹ',
  red: 'Chậm tiến độ',
};
export const KPI_FINAL_LABELS = { met: 'Đạt chỉ tiêu', notMet: 'Không đạt chỉ tiêu' } as const;

export interface KpiThresholds {
  /** Share of the pro-rated target from which a row is green. Default 1. */
  green: number;
  /** Share from which it is amber. Default 0.8. */
  amber: number;
}
export const DEFAULT_KPI_THRESHOLDS: KpiThresholds = { green: 1, amber: 0.8 };

export interface KpiPeriodSpec {
  kind: KpiPeriodKind;
  /** Custom window: its last day (inclusive). */
  until?: LocalDate | null;
  /** Custom window: its first day (default 1 January of the year). */
  from?: LocalDate | null;
}

export interface KpiPeriodInstance extends DateRange {
  /** "quý IV năm 2026", "6 tháng đầu năm 2026", "năm 2026", "đến ngày 06/11/2026". */
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * The instance of a row's period that `asOf` falls in, inside `year`. A quarterly row judged on
 * 2026-11-20 → Q4 2026. Before the year: its first instance; after it: its last.
 */
export function kpiPeriodAt(year: number, spec: KpiPeriodSpec, asOf: LocalDate): KpiPeriodInstance {
  const y = periodRange(year, 'Y');
  const clamped = asOf < y.start ? y.start : asOf > y.end ? y.end : asOf;
  const month = localDateParts(clamped).month;
  switch (spec.kind) {
    case 'quarter': {
      const q = Math.floor((month - 1) / 3) + 1;
      const r = periodRange(year, `Q${q}` as FixedPeriodKind);
      return { ...r, label: `quý ${ROMAN[q - 1]} năm ${year}` };
    }
    case 'half': {
      if (month <= 6) return { ...periodRange(year, 'H1'), label: `6 tháng đầu năm ${year}` };
      return { start: toLocalDate(year, 7, 1), end: toLocalDate(year, 12, daysInMonth(year, 12)), label: `6 tháng cuối năm ${year}` };
    }
    case 'year':
      return { ...y, label: `năm ${year}` };
    case 'custom': {
      const end = spec.until ?? y.end;
      const start = spec.from ?? y.start;
      if (end < start) throw new RangeError(`kpiPeriodAt: window ends (${end}) before it starts (${start})`);
      return { start, end, label: `đến ngày ${formatDateVi(end)}` };
    }
  }
}

export interface KpiRowSpec {
  target: number;
  comparator: KpiComparator;
  measure: KpiMeasure;
  channel: KpiChannel;
}

export interface KpiEvaluation {
  period: KpiPeriodInstance;
  target: number;
  actual: number;
  /** target × share of the period elapsed (not rounded). */
  expectedExact: number;
  /** What the status is judged against. */
  expected: number;
  /** actual / expected; null while nothing is expected yet. */
  ratio: number | null;
  /** actual / target; null for a zero target. */
  ratioOfTarget: number | null;
  /** How many are still missing to reach the full target (0 when reached; for "exactly" never negative). */
  missing: number;
  status: KpiStatus;
  /** From the period's last day on: the final figure (met or not). */
  final: boolean;
  met: boolean;
  label: string;
}

/**
 * Progress of `actual` against a row's target for one period instance, pro-rated to `asOf` (a province
 * calendar day; convert an instant with localDateInProvince).
 */
export function evaluateKpi(
  row: KpiRowSpec,
  actual: number,
  period: KpiPeriodInstance,
  asOf: LocalDate,
  thresholds: KpiThresholds = DEFAULT_KPI_THRESHOLDS,
): KpiEvaluation {
  const { target } = row;
  if (!(target >= 0) || !(actual >= 0)) throw new RangeError('evaluateKpi: target and actual must be ≥ 0');
  if (!(thresholds.amber >= 0 && thresholds.amber <= thresholds.green)) throw new RangeError('evaluateKpi: amber must be ≤ green');
  const periodDays = daysBetween(period.start, period.end) + 1;
  const elapsed = Math.min(periodDays, Math.max(0, daysBetween(period.start, asOf) + 1));
  const final = elapsed === periodDays;
  const yesNo = row.measure === 'sections_present';
  const expectedExact = yesNo ? (final ? target : 0) : (target * elapsed) / periodDays;
  // Tiny epsilon so that 4 × 92/92 stays 4 despite floating point.
  const expected = Math.floor(expectedExact + 1e-9);
  const met = row.comparator === 'exactly' ? actual === target : actual >= target;
  const over = row.comparator === 'exactly' && actual > target;
  let status: KpiStatus;
  if (final) status = met ? 'green' : 'red';
  else if (over) status = 'amber';
  else if (yesNo) status = actual >= target ? 'green' : 'amber';
  else if (actual >= thresholds.green * expected) status = 'green';
  else if (actual >= thresholds.amber * expected) status = 'amber';
  else status = 'red';
  const label = final ? (met ? KPI_FINAL_LABELS.met : KPI_FINAL_LABELS.notMet) : KPI_STATUS_LABELS[status];
  return {
    period,
    target,
    actual,
    expectedExact,
    expected,
    ratio: expected === 0 ? null : actual / expected,
    ratioOfTarget: target === 0 ? null : actual / target,
    missing: Math.max(0, target - actual),
    status,
    final,
    met,
    label,
  };
}

/**
 * What a unit reads about a row: "Còn thiếu 2 tin/bài trên Cổng thông tin điện tử thành phố trong quý
 * IV năm 2026", "Đã đạt 20/20 tin/bài …", "Vượt 1 tin/bài so với chỉ tiêu đúng 8 …", "Chưa có chuyên mục …".
 */
export function kpiSentence(row: KpiRowSpec, e: KpiEvaluation): string {
  const where = `trên ${KPI_CHANNEL_IN_TEXT[row.channel]}`;
  const when = e.period.label.startsWith('đến') ? `tính ${e.period.label}` : `trong ${e.period.label}`;
  const unit = KPI_MEASURE_LABELS[row.measure];
  const n = (x: number) => formatNumberVi(x, 0);
  if (row.measure === 'sections_present') {
    return e.actual >= e.target ? `Đã có chuyên mục ${where} ${when}` : `Chưa có chuyên mục ${where} ${when}`;
  }
  if (row.comparator === 'exactly' && e.actual > e.target) {
    return `Vượt ${n(e.actual - e.target)} ${unit} so với chỉ tiêu đúng ${n(e.target)} ${where} ${when}`;
  }
  if (e.missing === 0) return `Đã đạt ${n(e.actual)}/${n(e.target)} ${unit} ${where} ${when}`;
  return `Còn thiếu ${n(e.missing)} ${unit} ${where} ${when}`;
}

/** A dated counter reading (portal visits). */
export interface KpiReading {
  date: LocalDate;
  value: number;
}

/** Actual of a row from its evidence: count of entries, or for visits the highest reading in the period. */
export function kpiActual(measure: KpiMeasure, entries: readonly { date: LocalDate; visits?: number | null }[], period: DateRange): number {
  const within = entries.filter((e) => isWithin(e.date, period.start, period.end));
  if (measure === 'visits') return within.reduce((m, e) => Math.max(m, e.visits ?? 0), 0);
  return within.length;
}

/** Share of rows met (0..1; null without rows): what a "derived" scorecard criterion reads. */
export function shareMet(evaluations: readonly Pick<KpiEvaluation, 'met'>[]): number | null {
  if (evaluations.length === 0) return null;
  return evaluations.filter((e) => e.met).length / evaluations.length;
}

/** Sort key for a heat map: red before amber before green, then the lowest ratio first. */
export function lagRank(e: Pick<KpiEvaluation, 'status' | 'ratio' | 'ratioOfTarget'>): number {
  const base = e.status === 'red' ? 0 : e.status === 'amber' ? 1 : 2;
  return base * 10 + Math.min(9.99, e.ratio ?? e.ratioOfTarget ?? 1);
}

/** A link counts as evidence only over http or https; returns the link normalised for duplicate checks, or null. */
export function normaliseEvidenceLink(link: string): string | null {
  let u: URL;
  try {
    u = new URL(link.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (!u.hostname) return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = u.pathname.replace(/\/+$/, '');
  const params = [...u.searchParams.entries()].filter(([k]) => !/^utm_|^fbclid$/i.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${path}${query}`;
}

const PERIOD_IN_TITLE: Readonly<Record<KpiPeriodKind, string>> = {
  quarter: 'mỗi quý',
  half: 'mỗi 6 tháng',
  year: 'trong năm',
  custom: 'tính đến ngày',
};

/** A row's title when the plan gives none: "Ít nhất 4 tin/bài trên Cổng thông tin điện tử thành phố, mỗi quý". */
export function kpiRowTitle(row: KpiRowSpec & { periodKind: KpiPeriodKind; periodUntil?: LocalDate | null }): string {
  const count = `${KPI_COMPARATOR_LABELS[row.comparator]} ${formatNumberVi(row.target, 0)} ${KPI_MEASURE_LABELS[row.measure]}`;
  const when =
    row.periodKind === 'custom' && row.periodUntil
      ? `tính đến ngày ${formatDateVi(row.periodUntil).slice(0, 5)}`
      : PERIOD_IN_TITLE[row.periodKind];
  return `${count} trên ${KPI_CHANNEL_IN_TEXT[row.channel]}, ${when}`;
}

/** Indicator key a scorecard's "derived" criterion names to be scored from the share of KPI rows met (0–100). */
export const KPI_SHARE_MET_INDICATOR = 'kpi_share_met';
