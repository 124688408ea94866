// Use cases of the org tree: list what a user may see, read a unit with its history, and create,
// rename, move and close units. Every change is audited in its transaction; writers send the version
// they read, so a concurrent edit is refused instead of overwritten.
import { randomUUID } from 'node:crypto';
import { addDays, placeOfIssuer } from '@dvcq/domain';
import type { OrgUnitDto, UnitKind } from '@dvcq/shared';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { localToday } from '../../clock.ts';
import { fold } from '../../text.ts';
import { recordAudit, type SystemContext } from '../audit/audit.recorder.ts';
import type { OrgRepository, OrgUnitRow } from './org.repository.ts';
import { OrgErrors } from './org.errors.ts';
import { AuthzErrors } from '../../authz/authz.errors.ts';
import { assertCanManageUnit, assertCanReadUnit, readableRoots } from './org.policies.ts';
import { presentUnit, presentUnitDetail } from './org.presenter.ts';
import { ancestorIdsOf } from './org.tree.ts';
import { recordUnitChangeInHistory } from './restructuring.usecases.ts';

/** The part of the tree a user may see: their subtrees, and the chain of units above them. */
export async function listVisibleUnits(
  repo: OrgRepository,
  actor: Actor,
  q: { q?: string | null | undefined; includeClosed: boolean; asOf?: string | undefined },
) {
  const roots = readableRoots(actor);
  const ancestorIds = [...new Set(roots.flatMap(ancestorIdsOf))];
  const rows = await repo.listUnits({ roots, ancestorIds, q: q.q ?? null, includeClosed: q.includeClosed, asOf: q.asOf });
  return rows.map((r) => presentUnit(r.unit, r.childCount));
}

export async function getUnitDetail(repo: OrgRepository, actor: Actor, id: string) {
  const unit = await repo.findUnit(id);
  if (!unit) throw OrgErrors.notFound();
  assertCanReadUnit(actor, unit.path);
  const [ancestors, history, children] = await Promise.all([
    repo.unitsByIds(ancestorIdsOf(unit.path).filter((a) => a !== unit.id)),
    repo.nameHistory(unit.id),
    repo.openChildCount(unit.id),
  ]);
  return presentUnitDetail(unit, children, ancestors, history);
}

/**
 * The place on the date line of the unit's documents: its own territory (a commune, a ward), or that of
 * the nearest unit above it that names one (a department's province). Unchecked: callers authorise.
 */
export async function placeOfUnit(
  repo: Pick<OrgRepository, 'unitsByIds'>,
  unit: Pick<OrgUnitRow, 'name' | 'path'>,
): Promise<string | null> {
  const chain = await repo.unitsByIds(ancestorIdsOf(unit.path));
  const depth = (path: string) => ancestorIdsOf(path).length;
  const above = chain.filter((u) => u.path !== unit.path).sort((a, b) => depth(b.path) - depth(a.path));
  return placeOfIssuer([unit.name, ...above.map((u) => u.name)]);
}

export interface NewUnit {
  parentId: string | null;
  kind: UnitKind;
  code: string;
  name: string;
  shortName: string | null;
  validFrom: string;
}

/**
 * Inserts a unit with its first name-history row. The caller checks permissions and passes its
 * repository bound to a transaction (the CSV import and the demo loader insert many units in one).
 */
