// Template 1.4 cells 7 and 9b: "Nơi nhận:" on the left, level with the signer's authority line,
// and the signature block on the right, laid out as a borderless two-column table.
import { AlignmentType, Paragraph, type Table } from 'docx';
import { punctuateList, stripEndPunctuation, upperVi } from '../vietnamese-format.ts';
import { borderlessTable } from './borderless-table.ts';
import type { OfficialDocument, Signature } from './official-document.ts';
import { mm, pt, SIZE, STACKED_LINE, textWidth } from './page-layout.ts';
import { textRun } from './runs.ts';

/** Blank lines left for the handwritten signature and seal (about 3 cm). */
const SIGNATURE_SPACE_LINES = 5;

/** "- X;" lines with the archive line last: "- Lưu: VT, NC.". */
export function recipientLines(recipients: readonly string[], archive = 'VT'): string[] {
  const cleaned = recipients.map((recipient) => stripEndPunctuation(recipient.replace(/^\s*-\s*/, ''))).filter(Boolean);
  const archiveText = stripEndPunctuation(archive.replace(/^\s*-?\s*(Lưu:\s*)?/u, ''));
  const withArchive = [...cleaned, `Lưu: ${archiveText}`];
  // Every recipient ends with ";" and the archive line with ".".
  return punctuateList(withArchive).map((line) => `- ${line}`);
}

function recipientsCell(doc: OfficialDocument): Paragraph[] {
  const tight = { before: 0, after: 0, line: 240 };
  return [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: tight,
      children: [textRun('Nơi nhận:', { sizePt: SIZE.recipientsHeading, bold: true, italic: true })],
    }),
    ...recipientLines(doc.recipients, doc.archive).map(
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

function signatureCell(signature: Signature): Paragraph[] {
  const line = (text: string, bold: boolean) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, line: STACKED_LINE },
      keepNext: true,
      children: [textRun(text, { sizePt: SIZE.signature, bold })],
    });
  const blanks = Array.from({ length: SIGNATURE_SPACE_LINES }, () => line('', false));
  return [
    ...signature.authority.map((authority) => line(upperVi(authority), true)),
    line(upperVi(signature.title), true),
    ...blanks,
    line(signature.name.trim(), true),
  ];
}

export function closingTable(doc: OfficialDocument): Table {
  const width = textWidth('portrait');
  const left = Math.round(width * 0.45);
  return borderlessTable([left, width - left], [[recipientsCell(doc), signatureCell(doc.signature)]]);
}

/** Small spacer so the closing block does not touch the last body paragraph. */
export function closingSpacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: pt(6) }, children: [] });
}
