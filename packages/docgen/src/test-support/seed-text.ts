// Reads a seed document (plain text converted from the issued file) into the paragraphs a reader of
// the original sees, undoing what the conversion did to it, and nothing else:
// - a paragraph cut by a page break continues on a line starting in lower case or with a date
//   ("giai" / "đoạn 2025 - 2030"; "ngày" / "14/8/2023 của …") when the line before has no end
//   punctuation: the two are joined with a space;
// - footnotes printed at the foot of a page ("1 Quyết định số …") come out in the middle of the text:
//   they are collected separately, as "1 Quyết định số …";
// - emphasis is marked as markdown (**bold**, *italic*): the markers are removed and the emphasised
//   stretches are kept so their style can be checked in the export;
// - a line break inside one emphasised block (the signature "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH") gives
//   two paragraphs, as in the original.

export interface SeedParagraph {
  /** Text without markdown markers, spaces collapsed, NFC. */
  text: string;
  bold: string[];
  italic: string[];
}

export interface SeedText {
  paragraphs: SeedParagraph[];
  footnotes: string[];
}

const FOOTNOTE = /^\d{1,2}\s+\p{Lu}/u;
const CONTINUATION = /^(?:\p{Ll}|\d{1,2}\/\d)/u;
const ENDS_SENTENCE = /[.;:!?*”)]$/u;

export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function paragraphOf(raw: string): SeedParagraph {
  const bold = [...raw.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => normaliseText(m[1] ?? ''));
  const italic = [...raw.replace(/\*\*[^*]+\*\*/g, '').matchAll(/\*([^*]+)\*/g)].map((m) => normaliseText(m[1] ?? ''));
  return { text: normaliseText(raw.replace(/\*\*?/g, '')), bold, italic };
}

export function readSeedText(source: string): SeedText {
  const raws: string[] = [];
  const footnotes: string[] = [];
  let openBold = false;
  for (const line of source.split(/\r?\n/).map((l) => l.trim())) {
    if (!line) continue;
    if (FOOTNOTE.test(line) && !/^\d+\.\s/.test(line)) {
      footnotes.push(normaliseText(line));
      continue;
    }
    const previous = raws[raws.length - 1];
    if (previous !== undefined && !openBold && !ENDS_SENTENCE.test(previous) && CONTINUATION.test(line)) {
      raws[raws.length - 1] = `${previous} ${line}`;
      continue;
    }
    // A bold block spanning lines keeps its markers on each line so each line stays bold.
    const text = openBold ? `**${line}` : line;
    const markers = (line.match(/\*\*/g) ?? []).length;
    if (markers % 2 === 1) openBold = !openBold;
    raws.push(openBold ? `${text}**` : text);
  }
  return { paragraphs: raws.map(paragraphOf), footnotes };
}
