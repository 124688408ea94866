// Planning reminders: for each open obligation, the reminder stage due today (7, 3, 1 days before the
// last allowed day, the day itself, every few days when overdue, as the plan's rules say), for each
// officer and leader of the owing unit: one reminder_log row (UNIQUE, so instances never send twice)
// and one in-app notification, in the same transaction. Digest e-mails are built from the log later.
import { randomUUID } from 'node:crypto';
import { localDateInProvince } from '@dvcq/domain';
import type { SystemContext } from '../audit/audit.recorder.ts';
import { notify } from '../notifications/notifications.usecases.ts';
import type { Preferences } from '../notifications/notifications.repository.ts';
import { withNamesAsOf } from '../org/restructuring.usecases.ts';
import type { RemindersRepository } from './reminders.repository.ts';
import {
  byItemAndStage,
  DEFAULT_REMINDER_RULES,
  deadlineInWords,
  obligationLink,
  reminderKind,
  stageToLog,
  type ReminderRules,
} from './reminders.rules.ts';

export const SYSTEM_LABEL = 'Nhắc việc tự động';

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const wantsInApp = (p: Preferences) => p?.inApp ?? true;
/** E-mail at all, and the daily digest: unless the person said no (everyone who never chose gets it). */
export const wantsDigest = (p: Preferences, address: string | null) => Boolean(address) && (p?.email ?? true) && (p?.emailDigest ?? true);

export function rulesOf(row: ReminderRules | null): ReminderRules {
  return row
    ? {
        enabled: row.enabled,
        daysBefore: row.daysBefore,
        onDueDay: row.onDueDay,
        overdueEveryDays: row.overdueEveryDays,
        overdueMaxCount: row.overdueMaxCount,
      }
    : DEFAULT_REMINDER_RULES;
}

export async function planReminders(repo: RemindersRepository, emailOn: boolean, now: Date): Promise<number> {
  const today = localDateInProvince(now);
  // Each unit under the name it had on the due date (a unit renamed since is reminded of its old deadline under that name), issue 11.
  const open = await withNamesAsOf(repo.plans.org, await repo.openForReminders(today, now), (o) => ({ unitId: o.unitId, date: o.dueDate }));
  const due: { o: (typeof open)[number]; stage: number }[] = [];
  for (const o of open) {
    const stage = stageToLog(rulesOf(o.rule), { due: o.dueDate, inclusive: o.inclusive }, o.lastOffset, now);
    if (stage !== null) due.push({ o, stage });
  }
  if (due.length === 0) return 0;

  const people: Awaited<ReturnType<RemindersRepository['recipientsIn']>> = [];
  for (const part of chunks([...new Set(due.map((d) => d.o.unitId))], 2000)) people.push(...(await repo.recipientsIn(part, today)));
  const byUnit = new Map<string, typeof people>();
  for (const p of people) {
    const list = byUnit.get(p.unitId) ?? [];
    // one reminder per person and obligation even if they hold both roles
    if (!list.some((q) => q.userId === p.userId)) list.push(p);
    byUnit.set(p.unitId, list);
  }
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
  const byObligation = new Map(due.map((d) => [d.o.id, d.o]));
  const ctx: SystemContext = { label: SYSTEM_LABEL, now };
  let created = 0;
  for (const part of chunks(values, 500)) {
    await repo.transaction(async (tx) => {
      // Another instance may insert the same rows at the same moment: the UNIQUE key lets exactly one
      // of them write each row, and only rows written here get an in-app notification here.
      const inserted = await tx.logNew(part);
      created += inserted.length;
      const groups = byItemAndStage(
        inserted.filter((r) => r.inApp),
        (r) => r.obligationId,
      );
      for (const g of groups) {
        const o = byObligation.get(g.itemId)!;
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
