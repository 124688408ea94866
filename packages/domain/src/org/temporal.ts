// The org tree through time (issue 11). A unit is a chain of versions (name, code, kind, parent), each
// valid over a closed interval of days; restructuring events (establish, rename, move, merge, split,
// partial transfer, dissolve) end some versions the day before their effective date and start new ones
// on it, and link units by lineage edges (predecessor → successor, with the event that made the link).
// Everything here is pure: the server loads versions and edges, applies a batch, and stores the result.
import { addDays, compareLocalDates, isLocalDate, type LocalDate } from '../calendar/local-date.ts';
import type { UnitKind } from '../obligations/org-units.ts';
import { foldVietnamese } from '../text/fold.ts';

/** One version of a unit: what it was called and where it stood from validFrom to validTo (inclusive). */
export interface UnitVersion {
  unitId: string;
  name: string;
  code: string;
  kind: UnitKind;
  parentId: string | null;
  validFrom: LocalDate;
  /** Last day of this version (inclusive); null while it holds. */
  validTo: LocalDate | null;
}

export type LineageKind = 'merge' | 'split' | 'transfer' | 'dissolve';

/** A predecessor → successor link: all of `fromUnitId` (whole) or a part of it went into `toUnitId` on `date`. */
export interface LineageEdge {
  eventId: string;
  kind: LineageKind;
  fromUnitId: string;
  toUnitId: string;
  /** The effective date: first day of the successor's part. */
  date: LocalDate;
  whole: boolean;
}

export interface OrgHistory {
  versions: UnitVersion[];
  edges: LineageEdge[];
}

/** A unit an event brings into being. */
export interface NewUnitSpec {
  unitId: string;
  name: string;
  code: string;
  kind: UnitKind;
  parentId: string | null;
}

export const ORG_EVENT_KINDS = ['establish', 'rename', 'move', 'merge', 'split', 'transfer', 'dissolve'] as const;

export type OrgEventKind = (typeof ORG_EVENT_KINDS)[number];

export const ORG_EVENT_KIND_LABELS: Readonly<Record<OrgEventKind, string>> = {
  establish: 'Thành lập',
  rename: 'Đổi tên',
  move: 'Chuyển đơn vị cấp trên',
  merge: 'Sáp nhập, hợp nhất',
  split: 'Chia tách',
  transfer: 'Điều chuyển một phần',
  dissolve: 'Giải thể',
};

interface EventBase {
  id: string;
  /** First day the new state holds; versions it ends close on the day before. */
  effectiveDate: LocalDate;
}

export type OrgEvent =
  | (EventBase & { kind: 'establish'; unit: NewUnitSpec })
  | (EventBase & { kind: 'rename'; unitId: string; name: string; code?: string | undefined; kindTo?: UnitKind | undefined })
  | (EventBase & { kind: 'move'; unitId: string; parentId: string })
  | (EventBase & {
      kind: 'merge';
      /** Units merged: a whole source ceases; a partial one gives a part and carries on. */
      sources: { unitId: string; whole: boolean }[];
      /** An existing unit that absorbs the others (it carries on), or a new unit formed from them. */
      into: { existingUnitId: string } | { newUnit: NewUnitSpec };
    })
  | (EventBase & {
      kind: 'split';
      unitId: string;
      into: NewUnitSpec[];
      /** The source carries on (a part is split off) instead of ceasing. */
      sourceContinues: boolean;
    })
  | (EventBase & { kind: 'transfer'; fromUnitId: string; toUnitId: string })
  | (EventBase & {
      kind: 'dissolve';
      unitId: string;
      /** Who takes over its functions, if any (a lineage edge is recorded). */
      successorId?: string | null | undefined;
      /**
       * Closing a unit as a correction (the older "close unit" action): versions recorded after the
       * closing day are dropped instead of refusing the event.
       */
      discardLater?: boolean | undefined;
    });

/** A refusal to apply an event, with a stable code (the catalogue gives the Vietnamese message). */
export interface OrgEventProblem {
  code:
    | 'org.event_bad_date'
    | 'org.event_unit_missing'
    | 'org.event_unit_exists'
    | 'org.event_parent_missing'
    | 'org.event_cycle'
    | 'org.event_changed_later'
    | 'org.event_open_children'
    | 'org.event_no_change'
    | 'org.event_bad_sources'
    | 'org.event_code_taken';
  /** Index of the event in its batch. */
  eventIndex: number;
  eventId: string;
  /** The unit concerned (id), when there is one. */
  unitId: string | null;
  /** Vietnamese explanation, naming the unit as it stood. */
  message: string;
}

