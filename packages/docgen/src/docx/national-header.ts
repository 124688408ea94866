// The top block of every document (template 1.4 cells 1–4): issuing body and number on the left,
// national name, motto and place/date on the right, as a borderless two-column, two-row table.
// Number and date share the second row so they sit on the same baseline, as the decree requires.
import { AlignmentType, Paragraph, type Table } from 'docx';
import { nd30DateLine } from '@dvcq/domain';
import { upperVi } from '../vietnamese-format.ts';
import type { OfficialDocument } from './official-document.ts';
import { mm, pt, SIZE, STACKED_LINE, textWidth } from './page-layout.ts';
import { borderlessTable } from './borderless-table.ts';
import { ruleLengthFor, ruleParagraph, textRun } from './runs.ts';
import { estimateTextWidthPt } from './text-width.ts';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Left column is ~38 % of the text width: wide enough for "ỦY BAN NHÂN DÂN" at 13 pt bold. */
const LEFT_COLUMN = mm(63);

function centredLine(text: string, sizePt: number, bold: boolean, italic = false, afterPt = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: pt(afterPt), line: STACKED_LINE },
    children: [textRun(text, { sizePt, bold, italic })],
  });
}

function issuerCell(doc: OfficialDocument): Paragraph[] {
  const out: Paragraph[] = [];
  if (doc.issuer.parent) {
    for (const line of upperVi(doc.issuer.parent).split('\n')) out.push(centredLine(line, SIZE.parentBody, false));
  }
  const nameLines = upperVi(doc.issuer.name).split('\n');
  for (const line of nameLines) out.push(centredLine(line, SIZE.issuingBody, true));
  // Decree: rule under the issuing body, ⅓–½ of its length.
  out.push(ruleParagraph(ruleLengthFor(nameLines, SIZE.issuingBody, true, 0.45), LEFT_COLUMN));
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

export function nationalHeaderTable(doc: OfficialDocument): Table {
  const rightWidth = textWidth('portrait') - LEFT_COLUMN;
  const numberLine = centredLine(`Số: ${doc.number}`, SIZE.number, false, false);
  const dateLine = centredLine(nd30DateLine(doc.place, doc.issuedOn), SIZE.placeDate, false, true);
  // The blank gap between the rules and the number/date line mirrors the printed template.
  const gap = (): Paragraph => centredLine('', 6, false);
  return borderlessTable(
    [LEFT_COLUMN, rightWidth],
    [
      [issuerCell(doc), nationalCell(rightWidth)],
      [[gap(), numberLine], [gap(), dateLine]],
    ],
  );
}
