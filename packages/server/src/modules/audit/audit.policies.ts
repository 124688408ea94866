// The audit log is for administrators, each over the subtrees they administer; a province-level
// administrator also sees entries about no unit (sign-ins, password changes).
import type { Actor } from '../../authz/actor.ts';
import { assertCanOn, assertPermission, scopeRoots } from '../../authz/permissions.ts';
import { managesEveryone } from '../users/users.policies.ts';

export const assertCanReadAudit = (actor: Actor) => assertPermission(actor, 'audit.read');
export const assertCanReadAuditOf = (actor: Actor, unitPath: string) => assertCanOn(actor, 'audit.read', unitPath);

export function auditSubtrees(actor: Actor): readonly string[] | 'all' {
  return managesEveryone(actor) ? 'all' : scopeRoots(actor, 'audit.read');
}
