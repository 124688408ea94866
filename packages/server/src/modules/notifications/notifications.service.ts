// In-app notifications: written in the same transaction as the change they announce, so nobody is
// told about something that was rolled back. Issue #7 adds e-mail delivery on top of these rows.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { NotificationDto, NotificationListDto } from '@dvcq/shared';
import type { DbOrTx } from '../../db/client.ts';
import { notifications } from '../../db/schema.ts';
import type { RequestContext } from '../../authz/actor.ts';
import type { SystemContext } from '../audit/audit.recorder.ts';

export interface NotifyInput {
  userIds: readonly string[];
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
  entityType?: string | null;
  entityId?: string | null;
}

/** Notifies each user once (duplicates in `userIds` are dropped). Returns how many rows were written. */
export async function notify(tx: DbOrTx, ctx: RequestContext | SystemContext, input: NotifyInput): Promise<number> {
  const ids = [...new Set(input.userIds)];
  if (ids.length === 0) return 0;
  await tx.insert(notifications).values(
    ids.map((userId) => ({
      id: randomUUID(),
      userId,
      kind: input.kind,
      title: input.title.normalize('NFC'),
      body: (input.body ?? '').normalize('NFC'),
      link: input.link ?? null,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      createdAt: ctx.now,
    })),
  );
  return ids.length;
}

const present = (n: typeof notifications.$inferSelect): NotificationDto => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  entityType: n.entityType,
  entityId: n.entityId,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

export async function listNotificationsOf(db: DbOrTx, userId: string, opts: { unreadOnly: boolean; limit: number }): Promise<NotificationListDto> {
  const conditions = [eq(notifications.userId, userId)];
  if (opts.unreadOnly) conditions.push(isNull(notifications.readAt));
  const rows = await db.select().from(notifications).where(and(...conditions)).orderBy(desc(notifications.createdAt)).limit(opts.limit);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { unread: count?.n ?? 0, items: rows.map(present) };
}

/** Marks one of the user's own notifications read; null when it is not theirs or does not exist. */
export async function markRead(db: DbOrTx, userId: string, id: string, now: Date): Promise<NotificationDto | null> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning();
  return row ? present(row) : null;
}
