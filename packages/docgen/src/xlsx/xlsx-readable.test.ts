// Excel files that read well for the people who get them: labels instead of codes, statuses coloured
// as on screen, dates that are dates, headers tall enough, the unit column kept in view — and the
// same file opened and saved again by LibreOffice keeps them.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfPageText } from '../test-support/libreoffice.ts';
import { buildXlsxTable, safeSheetName, wrappedLines, XLSX_TONES } from './build-xlsx-table.ts';
import type { XlsxSheetSpec } from './table-spec.ts';

const STATUSES = {
  submitted_on_time: { label: 'Nộp đúng hạn', tone: 'green' },
  submitted_late: { label: 'Nộp muộn', tone: 'orange' },
  overdue: { label: 'Quá hạn', tone: 'red' },
} as const;

const compliance: XlsxSheetSpec = {
  // NFD input, as pasted from some PDFs: "ệ" is three code points until normalised.
  name: 'Tình hình nộp báo cáo 6 tháng đầu năm 2025 của các đơn vị'.normalize('NFD'),
  title: 'TÌNH HÌNH NỘP BÁO CÁO 6 THÁNG ĐẦU NĂM 2025',
  subtitles: ['Số liệu tại thời điểm 22/5/2025 08:00'],
  columns: [
    { key: 'unit', header: 'Cơ quan, đơn vị, địa phương', type: 'text', width: 36 },
    { key: 'status', header: 'Tình trạng', type: 'status', statuses: STATUSES },
    {
      key: 'method',
      header: 'Phương pháp chấm của tiêu chí được áp dụng',
      type: 'label',
      width: 14,
      labels: { yes_no: 'Có/Không', downgrade_if_late: 'Hạ mức khi nộp muộn' },
    },
    { key: 'due', header: 'Hạn nộp', type: 'date' },
    { key: 'submittedAt', header: 'Thời điểm gửi', type: 'datetime' },
  ],
  rows: [
    { unit: 'Sở Nội vụ', status: 'submitted_on_time', method: 'yes_no', due: '2025-05-20', submittedAt: new Date('2025-05-19T17:30:00Z') },
    { unit: 'Ủy ban nhân dân xã Hưng Điền', status: 'overdue', method: 'downgrade_if_late', due: '2025-05-20', submittedAt: null },
    { unit: 'Sở Xây dựng', status: 'submitted_late', method: 'points', due: '2025-05-20', submittedAt: new Date('2025-05-21T02:05:00Z') },
  ],
  landscape: true,
};

const HEADER = 4; // title, subtitle, blank, header
let dir = '';
let built: ExcelJS.Worksheet;
let reopened: ExcelJS.Worksheet;
let printed = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dvcq-xlsx-'));
  const bytes = await buildXlsxTable({ sheets: [compliance] });
  const source = join(dir, 'tinh-hinh.xlsx');
  await writeFile(source, bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  built = workbook.worksheets[0]!;
  // LibreOffice opens the file and saves it again (as a recipient's office suite would), and prints it.
  const out = join(dir, 'libreoffice');
  await convertWithLibreOffice([source], out, 'xlsx');
  await convertWithLibreOffice([source], out, 'pdf');
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await readFile(join(out, 'tinh-hinh.xlsx'))) as unknown as ArrayBuffer);
  reopened = again.worksheets[0]!;
  printed = await pdfPageText(join(out, 'tinh-hinh.pdf'), 1);
}, 300_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('Excel exports people can read', () => {
  it('keeps diacritics in the sheet name within Excel’s 31 characters', () => {
    expect(built.name).toBe('Tình hình nộp báo cáo 6 tháng đ');
    expect(built.name.length).toBeLessThanOrEqual(31);
    expect(safeSheetName("'History'", new Set())).toBe('History (1)');
    expect(safeSheetName('Tổng hợp', new Set(['tổng hợp']))).toBe('Tổng hợp (2)');
  });

  it('shows labels instead of internal codes and statuses coloured like their tags', () => {
    const row = built.getRow(HEADER + 1);
    expect(row.getCell(2).value).toBe('Nộp đúng hạn');
    expect(row.getCell(3).value).toBe('Có/Không');
    expect(built.getRow(HEADER + 2).getCell(3).value).toBe('Hạ mức khi nộp muộn');
    expect(built.getRow(HEADER + 3).getCell(3).value).toBe('points'); // no label given: shown as is
    const overdue = built.getRow(HEADER + 2).getCell(2);
    expect(overdue.value).toBe('Quá hạn');
    expect(overdue.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${XLSX_TONES.red.fill}` } });
    expect(overdue.font?.color?.argb).toBe(`FF${XLSX_TONES.red.text}`);
  });

  it('writes dates as dates and instants in Vietnam’s time', () => {
    const row = built.getRow(HEADER + 1);
    expect(row.getCell(4).value).toEqual(new Date(Date.UTC(2025, 4, 20)));
    expect(row.getCell(4).numFmt).toBe('dd/mm/yyyy');
    // 17:30 UTC on the 19th is 00:30 on the 20th in Vietnam.
    expect(row.getCell(5).value).toEqual(new Date(Date.UTC(2025, 4, 20, 0, 30)));
    expect(row.getCell(5).numFmt).toBe('dd/mm/yyyy hh:mm');
  });

  it('makes the header tall enough for its longest text and freezes it with the unit column', () => {
    expect(wrappedLines('Phương pháp chấm của tiêu chí được áp dụng', 14)).toBe(4);
    expect(built.getRow(HEADER).height).toBeGreaterThanOrEqual(4 * 16);
    expect(built.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: HEADER });
  });

  // Headless LibreOffice does not write view settings back (frozen panes included: the unoconv and
  // LibreOffice reports say the same), so the frozen panes are checked on our own file above.
  it('opens in LibreOffice with real dates, labels, colours and header height kept', () => {
    expect(reopened.name).toBe(built.name);
    const row = reopened.getRow(HEADER + 1);
    expect(row.getCell(4).value).toEqual(new Date(Date.UTC(2025, 4, 20)));
    expect(row.getCell(2).value).toBe('Nộp đúng hạn');
    expect(reopened.getRow(HEADER + 2).getCell(2).fill).toMatchObject({ fgColor: { argb: `FF${XLSX_TONES.red.fill}` } });
    expect(reopened.getRow(HEADER).height).toBeGreaterThanOrEqual(4 * 16 - 1);
  });

  it('prints with Vietnamese labels and dd/mm/yyyy dates', () => {
    for (const text of [
      'TÌNH HÌNH NỘP BÁO CÁO 6 THÁNG ĐẦU NĂM 2025',
      'Quá hạn',
      'Hạ mức khi nộp muộn',
      '20/05/2025',
      '20/05/2025 00:30',
      '21/05/2025 09:05',
    ]) {
      expect(printed, text).toContain(text);
    }
    expect(printed).not.toContain('downgrade_if_late');
  });
});
