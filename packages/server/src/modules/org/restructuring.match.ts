// Matching a restructuring resolution's old unit names ("xã Thạnh Hưng (huyện Tân Hưng)") to the units
// that stood the day before, and turning each unit formed into an event of a proposed batch. Pure.
import { foldVietnamese, type UnitOnDate } from '@dvcq/domain';
import type { ImportOrgBatchResponseDto, OrgEventInput } from '@dvcq/shared';

export interface RestructuringEntryLike {
  name: string;
  kind: string;
  from: { name: string; kind: string; qualifier: string | null; whole: boolean }[];
}

const UNIT_PREFIX = /^(uy ban nhan dan|ubnd)\s+/;
const KIND_WORDS = ['thi tran', 'thi xa', 'thanh pho', 'dac khu', 'phuong', 'huyen', 'xa'];

/** "Ủy ban nhân dân xã Long Thuận" → { kind: 'xa', name: 'long thuan' }; "huyện Tân Hưng" → { kind: 'huyen', … }. */
export function nameKey(text: string): { kind: string | null; name: string } {
  const folded = foldVietnamese(text).replace(UNIT_PREFIX, '');
  for (const k of KIND_WORDS) if (folded.startsWith(`${k} `)) return { kind: k, name: folded.slice(k.length + 1).trim() };
  return { kind: null, name: folded };
}

/** The key of a name as a resolution writes it: "Phường 1" carries its own kind, "Long Thuận" takes the one written before it. */
const sourceKey = (name: string, kind: string | null) => {
  const own = nameKey(name);
  return own.kind ? own : nameKey(kind ? `${kind} ${name}` : name);
};

const sameUnitName = (unitName: string, name: string, kind: string | null) => {
  const a = nameKey(unitName);
  const b = sourceKey(name, kind);
  return a.name === b.name && (a.kind === null || b.kind === null || a.kind === b.kind);
};

/** ASCII code fragment of a name: "Hưng Điền B" → "HUNGDIENB". */
const codeOf = (name: string) =>
  foldVietnamese(name)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');

export interface Proposal {
  events: OrgEventInput[];
  entries: ImportOrgBatchResponseDto['entries'];
  unmatched: ImportOrgBatchResponseDto['unmatched'];
  dissolved: ImportOrgBatchResponseDto['dissolved'];
}

