// Test helpers: open a .docx (a zip of XML parts) and pick out paragraphs and runs the way a reader
// would see them, without depending on Word or LibreOffice.
import JSZip from 'jszip';

export interface DocxParts {
  document: string;
  styles: string;
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
  return { document, styles: await text(zip, 'word/styles.xml'), firstSectionHeaders, headers };
}

export function sectionProperties(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((match) => match[0]);
}

export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map((match) => match[0]);
}

function unescapeXml(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Visible text of a paragraph (or any XML fragment). */
export function plainText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => unescapeXml(match[1] ?? '')).join('');
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
