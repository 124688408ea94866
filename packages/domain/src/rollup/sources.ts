// Report sources: figures a unit's periodic report takes from the unit's own records (complaint
// statistics, citizen dialogues, "Dân vận khéo" models, communication KPIs) instead of having them
// retyped. A form indicator names its source by key; the server reads each source for the report's
// unit and period and the report is pre-filled where the officer has typed nothing. The same readings
// summed over units make the province's consolidation of these records.
import { periodLabelInText, periodRange, type DateRange, type PeriodKind } from '../calendar/periods.ts';
import { toLocalDate, type LocalDate } from '../calendar/local-date.ts';
import { COMPLAINT_KINDS, type ComplaintFigures, type ComplaintKind } from '../dialogues/complaints.ts';
import { conclusionState, type ConclusionFacts } from '../dialogues/conclusions.ts';

/** The records a source reads; one reader per group on the server. */
export const REPORT_SOURCE_GROUPS = ['complaints', 'dialogues', 'movement', 'kpi'] as const;
export type ReportSourceGroup = (typeof REPORT_SOURCE_GROUPS)[number];

export const REPORT_SOURCE_KEYS = [
  'complaints.reception',
  'complaints.received',
  'complaints.resolved',
  'complaints.resolved_on_time',
  'complaints.pending',
  'dialogues.held',
  'dialogues.conclusions_open',
  'dialogues.conclusions_overdue',
  'dialogues.conclusions_done',
  'movement.models_registered',
  'movement.models_recognised',
  'kpi.rows_met',
  'kpi.rows_total',
] as const;
export type ReportSourceKey = (typeof REPORT_SOURCE_KEYS)[number];

export const REPORT_SOURCE_LABELS: Readonly<Record<ReportSourceKey, string>> = {
  'complaints.reception': 'Số lượt tiếp công dân',
  'complaints.received': 'Số đơn khiếu nại, tố cáo, kiến nghị tiếp nhận',
  'complaints.resolved': 'Số đơn đã giải quyết',
  'complaints.resolved_on_time': 'Số đơn giải quyết đúng hạn',
  'complaints.pending': 'Số đơn đang giải quyết',
  'dialogues.held': 'Số cuộc đối thoại với Nhân dân đã tổ chức',
  'dialogues.conclusions_open': 'Số kết luận đối thoại đang theo dõi',
  'dialogues.conclusions_overdue': 'Số kết luận đối thoại quá hạn',
  'dialogues.conclusions_done': 'Số kết luận đối thoại đã hoàn thành',
  'movement.models_registered': 'Số mô hình "Dân vận khéo" đăng ký',
  'movement.models_recognised': 'Số mô hình "Dân vận khéo" được công nhận',
  'kpi.rows_met': 'Số chỉ tiêu truyền thông đạt',
  'kpi.rows_total': 'Số chỉ tiêu truyền thông được giao',
};

export const isReportSourceKey = (v: unknown): v is ReportSourceKey =>
  typeof v === 'string' && (REPORT_SOURCE_KEYS as readonly string[]).includes(v);

export const groupOfSource = (key: ReportSourceKey): ReportSourceGroup => key.slice(0, key.indexOf('.')) as ReportSourceGroup;

/** Where a group's figures come from, as the officer reads it under the field: "Thống kê tiếp công dân quý III năm 2026". */
export function reportSourceOrigin(group: ReportSourceGroup, year: number, kind: PeriodKind): string {
  const period = periodLabelInText(year, kind);
  switch (group) {
    case 'complaints':
      return `Thống kê tiếp công dân, khiếu nại, tố cáo ${period}`;
    case 'dialogues':
      return `Sổ theo dõi đối thoại với Nhân dân ${period}`;
    case 'movement':
      return `Sổ mô hình "Dân vận khéo" ${period}`;
    case 'kpi':
      return `Theo dõi chỉ tiêu truyền thông ${period}`;
  }
}

/** The days a report of the period covers (an ad hoc report: its whole year). */
export function reportSourceRange(year: number, kind: PeriodKind): DateRange {
  return kind === 'adhoc' ? { start: toLocalDate(year, 1, 1), end: toLocalDate(year, 12, 31) } : periodRange(year, kind);
}

/** The day the records are judged at: today while the period runs, its last day once it is over. */
export const reportSourceAsOf = (range: DateRange, today: LocalDate): LocalDate => (today < range.end ? today : range.end);

/** A source's figure for a unit, and the records it rests on. */
export interface SourceReading {
  value: number;
  origin: string;
}

/** A list the report shows beside its figures (KPI results with their evidence, models, dialogues). */
export interface SourceList {
  key: string;
  title: string;
  origin: string;
  items: { text: string; link: string | null; details: string[] }[];
}

const typedValue = (v: unknown): boolean => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

/**
 * The values to propose for a report: each indicator that names a source with a reading and that the
 * officer has not filled (a typed value, even 0, is never overwritten). Keyed by indicator code.
 */
