// Who may see and change a plan. A plan is read by its issuer's subtree and by the units above it
// (a plan from above is what the unit implements); it is drafted by officers and coordinators of the
// issuer, published by the issuer's coordinator or, when it is the unit's own plan (not derived from a plan
// above), by the issuer's leader; a derived unit plan is submitted by its leader.
import type { Actor } from '../../authz/actor.ts';
import { AuthzErrors } from '../../authz/authz.errors.ts';
import { assertCanOn, assertPermission, canOn, denialFor, scopeRoots } from '../../authz/permissions.ts';

export function canReadPlan(actor: Actor, issuerPath: string): boolean {
  return canOn(actor, 'plans.read', issuerPath) || scopeRoots(actor, 'plans.read').some((root) => root.startsWith(issuerPath));
}

export function assertCanReadPlan(actor: Actor, issuerPath: string): void {
  if (!canReadPlan(actor, issuerPath)) throw AuthzErrors.outOfScope();
}

/** Subtrees whose plans (and the plans above them) the actor lists. */
export function planReadScope(actor: Actor): string[] {
  assertPermission(actor, 'plans.read');
  return scopeRoots(actor, 'plans.read');
}

/** Drafts are working papers of the issuing unit: units above or beside it do not see them. */
export const seesPlan = (roots: readonly string[], status: string, issuerPath: string) =>
  status === 'published' || roots.some((root) => issuerPath.startsWith(root));

export function assertCanDraftPlan(actor: Actor, issuerPath: string): void {
  if (canOn(actor, 'plans.manage', issuerPath)) return;
  assertCanOn(actor, 'plans.draft', issuerPath);
}

export const assertCanPublishPlan = (actor: Actor, issuerPath: string) => assertCanOn(actor, 'plans.manage', issuerPath);

/**
 * Publishing a draft: the issuer's coordinator, or the issuer's leader for the unit's own plan. A plan derived
 * from a plan above answers an obligation, so its leader submits it (submitUnitPlan) rather than publishing it.
 */
export function assertCanPublishDraft(actor: Actor, issuerPath: string, derived: boolean): void {
  if (canOn(actor, 'plans.manage', issuerPath)) return;
  if (!derived && canOn(actor, 'plans.submit', issuerPath)) return;
  throw denialFor(actor, 'plans.manage', 'plans.submit');
}
export const assertCanSubmitUnitPlan = (actor: Actor, issuerPath: string) => assertCanOn(actor, 'plans.submit', issuerPath);
