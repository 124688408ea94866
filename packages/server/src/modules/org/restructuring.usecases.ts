// Restructuring the org tree through time (issue 11): preview and apply batches of events (establish,
// rename, move, merge, split, partial transfer, dissolve) with their legal basis, revert the last one
// while nothing was recorded for its new units, read the tree as of a date and a unit's lineage, and
// propose a batch from the text of a resolution such as 1682.
//
// The rules are the domain's (packages/domain/src/org/temporal.ts); here the versions are loaded, the
// batch applied in memory, and the difference written in one transaction: version rows removed and
// added, lineage edges, the batch and its events, org_units (the tree as it stands today) brought in
// line, and audit rows.
import { randomUUID } from 'node:crypto';
import {
  addDays,
  applyOrgEvents,
  ceasedOn,
  diffOnDate,
  placeVersions,
  treeAsOf,
  unitAsOf,
  versionForData,
  type OrgEvent,
  type OrgEventProblem,
  type OrgHistory,
  type PlacedVersion,
  type UnitKind,
  type UnitVersion,
} from '@dvcq/domain';
import type {
  ImportOrgBatchResponseDto,
  OrgBatchDto,
  OrgBatchPreviewDto,
  OrgBatchRequest,
  OrgEventDto,
  OrgEventInput,
  OrgTreeDto,
  UnitLineageDto,
} from '@dvcq/shared';
import type { RequestContext } from '../../authz/actor.ts';
import { assertPermission } from '../../authz/permissions.ts';
import { localToday } from '../../clock.ts';
import { fold } from '../../text.ts';
import { recordAudit, type SystemContext } from '../audit/audit.recorder.ts';
import { OrgErrors } from './org.errors.ts';
import { assertCanManageUnit, assertCanReadUnit, readableRoots } from './org.policies.ts';
import type { OrgBatchRow, OrgRepository, OrgUnitRow, OrgUnitVersionRow } from './org.repository.ts';
import { ancestorIdsOf } from './org.tree.ts';
import { presentBatch, presentTreeNode } from './restructuring.presenter.ts';
import { proposeBatchFromRestructuring } from './restructuring.match.ts';
import { extractDocument } from '@dvcq/extractor';

type Ctx = RequestContext | SystemContext;

const toVersion = (r: OrgUnitVersionRow): UnitVersion => ({
  unitId: r.unitId,
  name: r.name,
  code: r.code,
  kind: r.kind as UnitKind,
  parentId: r.parentId,
  validFrom: r.validFrom,
  validTo: r.validTo,
});

async function loadHistory(tx: OrgRepository): Promise<{ rows: OrgUnitVersionRow[]; history: OrgHistory }> {
  const [rows, edges] = await Promise.all([tx.allVersions(), tx.allEdges()]);
  return {
    rows,
    history: {
      versions: rows.map(toVersion),
      edges: edges.map((e) => ({
        eventId: e.eventId,
        kind: e.kind as OrgHistory['edges'][number]['kind'],
        fromUnitId: e.fromUnitId,
        toUnitId: e.toUnitId,
        date: e.effectiveDate,
        whole: e.whole,
      })),
    },
  };
}

/** The request's events as the domain reads them, each with a fresh id and its effective date. */
export function toDomainEvents(events: readonly OrgEventInput[], effectiveDate: string): OrgEvent[] {
  return events.map((e) => ({ ...e, id: randomUUID(), effectiveDate: e.effectiveDate ?? effectiveDate }) as OrgEvent);
}

const placedKey = (v: {
  unitId: string;
  validFrom: string;
  validTo: string | null;
  name: string;
  code: string;
  kind: string;
  parentId: string | null;
  path: string;
  depth: number;
}) => [v.unitId, v.validFrom, v.validTo ?? '', v.name, v.code, v.kind, v.parentId ?? '', v.path, v.depth].join('|');

interface Rewrite {
  removed: OrgUnitVersionRow[];
  added: OrgUnitVersionRow[];
  newUnitIds: string[];
  unitsBefore: OrgUnitRow[];
  touched: string[];
}