// ——— Reading the history ———

const coversDate = (v: UnitVersion, date: LocalDate): boolean =>
  compareLocalDates(v.validFrom, date) <= 0 && (v.validTo === null || compareLocalDates(date, v.validTo) <= 0);

/** The version of `unitId` that held on `date`, or null when the unit did not exist then. */
export function unitAsOf(history: Pick<OrgHistory, 'versions'>, unitId: string, date: LocalDate): UnitVersion | null {
  for (const v of history.versions) if (v.unitId === unitId && coversDate(v, date)) return v;
  return null;
}

/** A unit as it stood on a date, with its place in the tree then. */
export interface UnitOnDate extends UnitVersion {
  /** Materialised path of ids as of the date: '/root/…/self/'. */
  path: string;
  depth: number;
}

/**
 * The tree as it stood on `date`: every unit that existed then, with its path. A unit whose parent did
 * not exist on that day (bad data) is listed as a root rather than dropped; a cycle is cut where found.
 */
export function treeAsOf(history: Pick<OrgHistory, 'versions'>, date: LocalDate): UnitOnDate[] {
  const byId = new Map<string, UnitVersion>();
  for (const v of history.versions) if (coversDate(v, date)) byId.set(v.unitId, v);
  const paths = new Map<string, string>();
  const pathOf = (id: string, seen: Set<string>): string => {
    const known = paths.get(id);
    if (known !== undefined) return known;
    const v = byId.get(id)!;
    let path: string;
    if (v.parentId === null || !byId.has(v.parentId) || seen.has(v.parentId)) path = `/${id}/`;
    else {
      seen.add(id);
      path = `${pathOf(v.parentId, seen)}${id}/`;
    }
    paths.set(id, path);
    return path;
  };
  const out: UnitOnDate[] = [];
  for (const [id, v] of byId) {
    const path = pathOf(id, new Set([id]));
    out.push({ ...v, path, depth: path.split('/').length - 3 });
  }
  return out.sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name, 'vi'));
}

/**
 * The version to print beside data about `date`: the one that held then; for a day after the unit
 * ceased, its last version; for a day before it existed, its first. Null for an unknown unit.
 */
export function versionForData(history: Pick<OrgHistory, 'versions'>, unitId: string, date: LocalDate): UnitVersion | null {
  const own = history.versions.filter((v) => v.unitId === unitId).sort((a, b) => compareLocalDates(a.validFrom, b.validFrom));
  if (!own.length) return null;
  const covering = own.find((v) => coversDate(v, date));
  if (covering) return covering;
  const before = own.filter((v) => v.validTo !== null && compareLocalDates(v.validTo, date) < 0);
  return before.at(-1) ?? own[0]!;
}

/** Predecessors (edges into the unit) and successors (edges out of it), oldest first. */
export function lineageOf(history: Pick<OrgHistory, 'edges'>, unitId: string): { predecessors: LineageEdge[]; successors: LineageEdge[] } {
  const byDate = (a: LineageEdge, b: LineageEdge) => compareLocalDates(a.date, b.date);
  return {
    predecessors: history.edges.filter((e) => e.toUnitId === unitId).sort(byDate),
    successors: history.edges.filter((e) => e.fromUnitId === unitId).sort(byDate),
  };
}

/**
 * Every unit whose data flows into `unitId` through lineage (predecessors of predecessors, …), each with
 * whether all of it did. Used for "2024: bình quân của 3 xã trước sáp nhập" and for successors reading
 * their predecessors' records.
 */
export function ancestorsInLineage(history: Pick<OrgHistory, 'edges'>, unitId: string): { unitId: string; whole: boolean }[] {
  const out = new Map<string, boolean>();
  const walk = (id: string, whole: boolean) => {
    for (const e of history.edges) {
      if (e.toUnitId !== id || e.fromUnitId === unitId) continue;
      const w = whole && e.whole;
      const before = out.get(e.fromUnitId);
      if (before === undefined || (!before && w)) {
        out.set(e.fromUnitId, w);
        walk(e.fromUnitId, w);
      }
    }
  };
  walk(unitId, true);
  return [...out].map(([id, whole]) => ({ unitId: id, whole }));
}

