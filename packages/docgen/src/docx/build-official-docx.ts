// Assembles an OfficialDocument into a .docx laid out per Decree 30/2020/NĐ-CP.
// Section layout: main body (title page without page number), optional extra sections where the
// body switches orientation (numbering continues), then one section group per appendix (new page,
// numbering restarts at 1).
import { Document, Packer, PageOrientation, type ISectionOptions } from 'docx';
import { parseIsoDate } from '../vietnamese-format.ts';
import { renderAppendix } from './appendix.ts';
import { renderBody, type BodySection } from './body-blocks.ts';
import { bodyStyle } from './body-style.ts';
import { closingSpacer, closingTable } from './closing-block.ts';
import { nationalHeaderTable } from './national-header.ts';
import type { OfficialDocument } from './official-document.ts';
import { A4_HEIGHT, A4_WIDTH, FONT, halfPt, MARGIN } from './page-layout.ts';
import { pageNumberHeaders } from './page-header.ts';
import { legalBasesBlock, recipientsToBlock, titleBlock } from './title-block.ts';

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

function validate(doc: OfficialDocument): void {
  parseIsoDate(doc.issuedOn); // throws a Vietnamese message on a bad date
  if (!doc.number.trim()) throw new Error('Thiếu số, ký hiệu văn bản');
  if (!doc.issuer.name.trim()) throw new Error('Thiếu tên cơ quan ban hành');
  if (!doc.signature.name.trim()) throw new Error('Thiếu họ tên người ký');
}

/** Builds the Word document model (exposed for callers that want to post-process it). */
export function officialDocxDocument(doc: OfficialDocument): Document {
  validate(doc);
  const style = bodyStyle(doc.layout);
  const bodySections = renderBody(doc.body, style, 'portrait');
  const first = bodySections[0];
  const last = bodySections[bodySections.length - 1];
  if (!first || !last) throw new Error('unreachable: renderBody always returns a section');

  first.children.unshift(
    nationalHeaderTable(doc),
    ...titleBlock(doc),
    ...recipientsToBlock(doc.recipientsTo ?? [], style),
    ...legalBasesBlock(doc.legalBases, style),
  );
  last.children.push(closingSpacer(), closingTable(doc));

  const sections: ISectionOptions[] = bodySections.map((section, index) =>
    wordSection(section, { titlePage: index === 0, restartNumbering: index === 0 }),
  );

  const appendices = doc.appendices ?? [];
  appendices.forEach((appendix, index) => {
    renderAppendix(doc, appendix, index, appendices.length, style).forEach((section, sectionIndex) => {
      sections.push(wordSection(section, { titlePage: sectionIndex === 0, restartNumbering: sectionIndex === 0 }));
    });
  });

  return new Document({
    creator: 'DVCQ',
    title: `${doc.docType} ${doc.number}`,
    description: doc.title,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPt(style.sizePt) },
          paragraph: { spacing: { line: 240 } },
        },
      },
    },
    sections,
  });
}

/** Word (.docx) bytes of an official document laid out per Decree 30/2020/NĐ-CP. */
export async function buildOfficialDocx(doc: OfficialDocument): Promise<Buffer> {
  return Packer.toBuffer(officialDocxDocument(doc));
}

