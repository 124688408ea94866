// The dashboard DTO from the rows the use case read. Pure: obligations are judged with the same rule as
// getPlanCompliance (counted in SQL by complianceStatusSql, or statusOf for a unit's own rows); tallies come
// from the domain (tallyFromCounts, summariseCompliance).
import {
  COMPLIANCE_STATUS_LABELS,
  MODEL_FIELD_LABELS,
  MODEL_FIELDS,
  MODEL_STATE_LABELS,
  MODEL_STATES,
  periodLabel,
  type PeriodKind,
  conclusionState,
  daysOverdue,
  isClosedConclusion,
  tallyConclusions,
  type ConclusionStatus,
  describeDeadline,
  isOpenComplianceStatus,
  summariseCompliance,
  tallyFromCounts,
  timelinessOfFallenDue,
  type ComplianceStatus,
  type ComplianceEntry,
  type RankingResult,
} from '@dvcq/domain';
import type { DashboardDto, RankingResponseDto, AppraisalProgressDto } from '@dvcq/shared';
import { decodeCursor, encodeCursor, UUID_PATTERN } from '../../http/cursor.ts';
import type { ObligationRow } from '../obligations/obligations.repository.ts';
import { statusOf } from '../plans/plans.compliance.ts';
import { obligationLink } from '../reminders/reminders.rules.ts';
import type { DashboardsRepository } from './dashboards.repository.ts';

type UnitObligation = { o: ObligationRow; year: number; title: string; planNumber: string | null };
type DeadlineCount = Awaited<ReturnType<DashboardsRepository['complianceCountsOfYear']>>[number];
type HeatmapCell = Awaited<ReturnType<DashboardsRepository['heatmapPage']>>[number];
type Deadline = DashboardDto['heatmap']['deadlines'][number];
export type HeatmapKeyset = readonly [string, string];

/** Completeness and timeliness by deadline from the SQL counts; the deadlines are the heat map's columns. */
export function presentComplianceCounts(counts: readonly DeadlineCount[]): {
  compliance: DashboardDto['compliance'];
  deadlines: Deadline[];
} {
  const columns = new Map<string, Deadline>();
  const byMilestone = new Map<string, Partial<Record<ComplianceStatus, number>>>();
  const overall: Partial<Record<ComplianceStatus, number>> = {};
  for (const c of counts) {
    if (!columns.has(c.milestoneId)) {
      columns.set(c.milestoneId, {
        milestoneId: c.milestoneId,
        planId: c.planId,
        planNumber: c.planNumber,
        title: c.title,
        dueDate: c.dueDate,
        deadlineText: describeDeadline({ due: c.dueDate, inclusive: c.inclusive }),
      });
    }
    let m = byMilestone.get(c.milestoneId);
    if (!m) byMilestone.set(c.milestoneId, (m = {}));
    m[c.status] = (m[c.status] ?? 0) + c.n;
    overall[c.status] = (overall[c.status] ?? 0) + c.n;
  }
  const deadlines = [...columns.values()].sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) || (a.planNumber ?? '').localeCompare(b.planNumber ?? '') || a.title.localeCompare(b.title, 'vi'),
  );
  return {
    compliance: {
      overall: tallyFromCounts(overall),
      byDeadline: deadlines.map((d) => ({ ...d, tally: tallyFromCounts(byMilestone.get(d.milestoneId) ?? {}) })),
    },
    deadlines,
  };
}

/** Heat map rows from the cells of a page of units (in the page's order); statuses[i] belongs to deadlines[i]. */
export function presentHeatmapUnits(cells: readonly HeatmapCell[], deadlines: readonly Deadline[]): DashboardDto['heatmap']['units'] {
  const index = new Map(deadlines.map((d, i) => [d.milestoneId, i]));
  const units = new Map<string, DashboardDto['heatmap']['units'][number]>();
  for (const c of cells) {
    let u = units.get(c.unitId);
    if (!u) units.set(c.unitId, (u = { unitId: c.unitId, unitName: c.unitName, statuses: deadlines.map(() => null) }));
    const i = index.get(c.milestoneId);
    if (i !== undefined) u.statuses[i] = c.status;
  }
  return [...units.values()];
}

/** The cursor after the last unit of a page, or null when no more follow. */
export function heatmapCursor(units: DashboardDto['heatmap']['units'], limit: number): string | null {
  const last = units[limit - 1];
  return units.length > limit && last ? encodeCursor([last.unitName, last.unitId]) : null;
}

