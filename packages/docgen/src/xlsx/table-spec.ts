// Data model for spreadsheet exports (rankings, report summaries). Callers describe columns by
// meaning (money, percent, date ...) and the builder applies the matching Excel number formats.

/**
 * Column kinds and how values are given:
 * - text:    any string (numbers are written as-is).
 * - integer: whole numbers, shown "#,##0".
 * - money:   amounts in đồng, shown '#,##0 "đ"'.
 * - percent: given as 0–100 (e.g. 87.5 means 87,5 %). Stored as the fraction 0.875 with format
 *            "0.0%" so Excel shows "87.5%" AND formulas over the cells compute correctly.
 * - date:    a Date or an ISO "YYYY-MM-DD" string; written as a real Excel date, shown dd/mm/yyyy.
 */
export type XlsxColumnType = 'text' | 'integer' | 'money' | 'percent' | 'date';

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
}

export interface XlsxTableSpec {
  sheets: readonly XlsxSheetSpec[];
  /** Workbook author shown in file properties. Default "DVCQ". */
  creator?: string;
}
