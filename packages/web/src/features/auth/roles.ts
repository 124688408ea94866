// What the signed-in user's role grants say, for choosing which buttons and panels to show. The server
// decides every request; grants on ancestors are not known here.
import type { Role } from '@dvcq/shared';
import type { CurrentUserDto } from '../../api/types.ts';

/** Units where the user holds one of the roles (first grant first). */
export function unitsWithRole(user: CurrentUserDto, roles: readonly Role[]): { unitId: string; unitName: string; role: Role }[] {
  const out: { unitId: string; unitName: string; role: Role }[] = [];
  for (const r of user.roles) {
    if (roles.includes(r.role) && !out.some((o) => o.unitId === r.unitId))
      out.push({ unitId: r.unitId, unitName: r.unitName, role: r.role });
  }
  return out;
}

export function hasRole(user: CurrentUserDto, ...roles: Role[]): boolean {
  return user.roles.some((r) => roles.includes(r.role));
}

/** The roles the user holds on one unit. */
export function rolesOn(user: CurrentUserDto, unitId: string): Set<Role> {
  return new Set(user.roles.filter((r) => r.unitId === unitId).map((r) => r.role));
}

export function isAdmin(user: CurrentUserDto | null | undefined): boolean {
  return !!user?.roles.some((r) => r.role === 'admin');
}
