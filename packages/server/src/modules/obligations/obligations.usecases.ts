import { COMPLIANCE_STATUS_LABELS, describeDeadline, lastAllowedDay } from '@dvcq/domain';
import type { ObligationDto, UnitKind } from '@dvcq/shared';
import { and, asc, eq, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { obligations, orgUnits, planMilestones, plans } from '../../db/schema.ts';
import type { RequestContext } from '../../authz/actor.ts';
import { assertCanOn, scopeRoots } from '../../authz/permissions.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { escapeLike } from '../../text.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { findUnit } from '../org/org.repository.ts';
import { statusOf } from '../plans/compliance.ts';
import { openObligation } from './obligations.service.ts';

export async function listObligations(
  db: Db,
  ctx: RequestContext,
  q: { unitId?: string | undefined; planId?: string | undefined; deliverableKind?: string | undefined; open?: 'true' | 'false' | undefined; asOf?: Date; limit: number },
): Promise<ObligationDto[]> {
  const conditions: (SQL | undefined)[] = [isNull(obligations.cancelledAt)];
  if (q.unitId) {
    const unit = await findUnit(db, q.unitId);
    if (!unit) throw notFound('org.not_found');
    assertCanOn(ctx.actor, 'plans.read', unit.path);
    conditions.push(eq(obligations.unitId, unit.id));
  } else {
    const roots = scopeRoots(ctx.actor, 'plans.read');
    conditions.push(or(...roots.map((r) => like(orgUnits.path, `${escapeLike(r)}%`))));
  }
  if (q.planId) conditions.push(eq(obligations.planId, q.planId));
  if (q.deliverableKind) conditions.push(eq(obligations.deliverableKind, q.deliverableKind));
  if (q.open === 'true') conditions.push(openObligation());
  const rows = await db
    .select({
      o: obligations,
      unitName: orgUnits.name,
      unitKind: orgUnits.kind,
      planTitle: plans.title,
      planNumber: plans.number,
      milestoneTitle: planMilestones.title,
      derivedPlanId: sql<string | null>`(select p2.id from plans p2 where p2.obligation_id = ${obligations.id} limit 1)`,
    })
    .from(obligations)
    .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
    .innerJoin(plans, eq(plans.id, obligations.planId))
    .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
    .where(and(...conditions))
    .orderBy(asc(obligations.dueDate), asc(orgUnits.name))
    .limit(q.limit);
  const asOf = q.asOf ?? ctx.now;
  return rows.map(({ o, ...r }) => {
    const deadline = { due: o.dueDate, inclusive: o.inclusive, phrase: o.phrase };
    const s = statusOf(o, asOf);
    return {
      id: o.id,
      planId: o.planId,
      planTitle: r.planTitle,
      planNumber: r.planNumber,
      milestoneId: o.milestoneId,
      milestoneTitle: r.milestoneTitle,
      unitId: o.unitId,
      unitName: r.unitName,
      unitKind: r.unitKind as UnitKind,
      deliverableKind: o.deliverableKind as 'other',
      periodKind: o.periodKind,
      periodYear: o.periodYear,
      dueDate: o.dueDate,
      inclusive: o.inclusive,
      phrase: o.phrase,
      lastAllowedDay: lastAllowedDay(deadline),
      deadlineText: describeDeadline(deadline),
      status: s.status,
      statusLabel: COMPLIANCE_STATUS_LABELS[s.status],
      daysUntilDue: s.daysUntilDue,
      firstSubmittedAt: o.firstSubmittedAt?.toISOString() ?? null,
      submissionType: o.submissionType,
      submissionId: o.submissionId,
      exemptReason: o.exemptReason,
      derivedPlanId: r.derivedPlanId ?? null,
    };
  });
}

/** A coordinator of the issuing unit excuses one unit from one deliverable, with the reason kept. */
export async function exemptObligation(db: Db, ctx: RequestContext, id: string, reason: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ o: obligations, issuerUnitId: plans.issuerUnitId }).from(obligations).innerJoin(plans, eq(plans.id, obligations.planId)).where(eq(obligations.id, id));
    if (!row) throw notFound('obligation.not_found');
    const issuer = (await findUnit(tx, row.issuerUnitId))!;
    assertCanOn(ctx.actor, 'plans.manage', issuer.path);
    if (row.o.exemptReason) throw conflict('obligation.already_exempt');
    if (row.o.firstSubmittedAt) throw conflict('obligation.already_submitted');
    const changes = { exemptReason: reason, exemptedBy: ctx.actor.userId, exemptedAt: ctx.now };
    await tx.update(obligations).set(changes).where(eq(obligations.id, id));
    await recordAudit(tx, ctx, { action: 'obligation.exempted', entityType: 'obligation', entityId: id, unitId: row.o.unitId, before: { exemptReason: null }, after: changes });
  });
}
