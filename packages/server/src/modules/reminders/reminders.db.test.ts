// Reminders against a real SMTP server (smtp-server on 127.0.0.1, random port): a simulated clock runs day
// by day through the weeks around two deadlines of a small provincial plan of the test's own, two app
// instances tick at once over the demo plan 696/KH-UBND (PostgreSQL), and the SMTP server goes down and comes
// back. Which stage is due on which day is pinned down day by day in reminders.rules.test.ts; here every tick
// is a whole day's work (log, in-app, digest, SMTP), so the simulated days are the ones the assertions need.
// Each test has its own app and SMTP server: the reminder log and the outbox are what the tests count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { and, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { addDays, daysBetween, describeDeadline, formatDateVi, lastAllowedDay, localDateInProvince } from '@dvcq/domain';
import type { ReminderLogListDto } from '@dvcq/shared';
import { buildApp } from '../../app.ts';
import { openDatabase } from '../../db/client.ts';
import {
  emailOutbox,
  notifications,
  obligations,
  orgUnits,
  planMilestones,
  plans,
  reminderLog,
  roleAssignments,
  users,
} from '../../db/schema.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { publishedPlan } from '../../testing/factories.ts';
import { testDbKind } from '../../testing/test-database.ts';
import { createObligationsRepository } from '../obligations/obligations.repository.ts';
import { recordSubmission } from '../obligations/obligations.usecases.ts';
import { createNotificationsRepository } from '../notifications/notifications.repository.ts';
import { notify } from '../notifications/notifications.usecases.ts';
import { IMMEDIATE_EMAIL_KINDS } from '../notifications/email.usecases.ts';
import { backoffMs } from '../outbox/outbox.usecases.ts';
import { runReminderTick } from './reminders.tick.ts';
import { CATCH_UP_DAYS } from './reminders.rules.ts';

interface Received {
  to: string[];
  raw: string;
  outboxKey: string;
  messageId: string;
}