/** The date a unit ceased (the day after its last version ends), or null while it exists. */
export function ceasedOn(history: Pick<OrgHistory, 'versions'>, unitId: string): LocalDate | null {
  let last: UnitVersion | null = null;
  for (const v of history.versions) {
    if (v.unitId !== unitId) continue;
    if (v.validTo === null) return null;
    if (!last || compareLocalDates(v.validTo, last.validTo!) > 0) last = v;
  }
  return last ? addDays(last.validTo!, 1) : null;
}

// ——— Applying events ———

const sameAttributes = (a: UnitVersion, b: UnitVersion) =>
  a.name === b.name && a.code === b.code && a.kind === b.kind && a.parentId === b.parentId;

/** Sorts versions per unit by date and joins adjacent versions that say the same thing. */
export function normaliseVersions(versions: readonly UnitVersion[]): UnitVersion[] {
  const sorted = [...versions].sort((a, b) =>
    a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : compareLocalDates(a.validFrom, b.validFrom),
  );
  const out: UnitVersion[] = [];
  for (const v of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.unitId === v.unitId && prev.validTo !== null && addDays(prev.validTo, 1) === v.validFrom && sameAttributes(prev, v)) {
      out[out.length - 1] = { ...prev, validTo: v.validTo };
    } else out.push({ ...v });
  }
  return out;
}

type Patch = Partial<Pick<UnitVersion, 'name' | 'code' | 'kind' | 'parentId'>>;

class Working {
  versions: UnitVersion[];
  edges: LineageEdge[];
  constructor(h: OrgHistory) {
    this.versions = h.versions.map((v) => ({ ...v }));
    this.edges = h.edges.map((e) => ({ ...e }));
  }
  of(unitId: string) {
    return this.versions.filter((v) => v.unitId === unitId).sort((a, b) => compareLocalDates(a.validFrom, b.validFrom));
  }
  at(unitId: string, date: LocalDate) {
    return unitAsOf(this, unitId, date);
  }
  exists(unitId: string) {
    return this.versions.some((v) => v.unitId === unitId);
  }
  /** Splits the version covering `date` so that one starts exactly on it. */
  cut(unitId: string, date: LocalDate) {
    const v = this.at(unitId, date);
    if (!v || v.validFrom === date) return;
    const rest: UnitVersion = { ...v, validFrom: date };
    v.validTo = addDays(date, -1);
    this.versions.push(rest);
  }
  /**
   * From `date` on, sets the patched attributes. Later versions take the change too while they still
   * carry the value the unit had on `date` (a rename dated in the past reaches a later move's version,
   * but not a later rename).
   */
  patch(unitId: string, date: LocalDate, patch: Patch) {
    const original = this.at(unitId, date)!;
    const before: Patch = { name: original.name, code: original.code, kind: original.kind, parentId: original.parentId };
    this.cut(unitId, date);
    const keys = Object.keys(patch) as (keyof Patch)[];
    const stillCarrying = new Set(keys);
    for (const v of this.of(unitId)) {
      if (compareLocalDates(v.validFrom, date) < 0) continue;
      for (const k of keys) {
        if (!stillCarrying.has(k)) continue;
        if (v[k] !== before[k]) stillCarrying.delete(k);
        else (v as unknown as Record<string, unknown>)[k] = patch[k];
      }
    }
  }
  /** Ends the unit the day before `date`. */
  cease(unitId: string, date: LocalDate) {
    this.cut(unitId, date);
    this.versions = this.versions.filter((v) => v.unitId !== unitId || compareLocalDates(v.validFrom, date) < 0);
  }
  add(spec: NewUnitSpec, date: LocalDate) {
    this.versions.push({ ...spec, validFrom: date, validTo: null });
  }
  /** Changed after `date` (a version starting after it, or ending after it but not open): events must come in order per unit. */
  changedAfter(unitId: string, date: LocalDate) {
    return this.of(unitId).some(
      (v) => compareLocalDates(v.validFrom, date) > 0 || (v.validTo !== null && compareLocalDates(v.validTo, date) >= 0),
    );
  }
  openChildrenOn(unitId: string, date: LocalDate) {
    return this.versions.filter((v) => v.parentId === unitId && coversDate(v, date));
  }
  isInSubtreeOn(candidate: string, root: string, date: LocalDate) {
    const seen = new Set<string>();
    let cur: string | null = candidate;
    while (cur !== null && !seen.has(cur)) {
      if (cur === root) return true;
      seen.add(cur);
      cur = this.at(cur, date)?.parentId ?? null;
    }
    return false;
  }
}

