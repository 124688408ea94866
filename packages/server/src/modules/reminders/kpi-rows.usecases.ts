// Reminders of communication KPIs (issue #12): a unit's KPI row behind its pro-rated target (red or
// amber by the domain's rules) as its period's end nears gets the stages of KPI_REMINDER_RULES (14, 7, 3,
// 1 days before the period's last day), for each officer and leader of the unit: one kpi_reminders row
// (UNIQUE per row × unit × period × stage × person, so instances never send twice) and one in-app
// notification, in the same transaction. The row waits for the person's e-mail digest, which also goes to
// people with nothing else pending (a unit that owes no report still hears of its lagging rows).
import { randomUUID } from 'node:crypto';
import { daysLeftInWords, daysUntil, formatDateVi, localDateInProvince } from '@dvcq/domain';
import type { SystemContext } from '../audit/audit.recorder.ts';
import { kpiRowsLaggingNearPeriodEnd, type LaggingKpiRow } from '../kpi/kpi.usecases.ts';
import { notify } from '../notifications/notifications.usecases.ts';
import type { RemindersRepository } from './reminders.repository.ts';
import { KPI_PROGRESS_LINK } from './reminders.mail.ts';
import { byItemAndStage, CATCH_UP_DAYS, KPI_REMINDER_RULES, reminderKind, stageToLog } from './reminders.rules.ts';
import { chunks, SYSTEM_LABEL, wantsDigest } from './planning.usecases.ts';

/** One lagging cell of a unit's KPI row in one period instance: what a reminder is about. */
export const kpiCellKey = (c: { rowId: string; unitId: string; periodEnd: string }) => `${c.rowId}|${c.unitId}|${c.periodEnd}`;

export async function planKpiReminders(repo: RemindersRepository, emailOn: boolean, now: Date): Promise<number> {
  const today = localDateInProvince(now);
  const horizon = Math.max(...KPI_REMINDER_RULES.daysBefore) + CATCH_UP_DAYS;
  const lagging = await kpiRowsLaggingNearPeriodEnd(repo.kpi, today, horizon);
  if (lagging.length === 0) return 0;
  const logged = new Map((await repo.kpiStagesLogged(today)).map((l) => [kpiCellKey(l), l.lastOffset]));
  const due: { c: LaggingKpiRow; stage: number }[] = [];
  for (const c of lagging) {
    const stage = stageToLog(KPI_REMINDER_RULES, { due: c.periodEnd, inclusive: true }, logged.get(kpiCellKey(c)) ?? null, now);
    if (stage !== null) due.push({ c, stage });
  }
  if (due.length === 0) return 0;

  const byUnit = new Map<string, Awaited<ReturnType<RemindersRepository['recipientsIn']>>>();
  for (const part of chunks([...new Set(due.map((d) => d.c.unitId))], 2000)) {
    for (const p of await repo.recipientsIn(part, today)) {
      const list = byUnit.get(p.unitId) ?? [];
      // one reminder per person and row even if they hold both roles
      if (!list.some((q) => q.userId === p.userId)) list.push(p);
      byUnit.set(p.unitId, list);
    }
  }
  const values = due.flatMap(({ c, stage }) =>
    (byUnit.get(c.unitId) ?? []).map((p) => ({
      id: randomUUID(),
      rowId: c.rowId,
      unitId: c.unitId,
      periodEnd: c.periodEnd,
      offsetDays: stage,
      userId: p.userId,
      status: c.status,
      sentence: c.sentence,
      reminderDate: today,
      inApp: p.prefs?.inApp ?? true,
      emailStatus: emailOn && wantsDigest(p.prefs, p.email) ? 'pending' : 'skipped',
      createdAt: now,
    })),
  );
  const cells = new Map(due.map((d) => [`${d.c.rowId}|${d.c.unitId}`, d.c]));
  const ctx: SystemContext = { label: SYSTEM_LABEL, now };
  let created = 0;
  for (const part of chunks(values, 500)) {
    await repo.transaction(async (tx) => {
      const inserted = await tx.logKpiReminders(part);
      created += inserted.length;
      const groups = byItemAndStage(
        inserted.filter((r) => r.inApp),
        (r) => `${r.rowId}|${r.unitId}`,
      );
      for (const g of groups) {
        const c = cells.get(g.itemId)!;
        const left = daysLeftInWords(daysUntil({ due: c.periodEnd, inclusive: true, phrase: '' }, now));
        await notify(tx, ctx, {
          userIds: g.userIds,
          kind: reminderKind(g.offset),
          title: `Chỉ tiêu truyền thông ${c.statusLabel.toLowerCase()}: ${c.sentence} (${left})`,
          body: `${c.unitName}: ${c.sentence}. Chỉ tiêu «${c.rowLabel}» chốt số liệu ngày ${formatDateVi(c.periodEnd)} (${left}); ghi nhận minh chứng trước ngày này.`,
          link: KPI_PROGRESS_LINK,
          entityType: 'kpi_row',
          entityId: c.rowId,
        });
      }
    });
  }
  return created;
}
