// Builds .xlsx exports with exceljs: a merged bold title, optional subtitles, a bold wrapped
// bordered header row tall enough for its text, frozen with the row labels and repeated on print,
// typed columns with Vietnamese-friendly number formats, dates as real dates, codes shown as their
// Vietnamese labels and statuses coloured like their tags on screen, and an optional totals row whose
// formulas carry their computed result so the totals show even in viewers that never recalculate
// (previews, mobile apps, LibreOffice in read-only mode).
import ExcelJS from 'exceljs';
import { localDateInProvince, PROVINCE_TIME_ZONE } from '@dvcq/domain';
import { parseIsoDate } from '../vietnamese-format.ts';
import type { XlsxCellValue, XlsxColumn, XlsxColumnTotal, XlsxColumnType, XlsxSheetSpec, XlsxTableSpec, XlsxTone } from './table-spec.ts';

export const XLSX_NUMBER_FORMATS: Record<XlsxColumnType, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  money: '#,##0 "đ"',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  label: undefined,
  status: undefined,
  link: undefined,
};

/**
 * Ant Design's preset tag colours (text, background, border), so a status reads the same in Excel as
 * on screen.
 */
export const XLSX_TONES: Readonly<Record<XlsxTone, { text: string; fill: string; border: string }>> = {
  default: { text: '1F1F1F', fill: 'FAFAFA', border: 'D9D9D9' },
  green: { text: '389E0D', fill: 'F6FFED', border: 'B7EB8F' },
  gold: { text: 'D48806', fill: 'FFFBE6', border: 'FFE58F' },
  orange: { text: 'D46B08', fill: 'FFF7E6', border: 'FFD591' },
  red: { text: 'CF1322', fill: 'FFF1F0', border: 'FFA39E' },
  volcano: { text: 'D4380D', fill: 'FFF2E8', border: 'FFBB96' },
  purple: { text: '531DAB', fill: 'F9F0FF', border: 'D3ADF7' },
  blue: { text: '0958D9', fill: 'E6F4FF', border: '91CAFF' },
  geekblue: { text: '1D39C4', fill: 'F0F5FF', border: 'ADC6FF' },
  cyan: { text: '08979C', fill: 'E6FFFB', border: '87E8DE' },
  magenta: { text: 'C41D7F', fill: 'FFF0F6', border: 'FFADD2' },
  lime: { text: '7CB305', fill: 'FCFFE6', border: 'EAFF8F' },
};

const DEFAULT_WIDTHS: Record<XlsxColumnType, number> = {
  text: 30,
  integer: 12,
  money: 18,
  percent: 12,
  date: 13,
  datetime: 17,
  label: 22,
  status: 18,
  link: 40,
};
const FONT_NAME = 'Times New Roman';
const THIN = { style: 'thin' as const };
const ALL_BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Cuts to `max` UTF-16 units (Excel's measure) without splitting a character, then trims. */
function cut(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.trim();
}

/** Sheet names compare case-insensitively in Excel. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi-VN');
}

/**
 * A sheet name Excel accepts, keeping Vietnamese letters: NFC (so "ệ" counts as one character, not
 * three), without []:*?/\, not starting or ending with an apostrophe, at most 31 characters, not the
 * reserved "History", and unique in the workbook ("Tổng hợp (2)").
 */
export function safeSheetName(name: string, taken: ReadonlySet<string>): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[[\]:*?/\\\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  const base = cut(cleaned, 31) || 'Trang tính';
  let candidate = sheetNameKey(base) === 'history' ? `${base} (1)` : base;
  for (let n = 2; taken.has(sheetNameKey(candidate)); n += 1) {
    const suffix = ` (${n})`;
    candidate = `${cut(base, 31 - suffix.length)}${suffix}`;
  }
  return candidate;
}

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: PROVINCE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The instant as Vietnam's wall-clock time, stored as a zone-less Excel date-time. */
function provinceWallClock(instant: Date): Date {
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!));
}

/**
 * Converts a spec value to what the cell stores: fractions for percent, UTC-midnight Dates for days
 * (exceljs turns Dates into serials from the UTC epoch, so that is a whole day), labels for codes.
 */
