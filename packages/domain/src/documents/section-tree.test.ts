import { describe, expect, it } from 'vitest';
import {
  addSectionAfter,
  addSubsection,
  indentSection,
  moveSection,
  outdentSection,
  printedSectionLabel,
  removeSection,
  renumberSections,
  updateSection,
  type SectionNode,
} from './section-tree.ts';

const s = (heading: string, children: SectionNode[] = [], label = ''): SectionNode => ({ label, heading, text: '', children });
/** "I Mục đích(1 a,2)" — labels and headings of the tree in one line. */
function outline(tree: readonly SectionNode[]): string {
  return tree.map((n) => `${n.label} ${n.heading}${n.children.length ? `(${outline(n.children)})` : ''}`).join(', ');
}

const plan = renumberSections([
  s('MỤC ĐÍCH, YÊU CẦU', [s('Mục đích'), s('Yêu cầu', [s('Cụ thể'), s('Thiết thực', [], '-')])]),
  s('NHIỆM VỤ', [s('Tuyên truyền')]),
  s('TỔ CHỨC THỰC HIỆN'),
]);

describe('the I./1./a)/- tree of a plan, edited', () => {
  it('numbers parts from their places: I, 1, a by depth, list items stay "-"', () => {
    expect(outline(plan)).toBe(
      'I MỤC ĐÍCH, YÊU CẦU(1 Mục đích, 2 Yêu cầu(a Cụ thể, - Thiết thực)), II NHIỆM VỤ(1 Tuyên truyền), III TỔ CHỨC THỰC HIỆN',
    );
    expect(printedSectionLabel('I', 1)).toBe('I.');
    expect(printedSectionLabel('2', 2)).toBe('2.');
    expect(printedSectionLabel('đ', 3)).toBe('đ)');
    expect(printedSectionLabel('-', 4)).toBe('-');
  });

  it('adds a part after another and a subsection under one; the following parts are renumbered', () => {
    const added = addSectionAfter(plan, [0]);
    expect(added.path).toEqual([1]);
    expect(added.tree.map((n) => n.label)).toEqual(['I', 'II', 'III', 'IV']);
    expect(added.tree[2]!.heading).toBe('NHIỆM VỤ');
    const sub = addSubsection(plan, [1], 'bullet');
    expect(sub.path).toEqual([1, 1]);
    expect(outline(sub.tree.slice(1, 2))).toBe('II NHIỆM VỤ(1 Tuyên truyền, - )');
    const end = addSectionAfter(plan, []);
    expect(end.path).toEqual([3]);
    expect(end.tree[3]!.label).toBe('IV');
  });

  it('moves a part among its siblings, not past either end', () => {
    const down = moveSection(plan, [0, 0], 1);
    expect(down.path).toEqual([0, 1]);
    expect(outline(down.tree[0]!.children)).toBe('1 Yêu cầu(a Cụ thể, - Thiết thực), 2 Mục đích');
    expect(moveSection(plan, [0], -1).tree).toEqual(plan);
    expect(moveSection(plan, [2], 1).path).toEqual([2]);
  });

  it('indents a part under the previous one and outdents it back', () => {
    const indented = indentSection(plan, [1]);
    expect(indented.path).toEqual([0, 2]);
    expect(outline(indented.tree)).toBe(
      'I MỤC ĐÍCH, YÊU CẦU(1 Mục đích, 2 Yêu cầu(a Cụ thể, - Thiết thực), 3 NHIỆM VỤ(a Tuyên truyền)), II TỔ CHỨC THỰC HIỆN',
    );
    const back = outdentSection(indented.tree, indented.path);
    expect(back.path).toEqual([1]);
    expect(back.tree).toEqual(plan);
    expect(indentSection(plan, [0]).tree).toEqual(plan);
    expect(outdentSection(plan, [0]).tree).toEqual(plan);
  });

  it('removes a part with everything under it, and edits one in place', () => {
    const removed = removeSection(plan, [0]);
    expect(outline(removed)).toBe('I NHIỆM VỤ(1 Tuyên truyền), II TỔ CHỨC THỰC HIỆN');
    const edited = updateSection(plan, [0, 1, 0], { text: 'Bám sát **Quy chế dân chủ**.' });
    expect(edited[0]!.children[1]!.children[0]!.text).toBe('Bám sát **Quy chế dân chủ**.');
    expect(plan[0]!.children[1]!.children[0]!.text).toBe('');
  });
});
