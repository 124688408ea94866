// The document model: what an official document (văn bản hành chính) says, as a typed tree. Callers
// describe the content; the renderer decides how it looks under Decree 30/2020/NĐ-CP (fonts, rules,
// numbering, list punctuation, "./.", "Nơi nhận", signature lines), so every document DVCQ issues
// looks the same. Anything missing is allowed: the renderer prints a visible placeholder instead and
// `documentGaps` lists what is still to be filled in; nothing here throws for incomplete input.
import type { DelegatedSigning, DocumentKindId, DocumentNumber, LegalReference, LocalDate, NumberingScheme } from '@dvcq/domain';

/** A stretch of text with emphasis, e.g. the bold deadline "chậm nhất 28/3/2025". */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** A footnote: a superscript number in the text and the note at the foot of the page. */
export interface FootnoteRun {
  footnote: RichText;
}

export type Inline = string | TextRun | FootnoteRun;

/** Plain text or a sequence of runs. */
export type RichText = string | readonly Inline[];

export type BlockAlign = 'justify' | 'center' | 'left' | 'right';

/** Running text: justified with a 1.27 cm first-line indent unless told otherwise. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: RichText;
  bold?: boolean;
  italic?: boolean;
  align?: BlockAlign;
}

/** A list item; nested items print with the next marker ("-" then "+"). */
export interface ListItemObject {
  text: RichText;
  items?: readonly ListItem[];
}
export type ListItem = RichText | ListItemObject;

/** "- …" lines (the marker is added by the renderer). */
export interface ListBlock {
  kind: 'list';
  items: readonly ListItem[];
  /** Default "-". */
  marker?: '-' | '+';
}

export type TableColumnAlign = 'left' | 'center' | 'right';

export interface TableColumn {
  header: string;
  /** Relative width; columns are scaled to the text width of the page. */
  width: number;
  /** Default: right for numbers, left for text. */
  align?: TableColumnAlign;
}

/** A cell: numbers print with Vietnamese grouping ("1.234.567"), null as empty. */
export type TableCell = string | number | null;

export interface TableBlock {
  kind: 'table';
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
  /** Bold last row, e.g. ["", "Tổng cộng", 1234]. */
  totals?: readonly TableCell[];
  /** 12 or 13 pt keeps wide tables readable. Default 13. */
  fontSizePt?: number;
  /** Bold centred line above the table. */
  caption?: string;
}

