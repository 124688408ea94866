// Data tables inside the document body: full text width, thin borders, bold centred header row
// that repeats on every page, numbers right-aligned with Vietnamese grouping, optional bold totals.
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { formatNumberVi } from '@dvcq/domain';
import type { TableBlock, TableCell as DocTableCell, TableColumnAlign } from '../model/document-model.ts';
import { pt } from './page-layout.ts';
import { textRun } from './runs.ts';
import { estimateTextWidthPt } from './text-width.ts';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function cellText(value: DocTableCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumberVi(value) : '';
  return value;
}

/** Scales relative widths to exactly `available` twips (rounding remainder goes to the last column). */
export function scaleWidths(relative: readonly number[], available: number): number[] {
  const sum = relative.reduce((total, width) => total + Math.max(0, width), 0) || 1;
  const scaled = relative.map((width) => Math.floor((Math.max(0, width) / sum) * available));
  const used = scaled.reduce((total, width) => total + width, 0);
  if (scaled.length > 0) scaled[scaled.length - 1] = (scaled[scaled.length - 1] ?? 0) + (available - used);
  return scaled;
}

/** Left and right cell margins together (twips); see `cell`. */
const CELL_MARGINS = 160;

/** The width a column needs so that its longest word never breaks ("STT" split as "ST" / "T"). */
function longestWordWidth(texts: readonly string[], sizePt: number, bold: boolean): number {
  const words = texts.flatMap((text) => text.split(/\s+/));
  // Slack for the rounding of the estimate and for a renderer's metrics.
  return Math.ceil(Math.max(0, ...words.map((word) => estimateTextWidthPt(word, sizePt, bold))) * 20 * 1.08) + CELL_MARGINS;
}

/**
 * Widens the columns narrower than their minimum, taking the width from the others in proportion to
 * what they have to spare; when the page cannot give it, the widths stay as they were.
 */
export function fitWidths(widths: readonly number[], minimums: readonly number[]): number[] {
  const out = widths.map((width, index) => Math.max(width, minimums[index] ?? 0));
  const deficit = out.reduce((total, width, index) => total + width - (widths[index] ?? 0), 0);
  if (deficit === 0) return out;
  const slack = out.map((width, index) => (width > (widths[index] ?? 0) ? 0 : Math.max(0, width - (minimums[index] ?? 0))));
  const spare = slack.reduce((total, width) => total + width, 0);
  if (spare < deficit) return [...widths];
  let taken = 0;
  slack.forEach((width, index) => {
    const take = Math.floor((width * deficit) / spare);
    out[index] = (out[index] ?? 0) - take;
    taken += take;
  });
  const widest = out.indexOf(Math.max(...out));
  out[widest] = (out[widest] ?? 0) - (deficit - taken);
  return out;
}

function cell(text: string, width: number, align: TableColumnAlign, sizePt: number, bold: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: CELL_MARGINS / 2, right: CELL_MARGINS / 2, top: 30, bottom: 30 },
    children: [
      new Paragraph({
        alignment: ALIGN[align],
        spacing: { before: pt(2), after: pt(2), line: 240 },
        children: [textRun(text, { sizePt, bold })],
      }),
    ],
  });
}

function dataRow(values: readonly DocTableCell[], block: TableBlock, widths: readonly number[], sizePt: number, bold: boolean): TableRow {
  return new TableRow({
    cantSplit: true,
    children: block.columns.map((column, index) => {
      const value = values[index] ?? null;
      const align = column.align ?? (typeof value === 'number' ? 'right' : 'left');
      return cell(cellText(value), widths[index] ?? 0, align, sizePt, bold);
    }),
  });
}

export function bodyTable(block: TableBlock, available: number): (Paragraph | Table)[] {
  const sizePt = block.fontSizePt ?? 13;
  const minimums = block.columns.map((column, index) =>
    Math.max(
      longestWordWidth([column.header, ...(block.totals ? [cellText(block.totals[index] ?? null)] : [])], sizePt, true),
      longestWordWidth(
        block.rows.map((row) => cellText(row[index] ?? null)),
        sizePt,
        false,
      ),
    ),
  );
  const widths = fitWidths(
    scaleWidths(
      block.columns.map((column) => column.width),
      available,
    ),
    minimums,
  );
  const header = new TableRow({
    tableHeader: true, // repeat on every page a long table spans
    cantSplit: true,
    children: block.columns.map((column, index) => cell(column.header, widths[index] ?? 0, 'center', sizePt, true)),
  });
  const rows = [header, ...block.rows.map((values) => dataRow(values, block, widths, sizePt, false))];
  if (block.totals) rows.push(dataRow(block.totals, block, widths, sizePt, true));
  const out: (Paragraph | Table)[] = [];
  if (block.caption) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: pt(6), after: pt(6) },
        children: [textRun(block.caption, { sizePt: sizePt + 1, bold: true })],
      }),
    );
  }
  out.push(
    new Table({
      width: { size: available, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: GRID,
      rows,
    }),
  );
  // Word glues consecutive tables together and needs a paragraph after a table anyway.
  out.push(new Paragraph({ spacing: { before: 0, after: pt(6) }, children: [] }));
  return out;
}
