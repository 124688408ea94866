// Officers and leaders assigned to plan items (an activity, a target, a milestone) see them in their
// own list; the plan's drafters assign.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, asc, eq, inArray, isNull, like } from 'drizzle-orm';
import { escapeLike } from '../../text.ts';
import { assignmentDto, assignmentRequest, idParams } from '@dvcq/shared';
import type { AppDeps } from '../../app-deps.ts';
import type { Db } from '../../db/client.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { badRequest, notFound } from '../../http/errors.ts';
import { orgUnits, planActivities, planAssignments, planContentAreas, planMilestones, plans, planTargets, roleAssignments, users } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { findUnit } from '../org/org.repository.ts';
import { findPlan } from './plans.repository.ts';
import { assertCanDraftPlan } from './plans.policies.ts';

async function itemOf(db: Db, planId: string, itemType: string, itemId: string): Promise<{ text: string; dueDate: string | null } | null> {
  switch (itemType) {
    case 'activity': {
      const [a] = await db.select().from(planActivities).where(and(eq(planActivities.id, itemId), eq(planActivities.planId, planId)));
      return a ? { text: a.content, dueDate: a.dueDate } : null;
    }
    case 'target': {
      const [t] = await db.select().from(planTargets).where(and(eq(planTargets.id, itemId), eq(planTargets.planId, planId)));
      return t ? { text: t.text, dueDate: null } : null;
    }
    case 'milestone': {
      const [m] = await db.select().from(planMilestones).where(and(eq(planMilestones.id, itemId), eq(planMilestones.planId, planId)));
      return m ? { text: m.title, dueDate: m.dueDate } : null;
    }
    default: {
      const [c] = await db.select().from(planContentAreas).where(and(eq(planContentAreas.id, itemId), eq(planContentAreas.planId, planId)));
      return c ? { text: c.title, dueDate: null } : null;
    }
  }
}

export function assignmentRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.post(
    '/api/plans/:id/assignments',
    { schema: { operationId: 'assignPlanItem', tags: ['Kế hoạch'], summary: 'Phân công lãnh đạo, công chức theo dõi một nội dung của kế hoạch', params: idParams, body: assignmentRequest, response: { 201: assignmentDto } } },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      const plan = await findPlan(db, request.params.id);
      if (!plan) throw notFound('plan.not_found');
      const issuer = (await findUnit(db, plan.issuerUnitId))!;
      assertCanDraftPlan(ctx.actor, issuer.path);
      const item = await itemOf(db, plan.id, request.body.itemType, request.body.itemId);
      if (!item) throw badRequest('request.invalid', undefined, { itemId: 'Không tìm thấy nội dung được phân công trong kế hoạch này.' });
      const [user] = await db.select().from(users).where(eq(users.id, request.body.userId));
      if (!user || user.disabledAt) throw badRequest('user.not_found', undefined, { userId: 'Không tìm thấy người được phân công.' });
      const row = { id: randomUUID(), planId: plan.id, ...request.body, createdAt: ctx.now };
      await db.transaction(async (tx) => {
        await tx.insert(planAssignments).values(row);
        await recordAudit(tx, ctx, { action: 'plan.item_assigned', entityType: 'plan', entityId: plan.id, unitId: plan.issuerUnitId, after: row });
      });
      return reply.status(201).send({ ...row, planTitle: plan.title, itemText: item.text, userName: user.fullName, dueDate: item.dueDate });
    },
  );

  r.get(
    '/api/plans/:id/assignable-users',
    {
      schema: {
        operationId: 'listAssignableUsers',
        tags: ['Kế hoạch'],
        summary: 'Lãnh đạo, công chức của đơn vị ban hành (và đơn vị trực thuộc) có thể được phân công theo dõi kế hoạch',
        params: idParams,
        response: { 200: z.array(z.object({ id: z.string(), fullName: z.string(), username: z.string(), role: z.string(), unitName: z.string() })) },
      },
    },
    async (request) => {
      const ctx = contextOf(request, deps);
      const plan = await findPlan(db, request.params.id);
      if (!plan) throw notFound('plan.not_found');
      const issuer = (await findUnit(db, plan.issuerUnitId))!;
      assertCanDraftPlan(ctx.actor, issuer.path);
      const rows = await db
        .select({ id: users.id, fullName: users.fullName, username: users.username, role: roleAssignments.role, unitName: orgUnits.name })
        .from(roleAssignments)
        .innerJoin(users, eq(users.id, roleAssignments.userId))
        .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
        .where(
          and(
            isNull(roleAssignments.revokedAt),
            isNull(users.disabledAt),
            inArray(roleAssignments.role, ['officer', 'leader', 'coordinator']),
            like(orgUnits.path, `${escapeLike(issuer.path)}%`),
          ),
        )
        .orderBy(asc(orgUnits.depth), asc(users.fullName));
      return rows;
    },
  );

  r.get(
    '/api/assignments/mine',
    { schema: { operationId: 'listMyAssignments', tags: ['Kế hoạch'], summary: 'Các nội dung kế hoạch tôi được phân công theo dõi', response: { 200: z.array(assignmentDto) } } },
    async (request) => {
      const ctx = contextOf(request, deps);
      const rows = await db
        .select({ a: planAssignments, planTitle: plans.title })
        .from(planAssignments)
        .innerJoin(plans, eq(plans.id, planAssignments.planId))
        .where(and(eq(planAssignments.userId, ctx.actor.userId), isNull(planAssignments.revokedAt)));
      const out = [];
      for (const { a, planTitle } of rows) {
        const item = await itemOf(db, a.planId, a.itemType, a.itemId);
        out.push({ id: a.id, planId: a.planId, planTitle, itemType: a.itemType, itemId: a.itemId, itemText: item?.text ?? '', userId: a.userId, userName: ctx.actor.fullName, duty: a.duty, dueDate: item?.dueDate ?? null });
      }
      return out;
    },
  );
}
