// The emphasis a plan's section text may carry, written the way the section editor writes it:
// **đậm**, *nghiêng*, and a footnote [^Quyết định số 23-QĐ/TW ngày 30/7/2021 …] at the place it is
// called. The Word export and the plan's page both read the text through this one parser.
//
// The marks are strict so that text read from a printed plan is never taken as markup: an opening "*"
// follows the start, a space or an opening bracket/quote and is followed by a letter or digit; a closing
// one follows a non-space and is followed by the end, a space or punctuation. "(*)" and "a * b" stay text.

export type MarkedRun = { text: string; bold?: true; italic?: true } | { footnote: string };

const MARK =
  /\*\*(\S(?:[^*\n]*\S)?)\*\*|(?<=^|[\s(“"‘'])\*([\p{L}\p{N}](?:[^*\n]*[^\s*])?)\*(?=$|[\s.,;:!?)”"’'…[⁰¹²³⁴⁵⁶⁷⁸⁹])|\[\^([^\]\n]+)\]/gu;

/** The runs of a marked text; a text without marks is one plain run (or none when empty). */
export function parseInlineMarks(text: string): MarkedRun[] {
  const runs: MarkedRun[] = [];
  let last = 0;
  for (const m of text.matchAll(MARK)) {
    const at = m.index;
    if (at > last) runs.push({ text: text.slice(last, at) });
    if (m[1] !== undefined) runs.push({ text: m[1], bold: true });
    else if (m[2] !== undefined) runs.push({ text: m[2], italic: true });
    else runs.push({ footnote: m[3]!.trim() });
    last = at + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

/** Whether the text carries any mark (a plain text is printed as it is). */
export function hasInlineMarks(text: string): boolean {
  return parseInlineMarks(text).some((r) => !('text' in r) || r.bold || r.italic);
}

/** The text as read aloud or searched: marks removed, footnotes dropped. */
export function stripInlineMarks(text: string): string {
  return parseInlineMarks(text)
    .map((r) => ('text' in r ? r.text : ''))
    .join('');
}

/** Wrap a selection in a mark, the way the editor's Đậm / Nghiêng / Chú thích buttons do. */
export function wrapInlineMark(
  text: string,
  start: number,
  end: number,
  mark: 'bold' | 'italic' | 'footnote',
): { text: string; caret: number } {
  const [from, to] = start <= end ? [start, end] : [end, start];
  const selected = text.slice(from, to);
  // Spaces stay outside the marks ("*nghiêng* " not "*nghiêng *").
  const lead = /^\s*/u.exec(selected)![0];
  const trail = /\s*$/u.exec(selected.slice(lead.length))![0];
  const core = selected.slice(lead.length, selected.length - trail.length);
  const [open, close, placeholder] =
    mark === 'bold' ? ['**', '**', 'chữ đậm'] : mark === 'italic' ? ['*', '*', 'chữ nghiêng'] : ['[^', ']', 'nội dung chú thích'];
  const inner = core || placeholder;
  const wrapped = `${lead}${open}${inner}${close}${trail}`;
  return { text: text.slice(0, from) + wrapped + text.slice(to), caret: from + lead.length + open.length + inner.length + close.length };
}
