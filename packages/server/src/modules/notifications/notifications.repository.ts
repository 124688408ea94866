// SQL of in-app notifications and of how each person wants to be told.
import { and, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { defineRepository } from '../../db/repository.ts';
import { emailOutbox, notificationPreferences, notifications, users } from '../../db/schema.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type PreferencesRow = typeof notificationPreferences.$inferSelect;
export type Preferences = Pick<PreferencesRow, 'inApp' | 'email' | 'emailDigest' | 'emailEvents'> | null;

/** The preference columns, selected beside a person (null when they never changed anything). */
export const preferenceColumns = {
  inApp: notificationPreferences.inApp,
  email: notificationPreferences.email,
  emailDigest: notificationPreferences.emailDigest,
  emailEvents: notificationPreferences.emailEvents,
};

export const createNotificationsRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),

  async insertMany(rows: readonly (typeof notifications.$inferInsert)[]): Promise<void> {
    if (rows.length) await db.insert(notifications).values([...rows]);
  },

  async listOf(userId: string, opts: { unreadOnly: boolean; limit: number }): Promise<NotificationRow[]> {
    const conditions = [eq(notifications.userId, userId)];
    if (opts.unreadOnly) conditions.push(isNull(notifications.readAt));
    return db
      .select()
      .from(notifications)
      .where(and(...conditions))
      .orderBy(desc(notifications.createdAt))
      .limit(opts.limit);
  },

  async unreadCount(userId: string): Promise<number> {
    const [count] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
    return count?.n ?? 0;
  },

  /** Marks one of the user's own notifications read (the first time only); null when not theirs. */
  async markRead(userId: string, id: string, now: Date): Promise<NotificationRow | null> {
    const [row] = await db
      .update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
      .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
      .returning();
    return row ?? null;
  },

  async preferencesOf(userId: string): Promise<{ prefs: PreferencesRow | null; email: string | null } | null> {
    const [row] = await db
      .select({ prefs: notificationPreferences, email: users.email })
      .from(users)
      .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
      .where(eq(users.id, userId));
    return row ?? null;
  },

  async putPreferences(userId: string, prefs: NonNullable<Preferences>, now: Date): Promise<void> {
    await db
      .insert(notificationPreferences)
      .values({ userId, ...prefs, updatedAt: now })
      .onConflictDoUpdate({ target: notificationPreferences.userId, set: { ...prefs, updatedAt: now } });
  },

  /** Notifications of these kinds created in [since, now] that have no e-mail row yet, with their person. */
  async awaitingEmail(kinds: readonly string[], since: Date, now: Date) {
    return db
      .select({ n: notifications, email: users.email, fullName: users.fullName, prefs: preferenceColumns })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .leftJoin(notificationPreferences, eq(notificationPreferences.userId, notifications.userId))
      .where(
        and(
          inArray(notifications.kind, [...kinds]),
          gte(notifications.createdAt, since),
          lte(notifications.createdAt, now),
          sql`not exists (select 1 from ${emailOutbox} o where o.dedupe_key = 'event:' || ${notifications.id}::text)`,
        ),
      );
  },
}));

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
