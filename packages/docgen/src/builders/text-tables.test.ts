// Figures pasted from Excel (tabs) or written with "|" into a report's text print as real tables.
import { describe, expect, it } from 'vitest';
import { tableRowCells, textBlocks } from './text-tables.ts';

describe('tables inside the text of a report part', () => {
  it('reads tab-separated and "|"-separated lines as cells, anything else as running text', () => {
    expect(tableRowCells('Quý I\t68\t512')).toEqual(['Quý I', '68', '512']);
    expect(tableRowCells('| Đơn vị | Số cuộc |')).toEqual(['Đơn vị', 'Số cuộc']);
    expect(tableRowCells('Tổ chức 02 hội nghị | 100% công chức tham dự')).toBeNull();
    expect(tableRowCells('Một đoạn văn.')).toBeNull();
  });

  it('turns lines pasted from Excel into a table between paragraphs: header row, figures aligned right', () => {
    const blocks = textBlocks([
      'Kết quả theo quý:',
      'Kỳ\tSố cuộc\tGhi chú',
      'Quý I\t68\tđúng hạn',
      'Quý II\t1.081\t',
      'Trên đây là số liệu.',
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = blocks[1]!;
    if (table.kind !== 'table') throw new Error('not a table');
    expect(table.columns.map((c) => [c.header, c.align])).toEqual([
      ['Kỳ', 'left'],
      ['Số cuộc', 'right'],
      ['Ghi chú', 'left'],
    ]);
    expect(table.rows).toEqual([
      ['Quý I', '68', 'đúng hạn'],
      ['Quý II', '1.081', ''],
    ]);
  });

  it('drops the rule line of a table written the Markdown way, and sizes columns by their text', () => {
    const [table] = textBlocks(['| STT | Cơ quan, đơn vị | Số mô hình |', '|---|:---|---:|', '| 1 | Ủy ban nhân dân phường Long An | 3 |']);
    if (table?.kind !== 'table') throw new Error('not a table');
    expect(table.rows).toEqual([['1', 'Ủy ban nhân dân phường Long An', '3']]);
    const [stt, unit] = table.columns;
    expect(stt!.width).toBeLessThan(unit!.width);
  });

  it('keeps one line with a tab as a paragraph, pads a row cut short, and starts a new table on a wider row', () => {
    expect(textBlocks(['Ghi chú:\tkhông có'])).toEqual([{ kind: 'paragraph', text: 'Ghi chú:\tkhông có' }]);
    const tables = textBlocks(['A\tB', '1\t2', 'X\tY\tZ', '3\t4']).flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
    expect(tables).toEqual([[['1', '2']], [['3', '4', '']]]);
  });

  it('turns running text into rich text through the given reader, and leaves table cells plain', () => {
    const bold = (line: string) => [{ text: line, bold: true }];
    expect(textBlocks(['Đoạn văn', 'A\tB', '1\t2', '', 'Một dòng\tcó tab'], bold)).toEqual([
      { kind: 'paragraph', text: [{ text: 'Đoạn văn', bold: true }] },
      { kind: 'table', columns: expect.any(Array), rows: [['1', '2']] },
      { kind: 'paragraph', text: [{ text: 'Một dòng\tcó tab', bold: true }] },
    ]);
  });
});