/** The version a unit shows today: today's if it exists, else its last one (ceased) or first (not yet established). */
function currentOf(versions: PlacedVersion[], today: string): PlacedVersion {
  const sorted = [...versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  return (
    sorted.find((v) => v.validFrom <= today && (v.validTo === null || v.validTo >= today)) ??
    (sorted[0]!.validFrom > today ? sorted[0]! : sorted.at(-1)!)
  );
}

/**
 * Applies events to the stored history inside `tx`: checks them (all or nothing), writes the version
 * rows that changed, inserts new units and brings org_units in line with today. Returns what changed,
 * for the batch's revert record. Throws `org.batch_invalid` with every problem.
 */
async function rewriteHistory(
  tx: OrgRepository,
  ctx: Ctx,
  events: OrgEvent[],
  closedReason: string,
  opts: { syncUnits: boolean } = { syncUnits: true },
): Promise<Rewrite & { history: OrgHistory; base: OrgHistory }> {
  const { rows, history } = await loadHistory(tx);
  const result = applyOrgEvents(history, events);
  const problems = mergeProblems(result.problems, await codeProblems(tx, events));
  if (problems.length) throw OrgErrors.batchInvalid(problems);
  const placed = placeVersions(result.history);
  const oldKeys = new Map(rows.map((r) => [placedKey(r), r]));
  const newKeys = new Set(placed.map(placedKey));
  const removed = rows.filter((r) => !newKeys.has(placedKey(r)));
  const added: OrgUnitVersionRow[] = placed.filter((p) => !oldKeys.has(placedKey(p))).map((p) => ({ id: randomUUID(), ...p }));
  const touched = [...new Set([...removed, ...added].map((v) => v.unitId))];
  const existing = new Map((await tx.unitsByIds(touched)).map((u) => [u.id, u]));
  const byUnit = new Map<string, PlacedVersion[]>();
  for (const p of placed)
    if (existing.has(p.unitId) || touched.includes(p.unitId)) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
  const today = localToday(ctx.now);
  const newUnitIds = touched.filter((id) => !existing.has(id));
  // New units first, parents before children (their parent may be new too).
  const fresh = newUnitIds
    .map((id) => ({ id, v: currentOf(byUnit.get(id)!, today), all: byUnit.get(id)! }))
    .sort((a, b) => a.v.depth - b.v.depth);
  for (const { id, v, all } of fresh) {
    const last = [...all].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1)).at(-1)!;
    await tx.insertUnit({
      id,
      parentId: v.parentId,
      kind: v.kind,
      code: v.code,
      name: v.name,
      shortName: null,
      searchText: fold(`${v.name} ${v.code}`),
      path: v.path,
      depth: v.depth,
      validFrom: all.map((x) => x.validFrom).sort()[0]!,
      validTo: last.validTo,
      closedReason: last.validTo ? closedReason : null,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  }
  await tx.deleteVersions(removed.map((r) => r.id));
  await tx.insertVersions(added);
  for (const [id, before] of opts.syncUnits ? existing : new Map<string, OrgUnitRow>()) {
    const all = byUnit.get(id)!;
    const v = currentOf(all, today);
    const last = [...all].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1)).at(-1)!;
    const validTo = last.validTo;
    const changes = {
      parentId: v.parentId,
      kind: v.kind,
      code: v.code,
      name: v.name,
      searchText: fold(`${v.name} ${before.shortName ?? ''} ${v.code}`),
      path: v.path,
      depth: v.depth,
      validTo,
      closedReason: validTo ? (before.closedReason ?? closedReason) : null,
    };
    const same = (Object.keys(changes) as (keyof typeof changes)[]).every((k) => changes[k] === before[k]);
    if (!same) await tx.updateUnit(id, { ...changes, version: before.version + 1, updatedAt: ctx.now });
  }
  return { removed, added, newUnitIds, unitsBefore: [...existing.values()], touched, history: result.history, base: history };
}

/**
 * Keeps the versions in line after a single-unit change made through the older endpoints (rename, move,
 * close): the change goes through the same rules as a batch, without a batch record; org_units was
 * already updated by the caller.
 */
