// The data model of an official document ("văn bản hành chính") as laid out by Decree 30/2020/NĐ-CP.
// Callers describe *what* the document says; the builder decides *how* it looks (fonts, rules,
// spacing, punctuation of lists), so every export from DVCQ looks the same and follows the decree.

/** A piece of inline text with optional emphasis, e.g. the bold deadline "trước ngày 15/12/2025". */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Plain string or a sequence of emphasised runs. */
export type RichText = string | readonly InlineRun[];

/**
 * Heading of a plan/report section. Numbering follows the decree's Phần/Mục/khoản pattern:
 * level 1 "I.", "II." (text forced to UPPERCASE, bold), level 2 "1.", "2." (bold),
 * level 3 "a)", "b)" … in Vietnamese alphabet order (upright). Numbers restart under each parent.
 * Pass `label` (e.g. "IV." or "đ)") to override the automatic number, or `label: ''` for none.
 */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: RichText;
  label?: string;
}

/** Ordinary body paragraph: justified, first-line indent 1.27 cm. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: RichText;
  /** Whole paragraph in italic (e.g. a note). */
  italic?: boolean;
  /** Centred instead of justified, without indent (e.g. a caption). */
  centered?: boolean;
}

/** A "- ..." line; the dash is added by the builder. */
export interface BulletBlock {
  kind: 'bullet';
  text: RichText;
}

export type TableColumnAlign = 'left' | 'center' | 'right';

export interface DocTableColumn {
  header: string;
  /** Relative width; the columns are scaled to fill the text width of the page. */
  width: number;
  /** Defaults to 'right' for numeric cells and 'left' for text. */
  align?: TableColumnAlign;
}

/** A cell value; numbers are written with Vietnamese grouping ("1.234.567"), null as empty. */
export type DocTableCell = string | number | null;

export interface TableBlock {
  kind: 'table';
  columns: readonly DocTableColumn[];
  rows: readonly (readonly DocTableCell[])[];
  /** Optional totals row, rendered bold, e.g. ["Tổng cộng", null, 1234]. */
  totals?: readonly DocTableCell[];
  /** Font size of table text, 12 or 13 pt keep wide tables readable. Default 13. */
  fontSizePt?: number;
  /** Optional caption printed (bold, centred) above the table. */
  caption?: string;
}

/**
 * Starts a new section on a new page with the given orientation, e.g. landscape for a wide table,
 * then portrait again for the following text. Page numbering continues.
 */
export interface SectionBreakBlock {
  kind: 'sectionBreak';
  orientation: 'portrait' | 'landscape';
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type BodyBlock = HeadingBlock | ParagraphBlock | BulletBlock | TableBlock | SectionBreakBlock | PageBreakBlock;

export interface Issuer {
  /** Parent body ("cơ quan chủ quản"), e.g. "UBND TỈNH TÂY NINH" for a department. Optional. */
  parent?: string;
  /** Issuing body, e.g. "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH"; "\n" forces a line break. */
  name: string;
  /** Name in running text for the appendix reference line, e.g. "Ủy ban nhân dân tỉnh Tây Ninh". */
  nameInText?: string;
}

/** Document types DVCQ issues; any other upper-case type name is accepted as well. */
export type DocumentType = 'KẾ HOẠCH' | 'BÁO CÁO' | 'QUYẾT ĐỊNH' | 'THÔNG BÁO' | 'TỜ TRÌNH' | (string & {});

export interface Signature {
  /** Authority lines above the position, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]. */
  authority: readonly string[];
  /** Signer's position, e.g. "PHÓ CHỦ TỊCH". */
  title: string;
  /** Full name without academic titles, e.g. "Nguyễn Hồng Thanh". */
  name: string;
}

export interface Appendix {
  /** Appendix name, rendered UPPERCASE bold. */
  title: string;
  /** Overrides the italic "(Kèm theo … số … ngày … của …)" line; '' to omit it. */
  reference?: string;
  orientation?: 'portrait' | 'landscape';
  blocks: readonly BodyBlock[];
}

export interface DocumentLayout {
  /** Body size, 13 or 14 pt (decree allows both). Default 14. */
  bodyFontSizePt?: 13 | 14;
  /** Line spacing multiple, 1.0–1.5. Default 1.15. */
  lineSpacing?: number;
}

export interface OfficialDocument {
  /** Prints "DỰ THẢO" at the top (a plan or report not yet issued). */
  draft?: boolean;
  issuer: Issuer;
  /** Number and symbol without "Số:", e.g. "696/KH-UBND" (see formatDocumentNumber). */
  number: string;
  /** Administrative unit where the issuer sits, e.g. "Tây Ninh". */
  place: string;
  /** ISO date "YYYY-MM-DD"; printed as "ngày 06 tháng 3 năm 2025". */
  issuedOn: string;
  docType: DocumentType;
  /** Summary title under the type, e.g. "Thực hiện công tác dân vận chính quyền năm 2025 ...". */
  title: string;
  /** "Kính gửi:" recipients (reports, tờ trình). One goes on the same line; several get "- " lines. */
  recipientsTo?: readonly string[];
  /** "Căn cứ ..." lines; the builder ends each with ";" and the last with ".". */
  legalBases: readonly string[];
  body: readonly BodyBlock[];
  /** "Nơi nhận:" list without the archive line; "- " and ";" are added by the builder. */
  recipients: readonly string[];
  /** Archive line content after "Lưu: ", e.g. "VT, NC" → "- Lưu: VT, NC.". Default "VT". */
  archive?: string;
  signature: Signature;
  appendices?: readonly Appendix[];
  layout?: DocumentLayout;
}
