/** Offsets into the (NFC) input text: `text.slice(start, end)` is the highlighted source. */
export interface Span {
  start: number;
  end: number;
}

export type DocKind = 'plan' | 'report' | 'decision' | 'other';
export type DeadlineKind = 'unit_plan' | 'report' | 'self_assessment' | 'appraisal' | 'ranking' | 'completion' | 'other';
export type Period = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | '9M' | 'Y';
export type TargetUnit = 'percent' | 'count';

export interface Reference {
  number: string;
  date: string | null;
  /** Every mention of the number (and its date when given next to it). */
  spans: Span[];
}

export interface Deadline {
  due: string;
  inclusive: boolean;
  phrase: string;
  subject: string;
  kind: DeadlineKind;
  period: Period | null;
  /** The deadline phrase ("chậm nhất ngày 01/11/2023"). */
  span: Span;
  /** The clause the subject was taken from. */
  subjectSpan: Span;
}

export interface Target {
  text: string;
  value: number | null;
  unit: TargetUnit | null;
  span: Span;
  valueSpan: Span | null;
}

export interface Assignment {
  unit: string;
  duties: string[];
  span: Span;
  dutySpans: Span[];
}

export interface Signer {
  name: string;
  title: string | null;
  nameSpan: Span;
  titleSpans: Span[];
}

export type SectionKind = 'appendix' | 'part' | 'clause' | 'point' | 'bullet' | 'text';

/**
 * I. / 1. / a) / - tree. `span` covers the whole section, `headingSpan` its first paragraph.
 * `heading` is that paragraph in full and `text` everything written directly in the section (the
 * heading paragraph and the unmarked paragraphs after it, one per line), so that the tree holds
 * every word of the body; text before the first marker is in Extraction.preamble (kind `text`). For OCR text
 * without diacritics both are given with diacritics restored (see Extraction.restoration).
 */
export interface Section {
  kind: SectionKind;
  marker: string;
  heading: string;
  headingSpan: Span;
  text: string;
  span: Span;
  children: Section[];
}

export interface Extraction {
  kind: DocKind;
  number: string | null;
  issuedOn: string | null;
  place: string | null;
  issuer: string | null;
  title: string;
  year: number | null;
  references: Reference[];
  deadlines: Deadline[];
  targets: Target[];
  assignments: Assignment[];
  signer: Signer | null;
  /** Source spans of the scalar fields (empty when inferred rather than read). */
  spans: {
    kind: Span[];
    number: Span[];
    issuedOn: Span[];
    place: Span[];
    issuer: Span[];
    title: Span[];
    year: Span[];
  };
  /** Body paragraphs before the first numbered part ("Căn cứ …", the opening sentence), kind `text`. */
  preamble: Section[];
  sections: Section[];
  /** True when the text looks like OCR output without diacritics. */
  ocr: boolean;
  /** Units formed by a restructuring resolution (empty for other documents). */
  restructuring: RestructuringEntry[];
  /** Rows of a communication-KPI appendix (empty when the document has none). */
  kpiRows: KpiRow[];
  /** The "Nơi nhận:" lines, "Lưu: …" last, without bullets and closing punctuation (empty when none). */
  recipients: string[];
  /** For a report: narrative per content area and the figures it states; null for other kinds. */
  report: ReportReading | null;
  /**
   * For text without diacritics (OCR): the text with diacritics restored (same length, so every
   * span applies to it too) and each restored word with its original; null otherwise.
   */
  restoration: { text: string; words: { start: number; end: number; from: string; to: string; confidence: number }[] } | null;
}

/** A content area of a report: its heading and everything written under it. */
export interface ReportArea {
  heading: string;
  narrative: string;
  span: Span;
}

/** A figure a report states ("55 công chức …"), with the cut-off date it is given for. */
export interface ReportIndicator {
  label: string;
  value: number;
  unit: 'count' | 'percent';
  /** YYYY-MM-DD from "Tính đến ngày …", or null when the report gives none. */
  asOf: string | null;
  /** The figure with its label as written. */
  text: string;
  span: Span;
}

export interface ReportReading {
  areas: ReportArea[];
  indicators: ReportIndicator[];
}

/** Exactly the CLI/golden JSON shape (golden/README.md). */
export interface GoldenJson {
  kind: DocKind;
  number: string | null;
  issuedOn: string | null;
  place: string | null;
  issuer: string | null;
  title: string;
  year: number | null;
  references: { number: string; date: string | null }[];
  deadlines: { due: string; inclusive: boolean; phrase: string; subject: string; kind: DeadlineKind; period: Period | null }[];
  targets: { text: string; value: number | null; unit: TargetUnit | null }[];
  assignments: { unit: string; duties: string[] }[];
  signer: { name: string; title: string | null } | null;
  /** Present only for a restructuring resolution. */
  restructuring?: Omit<RestructuringEntry, 'span'>[];
  /** Present only when the document has a communication-KPI appendix. */
  kpiRows?: Omit<KpiRow, 'span'>[];
}

/** Kind of a commune-level unit formed by a 2025 restructuring resolution. */
export type RestructuringKind = 'xã' | 'phường' | 'đặc khu';

/** A unit a new one is formed from, whole or in part ("một phần", "phần còn lại"). */
export interface RestructuringSource {
  name: string;
  /** As written: "xã", "phường", "thị trấn", "huyện", "đặc khu", "thị xã". */
  kind: string;
  /** The bracketed district that tells namesakes apart ("huyện Tân Hưng"), else null. */
  qualifier: string | null;
  whole: boolean;
}

/** One unit formed by a restructuring resolution (issue 11), in the resolution's order. */
export interface RestructuringEntry {
  name: string;
  kind: RestructuringKind;
  from: RestructuringSource[];
  /** The clause it was read from. */
  span: Span;
}

/**
 * One row of a communication-KPI appendix (issue 12; "PHỤ LỤC Các chỉ tiêu, nhiệm vụ tuyên truyền cải
 * cách hành chính"): who must reach how much of what on which channel in which period. The KPI module
 * turns reviewed rows into a plan's KPI set. Unknown parts stay null rather than guessed.
 */
export interface KpiRow {
  /** The number to reach (1 for "sections present": the section must exist). */
  target: number;
  /** "ít nhất", "từ … trở lên" → at_least; a bare number → exactly. */
  comparator: 'at_least' | 'exactly';
  measure: 'items' | 'reportages' | 'visits' | 'sections_present';
  channel:
    | 'provincial_newspaper'
    | 'provincial_radio_tv'
    | 'provincial_portal'
    | 'local_portal'
    | 'social_media'
    | 'zalo_oa'
    | 'public_service_portal'
    | 'other';
  who: {
    /** A named unit ("Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố"), else null. */
    unit: string | null;
    /** A kind of unit each of which owes the row ("Các cơ quan chuyên môn thành phố" → division), else null. */
    unitKind: 'department' | 'district' | 'commune' | 'division' | 'public_service' | null;
    /** The subject as written. */
    text: string;
    /** The unit leads others ("chủ trì, phối hợp với …"). */
    lead: boolean;
  };
  /** quarter / half_year / year, or custom with its end ("tính đến thời điểm 06/11/2023"). */
  period: { kind: 'quarter' | 'half_year' | 'year' | 'custom'; until: string | null };
  /** The source line, diacritics restored when the source lost them. */
  line: string;
  span: Span;
}
