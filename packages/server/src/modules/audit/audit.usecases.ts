// Reading the audit log: by person, unit subtree, entity and dates judged in the province's calendar.
import type { auditPage, auditQuery } from '@dvcq/shared';
import type { z } from 'zod';
import type { RequestContext } from '../../authz/actor.ts';
import { endOfLocalDay, startOfLocalDay } from '../../clock.ts';
import { OrgErrors } from '../org/org.errors.ts';
import type { OrgRepository } from '../org/org.repository.ts';
import type { AuditRepository } from './audit.repository.ts';
import { assertCanReadAudit, assertCanReadAuditOf, auditSubtrees } from './audit.policies.ts';
import { presentAuditEntry } from './audit.presenter.ts';

export async function listAuditLog(
  repo: { audit: AuditRepository; org: OrgRepository },
  ctx: RequestContext,
  q: z.output<typeof auditQuery>,
): Promise<z.output<typeof auditPage>> {
  assertCanReadAudit(ctx.actor);
  let subtrees = auditSubtrees(ctx.actor);
  if (q.unitId) {
    const unit = await repo.org.findUnit(q.unitId);
    if (!unit) throw OrgErrors.notFound();
    assertCanReadAuditOf(ctx.actor, unit.path);
    subtrees = [unit.path];
  }
  const { total, rows } = await repo.audit.search({
    subtrees,
    userId: q.userId,
    entityType: q.entityType,
    entityId: q.entityId,
    from: q.from ? startOfLocalDay(q.from) : undefined,
    to: q.to ? endOfLocalDay(q.to) : undefined,
    limit: q.limit,
    offset: q.offset,
  });
  return { total, items: rows.map((r) => presentAuditEntry(r.entry, r.unitName)) };
}