export async function recordUnitChangeInHistory(
  tx: OrgRepository,
  ctx: Ctx,
  event: OrgEventInput & { effectiveDate: string; discardLater?: boolean },
): Promise<void> {
  const [e] = toDomainEvents([event], event.effectiveDate);
  await rewriteHistory(tx, ctx, [e!], '', { syncUnits: false });
}

/** The domain's problems and the register's, one per event and code, in event order. */
function mergeProblems(a: OrgEventProblem[], b: OrgEventProblem[]): OrgEventProblem[] {
  const seen = new Set(a.map((p) => `${p.eventIndex}|${p.code}`));
  return [...a, ...b.filter((p) => !seen.has(`${p.eventIndex}|${p.code}`))].sort((x, y) => x.eventIndex - y.eventIndex);
}

/** Codes of new or recoded units must be free across the whole register (org_units keeps ceased units' codes). */
async function codeProblems(tx: OrgRepository, events: OrgEvent[]): Promise<OrgEventProblem[]> {
  const problems: OrgEventProblem[] = [];
  const seen = new Set<string>();
  for (const [eventIndex, e] of events.entries()) {
    const specs =
      e.kind === 'establish'
        ? [e.unit]
        : e.kind === 'merge' && 'newUnit' in e.into
          ? [e.into.newUnit]
          : e.kind === 'split'
            ? e.into
            : e.kind === 'rename' && e.code
              ? [{ unitId: e.unitId, code: e.code, name: e.name }]
              : [];
    for (const s of specs) {
      const key = s.code.toLowerCase();
      const holder = await tx.findUnitByCode(s.code);
      if ((holder && holder.id !== s.unitId) || seen.has(key)) {
        problems.push({
          code: 'org.event_code_taken',
          eventIndex,
          eventId: e.id,
          unitId: s.unitId,
          message: `Mã đơn vị "${s.code}" của "${s.name}" đã được sử dụng.`,
        });
      }
      seen.add(key);
    }
  }
  return problems;
}

/** The units an event names that exist already (checked against the actor's grants), and the parents of new ones. */
function referencedIds(e: OrgEvent): string[] {
  switch (e.kind) {
    case 'establish':
      return e.unit.parentId ? [e.unit.parentId] : [];
    case 'rename':
      return [e.unitId];
    case 'move':
      return [e.unitId, e.parentId];
    case 'merge':
      return [
        ...e.sources.map((s) => s.unitId),
        ...('existingUnitId' in e.into ? [e.into.existingUnitId] : e.into.newUnit.parentId ? [e.into.newUnit.parentId] : []),
      ];
    case 'split':
      return [e.unitId, ...e.into.flatMap((u) => (u.parentId ? [u.parentId] : []))];
    case 'transfer':
      return [e.fromUnitId, e.toUnitId];
    case 'dissolve':
      return e.successorId ? [e.unitId, e.successorId] : [e.unitId];
  }
}

function newIdsOf(e: OrgEvent): string[] {
  if (e.kind === 'establish') return [e.unit.unitId];
  if (e.kind === 'merge' && 'newUnit' in e.into) return [e.into.newUnit.unitId];
  if (e.kind === 'split') return e.into.map((u) => u.unitId);
  return [];
}

/** The actor manages every existing unit the batch names (units new in the batch are covered by their parents). */
async function assertCanManageBatch(tx: OrgRepository, ctx: RequestContext, events: OrgEvent[]) {
  assertPermission(ctx.actor, 'org.manage');
  const fresh = new Set(events.flatMap(newIdsOf));
  const ids = [...new Set(events.flatMap(referencedIds))].filter((id) => !fresh.has(id));
  const units = await tx.unitsByIds(ids);
  for (const u of units) assertCanManageUnit(ctx.actor, u.path);
}

function unitStateOn(history: OrgHistory, unitId: string, date: string) {
  const v = unitAsOf(history, unitId, date);
  if (!v) return null;
  return {
    name: v.name,
    code: v.code,
    kind: v.kind,
    parentId: v.parentId,
    parentName: v.parentId ? (unitAsOf(history, v.parentId, date)?.name ?? null) : null,
  };
}

function countByKind(history: OrgHistory, date: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const u of treeAsOf(history, date)) out[u.kind] = (out[u.kind] ?? 0) + 1;
  return out;
}

