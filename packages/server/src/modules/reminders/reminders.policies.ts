// Reminder settings and the log of what was sent belong to the coordinators of the plan's issuer (and
// of the units the log covers); each person's own choices are in notifications.
import type { Actor } from '../../authz/actor.ts';
import { AuthzErrors } from '../../authz/authz.errors.ts';
import { assertCanOn, scopeRoots } from '../../authz/permissions.ts';

export const assertCanManageReminders = (actor: Actor, unitPath: string) => assertCanOn(actor, 'plans.manage', unitPath);

/** Subtrees whose reminder log the actor reads; a refusal when they coordinate nowhere. */
export function reminderLogScope(actor: Actor): string[] {
  const roots = scopeRoots(actor, 'plans.manage');
  if (roots.length === 0) throw AuthzErrors.forbidden();
  return roots;
}