export function toCellValue(type: XlsxColumnType, value: XlsxCellValue, column?: XlsxColumn): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  switch (type) {
    case 'text':
    case 'link':
      return value instanceof Date ? localDateInProvince(value) : value;
    case 'label':
      return column?.labels?.[String(value)] ?? String(value);
    case 'status':
      return column?.statuses?.[String(value)]?.label ?? String(value);
    case 'date': {
      const iso = value instanceof Date ? localDateInProvince(value) : value;
      if (typeof iso === 'number') throw new Error(`Cột ngày cần Date hoặc chuỗi YYYY-MM-DD, nhận số ${iso}`);
      const { year, month, day } = parseIsoDate(iso);
      return new Date(Date.UTC(year, month - 1, day));
    }
    case 'datetime': {
      const instant = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
      if (!instant || Number.isNaN(instant.getTime()))
        throw new Error(`Cột thời điểm cần Date hoặc chuỗi ISO 8601, nhận "${String(value)}"`);
      return provinceWallClock(instant);
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
  const widths = spec.columns.map((column) => column.width ?? DEFAULT_WIDTHS[column.type]);
  const tableWidth = widths.reduce((sum, width) => sum + width, 0);
  sheet.columns = spec.columns.map((column, index) => ({ key: column.key, width: widths[index] }));

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
    // Merged cells never grow to fit their text, so the height is set from the text's length.
    const lines = wrappedLines(line.text, tableWidth);
    row.height = line.isTitle ? Math.max(24, lines * 20) : Math.max(16, lines * 16);
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
  // Tall enough for the longest header at its column's width (bold 12 pt is ~16 pt a line).
  header.height = Math.max(
    20,
    Math.max(1, ...spec.columns.map((column, index) => wrappedLines(column.header, widths[index] ?? 10))) * 16 + 4,
  );

  const firstDataRow = headerRowNumber + 1;
  spec.rows.forEach((record, rowIndex) => {
    const row = sheet.getRow(firstDataRow + rowIndex);
    spec.columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      const raw = record[column.key];
      cell.value = toCellValue(column.type, raw, column);
      styleDataCell(cell, column.type, false);
      if (column.type === 'status' && raw !== null && raw !== undefined && raw !== '') styleStatusCell(cell, column, String(raw));
      if (column.type === 'link' && typeof raw === 'string' && /^https?:\/\//i.test(raw)) {
        cell.value = { text: raw, hyperlink: raw };
        cell.font = { ...cell.font, color: { argb: 'FF0563C1' }, underline: true };
      }
    });
  });
  const lastDataRow = firstDataRow + spec.rows.length - 1;

  if (spec.totals) addTotalsRow(sheet, spec, firstDataRow, lastDataRow);

  const frozenColumns = Math.min(
    columnCount - 1,
    Math.max(0, spec.frozenColumns ?? (spec.columns[0]?.type === 'text' && columnCount > 1 ? 1 : 0)),
  );
  sheet.views = [
    { state: 'frozen', xSplit: frozenColumns, ySplit: headerRowNumber, topLeftCell: `${columnLetter(frozenColumns + 1)}${firstDataRow}` },
  ];
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

/** Lines a text takes in a wrapped cell `width` characters wide (breaking at spaces). */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(4, Math.floor(width * 0.95) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = [...word].length;
      if (used > 0 && used + 1 + length > perLine) {
        lines += 1 + Math.floor(length / perLine);
        used = length % perLine;
      } else {
        used += (used > 0 ? 1 : 0) + length;
      }
    }
  }
  return lines;
}

function styleStatusCell(cell: ExcelJS.Cell, column: XlsxColumn, code: string): void {
  const style = column.statuses?.[code];
  if (!style) return;
  const tone = XLSX_TONES[style.tone];
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${tone.fill}` } };
  cell.font = { name: FONT_NAME, size: 12, color: { argb: `FF${tone.text}` } };
}

function styleDataCell(cell: ExcelJS.Cell, type: XlsxColumnType, bold: boolean): void {
  cell.font = { name: FONT_NAME, size: 12, bold };
  cell.border = ALL_BORDERS;
  const format = XLSX_NUMBER_FORMATS[type];
  if (format) cell.numFmt = format;
  cell.alignment = {
    vertical: 'middle',
    wrapText: type === 'text' || type === 'label' || type === 'link',
    horizontal:
      type === 'text' || type === 'label' || type === 'link'
        ? 'left'
        : type === 'date' || type === 'datetime' || type === 'status'
          ? 'center'
          : 'right',
  };
}

function numericValues(spec: XlsxSheetSpec, column: XlsxColumn): number[] {
  return spec.rows
    .map((record) => toCellValue(column.type, record[column.key], column))
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
    if (index === 0 && (total === 'none' || column.type === 'text' || column.type === 'label')) {
      cell.value = label;
    } else if (total === 'sum') {
      const result = values.reduce((sum, value) => sum + value, 0);
      cell.value = hasData ? { formula: `SUM(${range})`, result } : 0;
    } else if (total === 'average') {
      const result = values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
      cell.value = hasData && values.length > 0 ? { formula: `AVERAGE(${range})`, result } : null;
    } else if (typeof total === 'object') {
      cell.value = toCellValue(column.type, total.value, column);
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
    taken.add(sheetNameKey(name));
    addSheet(workbook, sheetSpec, name);
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes);
}
