// Who may see and change a plan. A plan is read by its issuer's subtree and by the units above it
// (a plan from above is what the unit implements); it is drafted by officers and coordinators of the
// issuer, published by the issuer's coordinator, and a derived unit plan is submitted by its leader.
import type { Actor } from '../../authz/actor.ts';
import { assertCanOn, canOn, scopeRoots } from '../../authz/permissions.ts';
import { forbidden } from '../../http/errors.ts';

export function canReadPlan(actor: Actor, issuerPath: string): boolean {
  return canOn(actor, 'plans.read', issuerPath) || scopeRoots(actor, 'plans.read').some((root) => root.startsWith(issuerPath));
}

export function assertCanReadPlan(actor: Actor, issuerPath: string): void {
  if (!canReadPlan(actor, issuerPath)) throw forbidden('auth.out_of_scope');
}

export function assertCanDraftPlan(actor: Actor, issuerPath: string): void {
  if (canOn(actor, 'plans.manage', issuerPath)) return;
  assertCanOn(actor, 'plans.draft', issuerPath);
}

export const assertCanPublishPlan = (actor: Actor, issuerPath: string) => assertCanOn(actor, 'plans.manage', issuerPath);
export const assertCanSubmitUnitPlan = (actor: Actor, issuerPath: string) => assertCanOn(actor, 'plans.submit', issuerPath);
