// The reminder machinery. Each step reads and writes state in the database only, so any number of app
// instances may run it at the same time, and a restart loses nothing:
//   1. planReminders      open obligation × due offset × officer/leader → reminder_log (UNIQUE) + in-app
//   2. enqueueEventEmails event notifications (returned report, appraisal change, ranking) → email_outbox
//   3. buildDigests       a person's pending reminders → one email_outbox row per person per day (UNIQUE)
//   4. deliverOutbox      lease rows (FOR UPDATE SKIP LOCKED), send over SMTP, mark sent or back off
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import nodemailer, { type Transporter } from 'nodemailer';
import { and, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { daysUntil, localDateInProvince } from '@dvcq/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import type { Database, Db } from '../../db/client.ts';
import {
  emailOutbox,
  notificationPreferences,
  notifications,
  obligations,
  orgUnits,
  planMilestones,
  plans,
  reminderLog,
  reminderRules,
  roleAssignments,
  users,
} from '../../db/schema.ts';
import { notify } from '../notifications/notifications.service.ts';
import { openObligation } from '../obligations/obligations.service.ts';
import type { SystemContext } from '../audit/audit.recorder.ts';
import { currentStage, DEFAULT_REMINDER_RULES, deadlineInWords, obligationLink, reminderKind, type ReminderRules } from './reminders.rules.ts';
import { renderDigest, renderEvent, type DigestItem } from './reminders.mail.ts';

/** Event notifications that are worth an e-mail at once (people want to hear when something of theirs comes back). */
export const IMMEDIATE_EMAIL_KINDS = ['report.returned', 'report.reopened', 'scoring.appraisal_changed', 'scoring.sent_back', 'scoring.ranking_issued'] as const;
/** Event notifications older than this when first seen are not e-mailed (e.g. right after an upgrade). */
const EVENT_LOOKBACK_MS = 2 * 86_400_000;
export const LEASE_MS = 5 * 60_000;
export const MAX_ATTEMPTS = 12;
const BATCH = 50;

/** 1, 2, 4 … minutes after the n-th failed attempt, at most 6 hours. */
export const backoffMs = (attempts: number) => Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);

const SYSTEM_LABEL = 'Nhắc việc tự động';
const hourFormatter = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', hourCycle: 'h23' });
const provinceHour = (now: Date) => Number(hourFormatter.format(now));

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

type Prefs = { inApp: boolean; email: boolean; emailDigest: boolean; emailEvents: boolean } | null;
const wantsInApp = (p: Prefs) => p?.inApp ?? true;
const wantsDigest = (p: Prefs, address: string | null) => Boolean(address) && (p?.email ?? true) && (p?.emailDigest ?? true);
const wantsEventMail = (p: Prefs, address: string | null) => Boolean(address) && (p?.email ?? true) && (p?.emailEvents ?? true);

export function rulesOf(row: ReminderRules | null): ReminderRules {
  return row ? { enabled: row.enabled, daysBefore: row.daysBefore, onDueDay: row.onDueDay, overdueEveryDays: row.overdueEveryDays, overdueMaxCount: row.overdueMaxCount } : DEFAULT_REMINDER_RULES;
}

// ——— 1. Planner ———

