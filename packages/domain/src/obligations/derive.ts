// Obligations: one unit owing one deliverable by one deadline, derived from milestones and the tree.
import type { Deadline } from '../deadlines/deadline.ts';
import type { Deliverable, Milestone, Audience } from './milestones.ts';
import { isDescendantOf, unitExistsOn, type OrgUnit } from './org-units.ts';

export interface Obligation {
  /** `${milestoneId}::${unitId}`: stable identity across amendments. */
  key: string;
  milestoneId: string;
  unitId: string;
  deliverable: Deliverable;
  deadline: Deadline;
}

export function obligationKey(milestoneId: string, unitId: string): string {
  return `${milestoneId}::${unitId}`;
}

/** Whether the unit belongs to the audience (existence on a date is checked separately). */
export function isInAudience(unit: OrgUnit, audience: Audience, unitsById: ReadonlyMap<string, OrgUnit>): boolean {
  if (audience.excludeUnitIds?.includes(unit.id)) return false;
  const named = audience.unitKinds?.includes(unit.kind) === true || audience.unitIds?.includes(unit.id) === true;
  if (!named) return false;
  return audience.withinSubtreeOf === undefined || isDescendantOf(unit.id, audience.withinSubtreeOf, unitsById);
}

/**
 * One obligation per (milestone × unit in its audience that exists on the deadline's due date).
 * Judging existence on the due date means a commune merged away in June owes no annual report and a
 * unit created in April owes the year's report but not the March plan — so "submitted / owed" can
 * never exceed 100% because of reorganisations. Output order: milestones as given, then unit id.
 */
export function deriveObligations(milestones: readonly Milestone[], units: readonly OrgUnit[]): Obligation[] {
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const sortedUnits = [...units].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: Obligation[] = [];
  for (const m of milestones) {
    const seen = new Set<string>();
    for (const unit of sortedUnits) {
      if (seen.has(unit.id)) continue;
      if (!unitExistsOn(unit, m.deadline.due)) continue;
      if (!isInAudience(unit, m.audience, unitsById)) continue;
      seen.add(unit.id);
      out.push({
        key: obligationKey(m.id, unit.id),
        milestoneId: m.id,
        unitId: unit.id,
        deliverable: m.deliverable,
        deadline: m.deadline,
      });
    }
  }
  return out;
}
