// A plan's reminder settings (when units are reminded of its deadlines) and the coordinator's log of
// what was sent to whom, when and by which channel.
import type { z } from 'zod';
import type { ReminderLogListDto, ReminderSettingsResponseDto, reminderLogQuery, updateReminderSettingsRequest } from '@dvcq/shared';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { OrgErrors } from '../org/org.errors.ts';
import { withNamesAsOf } from '../org/restructuring.usecases.ts';
import { PlanErrors } from '../plans/plans.errors.ts';
import type { RemindersRepository } from './reminders.repository.ts';
import { ReminderErrors } from './reminders.errors.ts';
import { assertCanManageReminders, reminderLogScope } from './reminders.policies.ts';
import { presentConclusionLogEntry, presentKpiLogEntry, presentLogEntry, presentSettings } from './reminders.presenter.ts';
import { DEFAULT_REMINDER_RULES } from './reminders.rules.ts';

async function managedPlan(repo: RemindersRepository, actor: Actor, planId: string) {
  const plan = await repo.plans.findPlan(planId);
  if (!plan) throw PlanErrors.notFound();
  const issuer = await repo.plans.org.findUnit(plan.issuerUnitId);
  if (!issuer) throw OrgErrors.notFound();
  assertCanManageReminders(actor, issuer.path);
  return { plan, issuer };
}

export async function getReminderSettings(repo: RemindersRepository, actor: Actor, planId: string): Promise<ReminderSettingsResponseDto> {
  await managedPlan(repo, actor, planId);
  return presentSettings(planId, await repo.rulesOf(planId));
}

export async function updateReminderSettings(
  repo: RemindersRepository,
  ctx: RequestContext,
  planId: string,
  input: z.output<typeof updateReminderSettingsRequest>,
): Promise<ReminderSettingsResponseDto> {
  const { issuer } = await managedPlan(repo, ctx.actor, planId);
  const { expectedVersion, ...settings } = input;
  const daysBefore = [...new Set(settings.daysBefore)].sort((a, b) => b - a);
  if (settings.overdueMaxCount !== null && settings.overdueEveryDays === null) throw ReminderErrors.overdueMaxWithoutCycle();
  await repo.transaction(async (tx) => {
    const before = await tx.rulesOf(planId, { forUpdate: true });
    if ((before?.version ?? 0) !== expectedVersion) throw ReminderErrors.settingsVersionConflict();
    await tx.putRules(
      planId,
      { ...settings, daysBefore, updatedBy: ctx.actor.userId, updatedAt: ctx.now },
      (before?.version ?? 0) + 1,
      before !== null,
    );
    await recordAudit(tx, ctx, {
      action: 'plan.reminder_settings_updated',
      entityType: 'plan',
      entityId: planId,
      unitId: issuer.id,
      before: before
        ? {
            enabled: before.enabled,
            daysBefore: before.daysBefore,
            onDueDay: before.onDueDay,
            overdueEveryDays: before.overdueEveryDays,
            overdueMaxCount: before.overdueMaxCount,
          }
        : { ...DEFAULT_REMINDER_RULES, default: true },
      after: { ...settings, daysBefore },
    });
  });
  return getReminderSettings(repo, ctx.actor, planId);
}

export async function listReminderLog(
  repo: RemindersRepository,
  actor: Actor,
  q: z.output<typeof reminderLogQuery>,
): Promise<ReminderLogListDto> {
  let subtrees: string[];
  if (q.unitId) {
    const unit = await repo.plans.org.findUnit(q.unitId);
    if (!unit) throw OrgErrors.notFound();
    assertCanManageReminders(actor, unit.path);
    subtrees = [unit.path];
  } else {
    subtrees = reminderLogScope(actor);
  }
  const { total, rows } = await repo.searchLog({ subtrees, planId: q.planId, limit: q.limit });
  const conclusions = q.planId ? { total: 0, rows: [] } : await repo.searchConclusionLog({ subtrees, limit: q.limit });
  const kpi = q.planId ? { total: 0, rows: [] } : await repo.searchKpiLog({ subtrees, limit: q.limit });
  return {
    total,
    // Units under the names they had on the due dates (issue 11).
    items: (await withNamesAsOf(repo.plans.org, rows, (x) => ({ unitId: x.r.unitId, date: x.dueDate }))).map(presentLogEntry),
    conclusions: (await withNamesAsOf(repo.plans.org, conclusions.rows, (x) => ({ unitId: x.r.unitId, date: x.dueDate }))).map(
      presentConclusionLogEntry,
    ),
    conclusionTotal: conclusions.total,
    // Units under the names they had at the end of the period the reminder was about (issue 11).
    kpiRows: (await withNamesAsOf(repo.plans.org, kpi.rows, (x) => ({ unitId: x.r.unitId, date: x.r.periodEnd }))).map(presentKpiLogEntry),
    kpiTotal: kpi.total,
  };
}
