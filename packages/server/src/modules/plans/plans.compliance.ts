// Compliance computed live from obligations: no nightly job, so what a coordinator sees is what units
// have done up to the chosen moment. "As of" a past date ignores submissions made after it. The database
// judges each obligation (complianceStatusSql, the SQL form of the domain's `complianceStatus`) and
// counts them by deadline, unit kind and status; the domain turns counts into tallies. Per-unit detail is
// paged by a keyset (deadline, unit depth, unit name, id). Pure: the use case loads the rows.
import { buildXlsxTable } from '@dvcq/docgen';
import {
  COMPLIANCE_STATUS_LABELS,
  UNIT_KIND_LABELS,
  complianceStatus,
  describeDeadline,
  formatDateTimeVi,
  tallyFromCounts,
  type ComplianceStatus,
} from '@dvcq/domain';
import type { ComplianceUnitsPageDto, PlanComplianceDto, UnitKind } from '@dvcq/shared';
import { decodeCursor, encodeCursor, UUID_PATTERN } from '../../http/cursor.ts';
import type { ObligationRow, ObligationsRepository } from '../obligations/obligations.repository.ts';
import type { MilestoneRow, PlanRow } from './plans.repository.ts';

export type ComplianceCount = Awaited<ReturnType<ObligationsRepository['complianceCounts']>>[number];
export type CompliancePageRow = Awaited<ReturnType<ObligationsRepository['compliancePage']>>[number];
export type ComplianceKeyset = readonly [string, string, number, string, string];

/** One obligation judged in JavaScript (screens that already hold a few rows: a unit's own list, dashboards). */
export function statusOf(
  o: Pick<ObligationRow, 'dueDate' | 'inclusive' | 'phrase' | 'firstSubmittedAt' | 'exemptReason' | 'exemptedAt'>,
  asOf: Date,
) {
  return complianceStatus(
    {
      deadline: { due: o.dueDate, inclusive: o.inclusive, phrase: o.phrase },
      firstSubmittedAt: o.firstSubmittedAt,
      exemption: o.exemptReason ? { reason: o.exemptReason, ...(o.exemptedAt ? { grantedAt: o.exemptedAt } : {}) } : null,
    },
    asOf,
  );
}

type Counts = Partial<Record<ComplianceStatus, number>>;

function countsBy(counts: readonly ComplianceCount[], key: (c: ComplianceCount) => string): Map<string, Counts> {
  const by = new Map<string, Counts>();
  for (const c of counts) {
    const k = key(c);
    let m = by.get(k);
    if (!m) by.set(k, (m = {}));
    m[c.status] = (m[c.status] ?? 0) + c.n;
  }
  return by;
}

/** One unit's line: its status at `asOf`, its first submission only if made by then, its exemption reason only if exempt. */
export function presentComplianceUnit(r: CompliancePageRow, asOf: Date) {
  return {
    obligationId: r.obligationId,
    unitId: r.unitId,
    unitName: r.unitName,
    unitKind: r.unitKind as UnitKind,
    status: r.status,
    statusLabel: COMPLIANCE_STATUS_LABELS[r.status],
    firstSubmittedAt: r.firstSubmittedAt && r.firstSubmittedAt <= asOf ? r.firstSubmittedAt.toISOString() : null,
    exemptReason: r.status === 'exempt' ? r.exemptReason : null,
  };
}

