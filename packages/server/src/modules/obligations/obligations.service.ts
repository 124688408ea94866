// The one place where deliverables (unit plans, period reports, self-assessments) fulfil obligations.
// Other modules call these inside their own transaction, so a submission and its effect on
// compliance are written together or not at all.
import { recordSubmissionAt } from '@dvcq/domain';
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { obligations } from '../../db/schema.ts';
import type { RequestContext } from '../../authz/actor.ts';
import { recordAudit, type SystemContext } from '../audit/audit.recorder.ts';

export type ObligationRow = typeof obligations.$inferSelect;
export type DeliverableKind = 'unit_plan' | 'period_report' | 'self_assessment' | 'other';
export type SubmissionType = 'plan' | 'report' | 'assessment' | 'other';

export async function getObligation(db: DbOrTx, id: string): Promise<ObligationRow | null> {
  const [row] = await db.select().from(obligations).where(eq(obligations.id, id)).limit(1);
  return row ?? null;
}

/**
 * The SQL form of the domain's `isObligationOpen` — the unit still owes it: not cancelled, not
 * exempted, nothing submitted. Every query for open obligations uses this condition.
 */
export function openObligation(): SQL {
  return and(isNull(obligations.cancelledAt), isNull(obligations.exemptReason), isNull(obligations.firstSubmittedAt))!;
}

/**
 * Records that a deliverable was submitted for an obligation. Timeliness is judged on the first
 * submission only: a resubmission after a return moves `lastSubmittedAt`, never `firstSubmittedAt`.
 */
export async function recordSubmission(
  tx: DbOrTx,
  ctx: RequestContext | SystemContext,
  input: { obligationId: string; submissionType: SubmissionType; submissionId: string; at: Date },
): Promise<ObligationRow> {
  const current = await getObligation(tx, input.obligationId);
  if (!current) throw new Error(`obligation ${input.obligationId} not found`);
  const changes = {
    ...recordSubmissionAt(current, input.at),
    submissionType: input.submissionType,
    submissionId: input.submissionId,
  };
  await tx.update(obligations).set(changes).where(eq(obligations.id, current.id));
  await recordAudit(tx, ctx, {
    action: 'obligation.submitted',
    entityType: 'obligation',
    entityId: current.id,
    unitId: current.unitId,
    before: { firstSubmittedAt: current.firstSubmittedAt, lastSubmittedAt: current.lastSubmittedAt },
    after: changes,
  });
  return { ...current, ...changes };
}
