// Public API of @dvcq/docgen: official documents laid out per Decree 30/2020/NĐ-CP (Word), Excel
// tables, and the check of digitally signed PDFs.
//
// Documents: build a DocumentModel with one of the builders (plain data in, no database), then
// `renderDocx(model)`; `documentGaps(model)` says what is still missing. Nothing throws for
// incomplete input: a draft prints "DỰ THẢO" and placeholders.

// The document model and its renderer.
export type {
  AppendixModel,
  Block,
  BlockAlign,
  DocumentLayout,
  DocumentModel,
  FootnoteRun,
  Inline,
  IssuerModel,
  LegalBasis,
  ListBlock,
  ListItem,
  ListItemObject,
  OrientationBlock,
  PageBreakBlock,
  ParagraphBlock,
  RichText,
  Section,
  SignatureModel,
  TableBlock,
  TableCell,
  TableColumn,
  TextRun,
} from './model/document-model.ts';
export { documentToDocx, renderDocx } from './docx/render-docx.ts';
export { documentGaps, PLACEHOLDERS, recipientLines, type DocumentGap, type GapField } from './model/resolve.ts';
export { NATIONAL_MOTTO, NATIONAL_NAME } from './docx/national-header.ts';

// Builders of every document of the cycle.
export type { DocumentReference, IssueInput, IssuerInput, Paragraphs, SignerInput } from './builders/common.ts';
export { tableRowCells, textBlocks } from './builders/text-tables.ts';
export {
  buildPlanDocument,
  buildUnitPlanDocument,
  type PlanActivity,
  type PlanContentArea,
  type PlanDocumentInput,
  type PlanDuty,
  type PlanReportingDeadline,
  type UnitPlanDocumentInput,
} from './builders/plan.ts';
export {
  buildConsolidatedReport,
  buildPeriodicReport,
  indicatorValueText,
  type ConsolidatedFigure,
  type ConsolidatedRecords,
  type ConsolidatedReportInput,
  type IndicatorType,
  type PeriodicReportInput,
  type ReportIndicator,
  type ReportPart,
  type UnitFigures,
} from './builders/reports.ts';
export {
  buildSelfAssessmentDossier,
  type EvidenceItem,
  type SelfAssessedCriterion,
  type SelfAssessmentInput,
} from './builders/self-assessment.ts';
export { buildRankingDecision, type RankedGroup, type RankedUnit, type RankingDecisionInput } from './builders/ranking-decision.ts';
export { buildReminderLetter, type BehindUnit, type ReminderLetterInput } from './builders/reminder-letter.ts';
export {
  buildCommendationProposal,
  EMULATION_LEGAL_BASES,
  type CommendationProposalInput,
  type NomineeCollective,
  type NomineeIndividual,
} from './builders/commendation.ts';

// The earlier flat API, kept for existing callers (an adapter over the model).
export { buildOfficialDocx, modelFromOfficialDocument, officialDocxDocument } from './docx/build-official-docx.ts';
export type {
  Appendix,
  BodyBlock,
  BulletBlock,
  DocTableCell,
  DocTableColumn,
  DocumentType,
  HeadingBlock,
  InlineRun,
  Issuer,
  OfficialDocument,
  PageBreakBlock as LegacyPageBreakBlock,
  ParagraphBlock as LegacyParagraphBlock,
  RichText as LegacyRichText,
  SectionBreakBlock,
  Signature,
  TableBlock as LegacyTableBlock,
  TableColumnAlign,
} from './docx/official-document.ts';
export type { DocumentLayout as LegacyDocumentLayout } from './docx/official-document.ts';

// Excel.
export { buildXlsxTable, safeSheetName, XLSX_NUMBER_FORMATS, XLSX_TONES } from './xlsx/build-xlsx-table.ts';
export type {
  XlsxCellValue,
  XlsxColumn,
  XlsxColumnTotal,
  XlsxColumnType,
  XlsxRow,
  XlsxSheetSpec,
  XlsxStatusStyle,
  XlsxTableSpec,
  XlsxTone,
} from './xlsx/table-spec.ts';

// Text conventions (kept for existing callers; the rules live in @dvcq/domain).
export { formatDocumentNumber, parseIsoDate, pointLetter, punctuateList, toRoman } from './vietnamese-format.ts';

// Signed PDFs: who signed, when, whether the file changed after signing, chain to configured anchors.
export {
  PdfSignatureError,
  verifyPdfSignatures,
  type ChainCheck,
  type ChainStatus,
  type PdfSignatureCheck,
  type PdfSignatureReport,
  type SignatureVerdict,
  type VerifyPdfOptions,
} from './signatures/verify-pdf-signatures.ts';
export type { CertificateInfo } from './signatures/certificate-info.ts';
