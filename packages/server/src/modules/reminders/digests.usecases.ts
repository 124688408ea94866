// Daily digests: from the province's digest hour, each person's reminders waiting for e-mail (plan
// obligations, dialogue conclusions, lagging KPI rows) become one outbox row per person per day (the
// dedupe key 'digest:<user>:<day>' is unique). Reminders closed since they were logged are dropped (a KPI
// row: back on track, or its period over); a person who turned e-mail off has theirs marked skipped. A
// digest lists the KPI rows of the person's units (officer or leader) that lag today (red or amber by the
// domain's rules), computed when it is built; a person with only KPI reminders gets a KPI-only digest.
import { randomUUID } from 'node:crypto';
import { formatDateVi, localDateInProvince } from '@dvcq/domain';
import { laggingKpiRowsOf, type LaggingKpiRow } from '../kpi/kpi.usecases.ts';
import { withNamesAsOf } from '../org/restructuring.usecases.ts';
import { enqueueMail } from '../outbox/outbox.usecases.ts';
import type { Preferences } from '../notifications/notifications.repository.ts';
import { kpiCellKey } from './kpi-rows.usecases.ts';
import type { ReminderItemKind, RemindersRepository } from './reminders.repository.ts';
import { renderDigest, type DigestItem } from './reminders.mail.ts';
import { obligationLink } from './reminders.rules.ts';
import { wantsDigest } from './planning.usecases.ts';

const hourFormatter = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', hourCycle: 'h23' });
const provinceHour = (now: Date) => Number(hourFormatter.format(now));

class DigestAlreadyBuilt extends Error {}

/** A reminder of either kind waiting for its person's digest, with the line it makes there. */
interface DueItem {
  kind: ReminderItemKind;
  logId: string;
  userId: string;
  email: string | null;
  fullName: string;
  prefs: Preferences;
  /** Fulfilled, exempted or cancelled (a conclusion: done or explained) since the reminder was created. */
  closed: boolean;
  /** Its line among the deadlines; null for a KPI row (listed in the digest's KPI section). */
  item: DigestItem | null;
  /** A KPI reminder's cell (row × unit × period), judged against today's lagging rows. */
  kpiCell?: string;
}

/** The reminders waiting for a digest, deadlines as digest lines. */
async function itemsAwaitingDigest(repo: RemindersRepository, now: Date): Promise<DueItem[]> {
  // Units under the names they had on the due dates (issue 11).
  const named = <R extends { unitId: string; dueDate: string; unitName: string | null }>(rows: R[]) =>
    withNamesAsOf(repo.plans.org, rows, (r) => ({ unitId: r.unitId, date: r.dueDate }));
  const obligations = (await named(await repo.awaitingDigest(now))).map((r): DueItem => ({
    kind: 'obligation',
    ...r,
    item: {
      obligationId: r.obligationId,
      title: r.title,
      unitName: r.unitName,
      planNumber: r.planNumber,
      planTitle: r.planTitle,
      dueDate: r.dueDate,
      inclusive: r.inclusive,
      link: obligationLink({ id: r.obligationId, planId: r.planId, deliverableKind: r.deliverableKind }),
    },
  }));
  const conclusions = (await named(await repo.awaitingConclusionDigest(now))).map((r): DueItem => ({
    kind: 'conclusion',
    ...r,
    item: {
      obligationId: r.conclusionId,
      title: `Thực hiện kết luận đối thoại: ${r.content}`,
      unitName: r.unitName,
      planNumber: null,
      planTitle: '',
      source: `Kết luận cuộc đối thoại với Nhân dân ngày ${formatDateVi(r.heldOn)}`,
      dueDate: r.dueDate,
      inclusive: true,
      link: `/doi-thoai?ket-luan=${r.conclusionId}`,
    },
  }));
  const kpi = (await repo.awaitingKpiDigest(now)).map((r): DueItem => ({
    kind: 'kpi',
    ...r,
    closed: false,
    item: null,
    kpiCell: kpiCellKey(r),
  }));
  return [...obligations, ...conclusions, ...kpi];
}

