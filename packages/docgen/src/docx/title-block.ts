// Template 1.4 cells 5a and 9a plus the legal bases: kind line, summary with its short rule, a
// decision's authority line, the "Kính gửi:" block and the "Căn cứ …" lines or paragraph.
import { AlignmentType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { Filled } from '../model/resolve.ts';
import type { BodyStyle } from './body-style.ts';
import { mm, pt, SIZE, STACKED_LINE, textWidth } from './page-layout.ts';
import { filledRun, placeholderRun, ruleParagraph, textRun } from './runs.ts';
import { estimateTextWidthPt } from './text-width.ts';

export function titleBlock(kindLine: string, summary: Filled): Paragraph[] {
  const width = textWidth('portrait');
  const summaryWidth = Math.min(width, Math.round(estimateTextWidthPt(summary.text, SIZE.title, true) * 20));
  // Decree: rule ⅓–½ of the summary's length; for a wrapped summary that is about ⅓ of a line.
  const ruleLength = Math.max(mm(25), Math.min(mm(60), Math.round(summaryWidth * 0.4)));
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: pt(18), after: 0, line: STACKED_LINE },
      keepNext: true,
      children: [textRun(kindLine, { sizePt: SIZE.docType, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: pt(2), line: STACKED_LINE },
      keepNext: true,
      children: [filledRun(summary, { sizePt: SIZE.title, bold: true })],
    }),
    ruleParagraph(ruleLength, width, 12),
  ];
}

/** A decision's issuing authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH") and its "QUYẾT ĐỊNH:". */
export function centredBoldLine(text: string, sizePt: number, beforePt: number, afterPt: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: pt(beforePt), after: pt(afterPt), line: STACKED_LINE },
    children: [textRun(text, { sizePt, bold: true })],
  });
}

function stripEnd(text: string): string {
  return text.trim().replace(/[\s;.,:]+$/u, '');
}

/**
 * "Kính gửi:" with one addressee on the same line, or several "- X;" lines aligned under the text
 * after the colon (a hanging indent), the last ending ".". A công văn centres the block.
 */
export function addresseesBlock(addressees: readonly string[], style: BodyStyle, placeholder: string | null): Paragraph[] {
  const list = addressees.map(stripEnd).filter(Boolean);
  const run = (text: string) => textRun(text, { sizePt: style.sizePt });
  const label = 'Kính gửi:';
  const labelWidth = Math.round(estimateTextWidthPt(`${label}  `, style.sizePt, false) * 20);
  const start = mm(30);
  const textStart = start + labelWidth;
  if (list.length === 0) {
    if (!placeholder) return [];
    return [
      new Paragraph({
        indent: { left: start },
        spacing: { before: pt(12), after: pt(12) },
        children: [run(`${label} `), placeholderRun(placeholder, { sizePt: style.sizePt })],
      }),
    ];
  }
  if (list.length === 1) {
    return [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: { left: start },
        spacing: { before: pt(12), after: pt(12) },
        children: [run(`${label} ${list[0]}.`)],
      }),
    ];
  }
  return list.map(
    (line, index) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: { left: textStart, hanging: index === 0 ? labelWidth : 0 },
        tabStops: [{ type: TabStopType.LEFT, position: textStart }],
        spacing: { before: index === 0 ? pt(12) : 0, after: index === list.length - 1 ? pt(12) : 0 },
        children: [
          ...(index === 0 ? [run(label), new TextRun({ children: [new Tab()] })] : []),
          run(`- ${line}${index === list.length - 1 ? '.' : ';'}`),
        ],
      }),
  );
}

/** Decree form: italic, one per paragraph, ";" after each and "." after the last. */
export function legalBasesLines(lines: readonly string[], style: BodyStyle): Paragraph[] {
  const cleaned = lines.map(stripEnd).filter(Boolean);
  return cleaned.map(
    (line, index) =>
      new Paragraph({
        ...style.paragraph,
        children: [textRun(`${line}${index === cleaned.length - 1 ? '.' : ';'}`, { sizePt: style.sizePt, italic: true })],
      }),
  );
}

/** Running form: "Căn cứ A; B; C." in one body paragraph, as plans and reports usually write it. */
export function legalBasesParagraph(parts: readonly string[], style: BodyStyle): Paragraph[] {
  const cleaned = parts.map(stripEnd).filter(Boolean);
  if (cleaned.length === 0) return [];
  return [new Paragraph({ ...style.paragraph, children: [textRun(`${cleaned.join('; ')}.`, { sizePt: style.sizePt })] })];
}
