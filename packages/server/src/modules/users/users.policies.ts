import type { Actor } from '../../authz/actor.ts';
import { canOn, scopeRoots } from '../../authz/permissions.ts';
import { forbidden } from '../../http/errors.ts';

/** An administrator manages users who hold a role inside their subtree; a province-level one manages all. */
export function managesEveryone(actor: Actor): boolean {
  return scopeRoots(actor, 'users.manage').some((p) => p.split('/').filter(Boolean).length === 1);
}

export function assertManagesUser(actor: Actor, userUnitPaths: string[]): void {
  if (managesEveryone(actor)) return;
  if (!userUnitPaths.some((p) => canOn(actor, 'users.manage', p))) {
    throw forbidden(scopeRoots(actor, 'users.manage').length ? 'auth.out_of_scope' : 'auth.forbidden');
  }
}

export function assertCanGrantOn(actor: Actor, unitPath: string): void {
  if (!canOn(actor, 'users.manage', unitPath)) throw forbidden('auth.out_of_scope');
}
