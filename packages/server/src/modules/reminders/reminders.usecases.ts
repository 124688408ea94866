// Preferences, per-plan reminder settings and the coordinator's log of what was sent to whom.
import { and, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { describeDeadline } from '@dvcq/domain';
import type {
  NotificationPreferencesResponseDto,
  ReminderLogListDto,
  ReminderSettingsResponseDto,
  notificationPreferences as prefsSchema,
  updateReminderSettingsRequest,
  reminderLogQuery,
} from '@dvcq/shared';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../config.ts';
import { emailOutbox, notificationPreferences, obligations, orgUnits, planMilestones, plans, reminderLog, reminderRules, users } from '../../db/schema.ts';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { assertCanOn, scopeRoots } from '../../authz/permissions.ts';
import { appError, forbidden, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { findPlan } from '../plans/plans.repository.ts';
import { findUnit } from '../org/org.repository.ts';
import { DEFAULT_REMINDER_RULES } from './reminders.rules.ts';

// ——— Preferences ———

export async function getPreferences(db: Db, config: Config, userId: string): Promise<NotificationPreferencesResponseDto> {
  const [row] = await db
    .select({ p: notificationPreferences, email: users.email })
    .from(users)
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(eq(users.id, userId));
  return {
    inApp: row?.p?.inApp ?? true,
    email: row?.p?.email ?? true,
    emailDigest: row?.p?.emailDigest ?? true,
    emailEvents: row?.p?.emailEvents ?? true,
    emailAddress: row?.email ?? null,
    emailAvailable: Boolean(config.smtpUrl),
  };
}

export async function updatePreferences(db: Db, config: Config, ctx: RequestContext, input: z.output<typeof prefsSchema>): Promise<NotificationPreferencesResponseDto> {
  const userId = ctx.actor.userId;
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
    await tx
      .insert(notificationPreferences)
      .values({ userId, ...input, updatedAt: ctx.now })
      .onConflictDoUpdate({ target: notificationPreferences.userId, set: { ...input, updatedAt: ctx.now } });
    await recordAudit(tx, ctx, {
      action: 'notification_preferences.updated',
      entityType: 'user',
      entityId: userId,
      before: before ? { inApp: before.inApp, email: before.email, emailDigest: before.emailDigest, emailEvents: before.emailEvents } : null,
      after: input,
    });
  });
  return getPreferences(db, config, userId);
}

// ——— Reminder settings per plan ———

async function managedPlan(db: Db, actor: Actor, planId: string) {
  const plan = await findPlan(db, planId);
  if (!plan) throw notFound('plan.not_found');
  const issuer = await findUnit(db, plan.issuerUnitId);
  if (!issuer) throw notFound('org.not_found');
  assertCanOn(actor, 'plans.manage', issuer.path);
  return { plan, issuer };
}

export async function getReminderSettings(db: Db, actor: Actor, planId: string): Promise<ReminderSettingsResponseDto> {
  await managedPlan(db, actor, planId);
  const [row] = await db.select().from(reminderRules).where(eq(reminderRules.planId, planId));
  if (!row) return { planId, ...DEFAULT_REMINDER_RULES, isDefault: true, version: 0 };
  return {
    planId,
    enabled: row.enabled,
    daysBefore: row.daysBefore,
    onDueDay: row.onDueDay,
    overdueEveryDays: row.overdueEveryDays,
    overdueMaxCount: row.overdueMaxCount,
    isDefault: false,
    version: row.version,
  };
}

