// Layout tables (national header, closing block) must not print any borders; docx fills missing
// sides with thin lines by default, so every side, including inside ones, is set to NONE.
import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType, type Paragraph } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
} as const;

/** A fixed-layout, borderless table; `rows[r][c]` are the paragraphs of each cell. */
export function borderlessTable(columnWidths: readonly number[], rows: readonly (readonly Paragraph[][])[]): Table {
  const total = columnWidths.reduce((sum, width) => sum + width, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (paragraphs, index) =>
              new TableCell({
                width: { size: columnWidths[index] ?? 0, type: WidthType.DXA },
                borders: NO_BORDERS,
                verticalAlign: VerticalAlign.TOP,
                children: paragraphs.length > 0 ? paragraphs : [],
              }),
          ),
        }),
    ),
  });
}