/** Moves these pending reminders (of any kind) to `status`; returns those moved here, by kind and log id. */
async function settle(tx: RemindersRepository, items: readonly DueItem[], status: string, outboxId?: string): Promise<Set<string>> {
  const moved = new Set<string>();
  for (const kind of ['obligation', 'conclusion', 'kpi'] as const) {
    const ids = items.filter((i) => i.kind === kind).map((i) => i.logId);
    for (const id of await tx.settlePendingIn(kind, ids, status, outboxId)) moved.add(`${kind}:${id}`);
  }
  return moved;
}

export async function buildDigests(repo: RemindersRepository, opts: { digestHour: number; publicUrl: string }, now: Date): Promise<number> {
  if (provinceHour(now) < opts.digestHour) return 0;
  const today = localDateInProvince(now);
  const byUser = new Map<string, DueItem[]>();
  for (const r of await itemsAwaitingDigest(repo, now)) {
    const list = byUser.get(r.userId) ?? [];
    list.push(r);
    byUser.set(r.userId, list);
  }
  const laggingOf = await laggingKpiRowsByPerson(repo, [...byUser.keys()], today);
  let built = 0;
  for (const [userId, list] of byUser) {
    // A KPI reminder is closed once its row no longer lags (or its period is over) for this person's units.
    const stillLagging = new Set((laggingOf.get(userId) ?? []).map(kpiCellKey));
    for (const r of list) if (r.kpiCell) r.closed = !stillLagging.has(r.kpiCell);
    const first = list[0]!;
    try {
      await repo.transaction(async (tx) => {
        if (!wantsDigest(first.prefs, first.email)) {
          await settle(tx, list, 'skipped');
          return;
        }
        // closed since the reminder was created: nothing to chase any more
        await settle(
          tx,
          list.filter((r) => r.closed),
          'obsolete',
        );
        const open = list.filter((r) => !r.closed);
        if (open.length === 0) return;
        const outboxId = randomUUID();
        // Claim the rows first: a concurrent builder blocks on these row locks and then finds them taken.
        const claimed = await settle(tx, open, 'queued', outboxId);
        const mine = open.filter((r) => claimed.has(`${r.kind}:${r.logId}`));
        if (mine.length === 0) return;
        // one line per item even if several of its stages wait (the latest wins)
        const items = new Map(mine.flatMap((r) => (r.item ? [[r.item.obligationId, r.item] as const] : [])));
        const mail = renderDigest({
          fullName: first.fullName,
          date: today,
          items: [...items.values()],
          kpiRows: laggingOf.get(userId) ?? [],
          now,
          publicUrl: opts.publicUrl,
        });
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

/** Per person: the lagging KPI rows of the units where they are an officer or a leader today. */
async function laggingKpiRowsByPerson(repo: RemindersRepository, userIds: string[], today: string): Promise<Map<string, LaggingKpiRow[]>> {
  const out = new Map<string, LaggingKpiRow[]>();
  const memberships = (await repo.unitsOfPeople(userIds, today)).filter((m): m is { userId: string; unitId: string } => m.unitId !== null);
  if (memberships.length === 0) return out;
  const lagging = await laggingKpiRowsOf(repo.kpi, [...new Set(memberships.map((m) => m.unitId))], today);
  const unitsOf = new Map<string, Set<string>>();
  for (const m of memberships) unitsOf.set(m.userId, (unitsOf.get(m.userId) ?? new Set()).add(m.unitId));
  for (const [userId, units] of unitsOf) {
    // `lagging` is in reading order (red first), so each person's list is too.
    const mine = lagging.filter((r) => units.has(r.unitId));
    if (mine.length) out.set(userId, mine);
  }
  return out;
}
