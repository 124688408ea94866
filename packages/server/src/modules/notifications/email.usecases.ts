// Event notifications worth an e-mail at once (people want to hear when something of theirs comes
// back): each becomes one outbox row, sent or skipped by the person's choice. Runs on the scheduler's
// tick, so it works the same on any number of instances (the outbox's dedupe key decides).
import { enqueueMail, type QueuedMail } from '../outbox/outbox.usecases.ts';
import type { OutboxRepository } from '../outbox/outbox.repository.ts';
import type { NotificationsRepository, Preferences } from './notifications.repository.ts';
import { renderEvent } from './notifications.mail.ts';

export const IMMEDIATE_EMAIL_KINDS = [
  'report.returned',
  'report.reopened',
  'scoring.appraisal_changed',
  'scoring.sent_back',
  'scoring.ranking_issued',
] as const;
/** Event notifications older than this when first seen are not e-mailed (e.g. right after an upgrade). */
const EVENT_LOOKBACK_MS = 2 * 86_400_000;
const CHUNK = 200;

/** E-mail at all, and for events: unless the person said no (everyone who never chose gets them). */
export const wantsEventMail = (p: Preferences, address: string | null) =>
  Boolean(address) && (p?.email ?? true) && (p?.emailEvents ?? true);

export async function enqueueEventEmails(
  repo: { notifications: NotificationsRepository; outbox: OutboxRepository },
  publicUrl: string,
  now: Date,
): Promise<number> {
  const rows = await repo.notifications.awaitingEmail(IMMEDIATE_EMAIL_KINDS, new Date(now.getTime() - EVENT_LOOKBACK_MS), now);
  const mails: QueuedMail[] = rows.map((r) => {
    const mail = renderEvent({ fullName: r.fullName, title: r.n.title, body: r.n.body, link: r.n.link, publicUrl });
    return {
      dedupeKey: `event:${r.n.id}`,
      kind: 'event',
      userId: r.n.userId,
      toAddress: r.email,
      ...mail,
      notificationId: r.n.id,
      // already read in the app by the time the tick sees it: no need to mail it
      send: wantsEventMail(r.prefs, r.email) && !r.n.readAt,
    };
  });
  let queued = 0;
  for (let i = 0; i < mails.length; i += CHUNK) queued += (await enqueueMail(repo, mails.slice(i, i + CHUNK), now)).length;
  return queued;
}
