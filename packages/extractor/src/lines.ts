// Splits text into logical lines with offsets. Converters sometimes glue two headings with
// markdown bold ("I. MỤC ĐÍCH, YÊU CẦU**1. Mục đích**"), so "**" also ends a line.

export interface Line {
  /** Offset of the first non-blank character. */
  start: number;
  /** Offset after the last non-blank character. */
  end: number;
  /** Trimmed original text (markdown asterisks kept so offsets stay valid). */
  text: string;
  /** fold(text) */
  folded: string;
  blank: boolean;
}

export function splitLines(text: string, folded: string): Line[] {
  const out: Line[] = [];
  const re = /\r?\n|\*\*/g;
  let pos = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    out.push({ start: s, end: e, text: text.slice(s, e), folded: folded.slice(s, e), blank: s === e });
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const isStar = m[0] === '**';
    if (isStar) {
      // "**" only splits when it separates two non-blank pieces on the same line.
      const before = text.slice(pos, m.index).trim();
      if (before.length === 0) continue;
      const nl = text.indexOf('\n', m.index);
      const after = text.slice(m.index + 2, nl < 0 ? text.length : nl).trim();
      if (after.length === 0) continue;
    }
    push(pos, m.index);
    pos = m.index + m[0].length;
  }
  push(pos, text.length);
  return out;
}
