// SQL of the mail outbox: e-mails are rows first (written in the transaction of whatever caused them),
// and leave through SMTP later under a lease, so any number of instances deliver each exactly once.
import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import { defineRepository } from '../../db/repository.ts';
import { emailOutbox } from '../../db/schema.ts';

export type OutboxRow = typeof emailOutbox.$inferSelect;
export type NewOutboxRow = typeof emailOutbox.$inferInsert;

export const createOutboxRepository = defineRepository((db) => ({
  /** Inserts the rows whose dedupe key is new; returns the ids written. */
  async insertNew(rows: readonly NewOutboxRow[]): Promise<string[]> {
    if (!rows.length) return [];
    const written = await db
      .insert(emailOutbox)
      .values([...rows])
      .onConflictDoNothing()
      .returning({ id: emailOutbox.id });
    return written.map((r) => r.id);
  },

  /**
   * Leases up to `limit` rows to `instanceId`: pending and due, or 'sending' under an expired lease (its
   * sender crashed). SKIP LOCKED lets concurrent instances take different rows; the lease is ours once
   * this statement commits.
   */
  async lease(instanceId: string, now: Date, until: Date, limit: number): Promise<OutboxRow[]> {
    const due = db
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(
        or(
          and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, now)),
          and(eq(emailOutbox.status, 'sending'), lt(emailOutbox.lockedUntil, now)),
        ),
      )
      .orderBy(asc(emailOutbox.nextAttemptAt), asc(emailOutbox.createdAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    const leased = await db
      .update(emailOutbox)
      .set({ status: 'sending', lockedBy: instanceId, lockedUntil: until, attempts: sql`${emailOutbox.attempts} + 1` })
      .where(inArray(emailOutbox.id, due))
      .returning();
    return leased;
  },

  /** Settles a leased row, if the lease is still ours. */
  async settle(id: string, instanceId: string, changes: Partial<NewOutboxRow>): Promise<void> {
    await db
      .update(emailOutbox)
      .set({ ...changes, lockedBy: null, lockedUntil: null })
      .where(and(eq(emailOutbox.id, id), eq(emailOutbox.lockedBy, instanceId)));
  },
}));

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
