// Who may see and change the org tree. A grant covers its unit's subtree; everyone may also read the
// units above their own (a commune needs its district's and province's names).
import type { Actor } from '../../authz/actor.ts';
import { assertCanOn, canOn, scopeRoots } from '../../authz/permissions.ts';
import { AuthzErrors } from '../../authz/authz.errors.ts';

export function canReadUnit(actor: Actor, unitPath: string): boolean {
  return canOn(actor, 'org.read', unitPath) || scopeRoots(actor, 'org.read').some((p) => p.startsWith(unitPath));
}

export function assertCanReadUnit(actor: Actor, unitPath: string): void {
  if (!canReadUnit(actor, unitPath)) throw AuthzErrors.outOfScope();
}

export const assertCanManageUnit = (actor: Actor, unitPath: string) => assertCanOn(actor, 'org.manage', unitPath);

/** Roots of the subtrees the actor reads (their own units, listed with the units above them). */
export const readableRoots = (actor: Actor) => scopeRoots(actor, 'org.read');

/** In a CSV import: may the actor manage the unit at `path`? Nobody creates a second root from a file. */
export const canManageFromImport = (actor: Actor | null, path: string) => !actor || (path !== '/' && canOn(actor, 'org.manage', path));
