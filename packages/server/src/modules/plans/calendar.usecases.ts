// Deadlines in people's own calendars: a secret per-user .ics URL that calendar apps poll. The feed
// lists what the person's units owe and the deadlines of plans their units issued.
import { randomUUID } from 'node:crypto';
import { describeDeadline, lastAllowedDay } from '@dvcq/domain';
import type { RequestContext } from '../../authz/actor.ts';
import { localToday } from '../../clock.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { newSecret, sha256 } from '../auth/secrets.ts';
import type { PlansRepository } from './plans.repository.ts';
import { PlanErrors } from './plans.errors.ts';
import { buildCalendar, type CalendarEvent } from './plans.ical.ts';

/** A new secret link for the caller; the previous one stops working. */
export async function createCalendarFeed(repo: PlansRepository, ctx: RequestContext, publicUrl: string): Promise<{ url: string }> {
  const token = `cal_${newSecret(24)}`;
  await repo.transaction(async (tx) => {
    await tx.replaceCalendarFeed(ctx.actor.userId, sha256(token), ctx.now, randomUUID());
    await recordAudit(tx, ctx, { action: 'calendar.feed_created', entityType: 'user', entityId: ctx.actor.userId });
  });
  return { url: `${publicUrl}/api/calendar/${token}.ics` };
}

/** The calendar behind a secret link (the link is the credential: no session). */
export async function calendarFeed(repo: PlansRepository, token: string, publicUrl: string, now: Date): Promise<string> {
  const feed = await repo.calendarFeedOwner(sha256(token.replace(/\.ics$/, '')));
  if (!feed || feed.disabledAt) throw PlanErrors.calendarInvalid();
  const grants = await repo.auth.loadGrants(feed.userId, localToday(now));
  // Deadlines of the units the account works for today (not of the ceased units it may read).
  const unitIds = [...new Set(grants.filter((g) => !g.through).map((g) => g.unitId))];
  const events: CalendarEvent[] = [];
  for (const { o, unitName, milestoneTitle, planNumber } of await repo.owedBy(unitIds)) {
    const deadline = { due: o.dueDate, inclusive: o.inclusive };
    events.push({
      uid: `obligation-${o.id}@dvcq`,
      date: lastAllowedDay({ ...deadline, phrase: o.phrase }),
      summary: `${o.firstSubmittedAt ? '✓ ' : ''}${milestoneTitle} — ${unitName}`,
      description: `Hạn: ${describeDeadline(deadline)} (${o.phrase}). Theo kế hoạch ${planNumber ?? ''}.${o.firstSubmittedAt ? ' Đã nộp.' : ''}`,
      url: `${publicUrl}/ke-hoach/${o.planId}`,
    });
  }
  for (const { m, planNumber, planId } of await repo.milestonesIssuedBy(unitIds)) {
    events.push({
      uid: `milestone-${m.id}@dvcq`,
      date: lastAllowedDay({ due: m.dueDate, inclusive: m.inclusive, phrase: m.phrase }),
      summary: `Hạn của các đơn vị: ${m.title}`,
      description: `${m.phrase} — kế hoạch ${planNumber ?? ''}`,
      url: `${publicUrl}/ke-hoach/${planId}`,
    });
  }
  return buildCalendar('DVCQ — Hạn công tác dân vận', events, now);
}
