// Officers and leaders assigned to plan items (an activity, a target, a milestone) see them in their
// own list; the plan's drafters assign.
import { randomUUID } from 'node:crypto';
import type { assignmentRequest } from '@dvcq/shared';
import type { z } from 'zod';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { UserErrors } from '../users/users.errors.ts';
import type { PlansRepository } from './plans.repository.ts';
import { PlanErrors } from './plans.errors.ts';
import { assertCanDraftPlan } from './plans.policies.ts';
import { presentAssignment } from './plans.presenter.ts';

const ASSIGNABLE_ROLES = ['officer', 'leader', 'coordinator'] as const;

async function draftablePlan(repo: PlansRepository, actor: Actor, planId: string) {
  const plan = await repo.findPlan(planId);
  if (!plan) throw PlanErrors.notFound();
  const issuer = (await repo.org.findUnit(plan.issuerUnitId))!;
  assertCanDraftPlan(actor, issuer.path);
  return { plan, issuer };
}

export async function assignPlanItem(
  repo: PlansRepository,
  ctx: RequestContext,
  planId: string,
  input: z.output<typeof assignmentRequest>,
) {
  const { plan, issuer } = await draftablePlan(repo, ctx.actor, planId);
  const item = await repo.item(plan.id, input.itemType, input.itemId);
  if (!item) throw PlanErrors.itemNotFound();
  // Only the people the plan may be assigned to (those listAssignableUsers offers): anyone else would
  // be shown a draft of a unit that is not theirs.
  const assignable = await repo.users.peopleInSubtree(issuer.path, ASSIGNABLE_ROLES);
  const user = assignable.some((p) => p.id === input.userId) ? await repo.users.findUserById(input.userId) : null;
  if (!user || user.disabledAt) throw UserErrors.notFound('userId', 'Không tìm thấy người được phân công.');
  const row = { id: randomUUID(), planId: plan.id, ...input, createdAt: ctx.now };
  await repo.transaction(async (tx) => {
    await tx.insertAssignment(row);
    await recordAudit(tx, ctx, {
      action: 'plan.item_assigned',
      entityType: 'plan',
      entityId: plan.id,
      unitId: plan.issuerUnitId,
      after: row,
    });
  });
  return presentAssignment(row, { planTitle: plan.title, itemText: item.text, userName: user.fullName, dueDate: item.dueDate });
}

/** Leaders, officers and coordinators of the issuing unit and the units below it. */
export async function listAssignableUsers(repo: PlansRepository, actor: Actor, planId: string) {
  const { issuer } = await draftablePlan(repo, actor, planId);
  return repo.users.peopleInSubtree(issuer.path, ASSIGNABLE_ROLES);
}

export async function listMyAssignments(repo: PlansRepository, ctx: RequestContext) {
  const rows = await repo.liveAssignmentsOf(ctx.actor.userId);
  const out = [];
  for (const { a, planTitle } of rows) {
    const item = await repo.item(a.planId, a.itemType, a.itemId);
    out.push(presentAssignment(a, { planTitle, itemText: item?.text ?? '', userName: ctx.actor.fullName, dueDate: item?.dueDate ?? null }));
  }
  return out;
}
