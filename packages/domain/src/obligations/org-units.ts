// Org units as plain data with validity dates: the tree changes (merges, splits, the 2025 abolition of
// districts), and who owes what must be judged against the tree as it stood on the day in question.
import { compareLocalDates, type LocalDate } from '../calendar/local-date.ts';

// The one list of unit kinds: ids are stored in the database and used by integrations; the labels
// are what people read (the shared package re-exports both for the server and the client).
export const UNIT_KINDS = ['province', 'department', 'district', 'commune', 'public_service', 'central_agency', 'division'] as const;

export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  province: 'Cấp tỉnh',
  department: 'Sở, ban, ngành',
  district: 'UBND cấp huyện',
  commune: 'UBND cấp xã',
  public_service: 'Đơn vị sự nghiệp',
  central_agency: 'Cơ quan Trung ương trên địa bàn',
  division: 'Phòng, trung tâm trực thuộc',
};

export interface OrgUnit {
  id: string;
  parentId: string | null;
  kind: UnitKind;
  /** First day the unit exists. */
  validFrom: LocalDate;
  /** Last day the unit exists (inclusive); null while it still exists. */
  validTo: LocalDate | null;
  /**
   * Dissolved. With a validTo, the unit still existed up to that day. Without one the closing date is
   * unknown, so the unit is treated as existing on no date rather than owing reports it cannot send.
   */
  closed?: boolean;
}

export function isUnitKind(value: unknown): value is UnitKind {
  return typeof value === 'string' && (UNIT_KINDS as readonly string[]).includes(value);
}

/** Whether the unit exists on `date`: opened on or before it and not closed before it. */
export function unitExistsOn(unit: OrgUnit, date: LocalDate): boolean {
  if (unit.closed && unit.validTo === null) return false;
  if (compareLocalDates(unit.validFrom, date) > 0) return false;
  return unit.validTo === null || compareLocalDates(date, unit.validTo) <= 0;
}

/**
 * Whether `unitId` lies strictly below `ancestorId` in the tree (following parentId links; a cycle in
 * bad data ends the walk instead of hanging).
 */
export function isDescendantOf(unitId: string, ancestorId: string, unitsById: ReadonlyMap<string, OrgUnit>): boolean {
  const seen = new Set<string>();
  let current = unitsById.get(unitId)?.parentId ?? null;
  while (current !== null && !seen.has(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
    current = unitsById.get(current)?.parentId ?? null;
  }
  return false;
}
