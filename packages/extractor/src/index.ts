// @dvcq/extractor — reading Vietnamese administrative documents into structured drafts.
//
// What the server calls:
//
//   readDocument(fileOrBuffer, { onProgress, signal, maxBytes, maxPages, maxMegapixels,
//                                ocrMaxMemoryMb, ocrTimeoutMs, keepPageImages })
//     → { filename, format, source: 'text' | 'ocr', text, extraction, fields, ocr, restoration }
//   Any file a user uploads: .docx, .pdf with a text layer, .txt; scanned .pdf and images (.png,
//   .jpg, .tif) through OCR; legacy .doc through LibreOffice where installed. OCR runs in a child
//   process (tesseract.js + @tesseract.js-data/vie from npm, offline), at most one job per CPU core,
//   with a memory cap, a time limit, page and pixel limits, progress callbacks and cancellation via
//   the AbortSignal. `fields` gives each header field a confidence (null when empty — nothing is
//   invented) and, for OCR, the page regions it was read from (page index + pixel bbox) so a review
//   screen can show the field beside its image (ask for keepPageImages to get the page PNGs).
//   Errors are ImportError with a stable code (`import.*`) and a Vietnamese message; the server
//   maps them to 4xx (413 for import.too_large), never 500.
//
//   extractDocument(text) → Extraction (pure, no I/O): kind, number, issuedOn, place, issuer, title,
//   year, references, deadlines, targets, assignments, signer, spans of each field, the full section
//   tree (every word of the body, no truncation), and when the document holds them:
//     restructuring — units formed by a restructuring resolution (issue 11), in order;
//     kpiRows       — rows of a communication-KPI appendix (issue 12, type KpiRow);
//     report        — a report's narrative per content area and its figures with cut-off dates;
//     restoration   — for text without diacritics: the restored text (same length) and each
//                     restored word with its original, so a reviewer can see and undo it.
//   toGoldenJson(extraction) → the CLI JSON (`npm run --silent dvcq -- import-doc FILE --json`):
//   the fields of fixtures/golden/README.md, plus `restructuring` / `kpiRows` only when present.
//
// Measuring: `npm run eval:import` (seeds, dev and held-out corpus; clean, OCR-damaged and scanned),
// `tsx packages/extractor/scripts/eval-diacritics.ts` (held-out word accuracy of the restorer),
// `tsx packages/extractor/scripts/bench-extract.ts` (milliseconds per document). The diacritics
// model is rebuilt by `tsx packages/extractor/scripts/build-diacritics-model.ts`.

export { extractDocument, toGoldenJson, OCR_DIACRITIC_THRESHOLD } from './extract.ts';
export { readDocument, fieldEvidence, textFromOcr } from './read-document.ts';
export type { ReadDocumentResult, ReadOptions, ReadProgress, FieldEvidence, FieldName, Region, SourceFormat } from './read-document.ts';
export { readDocumentFile, sniffFormat, DEFAULT_MAX_BYTES } from './read-file.ts';
export { imageTypeOf } from './ocr/images.ts';
export type { DocumentFormat, ReadDocumentResult as ReadTextResult, ReadDocumentOptions } from './read-file.ts';
export { assertZipWithinLimits, zipEntries, DEFAULT_ZIP_LIMITS } from './zip-guard.ts';
export type { ZipLimits, ZipEntryInfo } from './zip-guard.ts';
export { parseInWorker, DEFAULT_PARSE_LIMITS } from './parse/parse.ts';
export type { ParseLimits } from './parse/parse.ts';
export { ImportError, isImportError, IMPORT_ERROR_MESSAGES_VI } from './errors.ts';
export type { ImportErrorCode } from './errors.ts';
export { restoreText, undoRestoration, splitGluedWords } from './diacritics.ts';
export type { Restoration, RestoredWord } from './diacritics.ts';
export { normaliseLayout } from './layout.ts';
export { damageText } from './damage.ts';
export { runImportDoc, formatSummary } from './cli.ts';
export { compareGolden, looseMatch, prf } from './golden-compare.ts';
export type { FieldScore, PartialGolden } from './golden-compare.ts';
export type * from './types.ts';
