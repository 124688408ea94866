// Who the demo data acts as. Demo data goes through the same use cases as people's work, so it needs
// the people: a demo account with its real grants on a date, or (for units without their own demo
// account) a demo account acting with one role on one unit, so audit rows name a real user.
import { randomUUID } from 'node:crypto';
import type { Role } from '@dvcq/shared';
import type { Database } from '../db/client.ts';
import type { Actor, RequestContext } from '../authz/actor.ts';
import { createAuthRepository } from '../modules/auth/auth.repository.ts';

export const DEMO_LABEL = 'Dữ liệu mẫu';

/** The account as it is, with the roles it holds on `at` (an ISO instant). */
export async function actingAs(database: Database, username: string, at: string | Date): Promise<RequestContext> {
  const repo = createAuthRepository(database.db);
  const user = await repo.users.findUserByUsername(username);
  if (!user) throw new Error(`demo user ${username} missing`);
  const now = new Date(at);
  const grants = await repo.loadGrants(user.id, now.toISOString().slice(0, 10));
  return {
    actor: { userId: user.id, username: user.username, fullName: user.fullName, via: 'session', grants },
    requestId: `demo-${randomUUID()}`,
    ip: null,
    now,
  };
}

/** An account acting with one role on one unit (by code), under another name if given. */
export async function actorFor(database: Database, username: string, role: Role, unitCode: string, fullName?: string): Promise<Actor> {
  const repo = createAuthRepository(database.db);
  const user = await repo.users.findUserByUsername(username);
  const unit = await repo.users.org.findUnitByCode(unitCode);
  if (!user || !unit) throw new Error(`demo: missing ${username} or ${unitCode}`);
  return {
    userId: user.id,
    username: user.username,
    fullName: fullName ?? user.fullName,
    via: 'session',
    grants: [{ role, unitId: unit.id, unitPath: unit.path }],
  };
}

export const ctxOf = (actor: Actor, now: Date): RequestContext => ({ actor, requestId: `demo-${randomUUID()}`, ip: null, now });
