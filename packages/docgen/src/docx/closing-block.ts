// Template 1.4 cells 7 and 9b: "Nơi nhận:" on the left, level with the signer's authority line,
// and the signature block on the right, laid out as a borderless two-column table.
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { Filled } from '../model/resolve.ts';
import { borderlessTable } from './borderless-table.ts';
import { mm, pt, SIZE, STACKED_LINE, textWidth } from './page-layout.ts';
import { filledRun, textRun } from './runs.ts';

/** Blank lines left for the handwritten signature and seal (about 3 cm). */
const SIGNATURE_SPACE_LINES = 5;

function recipientsCell(lines: readonly string[]): Paragraph[] {
  const tight = { before: 0, after: 0, line: 240 };
  return [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: tight,
      children: [textRun('Nơi nhận:', { sizePt: SIZE.recipientsHeading, bold: true, italic: true })],
    }),
    ...lines.map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.LEFT,
          spacing: tight,
          // A wrapped recipient continues under its text, not under the dash.
          indent: { left: mm(2.5), hanging: mm(2.5) },
          children: [textRun(line, { sizePt: SIZE.recipientsList })],
        }),
    ),
  ];
}

function signatureCell(lines: readonly Filled[], name: Filled): Paragraph[] {
  const line = (value: Filled, bold: boolean) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, line: STACKED_LINE },
      keepNext: true,
      children: [filledRun(value, { sizePt: SIZE.signature, bold })],
    });
  const blanks = Array.from({ length: SIGNATURE_SPACE_LINES }, () => line({ text: '', missing: false }, false));
  return [...lines.map((authority) => line(authority, true)), ...blanks, line(name, true)];
}

export function closingTable(recipientLines: readonly string[], signatureLines: readonly Filled[], signerName: Filled): Table {
  const width = textWidth('portrait');
  const left = Math.round(width * 0.45);
  return borderlessTable([left, width - left], [[recipientsCell(recipientLines), signatureCell(signatureLines, signerName)]]);
}

/** Small spacer so the closing block does not touch the last body paragraph. */
export function closingSpacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: pt(6) }, keepNext: true, children: [] });
}
