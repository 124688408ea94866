// Every state change writes one audit row in the same transaction as the change itself, so the log
// can never disagree with the data. Use cases call `recordAudit(tx, ctx, event)` with their repository
// bound to the transaction: every feature repository carries `audit`.
import type { RequestContext } from '../../authz/actor.ts';
import type { AuditRepository } from './audit.repository.ts';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Changes made by the system itself (CLI, demo loader, scheduler) rather than a signed-in user. */
export interface SystemContext {
  label: string;
  now: Date;
}

/** Any repository bound to the transaction of the change. */
export interface Audited {
  audit: AuditRepository;
}

/** Values that must never reach the log even though they are part of a record. */
const SECRET_KEYS = new Set(['passwordHash', 'password_hash', 'tokenHash', 'token_hash', 'csrfToken', 'password', 'token']);

function redact(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.has(k) ? '[ẩn]' : redact(v)]),
    );
  }
  return value;
}

export async function recordAudit(tx: Audited, ctx: RequestContext | SystemContext, event: AuditEvent): Promise<void> {
  const actor = 'actor' in ctx ? ctx.actor : null;
  await tx.audit.insert({
    at: ctx.now,
    actorId: actor?.userId ?? null,
    actorName: actor ? `${actor.fullName} (${actor.username})` : 'label' in ctx ? ctx.label : null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    unitId: event.unitId ?? null,
    before: redact(event.before) ?? null,
    after: redact(event.after) ?? null,
    requestId: 'requestId' in ctx ? ctx.requestId : null,
    ip: 'ip' in ctx ? ctx.ip : null,
  });
}