async function startSmtp(port = 0, mode: 'accept' | 'reject' = 'accept') {
  const messages: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (mode === 'reject') return callback(Object.assign(new Error('Hộp thư tạm thời không nhận thư'), { responseCode: 451 }));
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          outboxKey: /X-DVCQ-Outbox: (\S+)/i.exec(raw)?.[1] ?? '',
          messageId: /Message-ID: (<[^>]+>)/i.exec(raw)?.[1] ?? '',
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return {
    port: (server.server.address() as AddressInfo).port,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** 08:00 in Tây Ninh on that day (the digest hour is 07:00). */
const morning = (day: string) => new Date(`${day}T08:00:00+07:00`);

/** A demo state on a fresh database (by default the full demo before 1/7/2025), mailing through its own SMTP server. */
function appWithMail(config: { publicUrl?: string } = {}, demo: 'org' | 'pre2025' = 'pre2025') {
  const env = {} as { t: TestApp; smtp: Awaited<ReturnType<typeof startSmtp>>; people: Record<string, string> };
  beforeAll(async () => {
    env.smtp = await startSmtp();
    env.t = await createTestApp({ demo, config: { smtpUrl: `smtp://127.0.0.1:${env.smtp.port}`, digestHour: 7, ...config } });
    env.people = Object.fromEntries((await env.t.db.database.db.select().from(users)).map((u) => [u.username, u.id]));
  });
  afterAll(async () => {
    await env.t.close();
    await env.smtp.close().catch(() => undefined);
  });
  return env;
}

describe('reminders through the weeks around two 2025 deadlines', () => {
  // The demo's accounts, and of all the province's work only this plan: each simulated day is a whole tick,
  // and over the full demo (every unit's obligations) the weeks took most of a minute.
  const env = appWithMail({ publicUrl: 'https://dvcq.tayninh.gov.vn' }, 'org');

  it('reminds the right people on the right days, once each, none after submission or exemption; one digest a day', async () => {
    const { t, smtp, people } = env;
    const db = t.db.database.db;
    const sttttId = await t.unitId('TN.STTTT');
    const tptnId = await t.unitId('TN.TPTN');
    // Both owe the six-month report; the city also owes its communication plan a week later.
    await publishedPlan(t, {
      issuerCode: 'TN',
      year: 2025,
      number: '696/KH-UBND',
      title: 'Kế hoạch thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2025',
      milestones: [
        {
          title: 'Báo cáo kết quả 6 tháng đầu năm 2025',
          dueDate: '2025-06-13',
          inclusive: true,
          deliverableKind: 'period_report',
          periodKind: 'H1',
          unitCodes: ['TN.STTTT', 'TN.TPTN'],
        },
        {
          title: 'Kế hoạch tuyên truyền của thành phố',
          dueDate: '2025-06-20',
          inclusive: true,
          deliverableKind: 'other',
          unitCodes: ['TN.TPTN'],
        },
      ],
    });
    const [provincial] = await db.select().from(plans).where(eq(plans.number, '696/KH-UBND'));
    const owed = await db
      .select({ o: obligations, kind: planMilestones.deliverableKind })
      .from(obligations)
      .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
      .where(and(inArray(obligations.unitId, [sttttId, tptnId]), isNull(obligations.cancelledAt)));
    // Pick one still-open obligation per unit by rule (as over the full demo, whose data changes as modules add to it).
    const lastOf = (o: typeof obligations.$inferSelect) => lastAllowedDay({ due: o.dueDate, inclusive: o.inclusive, phrase: o.phrase });
    // the earliest one, or the one whose last day is nearest to `near` (so that a few weeks cover both)
    const openIn = (unitId: string, near?: ReturnType<typeof lastOf>) =>
      owed
        .map((r) => r.o)
        .filter(
          (o) =>
            o.unitId === unitId &&
            o.planId === provincial!.id &&
            !o.firstSubmittedAt &&
            !o.exemptReason &&
            lastOf(o) >= '2025-04-15' &&
            lastOf(o) <= '2025-11-30',
        )
        .sort((a, b) =>
          near ? Math.abs(daysBetween(near, lastOf(a))) - Math.abs(daysBetween(near, lastOf(b))) : a.dueDate.localeCompare(b.dueDate),
        )[0]!;
    const sttttTarget = openIn(sttttId);
    const tptnTarget = openIn(tptnId, lastOf(sttttTarget));
    expect(sttttTarget && tptnTarget).toBeTruthy();

    // What the simulation will close, and when.
    const submitOn = addDays(lastOf(sttttTarget), -2); // STTTT sends it between the "3 days" and "1 day" reminders
    const exemptOn = addDays(lastOf(tptnTarget), 4); // the coordinator exempts the city after its first overdue reminder
    const emailOffOn = lastOf(tptnTarget); // the city's leader turns e-mail off on the city's last day
    // From before the first target's "7 days" stage (and its catch-up) to well after the exemption.
    const [firstLast, lastLast] = [lastOf(sttttTarget), lastOf(tptnTarget)].sort();
    const start = addDays(firstLast!, -10);
    const end = addDays(lastLast!, 10);

    for (let day = start; day <= end; day = addDays(day, 1)) {
      const now = morning(day);
      t.setNow(now);
      if (day === submitOn) {
        await createObligationsRepository(db).transaction((tx) =>
          recordSubmission(
            { obligations: tx },
            { label: 'kiểm thử', now },
            { obligationId: sttttTarget.id, submissionType: 'other', submissionId: sttttTarget.id, at: new Date(`${day}T15:00:00+07:00`) },
          ),
        );
      }
      if (day === exemptOn) {
        const coordinator = await t.login('snv.dieuphoi');
        const res = await coordinator.post(`/api/obligations/${tptnTarget.id}/exempt`, {
          reason: 'Đơn vị đang sắp xếp lại tổ chức bộ máy theo Nghị quyết 18-NQ/TW.',
        });
        expect(res.statusCode, res.body).toBe(200);
      }
      if (day === emailOffOn) {
        const leader = await t.login('tptn.lanhdao');
        const res = await leader.request({
          method: 'PUT',
          url: '/api/me/notification-preferences',
          payload: { inApp: true, email: false, emailDigest: true, emailEvents: true },
        });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json()).toMatchObject({ email: false, emailAvailable: true });
      }
      // the tick runs every minute in production; twice here shows a second pass changes nothing
      await runReminderTick(t.deps, { now });
      const again = await runReminderTick(t.deps, { now: new Date(now.getTime() + 60_000) });
      expect(again).toEqual({ reminders: 0, events: 0, digests: 0, sent: 0, failed: 0 });
    }

    // ——— Expected reminders, computed independently from the obligations and the closing dates ———
    const closedOn = new Map<string, string>([
      [sttttTarget.id, submitOn],
      [tptnTarget.id, exemptOn],
    ]);
    const recipients = await db
      .select({ userId: roleAssignments.userId, unitId: roleAssignments.unitId })
      .from(roleAssignments)
      .where(
        and(
          inArray(roleAssignments.unitId, [sttttId, tptnId]),
          inArray(roleAssignments.role, ['officer', 'leader']),
          isNull(roleAssignments.revokedAt),
        ),
      );
    expect(recipients.map((r) => r.userId).sort()).toEqual(
      [people['stttt.canbo'], people['stttt.lanhdao'], people['tptn.canbo'], people['tptn.lanhdao']].sort(),
    );
    const [milestoneCancelled] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(planMilestones)
      .where(sql`${planMilestones.cancelledAt} is not null`);
    expect(milestoneCancelled!.n).toBe(0);
    const [publishedIds] = [await db.select({ id: plans.id }).from(plans).where(eq(plans.status, 'published'))];
    const published = new Set(publishedIds.map((p) => p.id));
    const expected: string[] = [];
    for (const { o } of owed) {
      if (!published.has(o.planId) || o.exemptReason) continue;
      if (o.firstSubmittedAt && !closedOn.has(o.id)) continue; // submitted in the demo data
      const last = lastAllowedDay({ due: o.dueDate, inclusive: o.inclusive, phrase: o.phrase });
      const stop = closedOn.get(o.id) ?? addDays(end, 1);
      const stages: [string, number][] = [7, 3, 1, 0].map((k) => [addDays(last, -k), k]);
      for (let k = 3; addDays(last, k) <= end; k += 3) stages.push([addDays(last, k), -k]);
      for (const [stageDay, offset] of stages) {
        // A stage whose day came up to CATCH_UP_DAYS before the first tick is sent on that tick, unless a later one is due by then.
        const caughtUp =
          stageDay < start && stageDay >= addDays(start, -CATCH_UP_DAYS) && !stages.some(([d]) => d > stageDay && d <= start);
        const day = caughtUp ? start : stageDay;
        // closed during the day of `stop` after the morning tick (submission 15:00); exemption via API before the tick
        const open = o.id === sttttTarget.id ? day <= stop : day < stop;
        if (day < start || day > end || !open || day < localDateInProvince(o.createdAt)) continue;
        for (const r of recipients.filter((x) => x.unitId === o.unitId)) expected.push(`${o.id}|${offset}|${r.userId}|${day}`);
      }
    }
    const logged = await db.select().from(reminderLog);
    const actual = logged.map((r) => `${r.obligationId}|${r.offsetDays}|${r.userId}|${r.reminderDate}`);
    expect(actual.sort()).toEqual(expected.sort());
    expect(new Set(actual).size).toBe(actual.length);
    // the stops: nothing for the targets after the submission and the exemption
    const lS = lastOf(sttttTarget);
    const lT = lastOf(tptnTarget);
    expect(
      logged
        .filter((r) => r.obligationId === sttttTarget.id && r.userId === people['stttt.canbo'])
        .map((r) => r.reminderDate)
        .sort(),
    ).toEqual([addDays(lS, -7), addDays(lS, -3)]);
    expect(
      logged
        .filter((r) => r.obligationId === tptnTarget.id && r.userId === people['tptn.canbo'])
        .map((r) => `${r.reminderDate}:${r.offsetDays}`)
        .sort(),
    ).toEqual([`${addDays(lT, -7)}:7`, `${addDays(lT, -3)}:3`, `${addDays(lT, -1)}:1`, `${lT}:0`, `${addDays(lT, 3)}:-3`].sort());

    // in-app: one notification per reminder (in-app stays on for everyone)
    const reminderNotes = await db
      .select()
      .from(notifications)
      .where(sql`${notifications.kind} like 'reminder.%'`);
    expect(reminderNotes.length).toBe(logged.length);
    const note = reminderNotes.find(
      (n) =>
        n.entityId === sttttTarget.id && n.userId === people['stttt.canbo'] && n.createdAt.getTime() === morning(addDays(lS, -3)).getTime(),
    )!;
    expect(note.title).toMatch(/^Nhắc hạn: .+ \(còn 3 ngày\)$/);
    expect(note.body).toContain(`${describeDeadline({ due: sttttTarget.dueDate, inclusive: sttttTarget.inclusive })} (còn 3 ngày)`);
    expect(note.link).toMatch(/^\/(bao-cao|ke-hoach|cham-diem)/);

    // ——— E-mail: one digest per person per day, each delivered exactly once ———
    const everything = await db.select().from(emailOutbox);
    const outbox = everything.filter((m) => m.kind === 'digest');
    expect(outbox.every((m) => m.status === 'sent')).toBe(true);
    // Nothing else happened in this plan's weeks, so reminders alone go out as digests: no immediate e-mail
    // (the e-mails of events — a returned report — are the next test's subject).
    const events = everything.filter((m) => m.kind === 'event');
    expect(events).toEqual([]);
    const immediate = await db
      .select()
      .from(notifications)
      .where(
        and(
          inArray(notifications.kind, [...IMMEDIATE_EMAIL_KINDS]),
          gte(notifications.createdAt, new Date(morning(start).getTime() - 2 * 86_400_000)),
          lte(notifications.createdAt, morning(end)),
        ),
      );
    expect(immediate).toEqual([]);
    const digestDays = new Map<string, Set<string>>();
    for (const r of logged) {
      if (r.userId === people['tptn.lanhdao'] && r.reminderDate >= emailOffOn) continue;
      const set = digestDays.get(r.userId) ?? new Set<string>();
      set.add(r.reminderDate);
      digestDays.set(r.userId, set);
    }
    const expectedDigests = [...digestDays].flatMap(([u, days]) => [...days].map((d) => `digest:${u}:${d}`)).sort();
    expect(outbox.map((m) => m.dedupeKey).sort()).toEqual(expectedDigests);
    expect(smtp.messages.map((m) => m.outboxKey).sort()).toEqual(
      [...expectedDigests, ...events.filter((m) => m.status === 'sent').map((m) => m.dedupeKey)].sort(),
    );
    expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(smtp.messages.length);
    const afterEmailOff = logged.filter((r) => r.userId === people['tptn.lanhdao'] && r.reminderDate >= emailOffOn);
    expect(afterEmailOff.length).toBeGreaterThan(0);
    expect(afterEmailOff.every((r) => r.emailStatus === 'skipped')).toBe(true);

    // the digest of 3 days before the last day, for STTTT's officer: Vietnamese, deadline in words, link, .ics
    const digestDay = addDays(lS, -3);
    const digest = outbox.find((m) => m.dedupeKey === `digest:${people['stttt.canbo']}:${digestDay}`)!;
    expect(digest.toAddress).toBe('khoatm.stttt@tayninh.gov.vn');
    expect(digest.subject).toMatch(new RegExp(`^\\[DVCQ\\] Nhắc việc ngày ${formatDateVi(digestDay)}: \\d+ việc cần hoàn thành`));
    expect(digest.textBody).toContain('Kính gửi đồng chí Trần Minh Khoa');
    expect(digest.textBody).toContain(`${describeDeadline({ due: sttttTarget.dueDate, inclusive: sttttTarget.inclusive })} (còn 3 ngày)`);
    expect(digest.textBody).toMatch(/https:\/\/dvcq\.tayninh\.gov\.vn\/(bao-cao|ke-hoach|cham-diem)/);
    expect(digest.htmlBody).toContain('<table');
    expect(digest.attachments[0]!.filename).toBe(`nhac-viec-${digestDay}.ics`);
    expect(digest.attachments[0]!.content).toContain(`DTSTART;VALUE=DATE:${lS.replace(/-/g, '')}`);
    const received = smtp.messages.find((m) => m.outboxKey === digest.dedupeKey)!;
    expect(received.to).toEqual(['khoatm.stttt@tayninh.gov.vn']);
    expect(received.raw).toMatch(/Content-Type: text\/html/);
    expect(received.raw).toMatch(/Content-Type: text\/calendar/);

    // ——— The coordinator sees what was sent to whom ———
    t.setNow(morning(end));
    const coordinator = await t.login('snv.dieuphoi');
    const log = (
      await coordinator.get(`/api/reminders/log?unitId=${tptnId}&planId=${provincial!.id}&limit=1000`)
    ).json() as ReminderLogListDto;
    expect(log.total).toBe(logged.filter((r) => r.unitId === tptnId && r.planId === provincial!.id).length);
    const row = log.items.find((i) => i.obligationId === tptnTarget.id && i.offsetDays === -3 && i.userId === people['tptn.canbo'])!;
    expect(row).toMatchObject({
      offsetLabel: 'quá hạn 3 ngày',
      userName: 'Phạm Thị Ngọc Lan',
      inApp: true,
      email: 'sent',
      deadlineText: describeDeadline({ due: tptnTarget.dueDate, inclusive: tptnTarget.inclusive }),
    });
    // a unit's officer is not a coordinator
    const officer = await t.login('tptn.canbo');
    expect((await officer.get(`/api/reminders/log?unitId=${tptnId}`)).statusCode).toBe(403);
  }, 600_000);
});

describe('e-mail for events', () => {
  const env = appWithMail();

  it('e-mails a returned report to the people concerned at once, respecting their choice', async () => {
    const { t, smtp, people } = env;
    const db = t.db.database.db;
    const notifications = createNotificationsRepository(db);
    const now = new Date('2026-01-05T02:00:00Z');
    // The city's leader chose not to get e-mail.
    t.setNow(now);
    const leader = await t.login('tptn.lanhdao');
    expect(
      (await leader.call('updateNotificationPreferences', { body: { inApp: true, email: false, emailDigest: true, emailEvents: true } }))
        .statusCode,
    ).toBe(200);
    const before = smtp.messages.length;
    await notifications.transaction((tx) =>
      notify(
        { notifications: tx },
        { label: 'kiểm thử', now },
        {
          userIds: [people['stttt.canbo']!, people['tptn.lanhdao']!],
          kind: 'report.returned',
          title: 'Báo cáo năm 2025 của Sở Thông tin và Truyền thông bị trả lại để bổ sung, chỉnh sửa',
          body: 'Bổ sung số liệu mục II.2.',
          link: '/bao-cao/x',
          entityType: 'report',
          entityId: 'x',
        },
      ),
    );
    // a submitted report does not e-mail anyone (nobody wants a stream of "please review")
    await notifications.transaction((tx) =>
      notify(
        { notifications: tx },
        { label: 'kiểm thử', now },
        { userIds: [people['snv.dieuphoi']!], kind: 'report.submitted', title: 'Đã gửi báo cáo', link: '/bao-cao/x' },
      ),
    );
    expect(await runReminderTick(t.deps, { now })).toMatchObject({ events: 2 });
    expect(await runReminderTick(t.deps, { now })).toMatchObject({ events: 0, sent: 0 });
    const fresh = smtp.messages.slice(before).filter((m) => m.outboxKey.startsWith('event:'));
    expect(fresh.map((m) => m.to[0])).toEqual(['khoatm.stttt@tayninh.gov.vn']);
    expect(fresh[0]!.raw).toContain('Content-Type: text/html');
    const skipped = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.kind, 'event'), eq(emailOutbox.userId, people['tptn.lanhdao']!)));
    expect(skipped.map((s) => s.status)).toEqual(['skipped']);
  });
});

