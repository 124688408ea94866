// Number and symbol of a document ("Số: 07/BC-UBND"), Decree 30/2020/NĐ-CP art. 15 and Phụ lục I:
// numbers restart at 01 each year, numbers below 10 get a leading zero, "/" between number and symbol,
// "-" between the symbol's groups, no spaces. A document not yet registered keeps a blank for the clerk.
import { DOCUMENT_KINDS, type DocumentKindId } from './kinds.ts';

export interface DocumentNumber {
  /** Registration number within the year; null before the văn thư registers the document. */
  sequence: number | null;
  /** Symbol after the slash: "KH-UBND", "UBND-NC", "BC-SNV". */
  symbol: string;
}

/** What is printed for a number not yet given: wide enough to write it in by hand. */
export const UNREGISTERED_NUMBER_BLANK = '\u00a0'.repeat(6);

function cleanSymbol(symbol: string): string {
  return symbol
    .normalize('NFC')
    .replace(/^\s*\/+/, '')
    .replace(/\s+/g, '');
}

/** {7, "BC-UBND"} → "07/BC-UBND"; {null, "BC-UBND"} → "      /BC-UBND". @throws RangeError for 0, negatives, fractions. */
export function documentNumberText(number: DocumentNumber): string {
  const symbol = cleanSymbol(number.symbol);
  if (number.sequence === null) return `${UNREGISTERED_NUMBER_BLANK}/${symbol}`;
  if (!Number.isInteger(number.sequence) || number.sequence < 1) {
    throw new RangeError(`documentNumberText: ${number.sequence} is not a registration number`);
  }
  return `${String(number.sequence).padStart(2, '0')}/${symbol}`;
}

/**
 * Reads a number as typed or printed: "696/KH-UBND", "Số: 696 /KH-UBND", "số 07/BC-SNV",
 * "   /KH-UBND" (unregistered). Returns null when there is no "/symbol" part.
 */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const m = /^\s*(?:số\s*:?\s*)?(\d+)?\s*\/\s*([\p{L}\d][\p{L}\d\s./&-]*)$/iu.exec(text.normalize('NFC'));
  if (!m) return null;
  const symbol = cleanSymbol(m[2] ?? '');
  if (!symbol) return null;
  return { sequence: m[1] ? Number(m[1]) : null, symbol };
}

export interface SymbolParts {
  kind: DocumentKindId;
  /** Abbreviation of the issuing body: "UBND", "SNV". */
  issuer: string;
  /** Abbreviation of the drafting unit ("NC", "XDCQ"): required for a công văn, optional otherwise. */
  draftingUnit?: string | null;
}

/**
 * The symbol after the slash: kind + issuer ("KH-UBND"), optionally + drafting unit ("QĐ-UBND-NC" is
 * not used in practice, so it is added only for a công văn: "UBND-NC").
 */
export function documentSymbol(parts: SymbolParts): string {
  const abbreviation = DOCUMENT_KINDS[parts.kind].abbreviation;
  const issuer = cleanSymbol(parts.issuer);
  const unit = parts.draftingUnit ? cleanSymbol(parts.draftingUnit) : '';
  if (abbreviation === null) return unit ? `${issuer}-${unit}` : issuer;
  return `${abbreviation}-${issuer}`;
}
