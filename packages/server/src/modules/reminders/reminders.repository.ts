// SQL of reminders: what is open and due for a reminder, who receives it, the reminder log (one row
// per obligation × stage × person, UNIQUE, so instances never duplicate), digests' claims on it, plan
// settings, and the coordinator's view of what was sent.
import { and, desc, eq, gte, inArray, isNull, lte, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { defineRepository } from '../../db/repository.ts';
import {
  dialogueConclusionReminders,
  dialogueConclusions,
  dialogues,
  emailOutbox,
  kpiReminders,
  kpiRows,
  notificationPreferences,
  obligations,
  orgUnits,
  planMilestones,
  plans,
  reminderLog,
  reminderRules,
  roleAssignments,
  users,
} from '../../db/schema.ts';
import { unitInSubtrees } from '../../db/subtree.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createNotificationsRepository, preferenceColumns } from '../notifications/notifications.repository.ts';
import { openObligation } from '../obligations/obligations.repository.ts';
import { createOutboxRepository } from '../outbox/outbox.repository.ts';
import { createPlansRepository } from '../plans/plans.repository.ts';
import { createKpiRepository } from '../kpi/kpi.repository.ts';

export type ReminderRulesRow = typeof reminderRules.$inferSelect;
export type ReminderLogRow = typeof reminderLog.$inferSelect;

/**
 * The logs of reminders, one row per item × stage × person: plan obligations (reminder_log), dialogue
 * conclusions (issue #13) and units' lagging KPI rows (issue #12). Their e-mail columns (status, outbox)
 * and stages are the same.
 */
const logs = { obligation: reminderLog, conclusion: dialogueConclusionReminders, kpi: kpiReminders } as const;
export type ReminderItemKind = keyof typeof logs;
type ReminderLogTable = (typeof logs)[ReminderItemKind];

/** The smallest stage already logged for an item (offsets only decrease over time, so it tells which stages were sent). */
const lastLoggedOffset = (log: ReminderLogTable, itemId: SQL | AnyColumn, id: AnyColumn) =>
  sql<number | null>`(select min(${log.offsetDays}) from ${log} where ${itemId} = ${id})`;

/** The person a reminder waits for a digest for (with their address and choices), joined by `userId`. */
const digestPerson = (log: ReminderLogTable) => ({
  logId: log.id,
  userId: log.userId,
  email: users.email,
  fullName: users.fullName,
  prefs: preferenceColumns,
});
/** Reminders created by `now` whose e-mail is still to be decided by a digest. */
const pendingBy = (log: ReminderLogTable, now: Date) => and(eq(log.emailStatus, 'pending'), lte(log.createdAt, now));

export const createRemindersRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),
  notifications: createNotificationsRepository(db),
  outbox: createOutboxRepository(db),
  plans: createPlansRepository(db),
  kpi: createKpiRepository(db),

  /**
   * Open obligations of published plans, of units open today, created by `now`: with the plan's
   * reminder rules and the smallest offset already logged (offsets only decrease over time, so it
   * tells which stages were sent).
   */
  async openForReminders(today: string, now: Date) {
    return db
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
        lastOffset: lastLoggedOffset(reminderLog, reminderLog.obligationId, obligations.id),
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
  },

  /** Officers and leaders of these units with a role valid today, enabled, with their address and choices. */
  async recipientsIn(unitIds: readonly string[], today: string) {
    if (!unitIds.length) return [];
    return db
      .select({
        userId: roleAssignments.userId,
        role: roleAssignments.role,
        unitId: roleAssignments.unitId,
        email: users.email,
        prefs: preferenceColumns,
      })
      .from(roleAssignments)
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .leftJoin(notificationPreferences, eq(notificationPreferences.userId, roleAssignments.userId))
      .where(
        and(
          inArray(roleAssignments.unitId, [...unitIds]),
          inArray(roleAssignments.role, ['officer', 'leader']),
          isNull(roleAssignments.revokedAt),
          or(isNull(roleAssignments.validFrom), lte(roleAssignments.validFrom, today)),
          or(isNull(roleAssignments.validTo), gte(roleAssignments.validTo, today)),
          isNull(users.disabledAt),
        ),
      );
  },

  /** The units in which these people are officers or leaders today (whose lagging KPI rows their digest lists). */
  async unitsOfPeople(userIds: readonly string[], today: string) {
    if (!userIds.length) return [];
    return db
      .selectDistinct({ userId: roleAssignments.userId, unitId: roleAssignments.unitId })
      .from(roleAssignments)
      .where(
        and(
          inArray(roleAssignments.userId, [...userIds]),
          inArray(roleAssignments.role, ['officer', 'leader']),
          isNull(roleAssignments.revokedAt),
          or(isNull(roleAssignments.validFrom), lte(roleAssignments.validFrom, today)),
          or(isNull(roleAssignments.validTo), gte(roleAssignments.validTo, today)),
        ),
      );
  },

  /** Logs the reminders not logged yet (another instance may race: the UNIQUE key picks one); returns those written here. */
  async logNew(rows: readonly (typeof reminderLog.$inferInsert)[]) {
    if (!rows.length) return [];
    return db
      .insert(reminderLog)
      .values([...rows])
      .onConflictDoNothing()
      .returning({
        obligationId: reminderLog.obligationId,
        offsetDays: reminderLog.offsetDays,
        userId: reminderLog.userId,
        inApp: reminderLog.inApp,
      });
  },

  /** Reminders waiting for a digest, with their person, obligation and whether it closed since. */
  async awaitingDigest(now: Date) {
    return db
      .select({
        ...digestPerson(reminderLog),
        obligationId: obligations.id,
        planId: obligations.planId,
        deliverableKind: obligations.deliverableKind,
        dueDate: obligations.dueDate,
        inclusive: obligations.inclusive,
        unitId: obligations.unitId,
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
      .where(pendingBy(reminderLog, now));
  },

  /** Moves pending reminders of one kind to `status`; returns the ids moved (a concurrent builder finds them taken). */
  async settlePendingIn(kind: ReminderItemKind, ids: readonly string[], status: string, outboxId?: string): Promise<string[]> {
    if (!ids.length) return [];
    const log: ReminderLogTable = logs[kind];
    const rows = await db
      .update(log)
      .set({ emailStatus: status, ...(outboxId ? { outboxId } : {}) })
      .where(and(inArray(log.id, [...ids]), eq(log.emailStatus, 'pending')))
      .returning({ id: log.id });
    return rows.map((r) => r.id);
  },

  // ——— Dialogue conclusions (issue #13) ———

  /**
   * Conclusions still open (not done, not explained) whose assignee unit is open today, with the
   * dialogue and the smallest offset already logged (offsets only decrease, so it tells what was sent).
   */
  async openConclusionsForReminders(today: string) {
    return db
      .select({
        id: dialogueConclusions.id,
        dialogueId: dialogueConclusions.dialogueId,
        content: dialogueConclusions.content,
        dueDate: dialogueConclusions.dueDate,
        unitId: dialogueConclusions.assigneeUnitId,
        userId: dialogueConclusions.assigneeUserId,
        unitName: orgUnits.name,
        heldOn: dialogues.heldOn,
        lastOffset: lastLoggedOffset(dialogueConclusionReminders, dialogueConclusionReminders.conclusionId, dialogueConclusions.id),
      })
      .from(dialogueConclusions)
      .innerJoin(dialogues, eq(dialogues.id, dialogueConclusions.dialogueId))
      .innerJoin(orgUnits, eq(orgUnits.id, dialogueConclusions.assigneeUnitId))
      .where(and(inArray(dialogueConclusions.status, ['open', 'in_progress']), or(isNull(orgUnits.validTo), gte(orgUnits.validTo, today))));
  },

  /** Logs conclusion reminders not logged yet (UNIQUE per conclusion × stage × person); returns those written here. */
  async logConclusionReminders(rows: readonly (typeof dialogueConclusionReminders.$inferInsert)[]) {
    if (!rows.length) return [];
    return db
      .insert(dialogueConclusionReminders)
      .values([...rows])
      .onConflictDoNothing()
      .returning({
        conclusionId: dialogueConclusionReminders.conclusionId,
        offsetDays: dialogueConclusionReminders.offsetDays,
        userId: dialogueConclusionReminders.userId,
      });
  },

  /** Conclusion reminders waiting for a digest e-mail, with the person and the conclusion (closed: done or explained since). */
  async awaitingConclusionDigest(now: Date) {
    return db
      .select({
        ...digestPerson(dialogueConclusionReminders),
        conclusionId: dialogueConclusions.id,
        content: dialogueConclusions.content,
        dueDate: dialogueConclusions.dueDate,
        heldOn: dialogues.heldOn,
        unitId: dialogueConclusionReminders.unitId,
        closed: sql<boolean>`(${dialogueConclusions.status} in ('done', 'explained'))`,
        unitName: orgUnits.name,
      })
      .from(dialogueConclusionReminders)
      .innerJoin(users, eq(users.id, dialogueConclusionReminders.userId))
      .innerJoin(dialogueConclusions, eq(dialogueConclusions.id, dialogueConclusionReminders.conclusionId))
      .innerJoin(dialogues, eq(dialogues.id, dialogueConclusions.dialogueId))
      .innerJoin(orgUnits, eq(orgUnits.id, dialogueConclusionReminders.unitId))
      .leftJoin(notificationPreferences, eq(notificationPreferences.userId, dialogueConclusionReminders.userId))
      .where(pendingBy(dialogueConclusionReminders, now));
  },

  /** The conclusion reminders sent inside the subtrees, newest first (the reminder log page). */
  async searchConclusionLog(f: { subtrees: readonly string[]; limit: number }) {
    const where = unitInSubtrees(dialogueConclusionReminders.unitId, f.subtrees);
    const [rows, [count]] = await Promise.all([
      db
        .select({
          r: dialogueConclusionReminders,
          userName: users.fullName,
          unitName: orgUnits.name,
          content: dialogueConclusions.content,
          dueDate: dialogueConclusions.dueDate,
          outboxStatus: emailOutbox.status,
          sentAt: emailOutbox.sentAt,
        })
        .from(dialogueConclusionReminders)
        .innerJoin(users, eq(users.id, dialogueConclusionReminders.userId))
        .innerJoin(orgUnits, eq(orgUnits.id, dialogueConclusionReminders.unitId))
        .innerJoin(dialogueConclusions, eq(dialogueConclusions.id, dialogueConclusionReminders.conclusionId))
        .leftJoin(emailOutbox, eq(emailOutbox.id, dialogueConclusionReminders.outboxId))
        .where(where)
        .orderBy(desc(dialogueConclusionReminders.createdAt), orgUnits.name, users.fullName)
        .limit(f.limit),
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(dialogueConclusionReminders)
        .where(where),
    ]);
    return { total: count?.n ?? 0, rows };
  },

  /** Whether people are enabled, with their in-app choice (a named assignee of a conclusion). */
  async peopleByIds(userIds: readonly string[]) {
    if (!userIds.length) return [];
    return db
      .select({ userId: users.id, prefs: preferenceColumns })
      .from(users)
      .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
      .where(and(inArray(users.id, [...userIds]), isNull(users.disabledAt)));
  },

  // ——— Units' lagging KPI rows (issue #12) ———

  /** Per KPI row × unit × period instance not over by `today`: the smallest stage already logged. */
  async kpiStagesLogged(today: string) {
    return db
      .select({
        rowId: kpiReminders.rowId,
        unitId: kpiReminders.unitId,
        periodEnd: kpiReminders.periodEnd,
        lastOffset: sql<number>`min(${kpiReminders.offsetDays})::int`,
      })
      .from(kpiReminders)
      .where(gte(kpiReminders.periodEnd, today))
      .groupBy(kpiReminders.rowId, kpiReminders.unitId, kpiReminders.periodEnd);
  },

  /** Logs KPI reminders not logged yet (UNIQUE per row × unit × period × stage × person); returns those written here. */
  async logKpiReminders(rows: readonly (typeof kpiReminders.$inferInsert)[]) {
    if (!rows.length) return [];
    return db
      .insert(kpiReminders)
      .values([...rows])
      .onConflictDoNothing()
      .returning({
        rowId: kpiReminders.rowId,
        unitId: kpiReminders.unitId,
        offsetDays: kpiReminders.offsetDays,
        userId: kpiReminders.userId,
        inApp: kpiReminders.inApp,
      });
  },

  /** KPI reminders waiting for a digest e-mail, with the person (whether the row still lags is judged when the digest is built). */
  async awaitingKpiDigest(now: Date) {
    return db
      .select({
        ...digestPerson(kpiReminders),
        rowId: kpiReminders.rowId,
        unitId: kpiReminders.unitId,
        periodEnd: kpiReminders.periodEnd,
      })
      .from(kpiReminders)
      .innerJoin(users, eq(users.id, kpiReminders.userId))
      .leftJoin(notificationPreferences, eq(notificationPreferences.userId, kpiReminders.userId))
      .where(pendingBy(kpiReminders, now));
  },

  /** The KPI reminders sent inside the subtrees, newest first (the reminder log page). */
  async searchKpiLog(f: { subtrees: readonly string[]; limit: number }) {
    const where = unitInSubtrees(kpiReminders.unitId, f.subtrees);
    const [rows, [count]] = await Promise.all([
      db
        .select({
          r: kpiReminders,
          userName: users.fullName,
          unitName: orgUnits.name,
          rowLabel: kpiRows.label,
          outboxStatus: emailOutbox.status,
          sentAt: emailOutbox.sentAt,
        })
        .from(kpiReminders)
        .innerJoin(users, eq(users.id, kpiReminders.userId))
        .innerJoin(orgUnits, eq(orgUnits.id, kpiReminders.unitId))
        .innerJoin(kpiRows, eq(kpiRows.id, kpiReminders.rowId))
        .leftJoin(emailOutbox, eq(emailOutbox.id, kpiReminders.outboxId))
        .where(where)
        .orderBy(desc(kpiReminders.createdAt), orgUnits.name, users.fullName)
        .limit(f.limit),
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(kpiReminders)
        .where(where),
    ]);
    return { total: count?.n ?? 0, rows };
  },

  // ——— Plan settings ———

  async rulesOf(planId: string, opts: { forUpdate?: boolean } = {}): Promise<ReminderRulesRow | null> {
    const q = db.select().from(reminderRules).where(eq(reminderRules.planId, planId));
    const [row] = opts.forUpdate ? await q.for('update') : await q;
    return row ?? null;
  },

  async putRules(
    planId: string,
    values: Omit<typeof reminderRules.$inferInsert, 'planId' | 'version'>,
    version: number,
    exists: boolean,
  ): Promise<void> {
    if (exists)
      await db
        .update(reminderRules)
        .set({ ...values, version })
        .where(eq(reminderRules.planId, planId));
    else await db.insert(reminderRules).values({ planId, ...values, version });
  },

  // ——— What was sent to whom ———

  async searchLog(f: { subtrees: readonly string[]; planId?: string | undefined; limit: number }) {
    const conditions: SQL[] = [unitInSubtrees(reminderLog.unitId, f.subtrees)];
    if (f.planId) conditions.push(eq(reminderLog.planId, f.planId));
    const where = and(...conditions);
    const [rows, [count]] = await Promise.all([
      db
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
        .limit(f.limit),
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(reminderLog)
        .where(where),
    ]);
    return { total: count?.n ?? 0, rows };
  },
}));

export type RemindersRepository = ReturnType<typeof createRemindersRepository>;
export type ReminderLogEntry = Awaited<ReturnType<RemindersRepository['searchLog']>>['rows'][number];
export type ConclusionLogEntry = Awaited<ReturnType<RemindersRepository['searchConclusionLog']>>['rows'][number];
export type KpiReminderLogEntry = Awaited<ReturnType<RemindersRepository['searchKpiLog']>>['rows'][number];
