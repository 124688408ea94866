// Who may do what with citizen dialogues. A dialogue belongs to the unit that held it: its officers and
// leaders (reports.draft) record it and its conclusions; readers of that unit (reports.read) see it.
// Scope is judged on the tree as it stood on the day the dialogue was held (a ward merged since stays
// readable by whoever covered it then) as well as today. A conclusion's assignee unit (and the person
// named) post its follow-ups. The unit closes a dialogue's record; a coordinator of the unit (who
// reviews its reports) reopens it.
import type { Actor } from '../../authz/actor.ts';
import { canOn, denialFor, scopeRoots, type Permission } from '../../authz/permissions.ts';

export const READ: Permission = 'reports.read';
export const WRITE: Permission = 'reports.draft';
export const REOPEN: Permission = 'reports.review';

export const canReopen = (actor: Actor, unitPath: string) => canOn(actor, REOPEN, unitPath);
export function assertCanReopen(actor: Actor, unitPath: string): void {
  if (!canReopen(actor, unitPath)) throw denialFor(actor, REOPEN);
}

export const readRoots = (actor: Actor) => scopeRoots(actor, READ);
export const writeRoots = (actor: Actor) => scopeRoots(actor, WRITE);

/** Covered: today by path, or on the record's day (checked by the repository, passed in). */
export function assertCovered(actor: Actor, permission: Permission, unitPath: string, coveredOnDay: boolean): void {
  if (coveredOnDay || canOn(actor, permission, unitPath)) return;
  throw denialFor(actor, permission);
}

/** Follow-ups: the assignee unit's officers and leaders, the person named, or the dialogue unit's. */
export function canFollowUp(
  actor: Actor,
  c: { assigneeUnitPath: string; assigneeUserId: string | null },
  dialogueUnitWritable: boolean,
): boolean {
  return dialogueUnitWritable || canOn(actor, WRITE, c.assigneeUnitPath) || c.assigneeUserId === actor.userId;
}
export function assertCanFollowUp(
  actor: Actor,
  c: { assigneeUnitPath: string; assigneeUserId: string | null },
  dialogueUnitWritable: boolean,
) {
  if (!canFollowUp(actor, c, dialogueUnitWritable)) throw denialFor(actor, WRITE);
}
