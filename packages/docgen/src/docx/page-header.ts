// Page numbers: Arabic, 13 pt, centred in the top margin, hidden on the first page. Hiding is done
// with a distinct (empty) first-page header plus the section's "different first page" flag.
import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { halfPt, SIZE } from './page-layout.ts';
import { FONT_ALL_SLOTS } from './runs.ts';

export function pageNumberHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT_ALL_SLOTS, size: halfPt(SIZE.pageNumber) })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}