export async function planReminders(db: Db, config: Config, now: Date): Promise<number> {
  const today = localDateInProvince(now);
  const open = await db
    .select({
      id: obligations.id,
      planId: obligations.planId,
      unitId: obligations.unitId,
      dueDate: obligations.dueDate,
      inclusive: obligations.inclusive,
      deliverableKind: obligations.deliverableKind,
      title: planMilestones.title,
      unitName: orgUnits.name,
      planNumber: plans.number,
      rule: {
        planId: reminderRules.planId,
        enabled: reminderRules.enabled,
        daysBefore: reminderRules.daysBefore,
        onDueDay: reminderRules.onDueDay,
        overdueEveryDays: reminderRules.overdueEveryDays,
        overdueMaxCount: reminderRules.overdueMaxCount,
      },
      // offsets only decrease over time, so the smallest one logged tells what was already sent
      lastOffset: sql<number | null>`(select min(r.offset_days) from reminder_log r where r.obligation_id = ${obligations.id})`,
    })
    .from(obligations)
    .innerJoin(plans, and(eq(plans.id, obligations.planId), eq(plans.status, 'published')))
    .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
    .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
    .leftJoin(reminderRules, eq(reminderRules.planId, obligations.planId))
    .where(
      and(
        openObligation(),
        isNull(planMilestones.cancelledAt),
        lte(obligations.createdAt, now),
        or(isNull(orgUnits.validTo), gte(orgUnits.validTo, today)),
      ),
    );
  const due: { o: (typeof open)[number]; stage: number }[] = [];
  for (const o of open) {
    const left = daysUntil({ due: o.dueDate, inclusive: o.inclusive, phrase: '' }, now);
    const stage = currentStage(rulesOf(o.rule), left);
    if (stage === null) continue;
    if (o.lastOffset !== null && o.lastOffset <= stage) continue;
    due.push({ o, stage });
  }
  if (due.length === 0) return 0;

  const unitIds = [...new Set(due.map((d) => d.o.unitId))];
  const people: { userId: string; role: string; unitId: string; email: string | null; prefs: Prefs }[] = [];
  for (const part of chunks(unitIds, 2000)) {
    people.push(
      ...(await db
        .select({
          userId: roleAssignments.userId,
          role: roleAssignments.role,
          unitId: roleAssignments.unitId,
          email: users.email,
          prefs: { inApp: notificationPreferences.inApp, email: notificationPreferences.email, emailDigest: notificationPreferences.emailDigest, emailEvents: notificationPreferences.emailEvents },
        })
        .from(roleAssignments)
        .innerJoin(users, eq(users.id, roleAssignments.userId))
        .leftJoin(notificationPreferences, eq(notificationPreferences.userId, roleAssignments.userId))
        .where(
          and(
            inArray(roleAssignments.unitId, part),
            inArray(roleAssignments.role, ['officer', 'leader']),
            isNull(roleAssignments.revokedAt),
            or(isNull(roleAssignments.validFrom), lte(roleAssignments.validFrom, today)),
            or(isNull(roleAssignments.validTo), gte(roleAssignments.validTo, today)),
            isNull(users.disabledAt),
          ),
        )),
    );
  }
  const byUnit = new Map<string, typeof people>();
  for (const p of people) {
    const list = byUnit.get(p.unitId) ?? [];
    // one reminder per person and obligation even if they hold both roles
    if (!list.some((q) => q.userId === p.userId)) list.push(p);
    byUnit.set(p.unitId, list);
  }
  const emailOn = Boolean(config.smtpUrl);
  const values = due.flatMap(({ o, stage }) =>
    (byUnit.get(o.unitId) ?? []).map((p) => ({
      id: randomUUID(),
      obligationId: o.id,
      offsetDays: stage,
      userId: p.userId,
      role: p.role,
      planId: o.planId,
      unitId: o.unitId,
      reminderDate: today,
      inApp: wantsInApp(p.prefs),
      emailStatus: emailOn && wantsDigest(p.prefs, p.email) ? 'pending' : 'skipped',
      createdAt: now,
    })),
  );
  if (values.length === 0) return 0;
  const byObligation = new Map(due.map((d) => [d.o.id, d.o]));
  const ctx: SystemContext = { label: SYSTEM_LABEL, now };
  let created = 0;
  for (const part of chunks(values, 500)) {
    await db.transaction(async (tx) => {
      // Another instance may insert the same rows at the same moment: the UNIQUE key lets exactly one
      // of them write each row, and only rows written here get an in-app notification here.
      const inserted = await tx.insert(reminderLog).values(part).onConflictDoNothing().returning({ obligationId: reminderLog.obligationId, offsetDays: reminderLog.offsetDays, userId: reminderLog.userId, inApp: reminderLog.inApp });
      created += inserted.length;
      const groups = new Map<string, { obligationId: string; offset: number; userIds: string[] }>();
      for (const r of inserted) {
        if (!r.inApp) continue;
        const key = `${r.obligationId}:${r.offsetDays}`;
        const g = groups.get(key) ?? { obligationId: r.obligationId, offset: r.offsetDays, userIds: [] };
        g.userIds.push(r.userId);
        groups.set(key, g);
      }
      for (const g of groups.values()) {
        const o = byObligation.get(g.obligationId)!;
        const words = deadlineInWords({ due: o.dueDate, inclusive: o.inclusive }, now);
        await notify(tx, ctx, {
          userIds: g.userIds,
          kind: reminderKind(g.offset),
          title: `${g.offset < 0 ? 'Quá hạn' : 'Nhắc hạn'}: ${o.title} (${words.text.replace(/^.*\((.*)\)$/, '$1')})`,
          body: `${o.unitName} cần hoàn thành «${o.title}»${o.planNumber ? ` theo Kế hoạch số ${o.planNumber}` : ''}, ${words.text}.`,
          link: obligationLink(o),
          entityType: 'obligation',
          entityId: o.id,
        });
      }
    });
  }
  return created;
}