export async function previewOrgBatch(repo: OrgRepository, ctx: RequestContext, req: OrgBatchRequest): Promise<OrgBatchPreviewDto> {
  const events = toDomainEvents(req.events, req.effectiveDate);
  await assertCanManageBatch(repo, ctx, events);
  const { history } = await loadHistory(repo);
  const result = applyOrgEvents(history, events);
  const problems = mergeProblems(result.problems, await codeProblems(repo, events));
  const date = req.effectiveDate;
  const changes = problems.length
    ? []
    : diffOnDate(history, result.history, date).map((c) => ({
        unitId: c.unitId,
        before: unitStateOn(history, c.unitId, date),
        after: unitStateOn(result.history, c.unitId, date),
      }));
  return {
    effectiveDate: date,
    problems: problems.map((p) => ({ eventIndex: p.eventIndex, code: p.code, unitId: p.unitId, message: p.message })),
    changes,
    countsBefore: countByKind(history, date),
    countsAfter: countByKind(problems.length ? history : result.history, date),
  };
}

interface BatchChanges {
  removed: OrgUnitVersionRow[];
  addedIds: string[];
  newUnitIds: string[];
  unitsBefore: OrgUnitRow[];
  /** Obligations of ceased units closed by the batch, and those it gave their successors. */
  cancelledObligationIds?: string[];
  createdObligationIds?: string[];
}

/** Units an event ends, with the day they no longer exist. */
function ceasedBy(e: OrgEvent): string[] {
  if (e.kind === 'merge') return e.sources.filter((s) => s.whole).map((s) => s.unitId);
  if (e.kind === 'split') return e.sourceContinues ? [] : [e.unitId];
  if (e.kind === 'dissolve') return [e.unitId];
  return [];
}

/**
 * Obligations follow the restructuring: what a ceased unit owes by a deadline on or after the effective
 * date is closed as "không còn tồn tại" (cancelled with that reason: neither overdue nor counted), and
 * with the rule 'successor_owes' each successor owes the deliverable once — a commune formed from three
 * owes one report, not three, and never twice if it already owed it.
 */
async function followObligations(
  tx: OrgRepository,
  ctx: Ctx,
  events: OrgEvent[],
  edges: OrgHistory['edges'],
  rule: 'successor_owes' | 'waived',
  reason: string,
): Promise<{ cancelled: string[]; created: string[] }> {
  const cancelled: string[] = [];
  const created: string[] = [];
  for (const e of events) {
    const gone = ceasedBy(e);
    if (!gone.length) continue;
    const open = await tx.openObligationsDueFrom(gone, e.effectiveDate);
    if (!open.length) continue;
    await tx.cancelObligations(
      open.map((o) => o.id),
      ctx.now,
      `Đơn vị không còn tồn tại từ ngày ${e.effectiveDate.split('-').reverse().join('/')} (${reason}).`,
    );
    cancelled.push(...open.map((o) => o.id));
    if (rule !== 'successor_owes') continue;
    const successorsOf = (id: string) => edges.filter((x) => x.eventId === e.id && x.fromUnitId === id).map((x) => x.toUnitId);
    const successors = [...new Set(gone.flatMap(successorsOf))];
    const owed = new Set((await tx.liveMilestonesOf(successors)).map((m) => `${m.milestoneId}|${m.unitId}`));
    const rows = [];
    for (const o of open) {
      for (const s of successorsOf(o.unitId)) {
        const key = `${o.milestoneId}|${s}`;
        if (owed.has(key)) continue;
        owed.add(key);
        const id = randomUUID();
        rows.push({
          ...o,
          id,
          unitId: s,
          firstSubmittedAt: null,
          lastSubmittedAt: null,
          submissionType: null,
          submissionId: null,
          cancelledAt: null,
          cancelledReason: null,
          // The duty is the predecessor's, carried over: "as of" views see it from when it arose.
          createdAt: o.createdAt,
        });
        created.push(id);
      }
    }
    await tx.insertObligations(rows);
  }
  return { cancelled, created };
}

