// The top block of every document (template 1.4 cells 1–4, template 1.5 for a công văn): issuing
// body and number on the left, national name, motto and place/date on the right, as a borderless
// two-column, two-row table. Number and date share the second row so they sit on the same line, as
// the decree requires; a công văn's "V/v …" summary sits under its number.
import { AlignmentType, BorderStyle, Paragraph, type Table } from 'docx';
import type { Filled } from '../model/resolve.ts';
import { borderlessTable } from './borderless-table.ts';
import { mm, pt, SIZE, STACKED_LINE, textWidth } from './page-layout.ts';
import { filledRun, ruleLengthFor, ruleParagraph, textRun } from './runs.ts';
import { estimateTextWidthPt } from './text-width.ts';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Left column is ~38 % of the text width: wide enough for "ỦY BAN NHÂN DÂN" at 13 pt bold. */
const LEFT_COLUMN = mm(63);

export interface HeaderContent {
  parentLines: readonly string[];
  issuerLines: readonly Filled[];
  numberLine: string;
  dateLine: Filled;
  /** Công văn only: the summary after "V/v". */
  letterSubject?: Filled | null;
}

function centredLine(value: Filled | string, sizePt: number, bold: boolean, italic = false, afterPt = 0): Paragraph {
  const filled = typeof value === 'string' ? { text: value, missing: false } : value;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: pt(afterPt), line: STACKED_LINE },
    children: [filledRun(filled, { sizePt, bold, italic })],
  });
}

function issuerCell(header: HeaderContent): Paragraph[] {
  const out = header.parentLines.map((line) => centredLine(line, SIZE.parentBody, false));
  out.push(...header.issuerLines.map((line) => centredLine(line, SIZE.issuingBody, true)));
  // Decree: rule under the issuing body, ⅓–½ of its length.
  const texts = header.issuerLines.map((line) => line.text);
  out.push(ruleParagraph(ruleLengthFor(texts, SIZE.issuingBody, true, 0.45), LEFT_COLUMN));
  return out;
}

function nationalCell(rightWidth: number): Paragraph[] {
  // Decree: rule under the motto as long as the motto line.
  const mottoRule = Math.round(estimateTextWidthPt(NATIONAL_MOTTO, SIZE.motto, true) * 20);
  return [
    centredLine(NATIONAL_NAME, SIZE.nationalName, true),
    centredLine(NATIONAL_MOTTO, SIZE.motto, true),
    ruleParagraph(mottoRule, rightWidth),
  ];
}

export function nationalHeaderTable(header: HeaderContent): Table {
  const rightWidth = textWidth('portrait') - LEFT_COLUMN;
  const numberCell = [centredLine('', 6, false), centredLine(header.numberLine, SIZE.number, false)];
  if (header.letterSubject) {
    // Template 1.5: "V/v …" 12–13 pt upright, centred under the number, 6 pt above.
    const subject = header.letterSubject;
    numberCell.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: pt(6), after: 0, line: 240 },
        children: [textRun('V/v ', { sizePt: SIZE.letterSubject }), filledRun(subject, { sizePt: SIZE.letterSubject })],
      }),
    );
  }
  const dateCell = [centredLine('', 6, false), centredLine(header.dateLine, SIZE.placeDate, false, true)];
  return borderlessTable(
    [LEFT_COLUMN, rightWidth],
    [
      [issuerCell(header), nationalCell(rightWidth)],
      [numberCell, dateCell],
    ],
  );
}

/** "DỰ THẢO" in a frame above the header, so a draft is never mistaken for the signed text. */
export function draftMark(): Paragraph {
  const line = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 } as const;
  const width = Math.round(estimateTextWidthPt('DỰ THẢO', SIZE.draftMark, true) * 20) + mm(4);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: 0, right: textWidth('portrait') - width },
    spacing: { before: 0, after: pt(6) },
    border: { top: line, bottom: line, left: line, right: line },
    children: [textRun('DỰ THẢO', { sizePt: SIZE.draftMark, bold: true })],
  });
}