/** Ids of the units an event touches (for the preview and for locking). */
export function unitsOfEvent(e: OrgEvent): string[] {
  switch (e.kind) {
    case 'establish':
      return [e.unit.unitId];
    case 'rename':
    case 'move':
      return [e.unitId];
    case 'merge':
      return [...e.sources.map((s) => s.unitId), 'existingUnitId' in e.into ? e.into.existingUnitId : e.into.newUnit.unitId];
    case 'split':
      return [e.unitId, ...e.into.map((u) => u.unitId)];
    case 'transfer':
      return [e.fromUnitId, e.toUnitId];
    case 'dissolve':
      return e.successorId ? [e.unitId, e.successorId] : [e.unitId];
  }
}

export interface BatchResult {
  history: OrgHistory;
  problems: OrgEventProblem[];
}

/**
 * Applies a batch of events in order. All or nothing: with any problem the returned history is the
 * input unchanged, and every problem found is listed (checking goes on past the first one so a reviewer
 * sees them all). Events of one batch see the effects of the events before them (a district can be
 * dissolved after its communes were merged into new ones under the province).
 */
export function applyOrgEvents(history: OrgHistory, events: readonly OrgEvent[]): BatchResult {
  const w = new Working(history);
  const problems: OrgEventProblem[] = [];
  const codesOn = (date: LocalDate) => new Set(w.versions.filter((v) => coversDate(v, date)).map((v) => foldVietnamese(v.code)));
  events.forEach((e, eventIndex) => {
    const fail = (code: OrgEventProblem['code'], unitId: string | null, message: string) => {
      problems.push({ code, eventIndex, eventId: e.id, unitId, message });
      return false;
    };
    const d = e.effectiveDate;
    if (!isLocalDate(d)) return fail('org.event_bad_date', null, `Ngày hiệu lực không hợp lệ: ${String(d)}.`);
    /** The unit exists on the effective date (as things stand before the event) and nothing is recorded for it after. */
    const live = (id: string, opts: { mayChangeLater?: boolean } = {}): UnitVersion | null => {
      const v = w.at(id, d) ?? null;
      if (!v) {
        const ever = w.of(id)[0];
        fail(
          'org.event_unit_missing',
          id,
          ever ? `Đơn vị "${ever.name}" không tồn tại vào ngày hiệu lực ${d}.` : `Không tìm thấy đơn vị ${id}.`,
        );
        return null;
      }
      if (!opts.mayChangeLater && w.changedAfter(id, d)) {
        fail('org.event_changed_later', id, `Đơn vị "${v.name}" đã có thay đổi sau ngày ${d}; hãy ghi các sự kiện theo thứ tự thời gian.`);
        return null;
      }
      return v;
    };
    const canCreate = (spec: NewUnitSpec): boolean => {
      if (w.exists(spec.unitId)) return fail('org.event_unit_exists', spec.unitId, `Đơn vị "${spec.name}" đã có trong cây đơn vị.`);
      if (spec.parentId !== null && !w.at(spec.parentId, d)) {
        return fail('org.event_parent_missing', spec.unitId, `Đơn vị cấp trên của "${spec.name}" không tồn tại vào ngày ${d}.`);
      }
      if (codesOn(d).has(foldVietnamese(spec.code)))
        return fail('org.event_code_taken', spec.unitId, `Mã đơn vị "${spec.code}" đã được dùng.`);
      return true;
    };
    const noOpenChildren = (id: string, name: string, allowedAfter: Set<string> = new Set()): boolean => {
      const kids = w.openChildrenOn(id, d).filter((k) => !allowedAfter.has(k.unitId));
      if (kids.length === 0) return true;
      return fail(
        'org.event_open_children',
        id,
        `"${name}" còn ${kids.length} đơn vị trực thuộc vào ngày ${d} (${kids
          .slice(0, 3)
          .map((k) => k.name)
          .join(', ')}${kids.length > 3 ? ', …' : ''}); hãy chuyển hoặc sắp xếp các đơn vị đó trước.`,
      );
    };
    const edge = (kind: LineageKind, from: string, to: string, whole: boolean) =>
      w.edges.push({ eventId: e.id, kind, fromUnitId: from, toUnitId: to, date: d, whole });

    switch (e.kind) {
      case 'establish': {
        if (canCreate(e.unit)) w.add(e.unit, d);
        return;
      }
      case 'rename': {
        const v = live(e.unitId, { mayChangeLater: true });
        if (!v) return;
        const patch: Patch = {};
        if (e.name !== v.name) patch.name = e.name;
        if (e.code !== undefined && e.code !== v.code) {
          if (codesOn(d).has(foldVietnamese(e.code))) return fail('org.event_code_taken', e.unitId, `Mã đơn vị "${e.code}" đã được dùng.`);
          patch.code = e.code;
        }
        if (e.kindTo !== undefined && e.kindTo !== v.kind) patch.kind = e.kindTo;
        if (Object.keys(patch).length === 0) return fail('org.event_no_change', e.unitId, `Tên mới của "${v.name}" trùng tên hiện tại.`);
        w.patch(e.unitId, d, patch);
        return;
      }
      case 'move': {
        const v = live(e.unitId, { mayChangeLater: true });
        if (!v) return;
        if (!w.at(e.parentId, d))
          return fail('org.event_parent_missing', e.unitId, `Đơn vị cấp trên mới của "${v.name}" không tồn tại vào ngày ${d}.`);
        if (v.parentId === e.parentId) return fail('org.event_no_change', e.unitId, `"${v.name}" đã thuộc đơn vị cấp trên này.`);
        if (w.isInSubtreeOn(e.parentId, e.unitId, d)) {
          return fail('org.event_cycle', e.unitId, `Không thể chuyển "${v.name}" vào chính nó hoặc đơn vị cấp dưới của nó.`);
        }
        w.patch(e.unitId, d, { parentId: e.parentId });
        return;
      }
      case 'merge': {
        const ids = e.sources.map((s) => s.unitId);
        const intoId = 'existingUnitId' in e.into ? e.into.existingUnitId : e.into.newUnit.unitId;
        if (ids.length === 0 || new Set(ids).size !== ids.length || ids.includes(intoId)) {
          return fail(
            'org.event_bad_sources',
            null,
            'Danh sách đơn vị được sáp nhập trống, có đơn vị lặp lại hoặc có chính đơn vị tiếp nhận.',
          );
        }
        if ('existingUnitId' in e.into && ids.length === 1 && e.sources[0]!.whole === false) {
          return fail(
            'org.event_bad_sources',
            null,
            'Chuyển một phần của một đơn vị sang đơn vị khác là điều chuyển một phần, không phải sáp nhập.',
          );
        }
        // A partial source may already have ceased on this very day by an earlier event of the batch
        // ("một phần" of a commune whose other part formed the previous new commune).
        const sources = e.sources.map((s) =>
          !s.whole && !w.at(s.unitId, d) && w.at(s.unitId, addDays(d, -1))
            ? w.at(s.unitId, addDays(d, -1))
            : live(s.unitId, { mayChangeLater: !s.whole }),
        );
        if (sources.some((s) => s === null)) return;
        if ('existingUnitId' in e.into) {
          if (!live(e.into.existingUnitId, { mayChangeLater: true })) return;
        } else if (!canCreate(e.into.newUnit)) return;
        // A whole source ceases: its open children must already sit elsewhere (or be the new unit's parent chain).
        for (const [i, s] of e.sources.entries()) if (s.whole && !noOpenChildren(s.unitId, sources[i]!.name)) return;
        if ('newUnit' in e.into) {
          const parent = e.into.newUnit.parentId;
          if (parent && e.sources.some((s) => s.whole && s.unitId === parent)) {
            return fail(
              'org.event_parent_missing',
              intoId,
              `Đơn vị cấp trên của "${e.into.newUnit.name}" ngừng tồn tại trong cùng sự kiện.`,
            );
          }
          w.add(e.into.newUnit, d);
        }
        for (const s of e.sources) {
          if (s.whole) w.cease(s.unitId, d);
          edge('merge', s.unitId, intoId, s.whole);
        }
        return;
      }
      case 'split': {
        const v = live(e.unitId, { mayChangeLater: e.sourceContinues });
        if (!v) return;
        if (e.into.length === 0 || (e.into.length === 1 && !e.sourceContinues)) {
          return fail(
            'org.event_bad_sources',
            e.unitId,
            `Chia tách "${v.name}" cần ít nhất hai đơn vị kết quả (hoặc đơn vị cũ còn tồn tại).`,
          );
        }
        for (const spec of e.into) if (!canCreate(spec)) return;
        if (new Set(e.into.map((u) => foldVietnamese(u.code))).size !== e.into.length) {
          return fail('org.event_code_taken', e.unitId, 'Các đơn vị mới có mã trùng nhau.');
        }
        if (!e.sourceContinues && !noOpenChildren(e.unitId, v.name)) return;
        for (const spec of e.into) {
          w.add(spec, d);
          edge('split', e.unitId, spec.unitId, false);
        }
        if (!e.sourceContinues) w.cease(e.unitId, d);
        return;
      }
      case 'transfer': {
        if (e.fromUnitId === e.toUnitId) return fail('org.event_bad_sources', e.fromUnitId, 'Đơn vị chuyển và đơn vị nhận phải khác nhau.');
        if (!live(e.fromUnitId, { mayChangeLater: true }) || !live(e.toUnitId, { mayChangeLater: true })) return;
        edge('transfer', e.fromUnitId, e.toUnitId, false);
        return;
      }
      case 'dissolve': {
        const v = live(e.unitId, { mayChangeLater: e.discardLater === true });
        if (!v) return;
        if (e.successorId) {
          if (e.successorId === e.unitId) return fail('org.event_bad_sources', e.unitId, 'Đơn vị kế thừa phải khác đơn vị giải thể.');
          if (!w.at(e.successorId, d)) return fail('org.event_unit_missing', e.successorId, `Đơn vị kế thừa không tồn tại vào ngày ${d}.`);
        }
        if (!noOpenChildren(e.unitId, v.name)) return;
        w.cease(e.unitId, d);
        if (e.successorId) edge('dissolve', e.unitId, e.successorId, true);
        return;
      }
    }
  });
  if (problems.length) return { history: { versions: history.versions, edges: history.edges }, problems };
  return { history: { versions: normaliseVersions(w.versions), edges: w.edges }, problems };
}

