import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { messageFor, type OrgUnitDto, type UnitKind } from '@dvcq/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import { orgUnitNames, orgUnits } from '../../db/schema.ts';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { assertCanOn, canOn, scopeRoots } from '../../authz/permissions.ts';
import { appError, badRequest, conflict, forbidden, notFound } from '../../http/errors.ts';
import { fold } from '../../text.ts';
import { addDays } from '@dvcq/domain';
import { localToday } from '../../clock.ts';
import { recordAudit, type SystemContext } from '../audit/audit.recorder.ts';
import {
  ancestorIdsOf,
  findRoot,
  findUnit,
  findUnitByCode,
  listUnits,
  nameHistory,
  openChildCount,
  type OrgUnitRow,
  repathSubtree,
  unitsByIds,
} from './org.repository.ts';

export function presentUnit(u: OrgUnitRow, childCount = 0): OrgUnitDto {
  return {
    id: u.id,
    parentId: u.parentId,
    kind: u.kind as UnitKind,
    code: u.code,
    name: u.name,
    shortName: u.shortName,
    validFrom: u.validFrom,
    validTo: u.validTo,
    closedReason: u.closedReason,
    depth: u.depth,
    childCount,
    version: u.version,
  };
}


/** The part of the tree a user may see: their subtrees, and the chain of units above them. */
export async function listVisibleUnits(db: Db, actor: Actor, q: { q?: string | null; includeClosed: boolean; asOf?: string | undefined }) {
  const roots = scopeRoots(actor, 'org.read');
  const ancestorIds = [...new Set(roots.flatMap(ancestorIdsOf))];
  const rows = await listUnits(db, { roots, ancestorIds, q: q.q ?? null, includeClosed: q.includeClosed, ...(q.asOf ? { asOf: q.asOf } : {}) });
  return rows.map((r) => presentUnit(r.unit, r.childCount));
}

export function canReadUnit(actor: Actor, unit: OrgUnitRow): boolean {
  if (canOn(actor, 'org.read', unit.path)) return true;
  // Everyone may read the units above their own (a commune needs its district's and province's names).
  return scopeRoots(actor, 'org.read').some((p) => p.startsWith(unit.path));
}

export async function getUnitDetail(db: Db, actor: Actor, id: string) {
  const unit = await findUnit(db, id);
  if (!unit) throw notFound('org.not_found');
  if (!canReadUnit(actor, unit)) throw forbidden('auth.out_of_scope');
  const ancestors = await unitsByIds(db, ancestorIdsOf(unit.path).filter((a) => a !== unit.id));
  ancestors.sort((a, b) => a.depth - b.depth);
  const history = await nameHistory(db, unit.id);
  return {
    ...presentUnit(unit, await openChildCount(db, unit.id)),
    ancestors: ancestors.map((a) => ({ id: a.id, name: a.name, kind: a.kind as UnitKind })),
    nameHistory: history.map((h) => ({ name: h.name, validFrom: h.validFrom, validTo: h.validTo })),
  };
}

export interface NewUnit {
  parentId: string | null;
  kind: UnitKind;
  code: string;
  name: string;
  shortName: string | null;
  validFrom: string;
}

