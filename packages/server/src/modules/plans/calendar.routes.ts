// Deadlines in people's own calendars: a secret per-user .ics URL that calendar apps poll. The feed
// lists what the person's units owe and the deadlines of plans their units issued.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { describeDeadline, lastAllowedDay } from '@dvcq/domain';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { appError } from '../../http/errors.ts';
import { calendarFeeds, obligations, orgUnits, planMilestones, plans, users } from '../../db/schema.ts';
import { loadGrants } from '../auth/auth.repository.ts';
import { newSecret, sha256 } from '../auth/secrets.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { localToday } from '../../clock.ts';
import { buildCalendar, type CalendarEvent } from './ical.ts';

export function calendarRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.post(
    '/api/calendar-feed',
    {
      schema: {
        operationId: 'createCalendarFeed',
        tags: ['Kế hoạch'],
        summary: 'Tạo (hoặc đổi) đường dẫn lịch iCalendar cá nhân chứa các hạn của mình',
        response: { 200: z.object({ url: z.string() }) },
      },
    },
    async (request) => {
      const ctx = contextOf(request, deps);
      const token = `cal_${newSecret(24)}`;
      await db.transaction(async (tx) => {
        // One live feed per person: a new link replaces the old one (e.g. after it was shared by mistake).
        await tx.update(calendarFeeds).set({ revokedAt: ctx.now }).where(and(eq(calendarFeeds.userId, ctx.actor.userId), isNull(calendarFeeds.revokedAt)));
        await tx.insert(calendarFeeds).values({ id: randomUUID(), userId: ctx.actor.userId, tokenHash: sha256(token), createdAt: ctx.now });
        await recordAudit(tx, ctx, { action: 'calendar.feed_created', entityType: 'user', entityId: ctx.actor.userId });
      });
      return { url: `${deps.config.publicUrl}/api/calendar/${token}.ics` };
    },
  );

  r.get(
    '/api/calendar/:token',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getCalendarFeed',
        tags: ['Kế hoạch'],
        security: [],
        summary: 'Lịch iCalendar các hạn (được xác thực bằng mã trong đường dẫn, có đuôi .ics)',
        params: z.object({ token: z.string().max(100) }),
      },
    },
    async (request, reply) => {
      const [feed] = await db
        .select({ userId: calendarFeeds.userId, disabledAt: users.disabledAt })
        .from(calendarFeeds)
        .innerJoin(users, eq(users.id, calendarFeeds.userId))
        .where(and(eq(calendarFeeds.tokenHash, sha256(request.params.token.replace(/\.ics$/, ''))), isNull(calendarFeeds.revokedAt)));
      if (!feed || feed.disabledAt) throw appError(404, 'calendar.invalid_token');
      const now = deps.clock();
      const grants = await loadGrants(db, feed.userId, localToday(now));
      const unitIds = [...new Set(grants.map((g) => g.unitId))];
      const events: CalendarEvent[] = [];
      if (unitIds.length) {
        const owed = await db
          .select({ o: obligations, unitName: orgUnits.name, milestoneTitle: planMilestones.title, planNumber: plans.number })
          .from(obligations)
          .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
          .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
          .innerJoin(plans, eq(plans.id, obligations.planId))
          .where(and(inArray(obligations.unitId, unitIds), isNull(obligations.cancelledAt), isNull(obligations.exemptReason)));
        for (const { o, unitName, milestoneTitle, planNumber } of owed) {
          const deadline = { due: o.dueDate, inclusive: o.inclusive };
          events.push({
            uid: `obligation-${o.id}@dvcq`,
            date: lastAllowedDay({ ...deadline, phrase: o.phrase }),
            summary: `${o.firstSubmittedAt ? '✓ ' : ''}${milestoneTitle} — ${unitName}`,
            description: `Hạn: ${describeDeadline(deadline)} (${o.phrase}). Theo kế hoạch ${planNumber ?? ''}.${o.firstSubmittedAt ? ' Đã nộp.' : ''}`,
            url: `${deps.config.publicUrl}/ke-hoach/${o.planId}`,
          });
        }
        const issued = await db
          .select({ m: planMilestones, planNumber: plans.number, planId: plans.id })
          .from(planMilestones)
          .innerJoin(plans, eq(plans.id, planMilestones.planId))
          .where(and(inArray(plans.issuerUnitId, unitIds), eq(plans.status, 'published'), isNull(planMilestones.cancelledAt)));
        for (const { m, planNumber, planId } of issued) {
          events.push({
            uid: `milestone-${m.id}@dvcq`,
            date: lastAllowedDay({ due: m.dueDate, inclusive: m.inclusive, phrase: m.phrase }),
            summary: `Hạn của các đơn vị: ${m.title}`,
            description: `${m.phrase} — kế hoạch ${planNumber ?? ''}`,
            url: `${deps.config.publicUrl}/ke-hoach/${planId}`,
          });
        }
      }
      return reply.header('content-type', 'text/calendar; charset=utf-8').send(buildCalendar('DVCQ — Hạn công tác dân vận', events, now));
    },
  );
}
