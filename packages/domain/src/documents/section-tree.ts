// The I./1./a)/- tree of a plan's sections, edited in place: add, remove, move, indent and outdent a
// part, then number the tree again from the places of its parts. Pure; the plan editor calls these and
// the server stores the result as it is (the Word export numbers from the same places).
import { headingLabel, isMarkerLabel } from './numbering.ts';

/** One part of the tree, as stored on a plan. */
export interface SectionNode {
  label: string;
  heading: string;
  text: string;
  children: SectionNode[];
}

/** Where a part sits: the index at each level from the top ([1, 0] = first part under "II."). */
export type SectionPath = readonly number[];

/** A numbered part (I., 1., a)) or an item of a "- …" list. */
export type SectionKind = 'numbered' | 'bullet';

export const kindOfSection = (s: SectionNode): SectionKind => (isMarkerLabel(s.label.trim()) ? 'bullet' : 'numbered');

/** The label without its punctuation, as the import stores it: "I", "1", "a", "-"; depth counts from 1. */
function storedLabel(depth: number, ordinal: number): string {
  return headingLabel('sections', depth, ordinal).replace(/[.)]$/u, '');
}

/**
 * Numbers the tree from the places of its parts: numbered parts I, II … / 1, 2 … / a, b … đ … by
 * depth (counting only the numbered siblings), list items "-" (and "+" inside a list item).
 */
export function renumberSections(tree: readonly SectionNode[], depth = 1, insideList = false): SectionNode[] {
  let ordinal = 0;
  return tree.map((s) => {
    const bullet = kindOfSection(s) === 'bullet' || depth > 3;
    const label = bullet ? (insideList ? '+' : '-') : storedLabel(depth, ++ordinal);
    return { ...s, label, children: renumberSections(s.children, depth + 1, bullet) };
  });
}

/** The printed label of a stored one at its depth (1 = top): "I" → "I.", "1" → "1.", "a" → "a)". */
export function printedSectionLabel(label: string, depth: number): string {
  const l = label.trim();
  if (!l || isMarkerLabel(l) || /[.)]$/u.test(l)) return l;
  if (depth <= 2) return `${l}.`;
  return `${l})`;
}

export function emptySection(kind: SectionKind = 'numbered'): SectionNode {
  return { label: kind === 'bullet' ? '-' : '', heading: '', text: '', children: [] };
}

/** The part at a path, or undefined. */
export function sectionAt(tree: readonly SectionNode[], path: SectionPath): SectionNode | undefined {
  let list: readonly SectionNode[] = tree;
  let node: SectionNode | undefined;
  for (const i of path) {
    node = list[i];
    if (!node) return undefined;
    list = node.children;
  }
  return node;
}

/** The tree with the sibling list holding `path`'s last index replaced by `edit(list)`. */
function editSiblings(
  tree: readonly SectionNode[],
  parentPath: SectionPath,
  edit: (siblings: SectionNode[]) => SectionNode[],
): SectionNode[] {
  if (parentPath.length === 0) return edit([...tree]);
  const [head, ...rest] = parentPath;
  return tree.map((s, i) => (i === head ? { ...s, children: editSiblings(s.children, rest, edit) } : s));
}

const parentOf = (path: SectionPath) => path.slice(0, -1);
const lastOf = (path: SectionPath) => path[path.length - 1]!;

/** Changes the heading/text (or kind) of one part. */
export function updateSection(
  tree: readonly SectionNode[],
  path: SectionPath,
  patch: Partial<Omit<SectionNode, 'children'>>,
): SectionNode[] {
  return editSiblings(tree, parentOf(path), (siblings) => siblings.map((s, i) => (i === lastOf(path) ? { ...s, ...patch } : s)));
}

/** A new part right after `path` (or at the top's end with an empty path); returns the tree and the new part's path. */
export function addSectionAfter(
  tree: readonly SectionNode[],
  path: SectionPath,
  kind: SectionKind = 'numbered',
): { tree: SectionNode[]; path: number[] } {
  if (path.length === 0) return { tree: renumberSections([...tree, emptySection(kind)]), path: [tree.length] };
  const at = lastOf(path) + 1;
  const next = editSiblings(tree, parentOf(path), (siblings) => [...siblings.slice(0, at), emptySection(kind), ...siblings.slice(at)]);
  return { tree: renumberSections(next), path: [...parentOf(path), at] };
}

/** A new last child of the part at `path`. */
export function addSubsection(
  tree: readonly SectionNode[],
  path: SectionPath,
  kind: SectionKind = 'numbered',
): { tree: SectionNode[]; path: number[] } {
  const parent = sectionAt(tree, path);
  if (!parent) return { tree: [...tree], path: [...path] };
  const next = editSiblings(tree, parentOf(path), (siblings) =>
    siblings.map((s, i) => (i === lastOf(path) ? { ...s, children: [...s.children, emptySection(kind)] } : s)),
  );
  return { tree: renumberSections(next), path: [...path, parent.children.length] };
}

/** Removes the part and everything under it. */
export function removeSection(tree: readonly SectionNode[], path: SectionPath): SectionNode[] {
  return renumberSections(editSiblings(tree, parentOf(path), (siblings) => siblings.filter((_, i) => i !== lastOf(path))));
}

/** Moves the part one place up (-1) or down (+1) among its siblings; at either end nothing moves. */
export function moveSection(tree: readonly SectionNode[], path: SectionPath, by: -1 | 1): { tree: SectionNode[]; path: number[] } {
  const from = lastOf(path);
  const to = from + by;
  const siblings = parentOf(path).length ? sectionAt(tree, parentOf(path))?.children : tree;
  if (!siblings || to < 0 || to >= siblings.length) return { tree: [...tree], path: [...path] };
  const next = editSiblings(tree, parentOf(path), (list) => {
    const copy = [...list];
    const [moved] = copy.splice(from, 1);
    copy.splice(to, 0, moved!);
    return copy;
  });
  return { tree: renumberSections(next), path: [...parentOf(path), to] };
}

/** The part becomes the last child of the sibling before it (I. → 1. under the previous part); the first one stays. */
export function indentSection(tree: readonly SectionNode[], path: SectionPath): { tree: SectionNode[]; path: number[] } {
  const at = lastOf(path);
  if (at === 0) return { tree: [...tree], path: [...path] };
  const node = sectionAt(tree, path)!;
  const previous = sectionAt(tree, [...parentOf(path), at - 1])!;
  const next = editSiblings(tree, parentOf(path), (siblings) =>
    siblings.flatMap((s, i) => (i === at ? [] : i === at - 1 ? [{ ...s, children: [...s.children, node] }] : [s])),
  );
  return { tree: renumberSections(next), path: [...parentOf(path), at - 1, previous.children.length] };
}

/** The part leaves its parent and follows it one level up (1. under I. → II.); a top part stays. */
export function outdentSection(tree: readonly SectionNode[], path: SectionPath): { tree: SectionNode[]; path: number[] } {
  if (path.length < 2) return { tree: [...tree], path: [...path] };
  const node = sectionAt(tree, path)!;
  const parentPath = parentOf(path);
  const without = editSiblings(tree, parentPath, (siblings) => siblings.filter((_, i) => i !== lastOf(path)));
  const at = lastOf(parentPath) + 1;
  const next = editSiblings(without, parentOf(parentPath), (siblings) => [...siblings.slice(0, at), node, ...siblings.slice(at)]);
  return { tree: renumberSections(next), path: [...parentOf(parentPath), at] };
}