/** A plan's compliance at `asOf`: tallies from the SQL counts, and the unit rows given (none, or all of them). */
export function planCompliance(
  plan: PlanRow,
  milestones: readonly MilestoneRow[],
  counts: readonly ComplianceCount[],
  units: readonly CompliancePageRow[],
  asOf: Date,
  unitKind: UnitKind | null,
): PlanComplianceDto {
  const byMilestone = countsBy(counts, (c) => c.milestoneId);
  const byKind = countsBy(counts, (c) => c.unitKind);
  const unitsOf = new Map<string, CompliancePageRow[]>();
  for (const u of units) {
    let list = unitsOf.get(u.milestoneId);
    if (!list) unitsOf.set(u.milestoneId, (list = []));
    list.push(u);
  }
  return {
    planId: plan.id,
    asOf: asOf.toISOString(),
    unitKind,
    overall: tallyFromCounts(countsBy(counts, () => '').get('') ?? {}),
    milestones: milestones
      .filter((m) => !m.cancelledAt)
      .map((m) => ({
        milestoneId: m.id,
        title: m.title,
        deadlineText: describeDeadline({ due: m.dueDate, inclusive: m.inclusive }),
        dueDate: m.dueDate,
        tally: tallyFromCounts(byMilestone.get(m.id) ?? {}),
        units: (unitsOf.get(m.id) ?? []).map((u) => presentComplianceUnit(u, asOf)),
      })),
    byUnitKind: [...byKind].map(([kind, c]) => ({ unitKind: kind as UnitKind, tally: tallyFromCounts(c) })),
  };
}

/** The keyset in a cursor, or null when it is not one this server issued. */
export const decodeComplianceCursor = (cursor: string) =>
  decodeCursor<ComplianceKeyset>(
    cursor,
    (k) =>
      k.length === 5 &&
      typeof k[0] === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(k[0]) &&
      typeof k[1] === 'string' &&
      UUID_PATTERN.test(k[1]) &&
      Number.isInteger(k[2]) &&
      typeof k[3] === 'string' &&
      typeof k[4] === 'string' &&
      UUID_PATTERN.test(k[4]),
  );

/** A page of unit lines; `rows` holds up to limit + 1 rows, the extra one only telling that more follow. */
export function complianceUnitsPage(rows: readonly CompliancePageRow[], limit: number, asOf: Date): ComplianceUnitsPageDto {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({ ...presentComplianceUnit(r, asOf), milestoneId: r.milestoneId, dueDate: r.dueDate })),
    nextCursor:
      rows.length > limit && last ? encodeCursor([last.dueDate, last.milestoneId, last.unitDepth, last.unitName, last.obligationId]) : null,
  };
}

/** Every unit line as one Excel sheet, in the screen's order. */
export function complianceXlsx(
  plan: PlanRow,
  milestones: ReadonlyMap<string, MilestoneRow>,
  lines: readonly CompliancePageRow[],
  asOf: Date,
) {
  return buildXlsxTable({
    sheets: [
      {
        name: 'Tinh hinh thuc hien',
        title: 'TÌNH HÌNH THỰC HIỆN CÁC HẠN CỦA KẾ HOẠCH',
        subtitles: [`${plan.number ? `Kế hoạch số ${plan.number}: ` : ''}${plan.title}`, `Số liệu tại thời điểm ${formatDateTimeVi(asOf)}`],
        landscape: true,
        columns: [
          { key: 'unit', header: 'Đơn vị', type: 'text', width: 40 },
          { key: 'kind', header: 'Loại đơn vị', type: 'text', width: 20 },
          { key: 'milestone', header: 'Nội dung phải nộp', type: 'text', width: 36 },
          { key: 'due', header: 'Thời hạn', type: 'text', width: 24 },
          { key: 'status', header: 'Tình trạng', type: 'text', width: 16 },
          { key: 'submitted', header: 'Nộp lúc', type: 'datetime' },
          { key: 'exempt', header: 'Lý do miễn', type: 'text', width: 30 },
        ],
        rows: lines.map((r) => {
          const m = milestones.get(r.milestoneId);
          const u = presentComplianceUnit(r, asOf);
          return {
            unit: u.unitName,
            kind: UNIT_KIND_LABELS[u.unitKind],
            milestone: m?.title ?? '',
            due: m ? describeDeadline({ due: m.dueDate, inclusive: m.inclusive }) : r.dueDate,
            status: u.statusLabel,
            submitted: u.firstSubmittedAt ? new Date(u.firstSubmittedAt) : null,
            exempt: u.exemptReason ?? '',
          };
        }),
      },
    ],
  });
}
