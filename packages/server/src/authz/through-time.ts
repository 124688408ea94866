// Access through time, in one place: the grants a caller holds today, as the org tree stands today.
// - A grant on a unit that has ceased (dissolved, merged into another, split up) keeps READ access to the
//   unit's records but loses every write on the effective date (the unit's last day is its valid_to).
// - A grant on a unit gives READ access to the records of every unit it succeeded (lineage edges, followed
//   back through merges of merges) once those units have ceased: the officers of a new ward read the plans,
//   reports, assessments, KPI, movement and dialogue records of the communes it was formed from. A unit
//   that carries on after giving part of itself away (partial transfer) keeps its records to itself.
// Auth loads the raw rows (auth.repository.ts) and this turns them into the actor's grants, so every
// policy (`canOn`) and every list scope (`scopeRoots`) sees the same answer.
import type { Role } from '@dvcq/shared';
import type { Actor, RoleGrant } from './actor.ts';

export interface GrantRow {
  role: Role;
  unitId: string;
  unitPath: string;
  /** The unit's last day ('YYYY-MM-DD'), null while it stands. */
  unitValidTo: string | null;
  /** Materialised paths of the ceased units it succeeded (transitively), comma-separated, or null. */
  predecessorPaths: string | null;
}

const unitIdOfPath = (path: string) => path.split('/').filter(Boolean).pop() ?? '';

/** The actor's grants on `today` ('YYYY-MM-DD', the province's calendar) from the assigned grants' rows. */
export function grantsThroughTime(rows: readonly GrantRow[], today: string): RoleGrant[] {
  const grants: RoleGrant[] = rows.map((r) =>
    r.unitValidTo !== null && r.unitValidTo < today
      ? { role: 'viewer', unitId: r.unitId, unitPath: r.unitPath, through: 'ceased' }
      : { role: r.role, unitId: r.unitId, unitPath: r.unitPath },
  );
  const held = new Set(grants.map((g) => g.unitPath));
  for (const r of rows) {
    for (const path of r.predecessorPaths?.split(',') ?? []) {
      if (!path || held.has(path)) continue;
      held.add(path);
      grants.push({ role: 'viewer', unitId: unitIdOfPath(path), unitPath: path, through: 'predecessor' });
    }
  }
  return grants;
}

/**
 * The actor with only the grants it was assigned on standing units: for to-do lists ("what my units still
 * owe"), where a predecessor's or a ceased unit's old items are history to read, not work to do.
 */
export const withAssignedGrants = (actor: Actor): Actor => ({ ...actor, grants: actor.grants.filter((g) => !g.through) });