/** Applies a batch in one transaction: versions, lineage, the batch and its events, org_units, audit. */
export async function applyOrgBatch(repo: OrgRepository, ctx: RequestContext | SystemContext, req: OrgBatchRequest): Promise<OrgBatchDto> {
  const events = toDomainEvents(req.events, req.effectiveDate);
  return repo.transaction(async (tx) => {
    if ('actor' in ctx) await assertCanManageBatch(tx, ctx, events);
    const batchId = randomUUID();
    const rewrite = await rewriteHistory(tx, ctx, events, `${req.title} (${req.legalBasis.number})`);
    const changes: BatchChanges = {
      removed: rewrite.removed,
      addedIds: rewrite.added.map((a) => a.id),
      newUnitIds: rewrite.newUnitIds,
      unitsBefore: rewrite.unitsBefore,
    };
    const row = {
      id: batchId,
      title: req.title,
      legalNumber: req.legalBasis.number,
      legalDate: req.legalBasis.date,
      legalIssuer: req.legalBasis.issuer,
      effectiveDate: req.effectiveDate,
      obligationRule: req.obligationRule,
      changes,
      appliedAt: ctx.now,
      appliedBy: 'actor' in ctx ? ctx.actor.userId : null,
      revertedAt: null,
      revertedBy: null,
    };
    await tx.insertBatch(row);
    await tx.insertEvents(
      events.map((e, seq) => ({
        id: e.id,
        batchId,
        seq,
        kind: e.kind,
        effectiveDate: e.effectiveDate,
        payload: e,
        unitIds: [...new Set([...referencedIds(e), ...newIdsOf(e)])],
        createdAt: ctx.now,
      })),
    );
    const known = new Set(rewrite.base.edges.map((e) => `${e.eventId}|${e.fromUnitId}|${e.toUnitId}`));
    const newEdges = rewrite.history.edges.filter((e) => !known.has(`${e.eventId}|${e.fromUnitId}|${e.toUnitId}`));
    await tx.insertEdges(
      newEdges.map((e) => ({
        id: randomUUID(),
        eventId: e.eventId,
        kind: e.kind,
        fromUnitId: e.fromUnitId,
        toUnitId: e.toUnitId,
        effectiveDate: e.date,
        whole: e.whole,
      })),
    );
    const follow = await followObligations(tx, ctx, events, newEdges, req.obligationRule, `${req.title}, ${req.legalBasis.number}`);
    changes.cancelledObligationIds = follow.cancelled;
    changes.createdObligationIds = follow.created;
    await tx.setBatchChanges(batchId, changes);
    const fresh = new Set(rewrite.newUnitIds);
    await recordAudit(tx, ctx, {
      action: 'org.batch_applied',
      entityType: 'org_batch',
      entityId: batchId,
      after: {
        ...row,
        changes: {
          removed: changes.removed.length,
          added: changes.addedIds.length,
          newUnits: changes.newUnitIds.length,
          obligationsClosed: follow.cancelled.length,
          obligationsToSuccessors: follow.created.length,
        },
      },
    });
    for (const e of events) {
      await recordAudit(tx, ctx, {
        action: `org.event_${e.kind}`,
        entityType: 'org_event',
        entityId: e.id,
        // Never a unit of the batch's own making, so that reverting can remove it.
        unitId: referencedIds(e).find((id) => !fresh.has(id)) ?? null,
        after: e,
      });
    }
    return presentBatch(row, events.length);
  });
}