/** Inserts a unit with its first name-history row. Callers check permissions and run it in a transaction. */
export async function insertUnit(tx: DbOrTx, input: NewUnit, ctx: RequestContext | SystemContext): Promise<OrgUnitRow> {
  if (await findUnitByCode(tx, input.code)) throw appError(409, 'org.code_taken', undefined, { code: messageFor('org.code_taken') });
  let parent: OrgUnitRow | null = null;
  if (input.parentId) {
    parent = await findUnit(tx, input.parentId);
    if (!parent) throw badRequest('org.parent_not_found', undefined, { parentId: 'Không tìm thấy đơn vị cấp trên.' });
    if (parent.validTo) throw badRequest('org.parent_closed', undefined, { parentId: 'Đơn vị cấp trên đã ngừng hoạt động.' });
  } else if (await findRoot(tx)) {
    throw conflict('org.root_exists');
  }
  const id = randomUUID();
  const row = {
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
  await tx.insert(orgUnits).values(row);
  await tx.insert(orgUnitNames).values({ id: randomUUID(), unitId: id, name: input.name, validFrom: input.validFrom, validTo: null });
  await recordAudit(tx, ctx, { action: 'org.unit_created', entityType: 'org_unit', entityId: id, unitId: id, after: row });
  return row;
}

export async function createUnit(db: Db, ctx: RequestContext, input: NewUnit & { parentId: string }) {
  const parent = await findUnit(db, input.parentId);
  if (!parent) throw badRequest('org.parent_not_found', undefined, { parentId: 'Không tìm thấy đơn vị cấp trên.' });
  assertCanOn(ctx.actor, 'org.manage', parent.path);
  const row = await db.transaction((tx) => insertUnit(tx, input, ctx));
  return presentUnit(row);
}

function checkVersion(unit: OrgUnitRow, expected: number | undefined) {
  if (expected !== undefined && expected !== unit.version) throw conflict('org.version_conflict');
}

export async function updateUnit(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: { name?: string | undefined; shortName?: string | null | undefined; kind?: UnitKind | undefined; renamedOn?: string | undefined; expectedVersion?: number | undefined },
) {
  return db.transaction(async (tx) => {
    const unit = await findUnit(tx, id);
    if (!unit) throw notFound('org.not_found');
    assertCanOn(ctx.actor, 'org.manage', unit.path);
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
      if (renamedOn <= unit.validFrom) throw badRequest('org.invalid_dates', undefined, { renamedOn: 'Ngày đổi tên phải sau ngày bắt đầu hiệu lực của đơn vị.' });
      await tx
        .update(orgUnitNames)
        .set({ validTo: addDays(renamedOn, -1) })
        .where(and(eq(orgUnitNames.unitId, id), isNull(orgUnitNames.validTo)));
      await tx.insert(orgUnitNames).values({ id: randomUUID(), unitId: id, name, validFrom: renamedOn, validTo: null });
    }
    await tx.update(orgUnits).set(changes).where(eq(orgUnits.id, id));
    const after = { ...unit, ...changes };
    await recordAudit(tx, ctx, { action: 'org.unit_updated', entityType: 'org_unit', entityId: id, unitId: id, before: unit, after });
    return presentUnit(after, await openChildCount(tx, id));
  });
}

export async function moveUnit(db: Db, ctx: RequestContext, id: string, newParentId: string, expectedVersion?: number) {
  return db.transaction(async (tx) => {
    const unit = await findUnit(tx, id);
    if (!unit) throw notFound('org.not_found');
    const parent = await findUnit(tx, newParentId);
    if (!parent) throw badRequest('org.parent_not_found', undefined, { newParentId: 'Không tìm thấy đơn vị cấp trên.' });
    assertCanOn(ctx.actor, 'org.manage', unit.path);
    assertCanOn(ctx.actor, 'org.manage', parent.path);
    checkVersion(unit, expectedVersion);
    if (!unit.parentId) throw appError(400, 'org.cycle');
    if (parent.path.startsWith(unit.path)) throw badRequest('org.cycle', undefined, { newParentId: 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới.' });
    if (parent.validTo) throw badRequest('org.parent_closed');
    const newPath = `${parent.path}${unit.id}/`;
    await repathSubtree(tx, unit.path, newPath, parent.depth + 1 - unit.depth);
    const changes = { parentId: parent.id, version: unit.version + 1, updatedAt: ctx.now };
    await tx.update(orgUnits).set(changes).where(eq(orgUnits.id, id));
    await recordAudit(tx, ctx, {
      action: 'org.unit_moved',
      entityType: 'org_unit',
      entityId: id,
      unitId: id,
      before: { parentId: unit.parentId, path: unit.path },
      after: { parentId: parent.id, path: newPath },
    });
    const moved = await findUnit(tx, id);
    return presentUnit(moved!, await openChildCount(tx, id));
  });
}

export async function closeUnit(db: Db, ctx: RequestContext, id: string, closedOn: string, reason: string) {
  return db.transaction(async (tx) => {
    const unit = await findUnit(tx, id);
    if (!unit) throw notFound('org.not_found');
    assertCanOn(ctx.actor, 'org.manage', unit.path);
    if (!unit.parentId) throw forbidden('auth.forbidden');
    if (unit.validTo) throw conflict('org.closed');
    if (closedOn < unit.validFrom) throw badRequest('org.invalid_dates', undefined, { closedOn: 'Ngày ngừng hoạt động phải sau ngày bắt đầu hiệu lực.' });
    if ((await openChildCount(tx, id)) > 0) throw conflict('org.has_open_children');
    const changes = { validTo: closedOn, closedReason: reason, version: unit.version + 1, updatedAt: ctx.now };
    await tx.update(orgUnits).set(changes).where(eq(orgUnits.id, id));
    await tx.update(orgUnitNames).set({ validTo: closedOn }).where(and(eq(orgUnitNames.unitId, id), isNull(orgUnitNames.validTo)));
    await recordAudit(tx, ctx, { action: 'org.unit_closed', entityType: 'org_unit', entityId: id, unitId: id, before: unit, after: { ...unit, ...changes } });
    return presentUnit({ ...unit, ...changes });
  });
}
