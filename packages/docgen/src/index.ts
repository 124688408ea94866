// Public API of @dvcq/docgen: official Word documents (Decree 30/2020/NĐ-CP) and Excel tables.
export { buildOfficialDocx, officialDocxDocument } from './docx/build-official-docx.ts';
export type {
  Appendix,
  BodyBlock,
  BulletBlock,
  DocTableCell,
  DocTableColumn,
  DocumentLayout,
  DocumentType,
  HeadingBlock,
  InlineRun,
  Issuer,
  OfficialDocument,
  PageBreakBlock,
  ParagraphBlock,
  RichText,
  SectionBreakBlock,
  Signature,
  TableBlock,
  TableColumnAlign,
} from './docx/official-document.ts';
export { NATIONAL_MOTTO, NATIONAL_NAME } from './docx/national-header.ts';
export { recipientLines } from './model/resolve.ts';
export { buildXlsxTable, XLSX_NUMBER_FORMATS } from './xlsx/build-xlsx-table.ts';
export type {
  XlsxCellValue,
  XlsxColumn,
  XlsxColumnTotal,
  XlsxColumnType,
  XlsxRow,
  XlsxSheetSpec,
  XlsxTableSpec,
} from './xlsx/table-spec.ts';
export {
  formatDocumentNumber,
  formatPlaceAndDate,
  formatVietnameseDate,
  formatVietnameseNumber,
  parseIsoDate,
  pointLetter,
  punctuateList,
  toRoman,
} from './vietnamese-format.ts';
