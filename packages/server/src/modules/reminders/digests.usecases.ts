// Daily digests: from the province's digest hour, each person's reminders waiting for e-mail (plan
// obligations and dialogue conclusions) become one outbox row per person per day (the dedupe key
// 'digest:<user>:<day>' is unique). Reminders closed since they were logged are dropped; a person who
// turned e-mail off has theirs marked skipped. A digest also lists the KPI rows of the person's units
// (officer or leader) that lag today (red or amber by the domain's rules), computed when it is built.
import { randomUUID } from 'node:crypto';
import { formatDateVi, localDateInProvince } from '@dvcq/domain';
import { laggingKpiRowsOf, type LaggingKpiRow } from '../kpi/kpi.usecases.ts';
import { withNamesAsOf } from '../org/restructuring.usecases.ts';
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
  // Units under the names they had on the due dates (issue 11).
  const rows = await withNamesAsOf(repo.plans.org, await repo.awaitingDigest(now), (r) => ({ unitId: r.unitId, date: r.dueDate }));
  const conclusionRows = await withNamesAsOf(repo.plans.org, await repo.awaitingConclusionDigest(now), (r) => ({
    unitId: r.unitId,
    date: r.dueDate,
  }));
  const byUser = new Map<string, { obligations: typeof rows; conclusions: typeof conclusionRows }>();
  const entry = (userId: string) => {
    const e = byUser.get(userId) ?? { obligations: [], conclusions: [] };
    byUser.set(userId, e);
    return e;
  };
  for (const r of rows) entry(r.userId).obligations.push(r);
  for (const r of conclusionRows) entry(r.userId).conclusions.push(r);
  const laggingOf = await laggingKpiRowsByPerson(repo, [...byUser.keys()], today);
  let built = 0;
  for (const [userId, { obligations: list, conclusions }] of byUser) {
    const first = list[0] ?? conclusions[0]!;
    try {
      await repo.transaction(async (tx) => {
        if (!wantsDigest(first.prefs, first.email)) {
          await tx.settlePending(
            list.map((r) => r.logId),
            'skipped',
          );
          await tx.settleConclusionPending(
            conclusions.map((r) => r.logId),
            'skipped',
          );
          return;
        }
        // fulfilled, exempted or cancelled (a conclusion: done or explained) since the reminder was created: nothing to chase any more
        await tx.settlePending(
          list.filter((r) => r.closed).map((r) => r.logId),
          'obsolete',
        );
        await tx.settleConclusionPending(
          conclusions.filter((r) => r.closed).map((r) => r.logId),
          'obsolete',
        );
        const open = list.filter((r) => !r.closed);
        const openConclusions = conclusions.filter((r) => !r.closed);
        if (open.length === 0 && openConclusions.length === 0) return;
        const outboxId = randomUUID();
        // Claim the rows first: a concurrent builder blocks on these row locks and then finds them taken.
        const claimed = new Set(
          await tx.settlePending(
            open.map((r) => r.logId),
            'queued',
            outboxId,
          ),
        );
        const claimedConclusions = new Set(
          await tx.settleConclusionPending(
            openConclusions.map((r) => r.logId),
            'queued',
            outboxId,
          ),
        );
        const mine = open.filter((r) => claimed.has(r.logId));
        const mineConclusions = openConclusions.filter((r) => claimedConclusions.has(r.logId));
        if (mine.length === 0 && mineConclusions.length === 0) return;
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
        for (const r of mineConclusions) {
          items.set(r.conclusionId, {
            obligationId: r.conclusionId,
            title: `Thực hiện kết luận đối thoại: ${r.content}`,
            unitName: r.unitName,
            planNumber: null,
            planTitle: '',
            source: `Kết luận cuộc đối thoại với Nhân dân ngày ${formatDateVi(r.heldOn)}`,
            dueDate: r.dueDate,
            inclusive: true,
            link: `/doi-thoai?ket-luan=${r.conclusionId}`,
          });
        }
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