describe('several instances', () => {
  const env = appWithMail();

  it('two instances ticking at once: no duplicates, no losses', async () => {
    const { t, smtp } = env;
    const db = t.db.database.db;
    const ticks: ((now: Date) => Promise<unknown>)[] = [];
    let second: { close(): Promise<void> } | null = null;
    if (testDbKind() === 'postgres') {
      // A second app instance with its own connection pool against the same PostgreSQL database.
      const database = await openDatabase({ databaseUrl: t.db.url! });
      const deps = { ...t.deps, database };
      const app = await buildApp(deps);
      await app.ready();
      second = { close: async () => (await app.close(), await database.close()) };
      ticks.push(
        (now) => runReminderTick(t.deps, { now, instanceId: 'A' }),
        (now) => runReminderTick(deps, { now, instanceId: 'B' }),
      );
    } else {
      // PGlite: one process owns the database, so a single instance (two passes per tick).
      ticks.push(async (now) => {
        await runReminderTick(t.deps, { now, instanceId: 'A' });
        await runReminderTick(t.deps, { now, instanceId: 'B' });
      });
    }
    try {
      // the two weeks around the H1 deadlines: every stage of them, for both departments' people
      for (let day = '2025-05-12'; day <= '2025-05-25'; day = addDays(day, 1)) {
        const now = morning(day);
        await Promise.all(ticks.map((tick) => tick(now)));
        await Promise.all(ticks.map((tick) => tick(new Date(now.getTime() + 3_600_000))));
      }
    } finally {
      await second?.close();
    }
    const logged = await db.select().from(reminderLog);
    expect(logged.length).toBeGreaterThan(10);
    const notes = await db
      .select()
      .from(notifications)
      .where(sql`${notifications.kind} like 'reminder.%'`);
    expect(notes.length).toBe(logged.length);
    expect(new Set(notes.map((n) => `${n.userId}|${n.entityId}|${n.createdAt.toISOString()}`)).size).toBe(notes.length);
    const everything = await db.select().from(emailOutbox);
    const outbox = everything.filter((m) => m.kind === 'digest');
    const perPersonDay = new Set(logged.map((r) => `digest:${r.userId}:${r.reminderDate}`));
    expect(outbox.map((m) => m.dedupeKey).sort()).toEqual([...perPersonDay].sort());
    expect(everything.every((m) => (m.status === 'sent' && m.attempts === 1) || m.status === 'skipped')).toBe(true);
    const sentKeys = everything.filter((m) => m.status === 'sent').map((m) => m.dedupeKey);
    expect(smtp.messages.map((m) => m.outboxKey).sort()).toEqual(sentKeys.sort());
    expect(logged.every((r) => r.emailStatus === 'queued' && r.outboxId)).toBe(true);
  }, 600_000);
});

