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

export type SectionKind = 'appendix' | 'part' | 'clause' | 'point' | 'bullet';

/** I. / 1. / a) / - tree. `span` covers the whole section, `headingSpan` its first paragraph. */
export interface Section {
  kind: SectionKind;
  marker: string;
  heading: string;
  headingSpan: Span;
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
  sections: Section[];
  /** True when the text looks like OCR output without diacritics. */
  ocr: boolean;
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
}