// ——— Versions with their place in the tree (what the database stores) ———

/** A version with the path it had: a move of an ancestor starts a new one for every unit below. */
export interface PlacedVersion extends UnitVersion {
  path: string;
  depth: number;
}

/**
 * Splits the versions where a unit's path changed because an ancestor moved or ceased, and gives each
 * its path. The database keeps these rows, so "units inside this subtree on date D" is one indexed
 * range condition on (valid_from, valid_to) plus a LIKE on the path.
 */
export function placeVersions(history: Pick<OrgHistory, 'versions'>): PlacedVersion[] {
  const boundaries = new Set<LocalDate>();
  for (const v of history.versions) {
    boundaries.add(v.validFrom);
    if (v.validTo !== null) boundaries.add(addDays(v.validTo, 1));
  }
  const dates = [...boundaries].sort(compareLocalDates);
  const out: PlacedVersion[] = [];
  const open = new Map<string, PlacedVersion>();
  for (const date of dates) {
    const tree = treeAsOf(history, date);
    const seen = new Set<string>();
    for (const u of tree) {
      seen.add(u.unitId);
      const cur = open.get(u.unitId);
      if (cur && sameAttributes(cur, u) && cur.path === u.path) continue;
      if (cur) cur.validTo = addDays(date, -1);
      const placed: PlacedVersion = { ...u, validFrom: date, validTo: null };
      out.push(placed);
      open.set(u.unitId, placed);
    }
    for (const [id, cur] of open) {
      if (!seen.has(id)) {
        cur.validTo = addDays(date, -1);
        open.delete(id);
      }
    }
  }
  return out;
}

/** What a batch changes, unit by unit: the version before and after on its effective date, for the preview. */
export interface UnitChange {
  unitId: string;
  before: UnitOnDate | null;
  after: UnitOnDate | null;
}

/** Units whose name, code, kind, parent or path differs between two histories on `date`. */
export function diffOnDate(before: Pick<OrgHistory, 'versions'>, after: Pick<OrgHistory, 'versions'>, date: LocalDate): UnitChange[] {
  const a = new Map(treeAsOf(before, date).map((u) => [u.unitId, u]));
  const b = new Map(treeAsOf(after, date).map((u) => [u.unitId, u]));
  const out: UnitChange[] = [];
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(id) ?? null;
    const y = b.get(id) ?? null;
    if (x && y && sameAttributes(x, y) && x.path === y.path) continue;
    out.push({ unitId: id, before: x, after: y });
  }
  return out;
}
