// Role → permission table, and the one scope rule: a grant on a unit covers that unit's whole subtree.
// Every route states the permission it needs; policies call `canOn` with the target unit's path.
import type { Role } from '@dvcq/shared';
import type { Actor } from './actor.ts';
import { AuthzErrors } from './authz.errors.ts';

export const PERMISSIONS = [
  'org.read',
  'org.manage',
  'users.manage',
  'audit.read',
  'plans.read',
  'plans.manage',
  'plans.draft',
  'plans.submit',
  'reports.read',
  'reports.draft',
  'reports.submit',
  'reports.review',
  'scoring.read',
  'scoring.manage',
  'scoring.self_assess',
  'scoring.submit',
  'scoring.appraise',
  'dashboard.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = ['org.read', 'plans.read', 'reports.read', 'scoring.read', 'dashboard.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [...READ, 'org.manage', 'users.manage', 'audit.read'],
  coordinator: [...READ, 'plans.manage', 'plans.draft', 'reports.review', 'scoring.manage'],
  officer: [...READ, 'plans.draft', 'reports.draft', 'scoring.self_assess'],
  leader: [...READ, 'plans.draft', 'plans.submit', 'reports.draft', 'reports.submit', 'scoring.self_assess', 'scoring.submit'],
  appraiser: [...READ, 'scoring.appraise'],
  viewer: READ,
};

export function hasPermissionSomewhere(actor: Actor, permission: Permission): boolean {
  return actor.grants.some((g) => ROLE_PERMISSIONS[g.role].includes(permission));
}

/** True when one of the actor's grants gives `permission` on the unit at `unitPath`. */
export function canOn(actor: Actor, permission: Permission, unitPath: string): boolean {
  return actor.grants.some((g) => ROLE_PERMISSIONS[g.role].includes(permission) && unitPath.startsWith(g.unitPath));
}

/** Roots of the subtrees where the actor has `permission` (for scoping list queries). */
export function scopeRoots(actor: Actor, permission: Permission): string[] {
  const paths = actor.grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission)).map((g) => g.unitPath);
  // Drop paths already covered by a shorter one, so queries stay small.
  return [...new Set(paths)].filter((p, _, all) => !all.some((q) => q !== p && p.startsWith(q)));
}

/** The refusal for an actor lacking these permissions on a unit: out of scope if they hold one elsewhere. */
export function denialFor(actor: Actor, ...permissions: Permission[]) {
  return permissions.some((p) => hasPermissionSomewhere(actor, p)) ? AuthzErrors.outOfScope() : AuthzErrors.forbidden();
}

export function assertCanOn(actor: Actor, permission: Permission, unitPath: string): void {
  if (!canOn(actor, permission, unitPath)) throw denialFor(actor, permission);
}

export function assertPermission(actor: Actor, permission: Permission): void {
  if (!hasPermissionSomewhere(actor, permission)) throw AuthzErrors.forbidden();
}
