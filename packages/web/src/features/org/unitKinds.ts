// Unit kinds as options for pickers, and the kind a new child unit most likely has.
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '@dvcq/shared';

export const unitKindOptions = UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }));

/** Suggests the kind of a new child from its parent's kind. */
export function defaultChildKind(parent: UnitKind): UnitKind {
  if (parent === 'province') return 'department';
  if (parent === 'district') return 'commune';
  return 'division';
}
