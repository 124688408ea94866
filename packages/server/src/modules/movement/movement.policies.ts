// Who may do what in the "Dân vận khéo" movement. A model or person belongs to its unit: the unit's
// officers and leaders (reports.draft) register, edit, carry out and propose; coordinators above it
// (plans.manage) do the same for it and decide: recognise or not, record commendations, and switch the
// province's public page. Whoever reads the unit's reports reads its models.
import type { Actor } from '../../authz/actor.ts';
import { canOn, denialFor } from '../../authz/permissions.ts';

export const canReadMovement = (actor: Actor, unitPath: string) => canOn(actor, 'reports.read', unitPath);

export const canDecideMovement = (actor: Actor, unitPath: string) => canOn(actor, 'plans.manage', unitPath);

export const canWriteMovement = (actor: Actor, unitPath: string) =>
  canOn(actor, 'reports.draft', unitPath) || canDecideMovement(actor, unitPath);

export function assertCanReadMovement(actor: Actor, unitPath: string): void {
  if (!canReadMovement(actor, unitPath)) throw denialFor(actor, 'reports.read');
}

export function assertCanWriteMovement(actor: Actor, unitPath: string): void {
  if (!canWriteMovement(actor, unitPath)) throw denialFor(actor, 'reports.draft', 'plans.manage');
}

export function assertCanDecideMovement(actor: Actor, unitPath: string): void {
  if (!canDecideMovement(actor, unitPath)) throw denialFor(actor, 'plans.manage');
}
