// Rows of communication KPIs → DTOs of @dvcq/shared. Pure.
import type { KpiChannel, KpiComparator, KpiMeasure, KpiPeriodKind, UnitKind } from '@dvcq/domain';
import type { KpiEvidenceDto, KpiRowDto, KpiSetDto } from '@dvcq/shared';
import type { KpiEvidenceView, KpiRowView, KpiSetView } from './kpi.repository.ts';

export const LINK_CHECK_LABELS: Readonly<Record<KpiEvidenceDto['linkCheck'], string>> = {
  unchecked: 'Chưa kiểm tra liên kết',
  reachable: 'Liên kết truy cập được',
  unreachable: 'Liên kết không truy cập được',
  not_checkable: 'Chưa kiểm tra được (máy chủ không kết nối được tới địa chỉ này)',
};

export function presentKpiRow(v: KpiRowView): KpiRowDto {
  const r = v.row;
  return {
    id: r.id,
    position: r.position,
    label: r.label,
    target: r.target,
    comparator: r.comparator as KpiComparator,
    measure: r.measure as KpiMeasure,
    channel: r.channel as KpiChannel,
    unitId: r.unitId,
    unitName: v.unitName,
    unitKind: (r.unitKind as UnitKind | null) ?? null,
    leadUnitId: r.leadUnitId,
    leadUnitName: v.leadUnitName,
    periodKind: r.periodKind as KpiPeriodKind,
    periodFrom: r.periodFrom,
    periodUntil: r.periodUntil,
  };
}

export function presentKpiSet(v: KpiSetView, rows: KpiRowView[], canManage: boolean): KpiSetDto {
  return {
    id: v.set.id,
    planId: v.set.planId,
    planNumber: v.planNumber,
    planTitle: v.planTitle,
    issuerUnitId: v.set.issuerUnitId,
    issuerName: v.issuerName,
    year: v.set.year,
    title: v.set.title,
    greenPercent: v.set.greenPercent,
    amberPercent: v.set.amberPercent,
    version: v.set.version,
    canManage,
    rows: rows.map(presentKpiRow),
  };
}

export function presentKpiEvidence(v: KpiEvidenceView, duplicates: KpiEvidenceDto['duplicates']): KpiEvidenceDto {
  const e = v.e;
  return {
    id: e.id,
    setId: e.setId,
    unitId: e.unitId,
    unitName: v.unitName,
    publishedOn: e.publishedOn,
    title: e.title,
    channel: e.channel as KpiChannel,
    url: e.url,
    fileId: e.fileId,
    visits: e.visits,
    rowIds: v.rowIds,
    linkCheck: e.linkCheck as KpiEvidenceDto['linkCheck'],
    linkCheckLabel: LINK_CHECK_LABELS[e.linkCheck as KpiEvidenceDto['linkCheck']],
    status: e.status as KpiEvidenceDto['status'],
    reviewReason: e.reviewReason,
    reviewedAt: e.reviewedAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
    duplicates,
  };
}

/** Entries sharing an entry's link, as the evidence DTO lists them. */
export const presentDuplicates = (
  rows: readonly { id: string; unitName: string; title: string; publishedOn: string }[],
): KpiEvidenceDto['duplicates'] => rows.map(({ id, unitName, title, publishedOn }) => ({ id, unitName, title, publishedOn }));
