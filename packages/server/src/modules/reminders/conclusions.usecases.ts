// Reminders of dialogue conclusions (issue #13): each open conclusion gets the same stages as a plan's
// default rules (7, 3, 1 days before its due date, the day itself, every few days once overdue), judged
// on the province's day, for the person named on it or else the officers and leaders of the assignee
// unit: one dialogue_conclusion_reminders row (UNIQUE, so instances never send twice) and one in-app
// notification, in the same transaction. The row waits for the person's e-mail digest (digests.usecases.ts)
// unless no e-mail can be sent (no SMTP): then it is logged as skipped.
import { randomUUID } from 'node:crypto';
import { daysLeftInWords, daysUntil, describeDeadline, localDateInProvince } from '@dvcq/domain';
import type { SystemContext } from '../audit/audit.recorder.ts';
import { notify } from '../notifications/notifications.usecases.ts';
import { withNamesAsOf } from '../org/restructuring.usecases.ts';
import type { RemindersRepository } from './reminders.repository.ts';
import { byItemAndStage, DEFAULT_REMINDER_RULES, reminderKind, stageToLog } from './reminders.rules.ts';
import { chunks, SYSTEM_LABEL } from './planning.usecases.ts';

export async function planConclusionReminders(repo: RemindersRepository, now: Date, emailEnabled = false): Promise<number> {
  const today = localDateInProvince(now);
  const due: { c: Awaited<ReturnType<RemindersRepository['openConclusionsForReminders']>>[number]; stage: number }[] = [];
  const open = await repo.openConclusionsForReminders(today);
  // Units under the names they had on the due dates (issue 11).
  for (const c of await withNamesAsOf(repo.plans.org, open, (c) => ({ unitId: c.unitId, date: c.dueDate }))) {
    const stage = stageToLog(DEFAULT_REMINDER_RULES, { due: c.dueDate, inclusive: true }, c.lastOffset, now);
    if (stage !== null) due.push({ c, stage });
  }
  if (due.length === 0) return 0;

  const named = [...new Set(due.flatMap((d) => (d.c.userId ? [d.c.userId] : [])))];
  const namedPeople = new Map((await repo.peopleByIds(named)).map((p) => [p.userId, p]));
  const unitIds = [...new Set(due.filter((d) => !d.c.userId || !namedPeople.has(d.c.userId)).map((d) => d.c.unitId))];
  const byUnit = new Map<string, { userId: string; inApp: boolean }[]>();
  for (const part of chunks(unitIds, 2000)) {
    for (const p of await repo.recipientsIn(part, today)) {
      const list = byUnit.get(p.unitId) ?? [];
      if (!list.some((q) => q.userId === p.userId)) list.push({ userId: p.userId, inApp: p.prefs?.inApp ?? true });
      byUnit.set(p.unitId, list);
    }
  }
  const recipients = (c: (typeof due)[number]['c']) => {
    const person = c.userId ? namedPeople.get(c.userId) : undefined;
    return person ? [{ userId: person.userId, inApp: person.prefs?.inApp ?? true }] : (byUnit.get(c.unitId) ?? []);
  };
  const inApp = new Map<string, boolean>();
  const values = due.flatMap(({ c, stage }) =>
    recipients(c).map((p) => {
      inApp.set(`${c.id}:${p.userId}`, p.inApp);
      return {
        id: randomUUID(),
        conclusionId: c.id,
        offsetDays: stage,
        userId: p.userId,
        unitId: c.unitId,
        reminderDate: today,
        createdAt: now,
        emailStatus: emailEnabled ? 'pending' : 'skipped',
      };
    }),
  );
  const byId = new Map(due.map((d) => [d.c.id, d.c]));
  const ctx: SystemContext = { label: SYSTEM_LABEL, now };
  let created = 0;
  for (const part of chunks(values, 500)) {
    await repo.transaction(async (tx) => {
      const inserted = await tx.logConclusionReminders(part);
      created += inserted.length;
      const groups = byItemAndStage(
        inserted.filter((r) => inApp.get(`${r.conclusionId}:${r.userId}`)),
        (r) => r.conclusionId,
      );
      for (const g of groups) {
        const c = byId.get(g.itemId)!;
        const left = daysUntil({ due: c.dueDate, inclusive: true, phrase: '' }, now);
        const short = c.content.length > 80 ? `${c.content.slice(0, 79)}…` : c.content;
        await notify(tx, ctx, {
          userIds: g.userIds,
          kind: reminderKind(g.offset),
          title: `${g.offset < 0 ? 'Quá hạn' : 'Nhắc hạn'} kết luận đối thoại: ${short} (${daysLeftInWords(left)})`,
          body: `${c.unitName} được giao thực hiện kết luận đối thoại «${c.content}», ${describeDeadline({ due: c.dueDate, inclusive: true })} (${daysLeftInWords(left)}).`,
          link: `/doi-thoai?ket-luan=${c.id}`,
          entityType: 'dialogue_conclusion',
          entityId: c.id,
        });
      }
    });
  }
  return created;
}