export async function updateReminderSettings(db: Db, ctx: RequestContext, planId: string, input: z.output<typeof updateReminderSettingsRequest>): Promise<ReminderSettingsResponseDto> {
  const { issuer } = await managedPlan(db, ctx.actor, planId);
  const { expectedVersion, ...settings } = input;
  const daysBefore = [...new Set(settings.daysBefore)].sort((a, b) => b - a);
  if (settings.overdueMaxCount !== null && settings.overdueEveryDays === null) {
    throw appError(400, 'reminder.settings_invalid', { reason: 'chỉ giới hạn số lần nhắc quá hạn khi có nhắc quá hạn' }, { overdueMaxCount: 'Hãy chọn chu kỳ nhắc quá hạn trước.' });
  }
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(reminderRules).where(eq(reminderRules.planId, planId)).for('update');
    if ((before?.version ?? 0) !== expectedVersion) throw appError(409, 'reminder.settings_version_conflict');
    const values = { ...settings, daysBefore, updatedBy: ctx.actor.userId, updatedAt: ctx.now };
    if (before) await tx.update(reminderRules).set({ ...values, version: before.version + 1 }).where(eq(reminderRules.planId, planId));
    else await tx.insert(reminderRules).values({ planId, ...values, version: 1 });
    await recordAudit(tx, ctx, {
      action: 'plan.reminder_settings_updated',
      entityType: 'plan',
      entityId: planId,
      unitId: issuer.id,
      before: before ? { enabled: before.enabled, daysBefore: before.daysBefore, onDueDay: before.onDueDay, overdueEveryDays: before.overdueEveryDays, overdueMaxCount: before.overdueMaxCount } : { ...DEFAULT_REMINDER_RULES, default: true },
      after: { ...settings, daysBefore },
    });
  });
  return getReminderSettings(db, ctx.actor, planId);
}

// ——— What was sent to whom ———

export function offsetLabel(offset: number): string {
  if (offset > 0) return `${offset} ngày trước hạn`;
  if (offset === 0) return 'đúng ngày hạn cuối';
  return `quá hạn ${-offset} ngày`;
}

export async function listReminderLog(db: Db, actor: Actor, q: z.output<typeof reminderLogQuery>): Promise<ReminderLogListDto> {
  const conditions: SQL[] = [];
  if (q.unitId) {
    const unit = await findUnit(db, q.unitId);
    if (!unit) throw notFound('org.not_found');
    assertCanOn(actor, 'plans.manage', unit.path);
    conditions.push(like(orgUnits.path, `${unit.path}%`));
  } else {
    const roots = scopeRoots(actor, 'plans.manage');
    if (roots.length === 0) throw forbidden('auth.forbidden');
    conditions.push(or(...roots.map((r) => like(orgUnits.path, `${r}%`)))!);
  }
  if (q.planId) conditions.push(eq(reminderLog.planId, q.planId));
  const where = and(...conditions);
  const rows = await db
    .select({
      r: reminderLog,
      userName: users.fullName,
      unitName: orgUnits.name,
      planNumber: plans.number,
      title: planMilestones.title,
      dueDate: obligations.dueDate,
      inclusive: obligations.inclusive,
      outboxStatus: emailOutbox.status,
      sentAt: emailOutbox.sentAt,
    })
    .from(reminderLog)
    .innerJoin(users, eq(users.id, reminderLog.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, reminderLog.unitId))
    .innerJoin(plans, eq(plans.id, reminderLog.planId))
    .innerJoin(obligations, eq(obligations.id, reminderLog.obligationId))
    .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
    .leftJoin(emailOutbox, eq(emailOutbox.id, reminderLog.outboxId))
    .where(where)
    .orderBy(desc(reminderLog.createdAt), orgUnits.name, users.fullName)
    .limit(q.limit);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(reminderLog)
    .innerJoin(orgUnits, eq(orgUnits.id, reminderLog.unitId))
    .where(where);
  type EmailState = ReminderLogListDto['items'][number]['email'];
  return {
    total: count?.n ?? 0,
    items: rows.map((x) => ({
      id: x.r.id,
      createdAt: x.r.createdAt.toISOString(),
      reminderDate: x.r.reminderDate,
      userId: x.r.userId,
      userName: x.userName,
      role: x.r.role,
      unitId: x.r.unitId,
      unitName: x.unitName,
      planId: x.r.planId,
      planNumber: x.planNumber,
      obligationId: x.r.obligationId,
      title: x.title,
      dueDate: x.dueDate,
      deadlineText: describeDeadline({ due: x.dueDate, inclusive: x.inclusive }),
      offsetDays: x.r.offsetDays,
      offsetLabel: offsetLabel(x.r.offsetDays),
      inApp: x.r.inApp,
      email: (x.r.emailStatus === 'queued' ? (x.outboxStatus ?? 'queued') : x.r.emailStatus) as EmailState,
      emailSentAt: x.sentAt?.toISOString() ?? null,
    })),
  };
}

/** E-mails of a user (tests, support). */
export async function outboxOf(db: Db, userIds: string[]) {
  return db.select().from(emailOutbox).where(inArray(emailOutbox.userId, userIds));
}
