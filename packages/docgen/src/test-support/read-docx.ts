// Test helpers: open a .docx (a zip of XML parts) and pick out paragraphs and runs the way a reader
// would see them, without depending on Word or LibreOffice.
import JSZip from 'jszip';

export interface DocxParts {
  document: string;
  styles: string;
  /** word/footnotes.xml, '' when the document has none. */
  footnotes: string;
  /** Header XML by the section's reference type of the first section ("default", "first"). */
  firstSectionHeaders: Record<string, string>;
  /** Every header part, keyed by file name. */
  headers: Record<string, string>;
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return file.async('string');
}

export async function readDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const document = await text(zip, 'word/document.xml');
  const rels = await text(zip, 'word/_rels/document.xml.rels');
  const headers: Record<string, string> = {};
  for (const path of Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name))) {
    headers[path.replace('word/', '')] = await text(zip, path);
  }
  const firstSectPr = sectionProperties(document)[0] ?? '';
  const firstSectionHeaders: Record<string, string> = {};
  for (const match of firstSectPr.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const [, type, id] = match;
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
    const file = target?.[1] ?? target?.[2];
    if (type && file) firstSectionHeaders[type] = headers[file] ?? '';
  }
  const footnotes = zip.file('word/footnotes.xml') ? await text(zip, 'word/footnotes.xml') : '';
  return { document, styles: await text(zip, 'word/styles.xml'), footnotes, firstSectionHeaders, headers };
}

export function sectionProperties(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((match) => match[0]);
}

export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map((match) => match[0]);
}

function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const SUPERSCRIPT_DIGITS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** How a reader sees a footnote reference in the text: a superscript number. */
export function superscript(n: number): string {
  return String(n)
    .split('')
    .map((digit) => SUPERSCRIPT_DIGITS[Number(digit)])
    .join('');
}

/**
 * Visible text of a paragraph (or any XML fragment), with footnote references as superscript numbers
 * (footnotes are numbered in the order of their ids, which the renderer assigns in reading order).
 */
export function plainText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:footnoteReference w:id="(\d+)"\/>|<w:tab\/>/g)]
    .map((match) => {
      if (match[2]) return superscript(Number(match[2]));
      if (match[0] === '<w:tab/>') return '';
      return unescapeXml(match[1] ?? '');
    })
    .join('');
}

/** The footnotes as a reader sees them at the foot of the page: "1 Quyết định số …". */
export function footnoteTexts(footnotesXml: string): string[] {
  return [...footnotesXml.matchAll(/<w:footnote w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)]
    .filter((match) => Number(match[1]) > 0)
    .map((match) => `${match[1]} ${plainText(match[2] ?? '').trim()}`);
}

/** True when the paragraph is kept with the next one (Word's "keep with next"). */
export function keepsWithNext(paragraphXml: string): boolean {
  return /<w:keepNext\/>|<w:keepNext w:val="(?:true|1|on)"\/>/.test(paragraphXml);
}

/** Runs that carry a highlight: placeholders for missing content. */
export function highlightedTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)]
    .filter((match) => /<w:highlight w:val="yellow"\/>/.test(match[1] ?? ''))
    .map((match) => plainText(match[1] ?? ''));
}

/** Body paragraphs outside tables, in order (the header and closing blocks are tables). */
export function bodyParagraphs(documentXml: string): string[] {
  return paragraphs(documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, ''));
}

/** The paragraphs whose visible text contains `needle`. */
export function paragraphsWith(xml: string, needle: string): string[] {
  return paragraphs(xml).filter((paragraph) => plainText(paragraph).includes(needle));
}

export interface RunInfo {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Size in points (w:sz is half-points). */
  sizePt: number | null;
  font: string | null;
}

export function runs(paragraphXml: string): RunInfo[] {
  return [...paragraphXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((match) => {
    const body = match[1] ?? '';
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    const size = /<w:sz w:val="(\d+)"\/>/.exec(rPr)?.[1];
    return {
      text: plainText(body),
      bold: /<w:b\/>|<w:b w:val="(?:true|1|on)"\/>/.test(rPr),
      italic: /<w:i\/>|<w:i w:val="(?:true|1|on)"\/>/.test(rPr),
      sizePt: size ? Number(size) / 2 : null,
      font: /<w:rFonts[^>]*w:ascii="([^"]+)"/.exec(rPr)?.[1] ?? null,
    };
  });
}

/** The run whose text contains `needle` inside the first paragraph that contains it. */
export function runWith(xml: string, needle: string): RunInfo {
  for (const paragraph of paragraphsWith(xml, needle)) {
    const run = runs(paragraph).find((candidate) => candidate.text.includes(needle));
    if (run) return run;
  }
  throw new Error(`no run contains "${needle}"`);
}

export function alignmentOf(paragraphXml: string): string | null {
  return /<w:pPr>[\s\S]*?<w:jc w:val="(\w+)"\/>/.exec(paragraphXml)?.[1] ?? null;
}
