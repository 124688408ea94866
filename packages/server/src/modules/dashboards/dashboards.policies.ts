// Who sees which dashboard: a unit's subtree for whoever reads it; by default the caller's widest
// coordination grant, else their own unit.
import type { Actor, RoleGrant } from '../../authz/actor.ts';
import { assertCanOn, canOn } from '../../authz/permissions.ts';

const ROLE_ORDER = ['coordinator', 'leader', 'officer', 'appraiser', 'viewer', 'admin'];

/** The grant whose unit a dashboard opens on when none is asked for. */
export const defaultDashboardGrant = (actor: Actor): RoleGrant | undefined =>
  [...actor.grants].sort(
    (a, b) =>
      Number(!!a.through) - Number(!!b.through) ||
      ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
      a.unitPath.length - b.unitPath.length,
  )[0];

export const assertCanSeeDashboard = (actor: Actor, unitPath: string) => assertCanOn(actor, 'dashboard.read', unitPath);

/** Coordinators see the review queue and the coordination panels. */
export const coordinatesUnit = (actor: Actor, unitPath: string) =>
  canOn(actor, 'plans.manage', unitPath) || canOn(actor, 'reports.review', unitPath);
