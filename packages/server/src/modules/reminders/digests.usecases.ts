// Daily digests: from the province's digest hour, each person's reminders waiting for e-mail become one
// outbox row per person per day (the dedupe key 'digest:<user>:<day>' is unique). Reminders closed
// since they were logged are dropped; a person who turned e-mail off has theirs marked skipped.
import { randomUUID } from 'node:crypto';
import { localDateInProvince } from '@dvcq/domain';
import { enqueueMail } from '../outbox/outbox.usecases.ts';
import type { RemindersRepository } from './reminders.repository.ts';
import { renderDigest, type DigestItem } from './reminders.mail.ts';
import { obligationLink } from './reminders.rules.ts';
import { wantsDigest } from './planning.usecases.ts';

const hourFormatter = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', hourCycle: 'h23' });
const provinceHour = (now: Date) => Number(hourFormatter.format(now));

class DigestAlreadyBuilt extends Error {}

export async function buildDigests(repo: RemindersRepository, opts: { digestHour: number; publicUrl: string }, now: Date): Promise<number> {
  if (provinceHour(now) < opts.digestHour) return 0;
  const today = localDateInProvince(now);
  const rows = await repo.awaitingDigest(now);
  const byUser = new Map<string, typeof rows>();
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
  let built = 0;
  for (const [userId, list] of byUser) {
    const first = list[0]!;
    try {
      await repo.transaction(async (tx) => {
        if (!wantsDigest(first.prefs, first.email))
          return void (await tx.settlePending(
            list.map((r) => r.logId),
            'skipped',
          ));
        // fulfilled, exempted or cancelled since the reminder was created: nothing to chase any more
        await tx.settlePending(
          list.filter((r) => r.closed).map((r) => r.logId),
          'obsolete',
        );
        const open = list.filter((r) => !r.closed);
        if (open.length === 0) return;
        const outboxId = randomUUID();
        // Claim the rows first: a concurrent builder blocks on these row locks and then finds them taken.
        const claimed = new Set(
          await tx.settlePending(
            open.map((r) => r.logId),
            'queued',
            outboxId,
          ),
        );
        const mine = open.filter((r) => claimed.has(r.logId));
        if (mine.length === 0) return;
        const items = new Map<string, DigestItem>();
        for (const r of mine) {
          items.set(r.obligationId, {
            obligationId: r.obligationId,
            title: r.title,
            unitName: r.unitName,
            planNumber: r.planNumber,
            planTitle: r.planTitle,
            dueDate: r.dueDate,
            inclusive: r.inclusive,
            link: obligationLink({ id: r.obligationId, planId: r.planId, deliverableKind: r.deliverableKind }),
          });
        }
        const mail = renderDigest({ fullName: first.fullName, date: today, items: [...items.values()], now, publicUrl: opts.publicUrl });
        const inserted = await enqueueMail(
          tx,
          [
            {
              id: outboxId,
              dedupeKey: `digest:${userId}:${today}`,
              kind: 'digest',
              userId,
              toAddress: first.email,
              ...mail,
              digestDate: today,
              send: true,
            },
          ],
          now,
        );
        // Today's digest already went out: these reminders wait for tomorrow's (roll back the claim).
        if (inserted.length === 0) throw new DigestAlreadyBuilt();
        built++;
      });
    } catch (err) {
      if (!(err instanceof DigestAlreadyBuilt)) throw err;
    }
  }
  return built;
}
