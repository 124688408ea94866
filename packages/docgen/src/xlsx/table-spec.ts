// Data model for spreadsheet exports (rankings, report summaries). Callers describe columns by
// meaning (money, percent, date ...) and the builder applies the matching Excel number formats.

/** Colours of status tags as the web client shows them (Ant Design's preset tag colours). */
export type XlsxTone =
  'default' | 'green' | 'gold' | 'orange' | 'red' | 'volcano' | 'purple' | 'blue' | 'geekblue' | 'cyan' | 'magenta' | 'lime';

/** How a status code is shown: its Vietnamese label in the colour of its tag on screen. */
export interface XlsxStatusStyle {
  label: string;
  tone: XlsxTone;
}

/**
 * Column kinds and how values are given:
 * - text:    any string (numbers are written as-is).
 * - integer: whole numbers, shown "#,##0".
 * - money:   amounts in đồng, shown '#,##0 "đ"'.
 * - percent: given as 0–100 (e.g. 87.5 means 87,5 %). Stored as the fraction 0.875 with format
 *            "0.0%" so Excel shows "87.5%" AND formulas over the cells compute correctly.
 * - date:    an ISO "YYYY-MM-DD" string or a Date (taken as the day it is in Vietnam); a real Excel
 *            date, shown dd/mm/yyyy.
 * - datetime: a Date instant; written as Vietnam's wall-clock time (Excel has no time zones), shown
 *            dd/mm/yyyy hh:mm.
 * - label:   an internal code (e.g. "yes_no") shown as the Vietnamese label the caller gives in `labels`.
 * - status:  a status code shown as its label, coloured like its tag on screen (`statuses`).
 * - link:    an http(s) address, written as a clickable hyperlink (other text stays plain).
 */
export type XlsxColumnType = 'text' | 'integer' | 'money' | 'percent' | 'date' | 'datetime' | 'label' | 'status' | 'link';

/** What the totals row shows in a column: SUM / AVERAGE formula (with computed result), a fixed value, or nothing. */
export type XlsxColumnTotal = 'sum' | 'average' | 'none' | { value: string | number };

export interface XlsxColumn {
  /** Property name in each row record. */
  key: string;
  /** Vietnamese header text, e.g. "Tên cơ quan, đơn vị". */
  header: string;
  type: XlsxColumnType;
  /** Width in Excel characters. Defaults by type. */
  width?: number;
  /** Defaults: 'sum' for integer and money, 'none' otherwise. */
  total?: XlsxColumnTotal;
  /** For 'label' columns: code → Vietnamese label. A code without a label is shown as is. */
  labels?: Readonly<Record<string, string>>;
  /** For 'status' columns: code → label and colour. */
  statuses?: Readonly<Record<string, XlsxStatusStyle>>;
}

export type XlsxCellValue = string | number | Date | null | undefined;

export type XlsxRow = Readonly<Record<string, XlsxCellValue>>;

export interface XlsxSheetSpec {
  /** Sheet tab name; invalid characters are removed and it is cut to Excel's 31 characters. */
  name: string;
  /** Title row (merged across all columns, bold). */
  title: string;
  /** Extra lines under the title, e.g. "Kỳ báo cáo: 6 tháng đầu năm 2025", "Số đơn vị đã báo cáo: 12/15". */
  subtitles?: readonly string[];
  columns: readonly XlsxColumn[];
  rows: readonly XlsxRow[];
  /** Adds a bold totals row; `label` goes in the first column (default "Tổng cộng"). */
  totals?: boolean | { label?: string };
  /** Print in landscape (wide tables). Default portrait. */
  landscape?: boolean;
  /**
   * Leading columns kept in view when scrolling sideways (the unit's name). Default: 1 when the first
   * column is text (the row's label), otherwise 0. The header rows are always frozen.
   */
  frozenColumns?: number;
}

export interface XlsxTableSpec {
  sheets: readonly XlsxSheetSpec[];
  /** Workbook author shown in file properties. Default "DVCQ". */
  creator?: string;
}
