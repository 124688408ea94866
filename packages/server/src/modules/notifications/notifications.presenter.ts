import type { NotificationDto, NotificationPreferencesResponseDto } from '@dvcq/shared';
import type { NotificationRow, PreferencesRow } from './notifications.repository.ts';

export const presentNotification = (n: NotificationRow): NotificationDto => ({
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

/** A person who never chose gets everything: in-app, the daily digest and event e-mails. */
export const presentPreferences = (
  prefs: PreferencesRow | null,
  emailAddress: string | null,
  emailAvailable: boolean,
): NotificationPreferencesResponseDto => ({
  inApp: prefs?.inApp ?? true,
  email: prefs?.email ?? true,
  emailDigest: prefs?.emailDigest ?? true,
  emailEvents: prefs?.emailEvents ?? true,
  emailAddress,
  emailAvailable,
});