/** The keyset in a heat map cursor, or null when it is not one this server issued. */
export const decodeHeatmapCursor = (cursor: string) =>
  decodeCursor<HeatmapKeyset>(
    cursor,
    (k) => k.length === 2 && typeof k[0] === 'string' && typeof k[1] === 'string' && UUID_PATTERN.test(k[1]),
  );

export function presentRanking(ranking: RankingResponseDto | null, scorecardName: string | null): DashboardDto['ranking'] {
  const rr = ranking?.ranking as RankingResult | undefined;
  if (!ranking || !rr || rr.overall.count === 0)
    return { available: false, scorecardName, decisionNumber: null, issued: false, count: 0, distribution: [], target: null };
  const t = rr.overall.target;
  return {
    available: true,
    scorecardName: ranking.scorecardName,
    decisionNumber: ranking.decision?.number ?? null,
    issued: Boolean(ranking.decision),
    count: rr.overall.count,
    distribution: rr.overall.distribution.map((d) => ({
      levelCode: d.level.code,
      levelName: d.level.name,
      count: d.count,
      share: d.share,
    })),
    target: t ? { levelName: t.level.name, op: t.op, threshold: t.threshold, share: t.share, met: t.met, message: t.message } : null,
  };
}

type AgencyProgress = Omit<AppraisalProgressDto['agencies'][number], 'criteria'>;

export const presentAppraisal = (progress: { agencies: readonly AgencyProgress[] } | null): DashboardDto['appraisal'] =>
  progress
    ? {
        available: true,
        agencies: progress.agencies.map((a) => ({
          code: a.code,
          name: a.name,
          toReview: a.toReview,
          reviewed: a.reviewed,
          changed: a.changed,
          sentBack: a.sentBack,
        })),
      }
    : { available: false, agencies: [] };

/** What the unit owes next, what came back to it, and its trend over the years. */
export function presentMyUnit(
  unit: { id: string; name: string },
  data: {
    all: readonly UnitObligation[];
    returnedReports: readonly { obligationId: string; title: string; comment: string | null; at: Date | null }[];
    sentBack: readonly { assessmentId: string; year: number; code: string; note: string | null; at: Date | null }[];
    /** Issued ranking snapshots of the years the unit owed something in. */
    decisions: readonly { year: number; snapshot: Record<string, unknown> }[];
  },
  now: Date,
): DashboardDto['myUnit'] {
  const owesNext = data.all
    .map((r) => ({ ...r, status: statusOf(r.o, now) }))
    .filter((r) => isOpenComplianceStatus(r.status.status))
    .sort((a, b) => a.o.dueDate.localeCompare(b.o.dueDate))
    .slice(0, 20)
    .map((r) => ({
      obligationId: r.o.id,
      title: r.title,
      planNumber: r.planNumber,
      dueDate: r.o.dueDate,
      deadlineText: describeDeadline({ due: r.o.dueDate, inclusive: r.o.inclusive }),
      daysUntilDue: r.status.daysUntilDue,
      status: r.status.status,
      statusLabel: COMPLIANCE_STATUS_LABELS[r.status.status],
      link: obligationLink(r.o),
    }));
  const byYear = yearTallies(data.all, now);
  const levelOf = new Map<number, { levelName: string; total: number }>();
  for (const d of data.decisions) {
    const groups = ((d.snapshot as { ranking?: RankingResult }).ranking?.groups ?? []) as RankingResult['groups'];
    for (const g of groups)
      for (const u of g.units) if (u.unitId === unit.id) levelOf.set(d.year, { levelName: u.level.name, total: u.total });
  }
  const trend = [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([y, entries]) => {
      const t = summariseCompliance(entries).overall;
      const rate = timelinessOfFallenDue(t);
      return {
        year: y,
        owed: t.owed,
        onTime: t.onTime,
        late: t.late,
        missing: t.overdue,
        timelinessRate: rate === null ? null : Math.round(rate * 1000) / 1000,
        levelName: levelOf.get(y)?.levelName ?? null,
        total: levelOf.get(y)?.total ?? null,
      };
    });
  return {
    unitId: unit.id,
    unitName: unit.name,
    owesNext,
    returned: [
      ...data.returnedReports.map((r) => ({
        kind: 'report' as const,
        title: `Báo cáo bị trả lại: ${r.title}`,
        comment: r.comment,
        at: r.at?.toISOString() ?? null,
        link: `/bao-cao/${r.obligationId}`,
      })),
      ...data.sentBack.map((s) => ({
        kind: 'assessment' as const,
        title: `Bổ sung minh chứng tiêu chí ${s.code} (năm ${s.year})`,
        comment: s.note,
        at: s.at?.toISOString() ?? null,
        link: `/cham-diem/ho-so/${s.assessmentId}`,
      })),
    ],
    trend,
  };
}