/** Reverts the last batch while nothing was recorded for its new units (accounts, plans, reports, …). */
export async function revertOrgBatch(repo: OrgRepository, ctx: RequestContext, id: string): Promise<OrgBatchDto> {
  assertPermission(ctx.actor, 'org.manage');
  return repo.transaction(async (tx) => {
    const batch = await tx.findBatch(id);
    if (!batch) throw OrgErrors.batchNotFound();
    const events = await tx.eventsOfBatch(id);
    await assertCanManageBatch(
      tx,
      ctx,
      events.map((e) => e.payload as OrgEvent),
    );
    const changes = batch.changes as BatchChanges;
    for (const u of changes.unitsBefore) assertCanManageUnit(ctx.actor, u.path);
    if (batch.revertedAt) throw OrgErrors.batchReverted();
    const last = await tx.lastActiveBatch();
    if (last?.id !== batch.id) throw OrgErrors.batchNotLast();
    if ((await tx.deleteUnsubmittedObligations(changes.createdObligationIds ?? [])) > 0) throw OrgErrors.batchInUse();
    await tx.uncancelObligations(changes.cancelledObligationIds ?? []);
    await tx.deleteEdgesOfEvents(events.map((e) => e.id));
    await tx.deleteVersions(changes.addedIds);
    await tx.insertVersions(changes.removed);
    for (const u of changes.unitsBefore) {
      const { id: unitId, createdAt: _c, ...rest } = u;
      await tx.updateUnit(unitId, { ...rest, version: u.version + 2, updatedAt: ctx.now });
    }
    // Children before parents; a row recorded for a new unit elsewhere makes the delete fail.
    const fresh = await tx.unitsByIds(changes.newUnitIds);
    for (const u of fresh.sort((a, b) => b.depth - a.depth)) {
      try {
        await tx.transaction((sp) => sp.deleteUnit(u.id));
      } catch (err) {
        if (isForeignKeyViolation(err)) throw OrgErrors.batchInUse();
        throw err;
      }
    }
    await tx.markBatchReverted(id, ctx.now, ctx.actor.userId);
    await recordAudit(tx, ctx, { action: 'org.batch_reverted', entityType: 'org_batch', entityId: id, before: { title: batch.title } });
    return presentBatch({ ...batch, revertedAt: ctx.now, revertedBy: ctx.actor.userId }, events.length);
  });
}

function isForeignKeyViolation(err: unknown): boolean {
  for (let e: unknown = err, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    if ((e as { code?: unknown }).code === '23503') return true;
  }
  return false;
}

/** The tree that stood on `asOf` (today by default), within what the user may see. */
export async function getOrgTree(repo: OrgRepository, ctx: RequestContext, asOf: string | undefined): Promise<OrgTreeDto> {
  assertPermission(ctx.actor, 'org.read');
  const date = asOf ?? localToday(ctx.now);
  const roots = readableRoots(ctx.actor);
  const ancestorIds = [...new Set(roots.flatMap(ancestorIdsOf))];
  const rows = await repo.versionsAsOf(date, roots, ancestorIds);
  return { asOf: date, units: rows.map(presentTreeNode) };
}

/** A unit's versions (name, code, kind, parent over time) and its predecessors and successors with legal basis. */
export async function getUnitLineage(repo: OrgRepository, ctx: RequestContext, unitId: string): Promise<UnitLineageDto> {
  const unit = await repo.findUnit(unitId);
  if (!unit) throw OrgErrors.notFound();
  assertCanReadUnit(ctx.actor, unit.path);
  const [versions, edges] = await Promise.all([repo.versionsOf(unitId), repo.edgesOf(unitId)]);
  const others = [
    ...new Set([
      ...versions.flatMap((v) => (v.parentId ? [v.parentId] : [])),
      ...edges.flatMap((e) => [e.edge.fromUnitId, e.edge.toUnitId]),
    ]),
  ];
  const otherVersions = { versions: (await repo.versionsOfUnits(others)).map(toVersion) };
  const nameOn = (id: string, date: string) => unitAsOf(otherVersions, id, date)?.name ?? null;
  // Consecutive versions that differ only in path (an ancestor moved) read as one.
  const shown: UnitLineageDto['versions'] = [];
  for (const v of versions) {
    const item = {
      name: v.name,
      code: v.code,
      kind: v.kind as UnitKind,
      parentId: v.parentId,
      parentName: v.parentId ? nameOn(v.parentId, v.validFrom) : null,
      validFrom: v.validFrom,
      validTo: v.validTo,
    };
    const prev = shown.at(-1);
    if (
      prev &&
      prev.name === item.name &&
      prev.code === item.code &&
      prev.kind === item.kind &&
      prev.parentId === item.parentId &&
      prev.parentName === item.parentName
    ) {
      prev.validTo = item.validTo;
    } else shown.push(item);
  }
  const link = (e: (typeof edges)[number], other: string, date: string) => ({
    unitId: other,
    name: nameOn(other, date) ?? other,
    kind: e.edge.kind as UnitLineageDto['predecessors'][number]['kind'],
    whole: e.edge.whole,
    date: e.edge.effectiveDate,
    batchId: e.batch.id,
    legalBasis: { number: e.batch.legalNumber, date: e.batch.legalDate, issuer: e.batch.legalIssuer },
  });
  const active = edges.filter((e) => e.batch.revertedAt === null);
  const ordered = (links: ReturnType<typeof link>[]) =>
    links.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name, 'vi'));
  return {
    unitId,
    versions: shown,
    predecessors: ordered(
      active.filter((e) => e.edge.toUnitId === unitId).map((e) => link(e, e.edge.fromUnitId, addDays(e.edge.effectiveDate, -1))),
    ),
    successors: ordered(active.filter((e) => e.edge.fromUnitId === unitId).map((e) => link(e, e.edge.toUnitId, e.edge.effectiveDate))),
    ceasedOn: ceasedOn({ versions: versions.map(toVersion) }, unitId),
  };
}

