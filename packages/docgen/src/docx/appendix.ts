// Appendices ("Phụ lục"): each starts a new page in its own section with page numbers restarting,
// since the decree numbers each appendix separately. The label carries a Roman numeral only when
// there are two or more appendices.
import { AlignmentType, Paragraph } from 'docx';
import { romanNumeral, upperVi } from '@dvcq/domain';
import type { AppendixModel } from '../model/document-model.ts';
import type { BodyStyle } from './body-style.ts';
import { BodyWriter, type BodySection } from './body.ts';
import { pt, SIZE, STACKED_LINE } from './page-layout.ts';
import { textRun, type FootnoteCollector } from './runs.ts';

export function appendixLabel(index: number, count: number): string {
  return count > 1 ? `Phụ lục ${romanNumeral(index + 1)}` : 'Phụ lục';
}

export function renderAppendix(
  appendix: AppendixModel,
  label: string,
  defaultReference: string,
  style: BodyStyle,
  notes: FootnoteCollector,
  draft: boolean,
): BodySection[] {
  const centred = (text: string, sizePt: number, bold: boolean, italic: boolean, afterPt: number) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: pt(afterPt), line: STACKED_LINE },
      keepNext: true,
      children: [textRun(text, { sizePt, bold, italic })],
    });
  const reference = appendix.reference ?? defaultReference;
  const writer = new BodyWriter(style, notes, draft, appendix.orientation ?? 'portrait');
  writer.push(
    centred(label, SIZE.appendixLabel, true, false, 0),
    centred(upperVi(appendix.title), style.sizePt, true, false, reference ? 0 : 12),
    ...(reference ? [centred(reference, style.sizePt, false, true, 12)] : []),
  );
  writer.blocks(appendix.blocks ?? []);
  writer.sectionTree(appendix.sections ?? [], 'sections');
  return writer.sections;
}
