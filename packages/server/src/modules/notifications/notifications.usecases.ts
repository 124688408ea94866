// In-app notifications: written in the same transaction as the change they announce, so nobody is
// told about something that was rolled back (`notify(tx, ctx, …)` is the mechanism other features
// call). Each person reads their own, and chooses how they want to be told.
import { randomUUID } from 'node:crypto';
import type {
  NotificationDto,
  NotificationListDto,
  NotificationPreferencesResponseDto,
  notificationPreferences as prefsSchema,
} from '@dvcq/shared';
import type { z } from 'zod';
import type { RequestContext } from '../../authz/actor.ts';
import { recordAudit, type SystemContext } from '../audit/audit.recorder.ts';
import type { NotificationsRepository } from './notifications.repository.ts';
import { NotificationErrors } from './notifications.errors.ts';
import { presentNotification, presentPreferences } from './notifications.presenter.ts';

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
export async function notify(
  tx: { notifications: NotificationsRepository },
  ctx: RequestContext | SystemContext,
  input: NotifyInput,
): Promise<number> {
  const ids = [...new Set(input.userIds)];
  await tx.notifications.insertMany(
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

export async function listNotifications(
  repo: NotificationsRepository,
  ctx: RequestContext,
  opts: { unreadOnly: boolean; limit: number },
): Promise<NotificationListDto> {
  const [rows, unread] = await Promise.all([repo.listOf(ctx.actor.userId, opts), repo.unreadCount(ctx.actor.userId)]);
  return { unread, items: rows.map(presentNotification) };
}

/** Only one's own: another person's notification answers "not found", never "forbidden". */
export async function markNotificationRead(repo: NotificationsRepository, ctx: RequestContext, id: string): Promise<NotificationDto> {
  const row = await repo.markRead(ctx.actor.userId, id, ctx.now);
  if (!row) throw NotificationErrors.notFound();
  return presentNotification(row);
}

export async function getPreferences(
  repo: NotificationsRepository,
  ctx: RequestContext,
  emailAvailable: boolean,
): Promise<NotificationPreferencesResponseDto> {
  const row = await repo.preferencesOf(ctx.actor.userId);
  return presentPreferences(row?.prefs ?? null, row?.email ?? null, emailAvailable);
}

export async function updatePreferences(
  repo: NotificationsRepository,
  ctx: RequestContext,
  input: z.output<typeof prefsSchema>,
  emailAvailable: boolean,
): Promise<NotificationPreferencesResponseDto> {
  const userId = ctx.actor.userId;
  await repo.transaction(async (tx) => {
    const before = (await tx.preferencesOf(userId))?.prefs ?? null;
    await tx.putPreferences(userId, input, ctx.now);
    await recordAudit(tx, ctx, {
      action: 'notification_preferences.updated',
      entityType: 'user',
      entityId: userId,
      before: before
        ? { inApp: before.inApp, email: before.email, emailDigest: before.emailDigest, emailEvents: before.emailEvents }
        : null,
      after: input,
    });
  });
  return getPreferences(repo, ctx, emailAvailable);
}
