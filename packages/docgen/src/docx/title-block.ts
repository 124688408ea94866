// Template 1.4 cells 5a and 9a plus the legal bases: document type, summary title with its short
// rule, the optional "Kính gửi:" block and the italic "Căn cứ ..." lines.
import { AlignmentType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { punctuateList, stripEndPunctuation, upperVi } from '../vietnamese-format.ts';
import type { BodyStyle } from './body-style.ts';
import type { OfficialDocument } from './official-document.ts';
import { mm, pt, SIZE, STACKED_LINE, textWidth } from './page-layout.ts';
import { ruleParagraph, textRun } from './runs.ts';
import { estimateTextWidthPt } from './text-width.ts';

export function titleBlock(doc: OfficialDocument): Paragraph[] {
  const width = textWidth('portrait');
  const titleWidth = Math.min(width, Math.round(estimateTextWidthPt(doc.title, SIZE.title, true) * 20));
  // Decree: rule ⅓–½ of the summary's length; for a wrapped title that is about ⅓ of a line.
  const ruleLength = Math.max(mm(25), Math.min(mm(60), Math.round(titleWidth * 0.4)));
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: pt(18), after: 0, line: STACKED_LINE },
      keepNext: true,
      children: [textRun(upperVi(doc.docType), { sizePt: SIZE.docType, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: pt(2), line: STACKED_LINE },
      keepNext: true,
      children: [textRun(doc.title.trim(), { sizePt: SIZE.title, bold: true })],
    }),
    ruleParagraph(ruleLength, width, 12),
  ];
}

/**
 * "Kính gửi:" with one recipient on the same line, or several "- X;" lines aligned under the text
 * after the colon (a hanging indent), the last ending ".".
 */
export function recipientsToBlock(recipients: readonly string[], style: BodyStyle): Paragraph[] {
  if (recipients.length === 0) return [];
  const label = 'Kính gửi:';
  const labelWidth = Math.round(estimateTextWidthPt(`${label}  `, style.sizePt, false) * 20);
  const start = mm(35);
  const textStart = start + labelWidth;
  const run = (text: string) => textRun(text, { sizePt: style.sizePt });
  if (recipients.length === 1) {
    return [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: { left: start },
        spacing: { before: 0, after: pt(12) },
        children: [run(`${label} ${stripEndPunctuation(recipients[0] ?? '')}.`)],
      }),
    ];
  }
  return punctuateList(recipients).map(
    (line, index, all) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: { left: textStart, hanging: index === 0 ? labelWidth : 0 },
        tabStops: [{ type: TabStopType.LEFT, position: textStart }],
        spacing: { before: 0, after: index === all.length - 1 ? pt(12) : 0 },
        children: index === 0 ? [run(label), new TextRun({ children: [new Tab()] }), run(`- ${line}`)] : [run(`- ${line}`)],
      }),
  );
}

/** Legal bases: italic, one per paragraph, ";" after each and "." after the last. */
export function legalBasesBlock(bases: readonly string[], style: BodyStyle): Paragraph[] {
  return punctuateList(bases).map(
    (line) =>
      new Paragraph({
        ...style.paragraph,
        children: [textRun(line, { sizePt: style.sizePt, italic: true })],
      }),
  );
}
