// Page geometry and type sizes fixed by Decree 30/2020/NĐ-CP. Word measures in twips
// (1/20 pt) and run sizes in half-points; keeping the conversions here avoids magic numbers.

export const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (millimetres: number): number => Math.round(millimetres * TWIPS_PER_MM);
export const pt = (points: number): number => Math.round(points * 20);
/** docx run sizes are half-points. */
export const halfPt = (points: number): number => Math.round(points * 2);

/** A4 portrait in twips: 210 × 297 mm. */
export const A4_WIDTH = 11906;
export const A4_HEIGHT = 16838;

/** Decree margins: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm (we use the minimums). */
export const MARGIN = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  /** Page number sits in the top margin, ~10 mm from the edge. */
  header: mm(10),
  footer: mm(10),
} as const;

export type Orientation = 'portrait' | 'landscape';

/** Width available for text between the margins. */
export function textWidth(orientation: Orientation): number {
  const pageWidth = orientation === 'landscape' ? A4_HEIGHT : A4_WIDTH;
  return pageWidth - MARGIN.left - MARGIN.right;
}

export const FONT = 'Times New Roman';

/** Type sizes in points, per element of the decree's template 1.4. */
export const SIZE = {
  parentBody: 13,
  issuingBody: 13,
  nationalName: 12,
  motto: 13,
  number: 13,
  placeDate: 14,
  docType: 14,
  title: 14,
  pageNumber: 13,
  recipientsHeading: 12,
  recipientsList: 11,
  signature: 14,
  appendixLabel: 14,
  /** Công văn "V/v …" line: 12–13 pt. */
  letterSubject: 13,
  /** Footnotes: not set by the decree; 12 pt reads well under 14 pt text. */
  footnote: 12,
  draftMark: 13,
} as const;

/** 1.27 cm first-line indent = 720 twips exactly. */
export const FIRST_LINE_INDENT = 720;
/** 6 pt after body paragraphs. */
export const PARAGRAPH_AFTER = pt(6);

/**
 * Line height (in 240ths of a line) for stacked single-spaced lines such as the header, signature
 * and appendix heading. Pure single spacing lets Vietnamese stacked diacritics on capitals (Ủ, Ỉ, Ệ)
 * touch the line above in some renderers; 1.1 keeps the look of single spacing without clashes.
 */
export const STACKED_LINE = 264;
