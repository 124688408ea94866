// Small factories for text runs and rules. Every run names Times New Roman for all four font slots:
// Word picks the slot by Unicode range, and Vietnamese letters such as "ộ" fall in ranges where a
// default-only font setting is sometimes ignored (showing up as Calibri/Arial on some machines).
import {
  AlignmentType,
  BorderStyle,
  FootnoteReferenceRun,
  LineRuleType,
  Paragraph,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Filled } from '../model/resolve.ts';
import type { Inline, RichText } from '../model/document-model.ts';
import { FONT, halfPt, mm, pt } from './page-layout.ts';
import { estimateTextWidthPt } from './text-width.ts';

export const FONT_ALL_SLOTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;

export interface RunStyle {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export function textRun(text: string, style: RunStyle, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({
    text,
    font: FONT_ALL_SLOTS,
    size: halfPt(style.sizePt),
    bold: style.bold ?? false,
    italics: style.italic ?? false,
    ...(style.underline ? { underline: {} } : {}),
    ...extra,
  });
}

/** A stand-in for missing content: yellow highlight so it cannot go out unnoticed. */
export function placeholderRun(text: string, style: RunStyle): TextRun {
  return textRun(text, style, { highlight: 'yellow' });
}

/** A resolved header string: highlighted when it is a placeholder. */
export function filledRun(value: Filled, style: RunStyle): TextRun {
  return value.missing ? placeholderRun(value.text, style) : textRun(value.text, style);
}

/**
 * Collects footnotes in reading order; each gets the next number. The notes become the document's
 * footnotes part, numbered by Word/LibreOffice exactly as they are referenced.
 */
export class FootnoteCollector {
  readonly notes: Map<number, Paragraph[]> = new Map();
  private next = 1;

  constructor(private readonly sizePt: number) {}

  add(text: RichText): number {
    const id = this.next++;
    this.notes.set(id, [
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: 0, after: 0, line: 240 },
        children: inlineRuns(text, { sizePt: this.sizePt }, null),
      }),
    ]);
    return id;
  }

  /** The shape `new Document({ footnotes })` expects. */
  footnotes(): Record<number, { children: Paragraph[] }> {
    return Object.fromEntries([...this.notes].map(([id, children]) => [id, { children }]));
  }
}

/**
 * Rich text to runs; run-level emphasis adds to the paragraph's base style. Footnotes become
 * superscript references (dropped where notes are not possible, e.g. inside a footnote).
 */
export function inlineRuns(text: RichText, base: RunStyle, notes: FootnoteCollector | null): ParagraphChild[] {
  const parts: readonly Inline[] = typeof text === 'string' ? [text] : text;
  const out: ParagraphChild[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      out.push(textRun(part, base));
    } else if ('footnote' in part) {
      if (notes) out.push(new FootnoteReferenceRun(notes.add(part.footnote)));
    } else {
      out.push(
        textRun(part.text, {
          sizePt: base.sizePt,
          bold: (base.bold ?? false) || (part.bold ?? false),
          italic: (base.italic ?? false) || (part.italic ?? false),
          underline: (base.underline ?? false) || (part.underline ?? false),
        }),
      );
    }
  }
  return out;
}

/**
 * A centred solid rule of `lengthTwips` inside a box `containerTwips` wide, drawn as the bottom border
 * of an almost empty paragraph whose indents trim the border to the wanted length. This keeps the
 * rule inside the text flow (no floating shapes) so it survives Word, LibreOffice and Google Docs.
 */
export function ruleParagraph(lengthTwips: number, containerTwips: number, spaceAfterPt = 0): Paragraph {
  const side = Math.max(0, Math.round((containerTwips - lengthTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    // A bottom border under an exactly-5pt-high empty line: the rule sits just below the text
    // above it without touching descenders (a top border on a tiny line overlaps the text above).
    spacing: { before: 0, after: pt(spaceAfterPt), line: pt(5), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    children: [textRun('', { sizePt: 1 })],
  });
}

/** Rule length as a fraction of the widest line of `text`, clamped so it never looks like a dot. */
export function ruleLengthFor(lines: readonly string[], sizePt: number, bold: boolean, fraction: number): number {
  const widest = Math.max(0, ...lines.map((line) => estimateTextWidthPt(line, sizePt, bold)));
  return Math.max(mm(15), Math.round(widest * 20 * fraction));
}
