import type { orgUnitDetail, OrgUnitDto, UnitKind } from '@dvcq/shared';
import type { z } from 'zod';

type OrgUnitDetailDto = z.infer<typeof orgUnitDetail>;
import type { OrgUnitNameRow, OrgUnitRow } from './org.repository.ts';

export function presentUnit(u: OrgUnitRow, childCount = 0): OrgUnitDto {
  return {
    id: u.id,
    parentId: u.parentId,
    kind: u.kind as UnitKind,
    code: u.code,
    name: u.name,
    shortName: u.shortName,
    validFrom: u.validFrom,
    validTo: u.validTo,
    closedReason: u.closedReason,
    depth: u.depth,
    childCount,
    version: u.version,
  };
}

export function presentUnitDetail(u: OrgUnitRow, childCount: number, ancestors: OrgUnitRow[], history: OrgUnitNameRow[]): OrgUnitDetailDto {
  return {
    ...presentUnit(u, childCount),
    ancestors: [...ancestors].sort((a, b) => a.depth - b.depth).map((a) => ({ id: a.id, name: a.name, kind: a.kind as UnitKind })),
    nameHistory: history.map((h) => ({ name: h.name, validFrom: h.validFrom, validTo: h.validTo })),
  };
}
