// Deadlines in people's own calendars: a secret per-user .ics URL that calendar apps poll. The feed
// lists what the person's units owe and the deadlines of plans their units issued.
import { randomUUID } from 'node:crypto';
import { describeDeadline, lastAllowedDay, milestoneEventUid, obligationEventUid, reminderAlarmAt } from '@dvcq/domain';
import type { RequestContext } from '../../authz/actor.ts';
import { localToday } from '../../clock.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { newSecret, sha256 } from '../auth/secrets.ts';
import { withNamesAsOf } from '../org/restructuring.usecases.ts';
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

/**
 * The calendar behind a secret link (the link is the credential: no session); with `planId` only that
 * plan's deadlines (a feed per plan). Events carry the same UID as the e-mail attachments; open items
 * ring at 08:00 Vietnam time the day before, submitted ones and passed milestones do not ring.
 */
export async function calendarFeed(repo: PlansRepository, token: string, publicUrl: string, now: Date, planId?: string): Promise<string> {
  const feed = await repo.calendarFeedOwner(sha256(token.replace(/\.ics$/, '')));
  if (!feed || feed.disabledAt) throw PlanErrors.calendarInvalid();
  const today = localToday(now);
  const grants = await repo.auth.loadGrants(feed.userId, today);
  // Deadlines of the units the account works for today (not of the ceased units it may read).
  const unitIds = [...new Set(grants.filter((g) => !g.through).map((g) => g.unitId))];
  const events: CalendarEvent[] = [];
  let planLabel: string | null = null;
  // Each deadline under the name its unit had on the due date (issue 11).
  const owed = await withNamesAsOf(repo.org, await repo.owedBy(unitIds), (r) => ({ unitId: r.o.unitId, date: r.o.dueDate }));
  for (const { o, unitName, milestoneTitle, planNumber } of owed) {
    if (planId && o.planId !== planId) continue;
    if (planId) planLabel = planNumber;
    const deadline = { due: o.dueDate, inclusive: o.inclusive };
    const date = lastAllowedDay({ ...deadline, phrase: o.phrase });
    events.push({
      uid: obligationEventUid(o.id),
      date,
      summary: `${o.firstSubmittedAt ? '✓ ' : ''}${milestoneTitle} — ${unitName}`,
      description: `Hạn: ${describeDeadline(deadline)} (${o.phrase}). Theo kế hoạch ${planNumber ?? ''}.${o.firstSubmittedAt ? ' Đã nộp.' : ''}`,
      url: `${publicUrl}/ke-hoach/${o.planId}`,
      alarmAt: reminderAlarmAt(date, !o.firstSubmittedAt),
    });
  }
  for (const { m, planNumber, planId: milestonePlanId } of await repo.milestonesIssuedBy(unitIds)) {
    if (planId && milestonePlanId !== planId) continue;
    if (planId) planLabel ??= planNumber;
    const date = lastAllowedDay({ due: m.dueDate, inclusive: m.inclusive, phrase: m.phrase });
    events.push({
      uid: milestoneEventUid(m.id),
      date,
      summary: `Hạn của các đơn vị: ${m.title}`,
      description: `${m.phrase} — kế hoạch ${planNumber ?? ''}`,
      url: `${publicUrl}/ke-hoach/${milestonePlanId}`,
      // The issuer is reminded of its units' deadline while it is still ahead.
      alarmAt: reminderAlarmAt(date, date >= today),
    });
  }
  const name = planId ? `DVCQ — Hạn theo kế hoạch${planLabel ? ` ${planLabel}` : ''}` : 'DVCQ — Hạn công tác dân vận';
  return buildCalendar(name, events, now);
}