// ——— 2. Immediate e-mails for events ———

export async function enqueueEventEmails(db: Db, config: Config, now: Date): Promise<number> {
  if (!config.smtpUrl) return 0;
  const since = new Date(now.getTime() - EVENT_LOOKBACK_MS);
  const rows = await db
    .select({
      n: notifications,
      email: users.email,
      fullName: users.fullName,
      prefs: { inApp: notificationPreferences.inApp, email: notificationPreferences.email, emailDigest: notificationPreferences.emailDigest, emailEvents: notificationPreferences.emailEvents },
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, notifications.userId))
    .where(
      and(
        inArray(notifications.kind, [...IMMEDIATE_EMAIL_KINDS]),
        gte(notifications.createdAt, since),
        lte(notifications.createdAt, now),
        sql`not exists (select 1 from email_outbox o where o.dedupe_key = 'event:' || ${notifications.id}::text)`,
      ),
    );
  if (rows.length === 0) return 0;
  const values = rows.map((r) => {
    const mail = renderEvent({ fullName: r.fullName, title: r.n.title, body: r.n.body, link: r.n.link, publicUrl: config.publicUrl });
    const wanted = wantsEventMail(r.prefs, r.email) && !r.n.readAt;
    return {
      id: randomUUID(),
      dedupeKey: `event:${r.n.id}`,
      kind: 'event',
      userId: r.n.userId,
      toAddress: r.email,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html,
      attachments: mail.attachments,
      notificationId: r.n.id,
      status: wanted ? 'pending' : 'skipped',
      nextAttemptAt: now,
      createdAt: now,
    };
  });
  let queued = 0;
  for (const part of chunks(values, 200)) {
    queued += (await db.insert(emailOutbox).values(part).onConflictDoNothing().returning({ id: emailOutbox.id })).length;
  }
  return queued;
}

// ——— 3. Daily digests ———

class DigestAlreadyBuilt extends Error {}