export function proposeBatchFromRestructuring(
  entries: readonly RestructuringEntryLike[],
  standing: readonly UnitOnDate[],
  opts: { parentId: string; codePrefix: string; takenCodes: Set<string>; newId: () => string },
): Proposal {
  const byId = new Map(standing.map((u) => [u.unitId, u]));
  const parentName = (u: UnitOnDate) => (u.parentId ? (byId.get(u.parentId)?.name ?? '') : '');
  const communeLevel = standing.filter((u) => u.kind === 'commune');
  const events: OrgEventInput[] = [];
  const out: Proposal['entries'] = [];
  const unmatched: Proposal['unmatched'] = [];
  const wholeTaken = new Set<string>();
  const partTaken = new Set<string>();
  const taken = new Set(opts.takenCodes);

  // Names given in more than one entry ("Phường 1" of several towns) are namesakes: matched only within
  // the district the entry names ("Phường 1, Phường 2 và Phường 3 (thị xã Kiến Tường)").
  const seenIn = new Map<string, Set<number>>();
  entries.forEach((entry, i) =>
    entry.from.forEach((s) => {
      const k = sourceKey(s.name, s.kind);
      const key = `${k.kind ?? ''} ${k.name}`;
      seenIn.set(key, (seenIn.get(key) ?? new Set()).add(i));
    }),
  );
  const isNamesake = (s: RestructuringEntryLike['from'][number]) => {
    const k = sourceKey(s.name, s.kind);
    return (seenIn.get(`${k.kind ?? ''} ${k.name}`)?.size ?? 0) > 1;
  };
  const underDistrict = (u: UnitOnDate, qualifier: string) => {
    const p = nameKey(parentName(u));
    const q = nameKey(qualifier);
    return p.name === q.name && (q.kind === null || p.kind === null || p.kind === q.kind);
  };

  for (const entry of entries) {
    // First pass: sources with one candidate (or a qualifier) tell which district the entry lies in.
    const candidatesOf = (s: RestructuringEntryLike['from'][number]) => {
      let c = communeLevel.filter((u) => sameUnitName(u.name, s.name, s.kind));
      if (c.length === 0) c = standing.filter((u) => sameUnitName(u.name, s.name, s.kind));
      // The bracketed district is authoritative: "Phường 1 (thị xã Kiến Tường)" is not Tây Ninh's Phường 1.
      if (s.qualifier) c = c.filter((u) => underDistrict(u, s.qualifier!));
      else if (isNamesake(s)) {
        const qualifiers = entry.from.flatMap((x) => (x.qualifier ? [x.qualifier] : []));
        c = qualifiers.length ? c.filter((u) => qualifiers.some((q) => underDistrict(u, q))) : c.length > 1 ? c : [];
      }
      return c;
    };
    const lists = entry.from.map(candidatesOf);
    const districts = new Map<string, number>();
    for (const l of lists) if (l.length === 1 && l[0]!.parentId) districts.set(l[0]!.parentId, (districts.get(l[0]!.parentId) ?? 0) + 1);
    const sources: Proposal['entries'][number]['sources'] = [];
    const matched: { unitId: string; whole: boolean }[] = [];
    entry.from.forEach((s, i) => {
      let c = lists[i]!;
      if (c.length > 1 && districts.size > 0) {
        const near = c.filter((u) => u.parentId && districts.has(u.parentId));
        if (near.length >= 1) c = near;
      }
      const hit = c.length === 1 ? c[0]! : null;
      sources.push({
        name: s.name,
        kind: s.kind,
        qualifier: s.qualifier,
        whole: s.whole,
        matchedUnitId: hit?.unitId ?? null,
        matchedName: hit?.name ?? null,
        ambiguous: c.length > 1,
      });
      if (!hit) {
        unmatched.push({ entry: `${entry.kind} ${entry.name}`, source: `${s.kind} ${s.name}`, qualifier: s.qualifier });
        return;
      }
      if (matched.some((m) => m.unitId === hit.unitId)) return;
      matched.push({ unitId: hit.unitId, whole: s.whole });
      (s.whole ? wholeTaken : partTaken).add(hit.unitId);
    });
    let code = `${opts.codePrefix}.${codeOf(entry.name)}`;
    for (let n = 2; taken.has(code.toLowerCase()); n++) code = `${opts.codePrefix}.${codeOf(entry.name)}${n}`;
    taken.add(code.toLowerCase());
    const newUnit = {
      unitId: opts.newId(),
      name: `Ủy ban nhân dân ${entry.kind} ${entry.name}`,
      code,
      kind: 'commune' as const,
      parentId: opts.parentId,
    };
    events.push(matched.length ? { kind: 'merge', sources: matched, into: { newUnit } } : { kind: 'establish', unit: newUnit });
    out.push({ name: entry.name, kind: entry.kind, newUnitId: newUnit.unitId, sources });
  }

  // Units only given away in parts: every part went somewhere, so they cease.
  const dissolved: Proposal['dissolved'] = [];
  for (const id of partTaken) {
    if (wholeTaken.has(id)) continue;
    events.push({ kind: 'dissolve', unitId: id, successorId: null });
    dissolved.push({ unitId: id, name: byId.get(id)!.name });
    wholeTaken.add(id);
  }
  // Districts (and the like) left with no unit below them are abolished.
  const parents = new Set([...wholeTaken].flatMap((id) => byId.get(id)?.parentId ?? []));
  for (const p of parents) {
    const unit = byId.get(p);
    if (!unit || unit.unitId === opts.parentId || unit.kind === 'province') continue;
    const children = standing.filter((u) => u.parentId === p);
    if (children.every((c) => wholeTaken.has(c.unitId))) {
      events.push({ kind: 'dissolve', unitId: p, successorId: null });
      dissolved.push({ unitId: p, name: unit.name });
    }
  }
  return { events, entries: out, unmatched, dissolved };
}
