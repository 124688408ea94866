// Turns the numbered section tree and its blocks into Word paragraphs and tables. Numbers come from
// the tree (I. / 1. / a) / - or Điều 1. / 1. / a)); only parts with a title become headings, and only
// headings are kept with the next paragraph, so a long clause flows like running text instead of
// dragging half a page along with it. Empty parts are skipped and do not use up a number.
import { AlignmentType, Paragraph, type ParagraphChild, type Table } from 'docx';
import { headingLabel, upperVi, type NumberingScheme } from '@dvcq/domain';
import type { Block, BlockAlign, ListItem, ListItemObject, RichText, Section } from '../model/document-model.ts';
import { PLACEHOLDERS, richIsEmpty, sectionHasContent } from '../model/resolve.ts';
import type { BodyStyle } from './body-style.ts';
import { bodyTable } from './body-table.ts';
import { textWidth, type Orientation } from './page-layout.ts';
import { inlineRuns, placeholderRun, textRun, type FootnoteCollector, type RunStyle } from './runs.ts';

export type BlockOutput = Paragraph | Table;

export interface BodySection {
  orientation: Orientation;
  children: BlockOutput[];
}

const ALIGN: Record<BlockAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
};

function upperRich(text: RichText): RichText {
  if (typeof text === 'string') return upperVi(text);
  return text.map((part) => (typeof part === 'string' ? upperVi(part) : 'text' in part ? { ...part, text: upperVi(part.text) } : part));
}

/** Writes blocks into Word sections, opening a new section where the orientation changes. */
export class BodyWriter {
  readonly sections: BodySection[];
  private current: BodySection;

  constructor(
    private readonly style: BodyStyle,
    private readonly notes: FootnoteCollector,
    private readonly draft: boolean,
    orientation: Orientation = 'portrait',
  ) {
    this.current = { orientation, children: [] };
    this.sections = [this.current];
  }

  push(...children: BlockOutput[]): void {
    this.current.children.push(...children);
  }

  private base(emphasis: Omit<RunStyle, 'sizePt'> = {}): RunStyle {
    return { ...emphasis, sizePt: this.style.sizePt };
  }

  private paragraph(children: ParagraphChild[], options: { align?: BlockAlign; keepNext?: boolean } = {}): Paragraph {
    const centred = options.align === 'center';
    return new Paragraph({
      ...this.style.paragraph,
      ...(options.align ? { alignment: ALIGN[options.align] } : {}),
      ...(centred ? { indent: { firstLine: 0 } } : {}),
      ...(options.keepNext ? { keepNext: true } : {}),
      children,
    });
  }

  private listItems(items: readonly ListItem[], marker: '-' | '+', lead: ParagraphChild[] = []): void {
    items.forEach((item, index) => {
      const object: ListItemObject =
        typeof item === 'string' || Array.isArray(item) ? { text: item as RichText } : (item as ListItemObject);
      const prefix = index === 0 && lead.length > 0 ? lead : [textRun(`${marker} `, this.base())];
      this.push(this.paragraph([...prefix, ...inlineRuns(object.text, this.base(), this.notes)]));
      if (object.items && object.items.length > 0) this.listItems(object.items, '+');
    });
  }

  /** One block; `lead` (a clause's number) goes in front of its first line. */
  block(block: Block, lead: ParagraphChild[] = []): void {
    switch (block.kind) {
      case 'paragraph': {
        const style = this.base({ bold: block.bold ?? false, italic: block.italic ?? false });
        this.push(
          this.paragraph([...lead, ...inlineRuns(block.text, style, this.notes)], { ...(block.align ? { align: block.align } : {}) }),
        );
        break;
      }
      case 'list':
        this.listItems(block.items, block.marker ?? '-', lead);
        break;
      case 'table':
        if (lead.length > 0) this.push(this.paragraph(lead, { keepNext: true }));
        this.push(...bodyTable(block, textWidth(this.current.orientation)));
        break;
      case 'pageBreak':
        this.push(new Paragraph({ pageBreakBefore: true, children: [] }));
        break;
      case 'orientation':
        this.current = { orientation: block.orientation, children: [] };
        this.sections.push(this.current);
        break;
    }
  }

  blocks(blocks: readonly Block[]): void {
    for (const block of blocks) this.block(block);
  }

  private heading(label: string, title: RichText, depth: number, scheme: NumberingScheme): void {
    const bold = depth <= 2;
    const text = depth === 1 && scheme === 'sections' ? upperRich(title) : title;
    const style = this.base({ bold });
    const children = [...(label ? [textRun(`${label} `, style)] : []), ...inlineRuns(text, style, this.notes)];
    // A heading must not be stranded at the foot of a page; running text may be.
    this.push(this.paragraph(children, { keepNext: true }));
  }

  /** The numbered parts at `depth` and everything below them. */
  sectionTree(sections: readonly Section[], scheme: NumberingScheme, depth = 1): void {
    let ordinal = 0;
    for (const section of sections) {
      const titled = !richIsEmpty(section.title);
      const content = sectionHasContent(section);
      if (!content && !(this.draft && titled)) continue;
      ordinal += 1;
      const label = section.label ?? headingLabel(scheme, depth, ordinal);
      const blocks = section.blocks ?? [];
      if (titled) {
        this.heading(label, section.title!, depth, scheme);
        // A draft shows where text is still missing, unless a titled part below will show it.
        const titledChildren = (section.children ?? []).some((child) => !richIsEmpty(child.title));
        if (!content && !titledChildren) this.push(this.paragraph([placeholderRun(PLACEHOLDERS.emptySection, this.base())]));
        this.blocks(blocks);
      } else {
        // A clause: its number opens its first block. "Điều 1." is bold; other numbers are not.
        const leadStyle = this.base({ bold: depth === 1 });
        const lead = label ? [textRun(`${label} `, leadStyle)] : [];
        const [first, ...rest] = blocks;
        if (first) {
          this.block(first, lead);
          this.blocks(rest);
        } else if (lead.length > 0) {
          this.push(this.paragraph(lead, { keepNext: true }));
        }
      }
      this.sectionTree(section.children ?? [], scheme, depth + 1);
    }
  }
}
