// What units owe: the list with each obligation's status, excusing a unit, and `recordSubmission`,
// the one place where deliverables (unit plans, period reports, self-assessments) fulfil obligations.
// Other features call it with their repository bound to their own transaction, so a submission and
// its effect on compliance are written together or not at all.
import { recordSubmissionAt, type ComplianceStatus } from '@dvcq/domain';
import type { ObligationDto } from '@dvcq/shared';
import type { RequestContext } from '../../authz/actor.ts';
import { recordAudit, type SystemContext } from '../audit/audit.recorder.ts';
import { OrgErrors } from '../org/org.errors.ts';
import { withNamesAsOf } from '../org/restructuring.usecases.ts';
import { statusOf } from '../plans/plans.compliance.ts';
import type { ObligationRow, ObligationsRepository } from './obligations.repository.ts';
import { ObligationErrors } from './obligations.errors.ts';
import { assertCanExempt, assertCanReadObligationsOf, obligationSubtrees } from './obligations.policies.ts';
import { presentObligation } from './obligations.presenter.ts';

export type SubmissionType = 'plan' | 'report' | 'assessment' | 'other';

export async function listObligations(
  repo: ObligationsRepository,
  ctx: RequestContext,
  q: {
    unitId?: string | undefined;
    planId?: string | undefined;
    milestoneId?: string | undefined;
    deliverableKind?: string | undefined;
    open?: 'true' | 'false' | undefined;
    status?: ComplianceStatus | undefined;
    q?: string | undefined;
    after?: string | undefined;
    asOf?: Date;
    limit: number;
  },
): Promise<ObligationDto[]> {
  if (q.unitId) {
    const unit = await repo.org.findUnit(q.unitId);
    if (!unit) throw OrgErrors.notFound();
    assertCanReadObligationsOf(ctx.actor, unit.path);
  }
  const asOf = q.asOf ?? ctx.now;
  const found = await repo.search({
    unitId: q.unitId,
    subtrees: obligationSubtrees(ctx.actor, q.open === 'true'),
    planId: q.planId,
    milestoneId: q.milestoneId,
    deliverableKind: q.deliverableKind,
    openOnly: q.open === 'true',
    status: q.status ? { is: q.status, asOf } : undefined,
    q: q.q || undefined,
    after: q.after,
    limit: q.limit,
  });
  // Each unit under the name it had on the due date (an overdue 2025 report of a commune renamed since), issue 11.
  const rows = await withNamesAsOf(repo.org, found, (r) => ({ unitId: r.o.unitId, date: r.o.dueDate }));
  return rows.map(({ o, ...details }) => presentObligation(o, details, statusOf(o, asOf)));
}

/** A coordinator of the issuing unit excuses one unit from one deliverable, with the reason kept. */
export async function exemptObligation(repo: ObligationsRepository, ctx: RequestContext, id: string, reason: string): Promise<void> {
  await repo.transaction(async (tx) => {
    const row = await tx.withIssuer(id);
    if (!row) throw ObligationErrors.notFound();
    const issuer = (await tx.org.findUnit(row.issuerUnitId))!;
    assertCanExempt(ctx.actor, issuer.path);
    if (row.o.exemptReason) throw ObligationErrors.alreadyExempt();
    if (row.o.firstSubmittedAt) throw ObligationErrors.alreadySubmitted();
    const changes = { exemptReason: reason, exemptedBy: ctx.actor.userId, exemptedAt: ctx.now };
    await tx.update(id, changes);
    await recordAudit(tx, ctx, {
      action: 'obligation.exempted',
      entityType: 'obligation',
      entityId: id,
      unitId: row.o.unitId,
      before: { exemptReason: null },
      after: changes,
    });
  });
}

/**
 * Records that a deliverable was submitted for an obligation. Timeliness is judged on the first
 * submission only: a resubmission after a return moves `lastSubmittedAt`, never `firstSubmittedAt`.
 */
export async function recordSubmission(
  tx: { obligations: ObligationsRepository },
  ctx: RequestContext | SystemContext,
  input: { obligationId: string; submissionType: SubmissionType; submissionId: string; at: Date },
): Promise<ObligationRow> {
  const current = await tx.obligations.get(input.obligationId);
  if (!current) throw new Error(`obligation ${input.obligationId} not found`);
  const changes = {
    ...recordSubmissionAt(current, input.at),
    submissionType: input.submissionType,
    submissionId: input.submissionId,
  };
  await tx.obligations.update(current.id, changes);
  await recordAudit(tx.obligations, ctx, {
    action: 'obligation.submitted',
    entityType: 'obligation',
    entityId: current.id,
    unitId: current.unitId,
    before: { firstSubmittedAt: current.firstSubmittedAt, lastSubmittedAt: current.lastSubmittedAt },
    after: changes,
  });
  return { ...current, ...changes };
}
