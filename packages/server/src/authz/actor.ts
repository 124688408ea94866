// Who is asking, and where their roles apply. Built per request from the database, never cached in
// process memory, so any app instance gives the same answer.
import type { ApiModule, Role } from '@dvcq/shared';

export interface RoleGrant {
  role: Role;
  unitId: string;
  /** Materialised path of the unit ('/root/.../unit/'); the grant covers every unit below it. */
  unitPath: string;
  /**
   * Set when the grant is not held as assigned but follows from the org tree through time: 'ceased' — the
   * grant's unit no longer exists (dissolved, merged away), so it is kept read-only from the effective date;
   * 'predecessor' — a read-only grant on a unit the assigned unit succeeded (its records are now theirs to
   * read, not to edit). See authz/through-time.ts.
   */
  through?: 'ceased' | 'predecessor';
}

export interface Actor {
  userId: string;
  username: string;
  fullName: string;
  via: 'session' | 'token';
  sessionId?: string;
  csrfToken?: string;
  /** Signed in with a temporary password: only changing it, reading oneself and signing out are allowed. */
  mustChangePassword?: boolean;
  /** An API token's scope: 'read' may only use GET/HEAD. */
  tokenScope?: 'full' | 'read';
  /** An API token limited to some modules of the API; absent: every module. */
  tokenModules?: ApiModule[];
  grants: RoleGrant[];
}

export interface RequestContext {
  actor: Actor;
  requestId: string;
  ip: string | null;
  now: Date;
}