/** Per year: the compliance entries of the unit's obligations (exempt ones left out), tallied by the domain. */
export function yearTallies(all: readonly UnitObligation[], now: Date): Map<number, ComplianceEntry[]> {
  const byYear = new Map<number, ComplianceEntry[]>();
  for (const r of all) {
    const status = statusOf(r.o, now).status;
    if (status === 'exempt') continue;
    const entries = byYear.get(r.year) ?? [];
    entries.push({ unitId: r.o.unitId, milestoneId: r.o.milestoneId, status });
    byYear.set(r.year, entries);
  }
  return byYear;
}

type SubtreeConclusion = {
  c: { id: string; dialogueId: string; content: string; dueDate: string; status: string; closedOn: string | null };
  heldOn: string;
  dialogueUnitName: string;
  assigneeUnitName: string;
};

/** Dialogue conclusions due in the year or still open, tallied by state on `today`; the overdue ones, longest overdue first. */
export function presentDialogueConclusions(rows: readonly SubtreeConclusion[], year: number, today: string): DashboardDto['dialogues'] {
  const facts = rows
    .map((r) => ({ r, f: { status: r.c.status as ConclusionStatus, dueDate: r.c.dueDate, closedOn: r.c.closedOn } }))
    .filter(({ f }) => f.dueDate.startsWith(`${year}-`) || !isClosedConclusion(f.status));
  const overdue = facts
    .filter(({ f }) => conclusionState(f, today) === 'overdue')
    .map(({ r, f }) => ({
      conclusionId: r.c.id,
      dialogueId: r.c.dialogueId,
      content: r.c.content,
      dialogueUnitName: r.dialogueUnitName,
      assigneeUnitName: r.assigneeUnitName,
      heldOn: r.heldOn,
      dueDate: r.c.dueDate,
      daysOverdue: daysOverdue(f, today),
    }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.assigneeUnitName.localeCompare(b.assigneeUnitName, 'vi'));
  return {
    conclusions: tallyConclusions(
      facts.map(({ f }) => f),
      today,
    ),
    overdue: overdue.slice(0, 50),
  };
}

/** Models by field × state: every state as a column, only the fields that have models as rows (in the domain's order). */
export function presentModelCounts(rows: readonly { field: string; state: string; n: number }[]): DashboardDto['models'] {
  const states = MODEL_STATES.map((state) => ({ state, label: MODEL_STATE_LABELS[state] }));
  const fields = MODEL_FIELDS.map((field) => {
    const counts = MODEL_STATES.map((state) => rows.filter((r) => r.field === field && r.state === state).reduce((a, r) => a + r.n, 0));
    return { field, label: MODEL_FIELD_LABELS[field], counts, total: counts.reduce((a, n) => a + n, 0) };
  }).filter((f) => f.total > 0);
  return { total: fields.reduce((a, f) => a + f.total, 0), states, fields };
}

/** Periods in the order they end within a year: Q1, Q2, 6 months, Q3, 9 months, Q4, the year. */
const PERIOD_ORDER = ['Q1', 'Q2', 'H1', 'Q3', '9M', 'Q4', 'Y'];

type ComplaintPeriodTotals = {
  year: number;
  periodKind: string;
  unitsReported: number;
  received: number;
  resolved: number;
  resolvedOnTime: number;
  pending: number;
  /** Whose figures these are when not the unit's own ("tổng của 3 xã trước sáp nhập"). */
  note?: string;
};

/** Complaint totals by period, oldest first, each labelled as in report titles ("Quý I năm 2025"). */
export function presentComplaintTrend(rows: readonly ComplaintPeriodTotals[]): DashboardDto['complaints'] {
  const periods = rows
    .filter((r) => PERIOD_ORDER.includes(r.periodKind))
    .sort((a, b) => a.year - b.year || PERIOD_ORDER.indexOf(a.periodKind) - PERIOD_ORDER.indexOf(b.periodKind))
    .map(({ note, ...r }) => ({ ...r, label: `${periodLabel(r.year, r.periodKind as PeriodKind)}${note ? ` (${note})` : ''}` }));
  return { periods };
}
