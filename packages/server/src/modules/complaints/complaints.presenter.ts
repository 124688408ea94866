// Complaint statistics rows → the DTO of @dvcq/shared. Pure; sums and shares come from the domain.
import { COMPLAINT_KINDS, shareResolvedOnTime, sumComplaintFigures, type ComplaintFigures, type ComplaintKind } from '@dvcq/domain';
import type { ComplaintStatisticsDto } from '@dvcq/shared';
import type { OrgUnitRow } from '../org/org.repository.ts';
import type { ComplaintRow } from './complaints.repository.ts';

const figures = (r: ComplaintRow): ComplaintFigures => ({
  received: r.received,
  inCompetence: r.inCompetence,
  resolved: r.resolved,
  resolvedOnTime: r.resolvedOnTime,
  pending: r.pending,
});

export function presentComplaintStatistics(
  unit: OrgUnitRow,
  year: number,
  periodKind: ComplaintStatisticsDto['periodKind'],
  own: readonly ComplaintRow[],
  subtree: readonly ComplaintRow[],
  unitsInScope: number,
  canEdit: boolean,
): ComplaintStatisticsDto {
  const totals = COMPLAINT_KINDS.map((kind) => ({
    kind,
    figures: sumComplaintFigures(subtree.filter((r) => r.kind === kind).map(figures)),
  }));
  return {
    unitId: unit.id,
    unitName: unit.name,
    year,
    periodKind,
    own: COMPLAINT_KINDS.map((kind) => {
      const r = own.find((x) => x.kind === kind);
      return { kind, figures: r ? figures(r) : null, updatedAt: r?.updatedAt.toISOString() ?? null };
    }),
    totals,
    unitsReported: new Set(subtree.map((r) => r.unitId)).size,
    unitsInScope,
    resolvedOnTimeShare: shareResolvedOnTime(totals.map((t) => ({ kind: t.kind as ComplaintKind, ...t.figures }))),
    canEdit,
  };
}
