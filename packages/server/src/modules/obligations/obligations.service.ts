// The one place where deliverables (unit plans, period reports, self-assessments) fulfil obligations.
// Other modules call these inside their own transaction, so a submission and its effect on
// compliance are written together or not at all.
import { and, eq, isNull } from 'drizzle-orm';
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

/** Open (not cancelled) obligations of a unit for a kind of deliverable, optionally for one period. */
export async function findOpenObligations(
  db: DbOrTx,
  q: { unitId: string; deliverableKind: DeliverableKind; periodKind?: string; periodYear?: number },
): Promise<ObligationRow[]> {
  const conditions = [eq(obligations.unitId, q.unitId), eq(obligations.deliverableKind, q.deliverableKind), isNull(obligations.cancelledAt)];
  if (q.periodKind) conditions.push(eq(obligations.periodKind, q.periodKind));
  if (q.periodYear) conditions.push(eq(obligations.periodYear, q.periodYear));
  return db.select().from(obligations).where(and(...conditions));
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
    firstSubmittedAt: current.firstSubmittedAt ?? input.at,
    lastSubmittedAt: input.at,
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
