// readDocument: any supported file → text + extraction. Filled in by the OCR work (see index.ts).
import { readDocumentFile } from './read-file.ts';
import { extractDocument } from './extract.ts';
import type { Extraction } from './types.ts';

export interface ReadDocumentOpts { maxPages?: number }

export async function readDocument(path: string, _opts: ReadDocumentOpts = {}): Promise<{ text: string; extraction: Extraction }> {
  const { text } = await readDocumentFile(path);
  return { text, extraction: extractDocument(text) };
}