/** Starts a new page in the given orientation (a wide table in landscape, then portrait again). */
export interface OrientationBlock {
  kind: 'orientation';
  orientation: 'portrait' | 'landscape';
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block = ParagraphBlock | ListBlock | TableBlock | OrientationBlock | PageBreakBlock;

/**
 * A numbered part of the text. Its number comes from its place in the tree (I. / 1. / a) / - for
 * plans and reports, Điều 1. / 1. / a) for decisions).
 * - With a `title` it is a heading: short, bold (upper case at the top level), kept with what follows.
 * - Without a title it is a clause: the number starts its first paragraph, which prints as ordinary
 *   running text ("1. Tập trung chỉ đạo …"), so a long clause never becomes a bold heading.
 * Parts with nothing in them are not printed (in a draft they show a placeholder instead).
 */
export interface Section {
  title?: RichText | null;
  /** Overrides the automatic number ("IV.", "đ)"); '' prints none. */
  label?: string | null;
  blocks?: readonly Block[];
  children?: readonly Section[];
}

export interface IssuerModel {
  /** The issuing body in full, as in running text: "Ủy ban nhân dân tỉnh Tây Ninh", "Sở Nội vụ". */
  name: string | null;
  /** The body it belongs to ("cơ quan chủ quản"), printed above it: "Ủy ban nhân dân tỉnh Tây Ninh". */
  parent?: string | null;
  /** Header lines as printed, when the automatic split of `name` is not wanted. */
  headerLines?: readonly string[];
  /** Parent line as printed, when the automatic abbreviation is not wanted. */
  parentLine?: string | null;
  /** Name after "của" in appendix references when it differs: "Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh". */
  nameInText?: string | null;
}

/** A legal basis: a structured citation, or a line written out ("Theo đề nghị của Giám đốc Sở Nội vụ"). */
export type LegalBasis = LegalReference | { text: string };

export interface SignatureModel {
  /** Full name without academic titles; null prints a placeholder. */
  name: string | null;
  /** The signer's title, "Phó Chủ tịch"; null prints a placeholder. */
  title: string | null;
  /** The head's title, "Chủ tịch": with it the decree's KT./Q./TL. lines are derived from `title`. */
  headTitle?: string | null;
  /** Signing on behalf of a collective ("Ủy ban nhân dân") adds "TM. ỦY BAN NHÂN DÂN". */
  collective?: string | null;
  delegated?: DelegatedSigning | null;
  /** See SignatureRuleInput.signerUnitHeadTitle in @dvcq/domain. */
  signerUnitHeadTitle?: string | null;
  /** Authority and position lines exactly as printed; bypasses the derivation. */
  lines?: readonly string[];
}

export interface AppendixModel {
  /** Name, printed upper case bold. */
  title: string;
  /** Replaces the italic "(Kèm theo … số … ngày … của …)" line; '' omits it. */
  reference?: string | null;
  orientation?: 'portrait' | 'landscape';
  blocks?: readonly Block[];
  /** Numbered parts after the blocks (e.g. "I. TẬP THỂ", "II. CÁ NHÂN"). */
  sections?: readonly Section[];
}

export interface DocumentLayout {
  /** 13 or 14 pt (the decree allows both). Default 14. */
  bodyFontSizePt?: 13 | 14;
  /** Line spacing multiple, 1.0–1.5. Default 1.15. */
  lineSpacing?: number;
}

export interface DocumentModel {
  kind: DocumentKindId;
  /** Kind line for a kind outside DOCUMENT_KINDS ("Biên bản"); the kind still decides the layout. */
  kindName?: string | null;
  /** A draft prints "DỰ THẢO" at the top. */
  draft?: boolean;
  issuer: IssuerModel;
  /**
   * Number and symbol; `sequence: null` (or a missing number) leaves the registration blank. A string
   * is printed as given ("696/KH-UBND").
   */
  number?: DocumentNumber | string | null;
  /** Where the issuer sits, printed before the date: "Tây Ninh". */
  place?: string | null;
  /** The issue date; an instant is turned into the day it is in Vietnam (Asia/Ho_Chi_Minh). */
  issuedOn?: LocalDate | Date | null;
  /** Year printed in the blank date line of an undated draft. */
  year?: number | null;
  /** Summary (trích yếu): under the kind line, or after "V/v" for a công văn. */
  summary?: string | null;
  /** The issuing authority line of a decision: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH". */
  authority?: string | null;
  /** "Kính gửi:" — for reports to a superior, tờ trình and công văn. */
  addressees?: readonly string[];
  legalBases?: readonly LegalBasis[];
  /**
   * 'lines': italic, one per line, ";" and a final "." (the decree's form, default for decisions);
   * 'paragraph': one running paragraph "Căn cứ A; B; C." (usual in plans and reports, the default there).
   */
  legalBasesForm?: 'lines' | 'paragraph';
  /** Running text before the numbered parts (the lead-in). */
  preamble?: readonly Block[];
  sections?: readonly Section[];
  /** Default: 'articles' for decisions, 'sections' otherwise. */
  numbering?: NumberingScheme;
  /** Closing paragraphs ("Trên đây là …"); the text's last paragraph ends with "./.". */
  closing?: readonly Block[];
  /** "Nơi nhận:" lines, without the archive line; "- " and ";" are added. */
  recipients?: readonly string[];
  /** Archive line parts, printed once as "- Lưu: VT, NC.". Default ["VT"]. */
  archive?: readonly string[];
  signature?: SignatureModel | null;
  appendices?: readonly AppendixModel[];
  layout?: DocumentLayout;
}
