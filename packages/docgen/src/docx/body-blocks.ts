// Turns the body model into Word paragraphs and tables, numbering headings the way Vietnamese plans
// and reports do (I. / 1. / a)) and splitting into sections where the orientation changes.
import { AlignmentType, Paragraph, type Table } from 'docx';
import { pointLetter, toRoman, upperVi } from '../vietnamese-format.ts';
import type { BodyStyle } from './body-style.ts';
import { bodyTable } from './body-table.ts';
import type { BodyBlock, HeadingBlock, RichText } from './official-document.ts';
import { textWidth, type Orientation } from './page-layout.ts';
import { richRuns, textRun } from './runs.ts';

export type BlockOutput = Paragraph | Table;

export interface BodySection {
  orientation: Orientation;
  children: BlockOutput[];
}

/** Keeps I./1./a) counters; a deeper counter restarts whenever a shallower heading appears. */
export class HeadingNumbering {
  private counters: [number, number, number] = [0, 0, 0];

  next(level: 1 | 2 | 3): string {
    if (level === 1) {
      this.counters = [this.counters[0] + 1, 0, 0];
      return `${toRoman(this.counters[0])}.`;
    }
    if (level === 2) {
      this.counters = [this.counters[0], this.counters[1] + 1, 0];
      return `${this.counters[1]}.`;
    }
    this.counters = [this.counters[0], this.counters[1], this.counters[2] + 1];
    return `${pointLetter(this.counters[2])})`;
  }
}

function upperRich(text: RichText): RichText {
  return typeof text === 'string' ? upperVi(text) : text.map((part) => ({ ...part, text: upperVi(part.text) }));
}

function headingParagraph(block: HeadingBlock, numbering: HeadingNumbering, style: BodyStyle): Paragraph {
  const automatic = numbering.next(block.level);
  const label = block.label ?? automatic;
  const text = block.level === 1 ? upperRich(block.text) : block.text;
  const bold = block.level !== 3;
  return new Paragraph({
    ...style.paragraph,
    keepNext: true, // a heading must not be stranded at the bottom of a page
    children: [
      ...(label ? [textRun(`${label} `, { sizePt: style.sizePt, bold })] : []),
      ...richRuns(text, { sizePt: style.sizePt, bold }),
    ],
  });
}

export function renderBody(
  blocks: readonly BodyBlock[],
  style: BodyStyle,
  initialOrientation: Orientation,
  numbering = new HeadingNumbering(),
): BodySection[] {
  const sections: BodySection[] = [{ orientation: initialOrientation, children: [] }];
  let current = sections[0] as BodySection;
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        current.children.push(headingParagraph(block, numbering, style));
        break;
      case 'paragraph':
        current.children.push(
          new Paragraph({
            ...style.paragraph,
            ...(block.centered ? { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } } : {}),
            children: richRuns(block.text, { sizePt: style.sizePt, italic: block.italic ?? false }),
          }),
        );
        break;
      case 'bullet':
        current.children.push(
          new Paragraph({
            ...style.paragraph,
            children: [textRun('- ', { sizePt: style.sizePt }), ...richRuns(block.text, { sizePt: style.sizePt })],
          }),
        );
        break;
      case 'table':
        current.children.push(...bodyTable(block, textWidth(current.orientation)));
        break;
      case 'pageBreak':
        current.children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
        break;
      case 'sectionBreak':
        current = { orientation: block.orientation, children: [] };
        sections.push(current);
        break;
    }
  }
  return sections;
}
