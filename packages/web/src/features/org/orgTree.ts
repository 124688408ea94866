// Builds the org tree client-side from the flat list and filters it with diacritic-insensitive matching.
import { foldChar, foldVietnamese, matchesQuery } from '@dvcq/domain';
import { UNIT_KINDS } from '@dvcq/shared';
import type { OrgUnitDto } from '../../api/types.ts';

export interface OrgNode {
  unit: OrgUnitDto;
  children: OrgNode[];
}

const kindOrder = new Map(UNIT_KINDS.map((k, i) => [k, i]));
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function buildOrgTree(units: readonly OrgUnitDto[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>(units.map((u) => [u.id, { unit: u, children: [] }]));
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    // A unit whose parent is outside the user's scope becomes a root of what they can see.
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort(
      (a, b) =>
        Number(!!a.unit.validTo) - Number(!!b.unit.validTo) ||
        (kindOrder.get(a.unit.kind) ?? 99) - (kindOrder.get(b.unit.kind) ?? 99) ||
        collator.compare(a.unit.name, b.unit.name),
    );
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

export function unitSearchText(u: OrgUnitDto): string {
  return [u.name, u.shortName ?? '', u.code].join(' ');
}

export interface FilterResult {
  /** Ids of units matching the query. */
  matches: Set<string>;
  /** Ids to show: matches plus their ancestors (and, for context, nothing else). */
  visible: Set<string>;
  /** Ancestors of matches, to expand. */
  expand: Set<string>;
}

export function filterOrgTree(roots: readonly OrgNode[], query: string): FilterResult | null {
  if (!foldVietnamese(query)) return null;
  const matches = new Set<string>();
  const visible = new Set<string>();
  const expand = new Set<string>();
  const walk = (node: OrgNode, ancestors: string[]): boolean => {
    let any = false;
    for (const child of node.children) any = walk(child, [...ancestors, node.unit.id]) || any;
    const self = matchesQuery(unitSearchText(node.unit), query);
    if (self) matches.add(node.unit.id);
    if (self || any) {
      visible.add(node.unit.id);
      if (any) expand.add(node.unit.id);
    }
    return self || any;
  };
  roots.forEach((r) => walk(r, []));
  return { matches, visible, expand };
}

/**
 * Character ranges of `text` matching the words of `query`, ignoring diacritics and case. Folding is done
 * character by character on NFC text, so folded positions line up with the original ones.
 */
export function highlightRanges(text: string, query: string): [number, number][] {
  const source = text.normalize('NFC');
  const chars = Array.from(source);
  const folded = chars.map((c) => (/\s/u.test(c) ? ' ' : foldChar(c).slice(0, 1))).join('');
  const ranges: [number, number][] = [];
  for (const word of foldVietnamese(query).split(' ').filter(Boolean)) {
    const at = folded.indexOf(word);
    if (at >= 0) ranges.push([at, at + word.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    // Overlapping or separated only by spaces ("nội vụ" typed as two words): one highlight.
    if (last && (r[0] <= last[1] || folded.slice(last[1], r[0]).trim() === '')) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Ids of a node and all its descendants (a unit cannot move under itself). */
export function subtreeIds(units: readonly OrgUnitDto[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (!u.parentId) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const out = new Set<string>([rootId]);
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    for (const c of children.get(id) ?? []) {
      if (!out.has(c)) {
        out.add(c);
        stack.push(c);
      }
    }
  }
  return out;
}
