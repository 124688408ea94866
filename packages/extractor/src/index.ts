export { extractDocument, toGoldenJson, OCR_DIACRITIC_THRESHOLD } from './extract.ts';
export { readDocumentFile, sniffFormat, DEFAULT_MAX_BYTES } from './read-file.ts';
export type { DocumentFormat, ReadDocumentResult, ReadDocumentOptions } from './read-file.ts';
export { ImportError, isImportError, IMPORT_ERROR_MESSAGES_VI } from './errors.ts';
export type { ImportErrorCode } from './errors.ts';
export { runImportDoc, formatSummary } from './cli.ts';
export { compareGolden, looseMatch, prf } from './golden-compare.ts';
export type { FieldScore } from './golden-compare.ts';
export type * from './types.ts';
