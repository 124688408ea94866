// Small factories for text runs and rules. Every run names Times New Roman for all four font slots:
// Word picks the slot by Unicode range, and Vietnamese letters such as "ộ" fall in ranges where a
// default-only font setting is sometimes ignored (showing up as Calibri/Arial on some machines).
import { BorderStyle, LineRuleType, Paragraph, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { InlineRun, RichText } from './official-document.ts';
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

/** Converts rich text into runs; run-level emphasis adds to the paragraph's base style. */
export function richRuns(text: RichText, base: RunStyle): ParagraphChild[] {
  const parts: readonly InlineRun[] = typeof text === 'string' ? [{ text }] : text;
  return parts.map((part) =>
    textRun(part.text, {
      sizePt: base.sizePt,
      bold: (base.bold ?? false) || (part.bold ?? false),
      italic: (base.italic ?? false) || (part.italic ?? false),
      underline: (base.underline ?? false) || (part.underline ?? false),
    }),
  );
}

export function richToPlain(text: RichText): string {
  return typeof text === 'string' ? text : text.map((part) => part.text).join('');
}

/**
 * A centred solid rule of `lengthTwips` inside a box `containerTwips` wide, drawn as the top border
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
