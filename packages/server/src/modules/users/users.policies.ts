// Who may manage whom. An administrator manages a user only when EVERY live role grant of that user lies
// inside the administrator's subtree (one viewer role on a sub-unit must not hand a province-wide account
// to the sub-unit's administrator); a province-level one manages everyone.
import type { Actor } from '../../authz/actor.ts';
import { AuthzErrors } from '../../authz/authz.errors.ts';
import { assertPermission, canOn, scopeRoots } from '../../authz/permissions.ts';

export function managesEveryone(actor: Actor): boolean {
  return scopeRoots(actor, 'users.manage').some((p) => p.split('/').filter(Boolean).length === 1);
}

/** Subtrees whose people the actor manages ('all' for a province-level administrator). */
export const managedScope = (actor: Actor): readonly string[] | 'all' =>
  managesEveryone(actor) ? 'all' : scopeRoots(actor, 'users.manage');

export const assertManagesUsers = (actor: Actor) => assertPermission(actor, 'users.manage');

export function assertManagesUser(actor: Actor, userUnitPaths: string[]): void {
  if (managesEveryone(actor)) return;
  if (!userUnitPaths.length || !userUnitPaths.every((p) => canOn(actor, 'users.manage', p))) {
    throw scopeRoots(actor, 'users.manage').length ? AuthzErrors.outOfScope() : AuthzErrors.forbidden();
  }
}

export function assertCanGrantOn(actor: Actor, unitPath: string): void {
  if (!canOn(actor, 'users.manage', unitPath)) throw AuthzErrors.outOfScope();
}
