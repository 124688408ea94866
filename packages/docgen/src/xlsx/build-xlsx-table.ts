// Builds .xlsx exports with exceljs: a merged bold title, optional subtitles, a bold wrapped
// bordered header row that stays frozen and repeats on print, typed columns with Vietnamese-friendly
// number formats, and an optional totals row whose formulas carry their computed result so the
// totals show even in viewers that never recalculate (previews, mobile apps, LibreOffice in
// read-only mode).
import ExcelJS from 'exceljs';
import { parseIsoDate } from '../vietnamese-format.ts';
import type { XlsxCellValue, XlsxColumn, XlsxColumnTotal, XlsxColumnType, XlsxSheetSpec, XlsxTableSpec } from './table-spec.ts';

export const XLSX_NUMBER_FORMATS: Record<XlsxColumnType, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  money: '#,##0 "đ"',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
};

const DEFAULT_WIDTHS: Record<XlsxColumnType, number> = { text: 30, integer: 12, money: 18, percent: 12, date: 13 };
const FONT_NAME = 'Times New Roman';
const THIN = { style: 'thin' as const };
const ALL_BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Excel forbids []:*?/\ in sheet names and caps them at 31 characters; names must be unique. */
export function safeSheetName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  return candidate;
}

/** Converts a spec value to what the cell stores (fractions for percent, UTC-midnight Dates). */
export function toCellValue(type: XlsxColumnType, value: XlsxCellValue): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  switch (type) {
    case 'text':
      return value instanceof Date ? value.toISOString().slice(0, 10) : value;
    case 'date': {
      if (value instanceof Date) return value;
      if (typeof value === 'number') throw new Error(`Cột ngày cần Date hoặc chuỗi YYYY-MM-DD, nhận số ${value}`);
      const { year, month, day } = parseIsoDate(value);
      // UTC midnight: exceljs converts Dates to serials from the UTC epoch, so this is a whole day.
      return new Date(Date.UTC(year, month - 1, day));
    }
    case 'integer':
    case 'money':
    case 'percent': {
      const numeric = typeof value === 'number' ? value : Number(String(value).replace(/\s/g, ''));
      if (!Number.isFinite(numeric)) throw new Error(`Giá trị số không hợp lệ: "${String(value)}"`);
      return type === 'percent' ? numeric / 100 : numeric;
    }
  }
}

function defaultTotal(column: XlsxColumn): XlsxColumnTotal {
  return column.total ?? (column.type === 'integer' || column.type === 'money' ? 'sum' : 'none');
}

function columnLetter(index1: number): string {
  let n = index1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function addSheet(workbook: ExcelJS.Workbook, spec: XlsxSheetSpec, name: string): void {
  const columnCount = Math.max(1, spec.columns.length);
  const sheet = workbook.addWorksheet(name);
  sheet.columns = spec.columns.map((column) => ({ key: column.key, width: column.width ?? DEFAULT_WIDTHS[column.type] }));

  // Title and subtitles, each merged across the table width.
  const titleLines: { text: string; isTitle: boolean }[] = [
    { text: spec.title, isTitle: true },
    ...(spec.subtitles ?? []).map((text) => ({ text, isTitle: false })),
  ];
  titleLines.forEach((line, index) => {
    const rowNumber = index + 1;
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = line.text;
    row.getCell(1).font = { name: FONT_NAME, size: line.isTitle ? 14 : 12, bold: line.isTitle, italic: !line.isTitle };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (columnCount > 1) sheet.mergeCells(rowNumber, 1, rowNumber, columnCount);
    if (line.isTitle) row.height = 24;
  });

  // One blank row, then the header.
  const headerRowNumber = titleLines.length + 2;
  const header = sheet.getRow(headerRowNumber);
  spec.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { name: FONT_NAME, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = ALL_BORDERS;
  });

  const firstDataRow = headerRowNumber + 1;
  spec.rows.forEach((record, rowIndex) => {
    const row = sheet.getRow(firstDataRow + rowIndex);
    spec.columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      cell.value = toCellValue(column.type, record[column.key]);
      styleDataCell(cell, column.type, false);
    });
  });
  const lastDataRow = firstDataRow + spec.rows.length - 1;

  if (spec.totals) addTotalsRow(sheet, spec, firstDataRow, lastDataRow);

  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRowNumber, topLeftCell: `A${firstDataRow}` }];
  sheet.autoFilter = {
    from: { row: headerRowNumber, column: 1 },
    to: { row: Math.max(headerRowNumber, lastDataRow), column: columnCount },
  };
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: spec.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages tall as needed
    printTitlesRow: `${headerRowNumber}:${headerRowNumber}`,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' };
}

function styleDataCell(cell: ExcelJS.Cell, type: XlsxColumnType, bold: boolean): void {
  cell.font = { name: FONT_NAME, size: 12, bold };
  cell.border = ALL_BORDERS;
  const format = XLSX_NUMBER_FORMATS[type];
  if (format) cell.numFmt = format;
  cell.alignment = {
    vertical: 'middle',
    wrapText: type === 'text',
    horizontal: type === 'text' ? 'left' : type === 'date' ? 'center' : 'right',
  };
}

function numericValues(spec: XlsxSheetSpec, column: XlsxColumn): number[] {
  return spec.rows
    .map((record) => toCellValue(column.type, record[column.key]))
    .filter((value): value is number => typeof value === 'number');
}

function addTotalsRow(sheet: ExcelJS.Worksheet, spec: XlsxSheetSpec, firstDataRow: number, lastDataRow: number): void {
  const label = typeof spec.totals === 'object' ? (spec.totals.label ?? 'Tổng cộng') : 'Tổng cộng';
  const row = sheet.getRow(lastDataRow + 1);
  const hasData = lastDataRow >= firstDataRow;
  spec.columns.forEach((column, index) => {
    const cell = row.getCell(index + 1);
    const letter = columnLetter(index + 1);
    const range = `${letter}${firstDataRow}:${letter}${lastDataRow}`;
    const total = defaultTotal(column);
    const values = numericValues(spec, column);
    if (index === 0 && (total === 'none' || column.type === 'text')) {
      cell.value = label;
    } else if (total === 'sum') {
      const result = values.reduce((sum, value) => sum + value, 0);
      cell.value = hasData ? { formula: `SUM(${range})`, result } : 0;
    } else if (total === 'average') {
      const result = values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
      cell.value = hasData && values.length > 0 ? { formula: `AVERAGE(${range})`, result } : null;
    } else if (typeof total === 'object') {
      cell.value = toCellValue(column.type, total.value);
    } else {
      cell.value = null;
    }
    styleDataCell(cell, column.type, true);
  });
}

/** .xlsx bytes for one or more sheets described by `spec`. */
export async function buildXlsxTable(spec: XlsxTableSpec): Promise<Buffer> {
  if (spec.sheets.length === 0) throw new Error('Cần ít nhất một trang tính');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.creator ?? 'DVCQ';
  workbook.created = new Date();
  const taken = new Set<string>();
  for (const sheetSpec of spec.sheets) {
    const name = safeSheetName(sheetSpec.name, taken);
    taken.add(name.toLowerCase());
    addSheet(workbook, sheetSpec, name);
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes);
}