export async function buildDigests(db: Db, config: Config, now: Date): Promise<number> {
  if (!config.smtpUrl || provinceHour(now) < config.digestHour) return 0;
  const today = localDateInProvince(now);
  const rows = await db
    .select({
      logId: reminderLog.id,
      userId: reminderLog.userId,
      email: users.email,
      fullName: users.fullName,
      prefs: { inApp: notificationPreferences.inApp, email: notificationPreferences.email, emailDigest: notificationPreferences.emailDigest, emailEvents: notificationPreferences.emailEvents },
      obligationId: obligations.id,
      planId: obligations.planId,
      deliverableKind: obligations.deliverableKind,
      dueDate: obligations.dueDate,
      inclusive: obligations.inclusive,
      closed: sql<boolean>`(not ${openObligation()} or ${planMilestones.cancelledAt} is not null)`,
      title: planMilestones.title,
      unitName: orgUnits.name,
      planNumber: plans.number,
      planTitle: plans.title,
    })
    .from(reminderLog)
    .innerJoin(users, eq(users.id, reminderLog.userId))
    .innerJoin(obligations, eq(obligations.id, reminderLog.obligationId))
    .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
    .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
    .innerJoin(plans, eq(plans.id, obligations.planId))
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, reminderLog.userId))
    .where(and(eq(reminderLog.emailStatus, 'pending'), lte(reminderLog.createdAt, now)));
  const byUser = new Map<string, typeof rows>();
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
  let built = 0;
  for (const [userId, list] of byUser) {
    const first = list[0]!;
    try {
      await db.transaction(async (tx) => {
        const mark = (ids: string[], status: string) =>
          ids.length ? tx.update(reminderLog).set({ emailStatus: status }).where(and(inArray(reminderLog.id, ids), eq(reminderLog.emailStatus, 'pending'))) : Promise.resolve();
        if (!wantsDigest(first.prefs, first.email)) return void (await mark(list.map((r) => r.logId), 'skipped'));
        // fulfilled, exempted or cancelled since the reminder was created: nothing to chase any more
        await mark(list.filter((r) => r.closed).map((r) => r.logId), 'obsolete');
        const open = list.filter((r) => !r.closed);
        if (open.length === 0) return;
        const outboxId = randomUUID();
        // Claim the rows first: a concurrent builder blocks on these row locks and then finds them taken.
        const claimed = new Set(
          (
            await tx
              .update(reminderLog)
              .set({ emailStatus: 'queued', outboxId })
              .where(and(inArray(reminderLog.id, open.map((r) => r.logId)), eq(reminderLog.emailStatus, 'pending')))
              .returning({ id: reminderLog.id })
          ).map((r) => r.id),
        );
        const mine = open.filter((r) => claimed.has(r.logId));
        if (mine.length === 0) return;
        const items = new Map<string, DigestItem>();
        for (const r of mine) {
          items.set(r.obligationId, { obligationId: r.obligationId, title: r.title, unitName: r.unitName, planNumber: r.planNumber, planTitle: r.planTitle, dueDate: r.dueDate, inclusive: r.inclusive, link: obligationLink({ id: r.obligationId, planId: r.planId, deliverableKind: r.deliverableKind }) });
        }
        const mail = renderDigest({ fullName: first.fullName, date: today, items: [...items.values()], now, publicUrl: config.publicUrl });
        const inserted = await tx
          .insert(emailOutbox)
          .values({ id: outboxId, dedupeKey: `digest:${userId}:${today}`, kind: 'digest', userId, toAddress: first.email, subject: mail.subject, textBody: mail.text, htmlBody: mail.html, attachments: mail.attachments, digestDate: today, status: 'pending', nextAttemptAt: now, createdAt: now })
          .onConflictDoNothing()
          .returning({ id: emailOutbox.id });
        // Today's digest already went out: these reminders wait for tomorrow's (roll back the claim).
        if (inserted.length === 0) throw new DigestAlreadyBuilt();
        built++;
      });
    } catch (err) {
      if (!(err instanceof DigestAlreadyBuilt)) throw err;
    }
  }
  return built;
}

// ——— 4. Delivery ———

const transports = new Map<string, Transporter>();
function transportFor(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    // Timeouts well inside the lease, so a stuck send gives up before another instance may retry it.
    t = nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 } as Parameters<typeof nodemailer.createTransport>[0]);
    transports.set(url, t);
  }
  return t;
}

