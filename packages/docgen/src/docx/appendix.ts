// Appendices ("Phụ lục"): each starts a new page in its own section with page numbers restarting,
// since the decree numbers each appendix separately. The label carries a Roman numeral only when
// there are two or more appendices.
import { AlignmentType, Paragraph } from 'docx';
import { dateInWords } from '@dvcq/domain';
import { toRoman, upperVi } from '../vietnamese-format.ts';
import { renderBody, type BodySection } from './body-blocks.ts';
import type { BodyStyle } from './body-style.ts';
import type { Appendix, OfficialDocument } from './official-document.ts';
import { pt, SIZE, STACKED_LINE } from './page-layout.ts';
import { textRun } from './runs.ts';

/** "KẾ HOẠCH" → "Kế hoạch", for the reference line "(Kèm theo Kế hoạch số ...)". */
function docTypeInText(docType: string): string {
  const lower = docType.toLocaleLowerCase('vi-VN');
  return lower.charAt(0).toLocaleUpperCase('vi-VN') + lower.slice(1);
}

export function appendixReference(doc: OfficialDocument): string {
  const issuer = doc.issuer.nameInText ? ` của ${doc.issuer.nameInText}` : '';
  return `(Kèm theo ${docTypeInText(doc.docType)} số ${doc.number} ${dateInWords(doc.issuedOn, 'nd30')}${issuer})`;
}

export function appendixLabel(index: number, count: number): string {
  return count > 1 ? `Phụ lục ${toRoman(index + 1)}` : 'Phụ lục';
}

export function renderAppendix(
  doc: OfficialDocument,
  appendix: Appendix,
  index: number,
  count: number,
  style: BodyStyle,
): BodySection[] {
  const centred = (text: string, sizePt: number, bold: boolean, italic: boolean, afterPt: number) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: pt(afterPt), line: STACKED_LINE },
      keepNext: true,
      children: [textRun(text, { sizePt, bold, italic })],
    });
  const reference = appendix.reference ?? appendixReference(doc);
  const heading = [
    centred(appendixLabel(index, count), SIZE.appendixLabel, true, false, 0),
    centred(upperVi(appendix.title), style.sizePt, true, false, reference ? 0 : 12),
    ...(reference ? [centred(reference, style.sizePt, false, true, 12)] : []),
  ];
  const sections = renderBody(appendix.blocks, style, appendix.orientation ?? 'portrait');
  sections[0]?.children.unshift(...heading);
  return sections;
}
