import { API_MODULES } from '@dvcq/shared';
import type { apiTokenSummary, CurrentUserDto, Role, RoleAssignmentDto, UnitKind, UserSummaryDto } from '@dvcq/shared';
import type { z } from 'zod';
import type { ApiTokenRow, AssignmentRow, UserRow } from './users.repository.ts';

export const presentAssignment = (a: AssignmentRow): RoleAssignmentDto => ({
  id: a.id,
  role: a.role as Role,
  unitId: a.unitId,
  unitName: a.unitName,
  unitKind: a.unitKind as UnitKind,
  validFrom: a.validFrom,
  validTo: a.validTo,
});

export function presentUser(u: UserRow, assignments: readonly AssignmentRow[]): UserSummaryDto {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    disabled: u.disabledAt !== null,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    roles: assignments.filter((a) => a.userId === u.id).map(presentAssignment),
  };
}

export const presentCurrentUser = (user: UserRow, roles: readonly AssignmentRow[]): CurrentUserDto => ({
  id: user.id,
  username: user.username,
  fullName: user.fullName,
  email: user.email,
  mustChangePassword: user.mustChangePassword,
  roles: roles.map(presentAssignment),
});

export const presentToken = (t: Omit<ApiTokenRow, 'tokenHash' | 'userId' | 'createdBy'>): z.infer<typeof apiTokenSummary> => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  expiresAt: t.expiresAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
  scope: t.scope === 'read' ? 'read' : 'full',
  modules: t.modules ? API_MODULES.filter((m) => t.modules!.includes(m)) : null,
});