describe('an SMTP server that goes away', () => {
  const env = appWithMail();

  it('SMTP down, then rejecting: retries with back-off; after it comes back everything is delivered once', async () => {
    const { t } = env;
    let smtp = env.smtp;
    const db = t.db.database.db;
    const port = smtp.port;
    await smtp.close();
    // a day with reminders for both departments' people: 7 days before the annual report deadline etc.
    let now = morning('2025-07-20');
    const due = await db.select({ n: sql<number>`count(*)::int` }).from(reminderLog);
    for (let day = '2025-07-17'; day <= '2025-07-20'; day = addDays(day, 1)) await runReminderTick(t.deps, { now: morning(day) });
    const [afterPlanning] = await db.select({ n: sql<number>`count(*)::int` }).from(reminderLog);
    expect(afterPlanning!.n).toBeGreaterThan(due[0]!.n);
    const waiting = await db.select().from(emailOutbox).where(eq(emailOutbox.status, 'pending'));
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((m) => m.attempts >= 1 && m.lastError)).toBe(true);
    // The app keeps answering, and its health says mail is waiting for the SMTP server.
    const degraded = await t.anonymous.request({ method: 'GET', url: '/api/health' });
    expect(degraded.statusCode).toBe(200);
    expect(degraded.json()).toMatchObject({
      status: 'degraded',
      checks: { database: { status: 'ok' }, mail: { status: 'degraded', waiting: waiting.length } },
    });
    expect(degraded.json().checks.mail.reason).toContain('máy chủ thư (SMTP) chưa nhận thư');
    expect((await (await t.login('admin')).get('/api/org-units')).statusCode).toBe(200);

    // back-off: each failed attempt pushes the next one further (1, 2, 4 … minutes)
    const probe = waiting.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).at(-1)!;
    now = morning('2025-07-20');
    for (let i = 0; i < 4; i++) {
      const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, probe.id));
      now = row!.nextAttemptAt;
      const attemptsBefore = row!.attempts;
      await runReminderTick(t.deps, { now: new Date(now.getTime() - 1000) });
      expect((await db.select().from(emailOutbox).where(eq(emailOutbox.id, probe.id)))[0]!.attempts).toBe(attemptsBefore);
      await runReminderTick(t.deps, { now });
      const [next] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, probe.id));
      expect(next!.attempts).toBe(attemptsBefore + 1);
      expect(next!.status).toBe('pending');
      expect(next!.nextAttemptAt.getTime() - now.getTime()).toBe(backoffMs(attemptsBefore + 1));
    }

    // The server is back but refuses mail for a while (451): still retried, nothing lost.
    const rejecting = await startSmtp(port, 'reject');
    now = new Date(now.getTime() + 7 * 3_600_000);
    await runReminderTick(t.deps, { now });
    expect(
      (await db.select().from(emailOutbox).where(eq(emailOutbox.status, 'sent'))).filter((m) => m.createdAt >= morning('2025-07-17'))
        .length,
    ).toBe(0);
    await rejecting.close();

    // A sender that crashed holding a lease: its rows wait for the lease to expire, then go out once.
    smtp = env.smtp = await startSmtp(port);
    const [stuck] = await db.select().from(emailOutbox).where(eq(emailOutbox.status, 'pending')).limit(1);
    const leaseUntil = new Date(now.getTime() + 10 * 3_600_000 + 5 * 60_000);
    await db
      .update(emailOutbox)
      .set({ status: 'sending', lockedBy: 'crashed-instance', lockedUntil: leaseUntil })
      .where(eq(emailOutbox.id, stuck!.id));
    now = new Date(now.getTime() + 10 * 3_600_000);
    const back = await runReminderTick(t.deps, { now });
    expect(back.failed).toBe(0);
    const pendingAfter = await db
      .select()
      .from(emailOutbox)
      .where(inArray(emailOutbox.status, ['pending', 'sending', 'failed']));
    expect(pendingAfter.map((m) => m.id)).toEqual([stuck!.id]);
    await runReminderTick(t.deps, { now: new Date(leaseUntil.getTime() + 1000) });
    const all = await db.select().from(emailOutbox);
    expect(all.every((m) => m.status === 'sent')).toBe(true);
    expect((await t.anonymous.request({ method: 'GET', url: '/api/health' })).json()).toMatchObject({
      status: 'ok',
      checks: { mail: { status: 'ok', waiting: 0 } },
    });
    const delivered = smtp.messages.slice(0).map((m) => m.outboxKey);
    const outstanding = all.filter((m) => m.createdAt >= morning('2025-07-17')).map((m) => m.dedupeKey);
    expect(delivered.sort()).toEqual(outstanding.sort());
    expect(new Set(delivered).size).toBe(delivered.length);
    // the unit names are still there for the log (sanity of joins)
    expect((await db.select().from(orgUnits).where(eq(orgUnits.code, 'TN.STTTT'))).length).toBe(1);
  }, 600_000);
});
