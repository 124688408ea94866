// What a unit owes is read by whoever reads the unit's plans; a unit is excused by the coordinator of
// the unit that issued the plan.
import type { Actor } from '../../authz/actor.ts';
import { assertCanOn, scopeRoots } from '../../authz/permissions.ts';

export const assertCanReadObligationsOf = (actor: Actor, unitPath: string) => assertCanOn(actor, 'plans.read', unitPath);
export const obligationSubtrees = (actor: Actor) => scopeRoots(actor, 'plans.read');
export const assertCanExempt = (actor: Actor, issuerPath: string) => assertCanOn(actor, 'plans.manage', issuerPath);