export const defaultInstanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export async function deliverOutbox(database: Database, config: Config, now: Date, instanceId: string, maxRounds = 10): Promise<{ sent: number; failed: number }> {
  const result = { sent: 0, failed: 0 };
  if (!config.smtpUrl) return result;
  const transport = transportFor(config.smtpUrl);
  const db = database.db;
  for (let round = 0; round < maxRounds; round++) {
    // A row is ours once this statement commits: pending and due, or 'sending' under an expired lease
    // (its sender crashed). SKIP LOCKED lets concurrent instances take different rows.
    const claimed = await database.query<{ id: string }>(
      `UPDATE email_outbox SET status = 'sending', locked_by = $1, locked_until = $2, attempts = attempts + 1
        WHERE id IN (SELECT id FROM email_outbox
                      WHERE (status = 'pending' AND next_attempt_at <= $3) OR (status = 'sending' AND locked_until < $3)
                      ORDER BY next_attempt_at, created_at LIMIT $4 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [instanceId, new Date(now.getTime() + LEASE_MS).toISOString(), now.toISOString(), BATCH],
    );
    if (claimed.length === 0) break;
    const rows = await db.select().from(emailOutbox).where(inArray(emailOutbox.id, claimed.map((c) => c.id)));
    for (const row of rows) {
      try {
        await transport.sendMail({
          from: config.mailFrom,
          to: row.toAddress!,
          subject: row.subject,
          text: row.textBody,
          html: row.htmlBody,
          // stable id: a receiving system can recognise the one resend a crash might cause
          messageId: `<${row.id}@dvcq>`,
          headers: { 'X-DVCQ-Outbox': row.dedupeKey, 'Auto-Submitted': 'auto-generated' },
          attachments: row.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
        });
        await db
          .update(emailOutbox)
          .set({ status: 'sent', sentAt: now, lockedBy: null, lockedUntil: null, lastError: null })
          .where(and(eq(emailOutbox.id, row.id), eq(emailOutbox.lockedBy, instanceId)));
        result.sent++;
      } catch (err) {
        const attempts = row.attempts;
        const final = attempts >= MAX_ATTEMPTS;
        await db
          .update(emailOutbox)
          .set({
            status: final ? 'failed' : 'pending',
            nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
            lockedBy: null,
            lockedUntil: null,
            lastError: String((err as Error).message ?? err).slice(0, 1000),
          })
          .where(and(eq(emailOutbox.id, row.id), eq(emailOutbox.lockedBy, instanceId)));
        result.failed++;
      }
    }
  }
  return result;
}

// ——— Tick ———

export interface TickResult {
  reminders: number;
  events: number;
  digests: number;
  sent: number;
  failed: number;
}

/** One pass of everything. Tests call it with a chosen `now`; the loop below calls it every minute. */
export async function runReminderTick(deps: Pick<AppDeps, 'database' | 'config' | 'clock'>, opts: { now?: Date; instanceId?: string } = {}): Promise<TickResult> {
  const now = opts.now ?? deps.clock();
  const db = deps.database.db;
  const reminders = await planReminders(db, deps.config, now);
  const events = await enqueueEventEmails(db, deps.config, now);
  const digests = await buildDigests(db, deps.config, now);
  const { sent, failed } = await deliverOutbox(deps.database, deps.config, now, opts.instanceId ?? defaultInstanceId);
  return { reminders, events, digests, sent, failed };
}

/**
 * Starts the timer of this instance. The timer only triggers work whose state lives in the database,
 * so stopping it (or the process) loses nothing. REMINDERS=off: no timer.
 */
export function startReminderLoop(deps: Pick<AppDeps, 'database' | 'config' | 'clock'>, log: (msg: string, err?: unknown) => void = console.error): () => void {
  if (!deps.config.remindersEnabled) return () => undefined;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runReminderTick(deps);
    } catch (err) {
      log('Nhắc việc: lượt chạy bị lỗi, sẽ thử lại ở lượt sau.', err);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 5_000);
  const timer = setInterval(tick, Math.max(5, deps.config.reminderTickSeconds) * 1000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
