// Paragraph settings shared by all running text, derived from the document's layout options.
import { AlignmentType, LineRuleType, type IParagraphOptions } from 'docx';
import type { DocumentLayout } from '../model/document-model.ts';
import { FIRST_LINE_INDENT, PARAGRAPH_AFTER } from './page-layout.ts';

export interface BodyStyle {
  sizePt: number;
  /** Paragraph options for a justified, first-line-indented body paragraph. */
  paragraph: Pick<IParagraphOptions, 'alignment' | 'indent' | 'spacing'>;
}

export function bodyStyle(layout: DocumentLayout | undefined): BodyStyle {
  const sizePt = layout?.bodyFontSizePt ?? 14;
  // Decree allows single to 1.5 lines; 1.15 keeps plans compact yet readable.
  const multiple = Math.min(1.5, Math.max(1, layout?.lineSpacing ?? 1.15));
  return {
    sizePt,
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE_INDENT },
      spacing: { before: 0, after: PARAGRAPH_AFTER, line: Math.round(240 * multiple), lineRule: LineRuleType.AUTO },
    },
  };
}