/**
 * The names units had for data about given dates (a 2024 report, a 2024 ranking), for printing past
 * records under the name they were issued with. Key: `${unitId}|${date}`.
 */
export async function namesAsOf(repo: OrgRepository, requests: readonly { unitId: string; date: string }[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!requests.length) return out;
  // Versions grouped by unit once: a reminder run or a KPI list asks for thousands of rows at national scale.
  const byUnit = new Map<string, ReturnType<typeof toVersion>[]>();
  for (const row of await repo.versionsOfUnits([...new Set(requests.map((r) => r.unitId))])) {
    const v = toVersion(row);
    byUnit.set(v.unitId, [...(byUnit.get(v.unitId) ?? []), v]);
  }
  for (const r of requests) {
    const key = `${r.unitId}|${r.date}`;
    if (out.has(key)) continue;
    const v = versionForData({ versions: byUnit.get(r.unitId) ?? [] }, r.unitId, r.date);
    if (v) out.set(key, v.name);
  }
  return out;
}

/**
 * The rows with `unitName` as the unit was named on each row's date (`namesAsOf`): lists of past
 * obligations, reminders, KPI rows and calendar entries print the name of the time; a date still ahead
 * reads today's name. A row whose unit has no version keeps its name.
 */
export async function withNamesAsOf<R extends { unitName: string | null }>(
  repo: OrgRepository,
  rows: readonly R[],
  at: (row: R) => { unitId: string | null; date: string },
): Promise<R[]> {
  // `unitName` is a name field of every R here; TypeScript cannot see through the generic.
  return withNamedFieldsAsOf(repo, rows, (row) => ({ unitName: at(row) }) as NamedFields<R>);
}

/** The keys of a row that hold a unit's name. */
type NameField<R> = { [K in keyof R]: R[K] extends string | null ? K : never }[keyof R];
/** For each named field of a row, the unit and the date it is about. */
type NamedFields<R> = Partial<Record<NameField<R>, { unitId: string | null; date: string }>>;

/**
 * `withNamesAsOf` for rows that name several units (a KPI row's unit and its lead unit, a conclusion's
 * dialogue unit and its assignee): each named field with the unit and date it is about, in one read.
 */
export async function withNamedFieldsAsOf<R extends object>(
  repo: OrgRepository,
  rows: readonly R[],
  fields: (row: R) => NamedFields<R>,
): Promise<R[]> {
  const asked = rows.map((row) => ({
    row,
    fields: (Object.entries(fields(row)) as [NameField<R>, { unitId: string | null; date: string } | undefined][]).flatMap(([field, at]) =>
      at ? [[field, at] as const] : [],
    ),
  }));
  const names = await namesAsOf(
    repo,
    asked.flatMap((a) => a.fields.flatMap(([, { unitId, date }]) => (unitId ? [{ unitId, date }] : []))),
  );
  return asked.map(({ row, fields: named }) => {
    let out = row;
    for (const [field, { unitId, date }] of named) {
      const name = names.get(`${unitId}|${date}`);
      if (name && name !== out[field]) out = { ...out, [field]: name };
    }
    return out;
  });
}

/**
 * The lineage of the whole tree with the versions of every unit that has a predecessor or successor: what
 * `figureAcrossRestructuring` needs to compare a merged unit with its predecessors' past results.
 */
