import type { CurrentUserDto, Role, RoleAssignmentDto, UnitKind, UserSummaryDto } from '@dvcq/shared';
import type { AppDeps } from '../../app-deps.ts';
import { appError } from '../../http/errors.ts';
import { findUserById } from '../auth/auth.repository.ts';
import { assignmentsOf, type UserRow } from './users.repository.ts';

type AssignmentRow = Awaited<ReturnType<typeof assignmentsOf>>[number];

export const presentAssignment = (a: AssignmentRow): RoleAssignmentDto => ({
  id: a.id,
  role: a.role as Role,
  unitId: a.unitId,
  unitName: a.unitName,
  unitKind: a.unitKind as UnitKind,
  validFrom: a.validFrom,
  validTo: a.validTo,
});

export function presentUser(u: UserRow, assignments: AssignmentRow[]): UserSummaryDto {
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

export async function presentCurrentUser(deps: AppDeps, userId: string): Promise<CurrentUserDto> {
  const user = await findUserById(deps.database.db, userId);
  if (!user) throw appError(401, 'auth.unauthenticated');
  const roles = await assignmentsOf(deps.database.db, [userId]);
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    mustChangePassword: user.mustChangePassword,
    roles: roles.map(presentAssignment),
  };
}
