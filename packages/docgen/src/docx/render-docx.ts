// Renders a DocumentModel into a .docx laid out per Decree 30/2020/NĐ-CP.
// Section layout: main text (first page without a page number), extra sections where the body
// switches orientation (numbering continues), then one section group per appendix (new page,
// numbering restarts at 1, first page again without a number).
import { Document, Packer, PageOrientation, Paragraph, type ISectionOptions } from 'docx';
import { dateInWords, DOCUMENT_KINDS, legalReferenceText, upperVi } from '@dvcq/domain';
import { withEndOfTextMark } from '../model/closing-mark.ts';
import type { DocumentModel, LegalBasis } from '../model/document-model.ts';
import {
  dateLine,
  issueDay,
  issuerLines,
  legalBasisText,
  numberText,
  PLACEHOLDERS,
  recipientLines,
  sectionHasContent,
  signatureLines,
  summaryText,
} from '../model/resolve.ts';
import { appendixLabel, renderAppendix } from './appendix.ts';
import { BodyWriter, type BodySection } from './body.ts';
import { bodyStyle, type BodyStyle } from './body-style.ts';
import { closingSpacer, closingTable } from './closing-block.ts';
import { draftMark, nationalHeaderTable } from './national-header.ts';
import { A4_HEIGHT, A4_WIDTH, FONT, halfPt, MARGIN, SIZE } from './page-layout.ts';
import { pageNumberHeaders } from './page-header.ts';
import { FootnoteCollector, placeholderRun } from './runs.ts';
import { addresseesBlock, centredBoldLine, legalBasesLines, legalBasesParagraph, titleBlock } from './title-block.ts';

interface SectionStart {
  /** First page of the main document or of an appendix: no page number shown. */
  titlePage: boolean;
  /** Restart numbering at 1 (appendices). */
  restartNumbering: boolean;
}

function wordSection(section: BodySection, start: SectionStart): ISectionOptions {
  const headers = pageNumberHeaders();
  return {
    properties: {
      titlePage: start.titlePage,
      page: {
        // docx swaps width/height itself for landscape, so always pass portrait A4 here.
        size: {
          width: A4_WIDTH,
          height: A4_HEIGHT,
          orientation: section.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...MARGIN },
        ...(start.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: start.titlePage ? headers : { default: headers.default },
    children: section.children,
  };
}

function legalBases(model: DocumentModel, style: BodyStyle): Paragraph[] {
  const bases: readonly LegalBasis[] = model.legalBases ?? [];
  if (bases.length === 0) return [];
  const form = model.legalBasesForm ?? (model.kind === 'decision' ? 'lines' : 'paragraph');
  if (form === 'lines') return legalBasesLines(bases.map(legalBasisText), style);
  // Running form: "Căn cứ" once, then each citation; written-out lines keep their own wording.
  const parts = bases.map((basis, index) => {
    if ('text' in basis) return basis.text;
    return index === 0 ? legalBasisText(basis) : legalReferenceText(basis);
  });
  return legalBasesParagraph(parts, style);
}

/** "(Kèm theo Kế hoạch số 696/KH-UBND ngày 06 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Tây Ninh)". */
export function appendixReference(model: DocumentModel): string {
  const day = issueDay(model);
  const date = day ? dateInWords(day, 'nd30') : `ngày${'\u00a0'.repeat(6)}tháng${'\u00a0'.repeat(6)}năm ${model.year ?? ''}`.trimEnd();
  const issuer = (model.issuer.nameInText ?? model.issuer.name ?? '').trim();
  const kind = model.kind === 'official_letter' ? 'Văn bản' : DOCUMENT_KINDS[model.kind].name;
  return `(Kèm theo ${kind} số ${numberText(model).trim()} ${date}${issuer ? ` của ${issuer}` : ''})`;
}

/** The Word document object (exposed for callers that post-process it). */
export function documentToDocx(input: DocumentModel): Document {
  const model = withEndOfTextMark(input);
  const draft = model.draft ?? false;
  const style = bodyStyle(model.layout);
  const notes = new FootnoteCollector(SIZE.footnote);
  const kind = DOCUMENT_KINDS[model.kind];
  const issuer = issuerLines(model);
  const summary = summaryText(model);
  const writer = new BodyWriter(style, notes, draft);

  if (draft) writer.push(draftMark());
  writer.push(
    nationalHeaderTable({
      parentLines: issuer.parent,
      issuerLines: issuer.issuer,
      numberLine: `Số: ${numberText(model)}`,
      dateLine: dateLine(model),
      letterSubject: kind.printsKindLine ? null : summary,
    }),
  );
  if (kind.printsKindLine) writer.push(...titleBlock(upperVi(model.kindName?.trim() || kind.name), summary));
  const addressed = kind.addressed || (model.addressees ?? []).length > 0;
  if (addressed) {
    const needsPlaceholder = draft && model.kind !== 'report';
    writer.push(...addresseesBlock(model.addressees ?? [], style, needsPlaceholder ? PLACEHOLDERS.addressee : null));
  }
  if (model.kind === 'decision' && model.authority?.trim())
    writer.push(centredBoldLine(upperVi(model.authority.trim()), SIZE.docType, 0, 6));
  writer.push(...legalBases(model, style));
  if (model.kind === 'decision') writer.push(centredBoldLine('QUYẾT ĐỊNH:', SIZE.docType, 6, 6));

  writer.blocks(model.preamble ?? []);
  const scheme = model.numbering ?? (model.kind === 'decision' ? 'articles' : 'sections');
  writer.sectionTree(model.sections ?? [], scheme);
  writer.blocks(model.closing ?? []);
  const hasText = (model.preamble ?? []).length > 0 || (model.sections ?? []).some(sectionHasContent) || (model.closing ?? []).length > 0;
  if (!hasText && draft)
    writer.push(new Paragraph({ ...style.paragraph, children: [placeholderRun(PLACEHOLDERS.emptySection, { sizePt: style.sizePt })] }));

  const signature = signatureLines(model.signature);
  writer.push(
    closingSpacer(),
    closingTable(recipientLines(model.recipients ?? [], model.archive ?? null), signature.lines, signature.name),
  );

  const sections: ISectionOptions[] = writer.sections.map((section, index) =>
    wordSection(section, { titlePage: index === 0, restartNumbering: index === 0 }),
  );
  const appendices = model.appendices ?? [];
  const reference = appendices.length > 0 ? appendixReference(model) : '';
  appendices.forEach((appendix, index) => {
    const label = appendixLabel(index, appendices.length);
    renderAppendix(appendix, label, reference, style, notes, draft).forEach((section, sectionIndex) => {
      sections.push(wordSection(section, { titlePage: sectionIndex === 0, restartNumbering: sectionIndex === 0 }));
    });
  });

  const numberForTitle = numberText(model).trim();
  return new Document({
    creator: 'DVCQ',
    title: `${draft ? 'DỰ THẢO – ' : ''}${kind.name} ${numberForTitle}`.trim(),
    description: summary.text,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPt(style.sizePt) },
          paragraph: { spacing: { line: 240 } },
        },
      },
    },
    footnotes: notes.footnotes(),
    sections,
  });
}

/** Word (.docx) bytes of a document laid out per Decree 30/2020/NĐ-CP. Never throws for missing content. */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  return Packer.toBuffer(documentToDocx(model));
}