export async function lineageHistory(repo: OrgRepository): Promise<Pick<OrgHistory, 'versions' | 'edges'>> {
  const edges = (await repo.allEdges()).map((e) => ({
    eventId: e.eventId,
    kind: e.kind as OrgHistory['edges'][number]['kind'],
    fromUnitId: e.fromUnitId,
    toUnitId: e.toUnitId,
    date: e.effectiveDate,
    whole: e.whole,
  }));
  const ids = [...new Set(edges.flatMap((e) => [e.fromUnitId, e.toUnitId]))];
  return { edges, versions: ids.length ? (await repo.versionsOfUnits(ids)).map(toVersion) : [] };
}

/** Restructuring events, newest first: of one unit (readers of that unit), or all (administrators). */
export async function listOrgEvents(
  repo: OrgRepository,
  ctx: RequestContext,
  q: { unitId?: string | undefined; batchId?: string | undefined; limit: number },
): Promise<OrgEventDto[]> {
  if (q.unitId) {
    const unit = await repo.findUnit(q.unitId);
    if (!unit) throw OrgErrors.notFound();
    assertCanReadUnit(ctx.actor, unit.path);
  } else assertPermission(ctx.actor, 'org.manage');
  const rows = await repo.listEvents(q);
  const ids = [...new Set(rows.flatMap((r) => r.event.unitIds))];
  const history = { versions: (await repo.versionsOfUnits(ids)).map(toVersion) };
  return rows.map(({ event, batch }) => ({
    id: event.id,
    batchId: batch.id,
    batchTitle: batch.title,
    legalBasis: { number: batch.legalNumber, date: batch.legalDate, issuer: batch.legalIssuer },
    kind: event.kind as OrgEventDto['kind'],
    effectiveDate: event.effectiveDate,
    units: event.unitIds.map((id) => ({
      id,
      name: unitAsOf(history, id, addDays(event.effectiveDate, -1))?.name ?? unitAsOf(history, id, event.effectiveDate)?.name ?? id,
    })),
    revertedAt: batch.revertedAt ? batch.revertedAt.toISOString() : null,
  }));
}

/**
 * Reads a resolution's text and proposes a batch: each unit formed becomes a merge of the old units it
 * names (matched by name without diacritics, the bracketed district telling namesakes apart), old units
 * left with nothing are dissolved, and what could not be matched is listed. Nothing is written.
 */
export async function importOrgBatchFromDocument(
  repo: OrgRepository,
  ctx: RequestContext,
  req: { text: string; effectiveDate: string; parentId: string; codePrefix: string },
): Promise<ImportOrgBatchResponseDto> {
  const parent = await repo.findUnit(req.parentId);
  if (!parent) throw OrgErrors.parentNotFound();
  assertCanManageUnit(ctx.actor, parent.path);
  const extraction = extractDocument(req.text.normalize('NFC'));
  if (extraction.restructuring.length === 0) throw OrgErrors.noRestructuring();
  const { history } = await loadHistory(repo);
  const dayBefore = addDays(req.effectiveDate, -1);
  const standing = treeAsOf(history, dayBefore);
  const proposal = proposeBatchFromRestructuring(extraction.restructuring, standing, {
    parentId: req.parentId,
    codePrefix: req.codePrefix,
    takenCodes: new Set((await repo.allUnits()).map((u) => u.code.toLowerCase())),
    newId: randomUUID,
  });
  return {
    batch: {
      title: extraction.title ? extraction.title.slice(0, 300) : 'Sắp xếp đơn vị hành chính',
      legalBasis: {
        number: (extraction.number ?? 'Chưa rõ số').slice(0, 60),
        date: extraction.issuedOn ?? req.effectiveDate,
        issuer: (extraction.issuer ?? 'Chưa rõ cơ quan ban hành').slice(0, 300),
      },
      effectiveDate: req.effectiveDate,
      obligationRule: 'successor_owes',
      events: proposal.events,
    },
    entries: proposal.entries,
    unmatched: proposal.unmatched,
    dissolved: proposal.dissolved,
  };
}

export type { OrgBatchRow };
