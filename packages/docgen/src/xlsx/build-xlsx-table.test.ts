import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildXlsxTable, safeSheetName, toCellValue } from './build-xlsx-table.ts';
import type { XlsxSheetSpec, XlsxTableSpec } from './table-spec.ts';

const ranking: XlsxSheetSpec = {
  name: 'Xếp loại 6 tháng',
  title: 'KẾT QUẢ CHẤM ĐIỂM CÔNG TÁC DÂN VẬN CHÍNH QUYỀN',
  subtitles: ['Kỳ báo cáo: 6 tháng đầu năm 2025', 'Số đơn vị đã báo cáo: 12/15'],
  columns: [
    { key: 'unit', header: 'Cơ quan, đơn vị', type: 'text', width: 40 },
    { key: 'models', header: 'Số mô hình "Dân vận khéo"', type: 'integer' },
    { key: 'budget', header: 'Kinh phí thực hiện', type: 'money' },
    { key: 'score', header: 'Tỷ lệ đạt', type: 'percent', total: 'average' },
    { key: 'reportedOn', header: 'Ngày báo cáo', type: 'date' },
  ],
  rows: [
    { unit: 'Sở Nội vụ', models: 12, budget: 150_000_000, score: 95.5, reportedOn: '2025-05-20' },
    { unit: 'Sở Tư pháp', models: 3, budget: 25_500_000, score: 80, reportedOn: new Date(Date.UTC(2025, 4, 19)) },
    { unit: 'Thanh tra tỉnh', models: null, budget: 0, score: 70, reportedOn: null },
  ],
  totals: true,
  landscape: true,
};

async function roundTrip(spec: XlsxTableSpec): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const buffer = await buildXlsxTable(spec);
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const workbook = await roundTrip({ sheets: [ranking, { ...ranking, name: 'Xếp loại 6 tháng', totals: { label: 'Cộng' } }] });
const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
// Rows: 1 title, 2–3 subtitles, 4 blank, 5 header, 6–8 data, 9 totals.
const HEADER = 5;
const TOTALS = 9;

describe('buildXlsxTable', () => {
  it('writes a merged bold title and the subtitles', () => {
    expect(sheet.name).toBe('Xếp loại 6 tháng');
    expect(sheet.getCell('A1').value).toBe('KẾT QUẢ CHẤM ĐIỂM CÔNG TÁC DÂN VẬN CHÍNH QUYỀN');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('E1').isMerged).toBe(true);
    expect(sheet.getCell('E1').master.address).toBe('A1');
    expect(sheet.getCell('A2').value).toBe('Kỳ báo cáo: 6 tháng đầu năm 2025');
    expect(sheet.getCell('A3').value).toBe('Số đơn vị đã báo cáo: 12/15');
  });

  it('writes bold, wrapped, bordered Vietnamese headers and freezes them', () => {
    const header = sheet.getRow(HEADER);
    expect([1, 2, 3, 4, 5].map((c) => header.getCell(c).value)).toEqual([
      'Cơ quan, đơn vị',
      'Số mô hình "Dân vận khéo"',
      'Kinh phí thực hiện',
      'Tỷ lệ đạt',
      'Ngày báo cáo',
    ]);
    expect(header.getCell(2).font?.bold).toBe(true);
    expect(header.getCell(2).alignment?.wrapText).toBe(true);
    expect(header.getCell(2).border?.bottom?.style).toBe('thin');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER });
    expect(sheet.getColumn(1).width).toBe(40);
  });

  it('types values and number formats by column kind', () => {
    const row = sheet.getRow(HEADER + 1);
    expect(row.getCell(1).value).toBe('Sở Nội vụ');
    expect(row.getCell(2).value).toBe(12);
    expect(row.getCell(2).numFmt).toBe('#,##0');
    expect(row.getCell(3).value).toBe(150_000_000);
    expect(row.getCell(3).numFmt).toBe('#,##0 "đ"');
    expect(row.getCell(4).value).toBeCloseTo(0.955); // 95.5 given, stored as a fraction
    expect(row.getCell(4).numFmt).toBe('0.0%');
    expect(row.getCell(5).numFmt).toBe('dd/mm/yyyy');
    expect((row.getCell(5).value as Date).toISOString()).toBe('2025-05-20T00:00:00.000Z');
    expect((sheet.getRow(HEADER + 2).getCell(5).value as Date).toISOString()).toBe('2025-05-19T00:00:00.000Z');
    expect(sheet.getRow(HEADER + 3).getCell(2).value).toBeNull();
  });

  it('adds a bold totals row with formulas that carry their computed results', () => {
    const totals = sheet.getRow(TOTALS);
    expect(totals.getCell(1).value).toBe('Tổng cộng');
    expect(totals.getCell(1).font?.bold).toBe(true);
    expect(totals.getCell(2).value).toEqual({ formula: 'SUM(B6:B8)', result: 15 });
    expect(totals.getCell(3).value).toEqual({ formula: 'SUM(C6:C8)', result: 175_500_000 });
    expect(totals.getCell(3).numFmt).toBe('#,##0 "đ"');
    const average = totals.getCell(4).value as { formula: string; result: number };
    expect(average.formula).toBe('AVERAGE(D6:D8)');
    expect(average.result).toBeCloseTo((0.955 + 0.8 + 0.7) / 3);
    expect(totals.getCell(5).value).toBeNull();
  });

  it('sets auto-filter and A4 print setup with repeated header row', () => {
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER}:${HEADER}`,
    });
  });

  it('writes several sheets with unique, Excel-safe names and a custom totals label', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Xếp loại 6 tháng', 'Xếp loại 6 tháng (2)']);
    expect(workbook.worksheets[1]?.getCell(`A${TOTALS}`).value).toBe('Cộng');
    expect(safeSheetName('Báo cáo [Quý 1/2025]: tổng hợp các đơn vị trực thuộc', new Set())).toHaveLength(31);
    expect(safeSheetName('a/b', new Set())).toBe('a b');
  });

  it('rejects values that do not fit the column type', async () => {
    expect(() => toCellValue('integer', 'mười')).toThrow(/không hợp lệ/);
    expect(() => toCellValue('date', '20/05/2025')).toThrow();
    await expect(buildXlsxTable({ sheets: [] })).rejects.toThrow();
  });

  it('writes a zero total when there are no rows', async () => {
    const empty = await roundTrip({ sheets: [{ ...ranking, rows: [] }] });
    const ws = empty.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell(`B${HEADER + 1}`).value).toBe(0);
    expect(ws.getCell(`A${HEADER + 1}`).value).toBe('Tổng cộng');
  });

  it('writes http(s) addresses of a link column as clickable hyperlinks, anything else as plain text', async () => {
    const bytes = await buildXlsxTable({
      sheets: [
        {
          name: 'Minh chứng',
          title: 'DANH SÁCH MINH CHỨNG',
          columns: [
            { key: 'title', header: 'Tiêu đề', type: 'text' },
            { key: 'link', header: 'Liên kết', type: 'link' },
          ],
          rows: [
            { title: 'Tin CCHC', link: 'https://baotayninh.vn/tin-cchc.html' },
            { title: 'Không phải liên kết', link: 'javascript:alert(1)' },
            { title: 'Không có liên kết', link: null },
          ],
        },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => cells.push(row.getCell(2)));
    const link = cells.find((c) => c.text === 'https://baotayninh.vn/tin-cchc.html')!;
    expect(link.hyperlink).toBe('https://baotayninh.vn/tin-cchc.html');
    const plain = cells.find((c) => c.text === 'javascript:alert(1)')!;
    expect(plain.hyperlink).toBeUndefined();
  });
});