export async function insertUnit(tx: OrgRepository, input: NewUnit, ctx: RequestContext | SystemContext): Promise<OrgUnitRow> {
  if (await tx.findUnitByCode(input.code)) throw OrgErrors.codeTaken();
  let parent: OrgUnitRow | null = null;
  if (input.parentId) {
    parent = await tx.findUnit(input.parentId);
    if (!parent) throw OrgErrors.parentNotFound();
    if (parent.validTo) throw OrgErrors.parentClosed('parentId');
  } else if (await tx.findRoot()) {
    throw OrgErrors.rootExists();
  }
  const id = randomUUID();
  const row: OrgUnitRow = {
    id,
    parentId: parent?.id ?? null,
    kind: input.kind,
    code: input.code,
    name: input.name,
    shortName: input.shortName,
    searchText: fold(`${input.name} ${input.shortName ?? ''} ${input.code}`),
    path: `${parent?.path ?? '/'}${id}/`,
    depth: parent ? parent.depth + 1 : 0,
    validFrom: input.validFrom,
    validTo: null,
    closedReason: null,
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await tx.insertUnit(row);
  await tx.insertName({ id: randomUUID(), unitId: id, name: input.name, validFrom: input.validFrom, validTo: null });
  await tx.insertVersions([
    {
      id: randomUUID(),
      unitId: id,
      name: row.name,
      code: row.code,
      kind: row.kind,
      parentId: row.parentId,
      path: row.path,
      depth: row.depth,
      validFrom: row.validFrom,
      validTo: null,
    },
  ]);
  await recordAudit(tx, ctx, { action: 'org.unit_created', entityType: 'org_unit', entityId: id, unitId: id, after: row });
  return row;
}

export async function createUnit(repo: OrgRepository, ctx: RequestContext, input: NewUnit & { parentId: string }): Promise<OrgUnitDto> {
  const parent = await repo.findUnit(input.parentId);
  if (!parent) throw OrgErrors.parentNotFound();
  assertCanManageUnit(ctx.actor, parent.path);
  const row = await repo.transaction((tx) => insertUnit(tx, input, ctx));
  return presentUnit(row);
}

function checkVersion(unit: OrgUnitRow, expected: number | undefined) {
  if (expected !== undefined && expected !== unit.version) throw OrgErrors.versionConflict();
}

export interface UnitChanges {
  name?: string | undefined;
  shortName?: string | null | undefined;
  kind?: UnitKind | undefined;
  renamedOn?: string | undefined;
  expectedVersion?: number | undefined;
}

/** Renaming keeps the old name in the history, ending the day before `renamedOn`. */
export async function updateUnit(
  repo: OrgRepository,
  ctx: RequestContext | SystemContext,
  id: string,
  input: UnitChanges,
): Promise<OrgUnitDto> {
  return repo.transaction(async (tx) => {
    const unit = await tx.findUnit(id);
    if (!unit) throw OrgErrors.notFound();
    if ('actor' in ctx) assertCanManageUnit(ctx.actor, unit.path);
    checkVersion(unit, input.expectedVersion);
    const name = input.name ?? unit.name;
    const shortName = input.shortName === undefined ? unit.shortName : input.shortName;
    const changes = {
      name,
      shortName,
      kind: input.kind ?? unit.kind,
      searchText: fold(`${name} ${shortName ?? ''} ${unit.code}`),
      version: unit.version + 1,
      updatedAt: ctx.now,
    };
    if (name !== unit.name) {
      const renamedOn = input.renamedOn ?? localToday(ctx.now);
      if (renamedOn <= unit.validFrom) throw OrgErrors.invalidDates('renamedOn', 'Ngày đổi tên phải sau ngày bắt đầu hiệu lực của đơn vị.');
      await tx.endCurrentName(id, addDays(renamedOn, -1));
      await tx.insertName({ id: randomUUID(), unitId: id, name, validFrom: renamedOn, validTo: null });
    }
    await tx.updateUnit(id, changes);
    if (name !== unit.name || changes.kind !== unit.kind) {
      await recordUnitChangeInHistory(tx, ctx, {
        kind: 'rename',
        unitId: id,
        name,
        kindTo: changes.kind as UnitKind,
        effectiveDate: name !== unit.name ? (input.renamedOn ?? localToday(ctx.now)) : localToday(ctx.now),
      });
    }
    const after = { ...unit, ...changes };
    await recordAudit(tx, ctx, { action: 'org.unit_updated', entityType: 'org_unit', entityId: id, unitId: id, before: unit, after });
    return presentUnit(after, await tx.openChildCount(id));
  });
}

export async function moveUnit(
  repo: OrgRepository,
  ctx: RequestContext,
  id: string,
  newParentId: string,
  expectedVersion?: number,
): Promise<OrgUnitDto> {
  return repo.transaction(async (tx) => {
    const unit = await tx.findUnit(id);
    if (!unit) throw OrgErrors.notFound();
    const parent = await tx.findUnit(newParentId);
    if (!parent) throw OrgErrors.parentNotFound('newParentId');
    assertCanManageUnit(ctx.actor, unit.path);
    assertCanManageUnit(ctx.actor, parent.path);
    checkVersion(unit, expectedVersion);
    if (!unit.parentId) throw OrgErrors.cycle();
    if (parent.path.startsWith(unit.path)) throw OrgErrors.cycle('newParentId');
    if (parent.validTo) throw OrgErrors.parentClosed();
    const newPath = `${parent.path}${unit.id}/`;
    await tx.repathSubtree(unit.path, newPath, parent.depth + 1 - unit.depth);
    await tx.updateUnit(id, { parentId: parent.id, version: unit.version + 1, updatedAt: ctx.now });
    await recordUnitChangeInHistory(tx, ctx, { kind: 'move', unitId: id, parentId: parent.id, effectiveDate: localToday(ctx.now) });
    await recordAudit(tx, ctx, {
      action: 'org.unit_moved',
      entityType: 'org_unit',
      entityId: id,
      unitId: id,
      before: { parentId: unit.parentId, path: unit.path },
      after: { parentId: parent.id, path: newPath },
    });
    const moved = await tx.findUnit(id);
    return presentUnit(moved!, await tx.openChildCount(id));
  });
}

export async function closeUnit(
  repo: OrgRepository,
  ctx: RequestContext,
  id: string,
  closedOn: string,
  reason: string,
): Promise<OrgUnitDto> {
  return repo.transaction(async (tx) => {
    const unit = await tx.findUnit(id);
    if (!unit) throw OrgErrors.notFound();
    assertCanManageUnit(ctx.actor, unit.path);
    if (!unit.parentId) throw AuthzErrors.forbidden();
    if (unit.validTo) throw OrgErrors.closed();
    if (closedOn < unit.validFrom) throw OrgErrors.invalidDates('closedOn', 'Ngày ngừng hoạt động phải sau ngày bắt đầu hiệu lực.');
    if ((await tx.openChildCount(id)) > 0) throw OrgErrors.hasOpenChildren();
    const changes = { validTo: closedOn, closedReason: reason, version: unit.version + 1, updatedAt: ctx.now };
    await tx.updateUnit(id, changes);
    await tx.endCurrentName(id, closedOn);
    await recordUnitChangeInHistory(tx, ctx, {
      kind: 'dissolve',
      unitId: id,
      successorId: null,
      effectiveDate: addDays(closedOn, 1),
      discardLater: true,
    });
    await recordAudit(tx, ctx, {
      action: 'org.unit_closed',
      entityType: 'org_unit',
      entityId: id,
      unitId: id,
      before: unit,
      after: { ...unit, ...changes },
    });
    return presentUnit({ ...unit, ...changes });
  });
}
