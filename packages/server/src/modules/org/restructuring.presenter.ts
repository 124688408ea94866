// Batches and the tree as of a date → DTOs. Pure.
import type { OrgBatchDto, UnitKind } from '@dvcq/shared';
import type { OrgBatchRow, OrgUnitVersionRow } from './org.repository.ts';

export function presentBatch(b: Omit<OrgBatchRow, 'changes'>, eventCount: number): OrgBatchDto {
  return {
    id: b.id,
    title: b.title,
    legalBasis: { number: b.legalNumber, date: b.legalDate, issuer: b.legalIssuer },
    effectiveDate: b.effectiveDate,
    obligationRule: b.obligationRule as OrgBatchDto['obligationRule'],
    eventCount,
    appliedAt: b.appliedAt.toISOString(),
    revertedAt: b.revertedAt ? b.revertedAt.toISOString() : null,
  };
}

export function presentTreeNode(v: OrgUnitVersionRow) {
  return {
    id: v.unitId,
    parentId: v.parentId,
    name: v.name,
    code: v.code,
    kind: v.kind as UnitKind,
    depth: v.depth,
    validFrom: v.validFrom,
    validTo: v.validTo,
  };
}
