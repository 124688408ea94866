// Tables inside the text of a report part. Officers paste figures from Excel or Word, which arrive as
// lines of tab-separated cells, or write a small table by hand with "|" between cells (the Markdown
// habit). Two or more consecutive lines of two or more cells (none wider than the first) are a table in
// the Word file, set per Decree 30 like every body table: the first line is the header row, a
// Markdown rule under it ("|---|:---:|") is dropped, and a column of figures is aligned right. A
// single line with a tab stays a paragraph: one line is not a table.
import type { Block, RichText, TableBlock, TableColumn } from '../model/document-model.ts';

const MARKDOWN_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
const FIGURE = /^[-+]?[\d.,]+\s*%?$/;

/** The cells of a table line, or null when the line is running text. */
export function tableRowCells(line: string): string[] | null {
  const text = line.trim();
  if (text.includes('\t')) {
    const cells = text.split('\t').map((cell) => cell.trim());
    return cells.length >= 2 ? cells : null;
  }
  if (text.startsWith('|') && text.endsWith('|') && text.length > 2) {
    const cells = text
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
    return cells.length >= 2 ? cells : null;
  }
  return null;
}

/** Column widths follow the longest cell (within bounds), so "STT" is narrow and a name is wide. */
function columnsOf(header: readonly string[], rows: readonly (readonly string[])[]): TableColumn[] {
  return header.map((title, index) => {
    const cells = rows.map((row) => row[index] ?? '');
    const longest = Math.max(title.length, ...cells.map((cell) => cell.length));
    const figures = cells.length > 0 && cells.every((cell) => cell === '' || FIGURE.test(cell));
    return { header: title, width: Math.min(40, Math.max(4, longest)), align: figures ? 'right' : 'left' };
  });
}

function tableOf(lines: readonly (readonly string[])[]): TableBlock {
  const [header = [], ...rest] = lines;
  const rows = rest.filter((row) => !MARKDOWN_RULE.test(`|${row.join('|')}|`));
  return { kind: 'table', columns: columnsOf(header, rows), rows };
}

/**
 * Paragraphs and the tables among them, in their order; empty paragraphs are dropped. `rich` turns a
 * line of running text into rich text (the plan editor's **bold** and footnote marks); table cells
 * stay plain text.
 */
export function textBlocks(paragraphs: readonly RichText[], rich: (line: string) => RichText = (line) => line): Block[] {
  const blocks: Block[] = [];
  let run: { line: string; cells: string[] }[] = [];
  const flush = (): void => {
    if (run.length >= 2) blocks.push(tableOf(run.map((row) => row.cells)));
    else for (const row of run) blocks.push({ kind: 'paragraph', text: rich(row.line.trim()) });
    run = [];
  };
  for (const paragraph of paragraphs) {
    const cells = typeof paragraph === 'string' ? tableRowCells(paragraph) : null;
    if (typeof paragraph === 'string' && cells) {
      // Empty cells at the end of a row are lost when the text is trimmed: the row is padded.
      const width = run[0]?.cells.length ?? cells.length;
      if (cells.length > width) flush();
      run.push({ line: paragraph, cells: run.length > 0 ? [...cells, ...Array<string>(width - cells.length).fill('')] : cells });
      continue;
    }
    flush();
    if (typeof paragraph === 'string' ? paragraph.trim() === '' : paragraph.length === 0) continue;
    blocks.push({ kind: 'paragraph', text: typeof paragraph === 'string' ? rich(paragraph.trim()) : paragraph });
  }
  flush();
  return blocks;
}