export function prefillReportValues(
  indicators: readonly { code: string; source?: string | null | undefined }[],
  typed: Readonly<Record<string, unknown>>,
  readings: Readonly<Partial<Record<string, SourceReading>>>,
): Record<string, SourceReading> {
  const out: Record<string, SourceReading> = {};
  for (const ind of indicators) {
    if (!ind.source || typedValue(typed[ind.code])) continue;
    const reading = readings[ind.source];
    if (reading) out[ind.code] = reading;
  }
  return out;
}

/**
 * Complaint figures of a period as report figures: citizen reception on its own, the other kinds
 * (complaints, denunciations, petitions) summed. Null when the unit entered nothing for the period.
 */
export function complaintSourceFigures(
  rows: readonly ({ kind: string } & ComplaintFigures)[],
): Partial<Record<ReportSourceKey, number>> | null {
  if (rows.length === 0) return null;
  const of = (k: ComplaintKind) => rows.filter((r) => r.kind === k);
  const others = rows.filter((r) => r.kind !== 'reception' && (COMPLAINT_KINDS as readonly string[]).includes(r.kind));
  const sum = (list: readonly ComplaintFigures[], m: keyof ComplaintFigures) => list.reduce((n, r) => n + r[m], 0);
  return {
    'complaints.reception': sum(of('reception'), 'received'),
    'complaints.received': sum(others, 'received'),
    'complaints.resolved': sum(others, 'resolved'),
    'complaints.resolved_on_time': sum(others, 'resolvedOnTime'),
    'complaints.pending': sum(others, 'pending'),
  };
}

/**
 * Conclusions a unit followed during the period: those of dialogues held by the period's end that
 * were not already closed before it started. Counted by their state at `asOf`: open (not yet due),
 * overdue, done (on time or late); explained ones are closed but not done.
 */
export function conclusionSourceFigures(
  conclusions: readonly (ConclusionFacts & { heldOn: LocalDate })[],
  range: DateRange,
  asOf: LocalDate,
): Partial<Record<ReportSourceKey, number>> {
  const followed = conclusions.filter((c) => c.heldOn <= range.end && (c.closedOn === null || c.closedOn >= range.start));
  const counts = { open: 0, overdue: 0, done: 0 };
  for (const c of followed) {
    // A conclusion closed after the judging day was still open on it.
    const facts: ConclusionFacts = c.closedOn !== null && c.closedOn > asOf ? { ...c, status: 'open', closedOn: null } : c;
    const s = conclusionState(facts, asOf);
    if (s === 'open') counts.open++;
    else if (s === 'overdue') counts.overdue++;
    else if (s === 'done_on_time' || s === 'done_late') counts.done++;
  }
  return {
    'dialogues.conclusions_open': counts.open,
    'dialogues.conclusions_overdue': counts.overdue,
    'dialogues.conclusions_done': counts.done,
  };
}

const within = (d: LocalDate | null, r: DateRange) => d !== null && d >= r.start && d <= r.end;

/** Models registered in the period and models recognised (by a decision dated) in the period. */
export function modelSourceFigures(
  models: readonly { registeredOn: LocalDate; state: string; decisionDate: LocalDate | null }[],
  range: DateRange,
): Partial<Record<ReportSourceKey, number>> {
  return {
    'movement.models_registered': models.filter((m) => within(m.registeredOn, range)).length,
    'movement.models_recognised': models.filter((m) => m.state === 'recognised' && within(m.decisionDate, range)).length,
  };
}

/** One consolidated figure: the sum over the units that have a reading, and how many units that is. */
export interface ConsolidatedSourceFigure {
  key: ReportSourceKey;
  label: string;
  value: number;
  unitsReported: number;
}

/** Sums each source over units; a unit without a reading for a source is not counted as reporting it. */
export function consolidateSourceFigures(perUnit: Iterable<Partial<Record<string, number>>>): ConsolidatedSourceFigure[] {
  const units = [...perUnit];
  const out: ConsolidatedSourceFigure[] = [];
  for (const key of REPORT_SOURCE_KEYS) {
    const values = units.map((u) => u[key]).filter((v): v is number => typeof v === 'number');
    if (values.length === 0) continue;
    out.push({ key, label: REPORT_SOURCE_LABELS[key], value: values.reduce((a, b) => a + b, 0), unitsReported: values.length });
  }
  return out;
}

/** What a source reader is asked: these units, this period. */
export interface ReportSourceQuery {
  unitIds: readonly string[];
  year: number;
  kind: PeriodKind;
  range: DateRange;
  /** The day the records are judged at (reportSourceAsOf). */
  asOf: LocalDate;
}

/** What a source reader answers for one unit: its figures (absent = nothing recorded) and its lists. */
export interface UnitSourceReading {
  figures: Partial<Record<ReportSourceKey, number>>;
  lists: SourceList[];
}
