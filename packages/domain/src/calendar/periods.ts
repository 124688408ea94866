// Reporting periods and their Decree 09/2019 data windows.
import { toLocalDate, daysInMonth, type LocalDate } from './local-date.ts';

export type PeriodKind = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | '9M' | 'Y' | 'adhoc';
/** Periods with fixed calendar bounds; an ad hoc report's range is whatever the request says. */
export type FixedPeriodKind = Exclude<PeriodKind, 'adhoc'>;

export const PERIOD_KINDS: readonly PeriodKind[] = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'Y', 'adhoc'];
export const FIXED_PERIOD_KINDS: readonly FixedPeriodKind[] = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'Y'];

export interface DateRange {
  /** First day, inclusive. */
  start: LocalDate;
  /** Last day, inclusive. */
  end: LocalDate;
}

export function isPeriodKind(value: unknown): value is PeriodKind {
  return typeof value === 'string' && (PERIOD_KINDS as readonly string[]).includes(value);
}

// [first month, last month] of each period.
const MONTHS: Record<FixedPeriodKind, readonly [number, number]> = {
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
  H1: [1, 6],
  '9M': [1, 9],
  Y: [1, 12],
};

/** Calendar extent of a period: Q1 2025 → 2025-01-01..2025-03-31; H1 → ..06-30; 9M → ..09-30. */
export function periodRange(year: number, kind: FixedPeriodKind): DateRange {
  const [first, last] = MONTHS[kind];
  return { start: toLocalDate(year, first, 1), end: toLocalDate(year, last, daysInMonth(year, last)) };
}

/**
 * Data window under Decree 09/2019/NĐ-CP: from the 15th of the month before the period to the 14th of
 * its last month, so reports can be compiled before the period ends. Q1 2025 → 2024-12-15..2025-03-14;
 * H1 → 2024-12-15..2025-06-14; year → 2024-12-15..2025-12-14. Consecutive quarters tile without gaps.
 */
export function reportingDataWindow(year: number, kind: FixedPeriodKind): DateRange {
  const [first, last] = MONTHS[kind];
  const start = first === 1 ? toLocalDate(year - 1, 12, 15) : toLocalDate(year, first - 1, 15);
  return { start, end: toLocalDate(year, last, 14) };
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** Vietnamese label as used in report titles: "Quý I năm 2025", "6 tháng đầu năm 2025", "9 tháng năm 2025", "Năm 2025". */
export function periodLabel(year: number, kind: PeriodKind): string {
  switch (kind) {
    case 'Q1':
    case 'Q2':
    case 'Q3':
    case 'Q4':
      return `Quý ${ROMAN[Number(kind[1]) - 1]} năm ${year}`;
    case 'H1':
      return `6 tháng đầu năm ${year}`;
    case '9M':
      return `9 tháng năm ${year}`;
    case 'Y':
      return `Năm ${year}`;
    case 'adhoc':
      return `Đột xuất năm ${year}`;
  }
}

/**
 * The period as it reads inside a sentence: "Báo cáo quý I năm 2025", "Báo cáo 6 tháng đầu năm 2025",
 * "Báo cáo năm 2025" — `periodLabel` with a lower-case first letter.
 */
export function periodLabelInText(year: number, kind: PeriodKind): string {
  const label = periodLabel(year, kind);
  return label.charAt(0).toLocaleLowerCase('vi-VN') + label.slice(1);
}
