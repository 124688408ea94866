// What a unit owes is read by whoever reads the unit's plans; a unit is excused by the coordinator of
// the unit that issued the plan.
import type { Actor } from '../../authz/actor.ts';
import { assertCanOn, scopeRoots } from '../../authz/permissions.ts';
import { withAssignedGrants } from '../../authz/through-time.ts';

export const assertCanReadObligationsOf = (actor: Actor, unitPath: string) => assertCanOn(actor, 'plans.read', unitPath);
/** Where the actor reads obligations; for what is still open (work to do), only their standing units (issue 11). */
export const obligationSubtrees = (actor: Actor, openOnly = false) =>
  scopeRoots(openOnly ? withAssignedGrants(actor) : actor, 'plans.read');
export const assertCanExempt = (actor: Actor, issuerPath: string) => assertCanOn(actor, 'plans.manage', issuerPath);
