// The mail outbox, the one way anything in DVCQ sends e-mail. A feature renders its message and calls
// `enqueueMail(tx, …)` in the transaction of the change that causes it (so nobody is mailed about
// something rolled back, and a retried request mails nobody twice: the dedupe key is unique). Delivery
// runs on the scheduler's tick: lease rows, send over SMTP, mark sent, or back off and retry.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { OutboxAttachment } from '../../db/schema/reminders.ts';
import type { OutboxRepository } from './outbox.repository.ts';
import type { MailTransport } from './outbox.transport.ts';

export const LEASE_MS = 5 * 60_000;
export const MAX_ATTEMPTS = 12;
const BATCH = 50;

/** 1, 2, 4 … minutes after the n-th failed attempt, at most 6 hours. */
export const backoffMs = (attempts: number) => Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);

export const defaultInstanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export interface QueuedMail {
  /** Unique per message ever: 'digest:<user>:<day>', 'event:<notification>'. */
  dedupeKey: string;
  kind: 'digest' | 'event';
  userId: string;
  /** Null: the person has no address; the row is kept as skipped for the record. */
  toAddress: string | null;
  subject: string;
  text: string;
  html: string;
  attachments: OutboxAttachment[];
  /** False: recorded as skipped (the person chose not to get it). */
  send: boolean;
  digestDate?: string;
  notificationId?: string;
  /** Lets the caller link its own rows to the message. */
  id?: string;
}

/** Queues messages whose dedupe key is new; returns the ids written (an empty list: all were there). */
export async function enqueueMail(tx: { outbox: OutboxRepository }, mails: readonly QueuedMail[], now: Date): Promise<string[]> {
  return tx.outbox.insertNew(
    mails.map((m) => ({
      id: m.id ?? randomUUID(),
      dedupeKey: m.dedupeKey,
      kind: m.kind,
      userId: m.userId,
      toAddress: m.toAddress,
      subject: m.subject,
      textBody: m.text,
      htmlBody: m.html,
      attachments: m.attachments,
      digestDate: m.digestDate ?? null,
      notificationId: m.notificationId ?? null,
      status: m.send ? 'pending' : 'skipped',
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
}

export interface DeliveryResult {
  sent: number;
  failed: number;
}

export async function deliverOutbox(
  repo: OutboxRepository,
  transport: MailTransport,
  from: string,
  now: Date,
  instanceId: string,
  maxRounds = 10,
): Promise<DeliveryResult> {
  const result = { sent: 0, failed: 0 };
  for (let round = 0; round < maxRounds; round++) {
    const rows = await repo.lease(instanceId, now, new Date(now.getTime() + LEASE_MS), BATCH);
    if (rows.length === 0) break;
    for (const row of rows) {
      try {
        await transport.send({
          from,
          to: row.toAddress!,
          subject: row.subject,
          text: row.textBody,
          html: row.htmlBody,
          // stable id: a receiving system can recognise the one resend a crash might cause
          messageId: `<${row.id}@dvcq>`,
          headers: { 'X-DVCQ-Outbox': row.dedupeKey, 'Auto-Submitted': 'auto-generated' },
          attachments: row.attachments,
        });
        await repo.settle(row.id, instanceId, { status: 'sent', sentAt: now, lastError: null });
        result.sent++;
      } catch (err) {
        await repo.settle(row.id, instanceId, {
          status: row.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)),
          lastError: String((err as Error).message ?? err).slice(0, 1000),
        });
        result.failed++;
      }
    }
  }
  return result;
}
