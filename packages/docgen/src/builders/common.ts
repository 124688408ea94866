// Inputs and helpers shared by the builders of the cycle's documents. Builders take plain data (no
// database, no clock) and return a DocumentModel; anything missing becomes a placeholder, never an error.
import {
  citationDate,
  documentSymbol,
  formatNumberVi,
  isLocalDate,
  legalReferenceText,
  type DocumentKindId,
  type LegalReference,
  type LocalDate,
} from '@dvcq/domain';
import type { Block, DocumentModel, IssuerModel, RichText, Section, SignatureModel } from '../model/document-model.ts';
import { textBlocks } from './text-tables.ts';

/** The body that issues a document. */
export interface IssuerInput {
  /** Full name as in running text: "Ủy ban nhân dân tỉnh Tây Ninh", "Sở Nội vụ". Null prints a placeholder. */
  name: string | null;
  /** The body it belongs to ("cơ quan chủ quản"), printed above it: "Ủy ban nhân dân tỉnh Tây Ninh". */
  parent?: string | null;
  /** Abbreviation used in symbols: "UBND", "SNV". */
  abbreviation?: string | null;
  /** Place on the date line, where the body sits: "Tây Ninh". */
  place?: string | null;
  /** Title of the body's head ("Chủ tịch", "Giám đốc"): the signature lines are derived from it per Decree 30. */
  headTitle?: string | null;
  /** The collective leadership ("Ủy ban nhân dân") of a body that issues as a collective (prints "TM. …"). */
  collective?: string | null;
}

/** Who signs the document. */
export interface SignerInput {
  /** Full name without academic titles; null prints a placeholder. */
  name: string | null;
  /** Own title: "Phó Chủ tịch", "Giám đốc", "Chánh Văn phòng"; null prints a placeholder. */
  title: string | null;
  /**
   * Sign on behalf of the issuer's collective ("TM. ỦY BAN NHÂN DÂN"). Each builder has the usual
   * default for its document; set it to follow the province's practice.
   */
  onBehalfOfCollective?: boolean;
  /** By order (TL.) or by written authorisation (TUQ.) of the head. */
  delegated?: 'TL' | 'TUQ' | null;
}

/** Registration and circulation data; all optional, a draft usually has none of it. */
export interface IssueInput {
  /** Registration number in the year; absent leaves the blank the văn thư fills in. */
  sequence?: number | null;
  /** Issue date; an instant is dated on the day it is in Vietnam (Asia/Ho_Chi_Minh). */
  issuedOn?: LocalDate | Date | null;
  /** Prints "DỰ THẢO" at the top and placeholders for what is missing. */
  draft?: boolean;
  /** Abbreviation of the drafting unit ("NC", "XDCQ"): archive line "Lưu: VT, NC." and a công văn's symbol. */
  draftingUnit?: string | null;
  /** "Nơi nhận" lines without "Lưu"; each builder has a usual default. */
  recipients?: readonly string[];
}

/** Several paragraphs: a string (blank lines or line breaks separate paragraphs) or a list of rich paragraphs. */
export type Paragraphs = string | readonly RichText[];

/** A document cited by the text, e.g. the plan a report answers; see LegalReference in @dvcq/domain. */
export type DocumentReference = LegalReference;

/** Paragraphs, one per line of a string; lines of cells (tab- or "|"-separated) become tables. */
export function paragraphBlocks(text: Paragraphs | null | undefined): Block[] {
  if (text === null || text === undefined) return [];
  return textBlocks(typeof text === 'string' ? text.split(/\n+/) : text);
}

/** A titled part holding paragraphs (dropped by the renderer when they are empty). */
export function titledSection(title: string, text: Paragraphs | null | undefined, children: readonly Section[] = []): Section {
  return { title, blocks: paragraphBlocks(text), children };
}

export function issuerModel(issuer: IssuerInput, nameInText?: string | null): IssuerModel {
  return {
    name: issuer.name,
    ...(issuer.parent ? { parent: issuer.parent } : {}),
    ...(nameInText ? { nameInText } : {}),
  };
}

export function signatureModel(issuer: IssuerInput, signer: SignerInput, defaultOnBehalf: boolean): SignatureModel {
  const onBehalf = signer.onBehalfOfCollective ?? defaultOnBehalf;
  return {
    name: signer.name,
    title: signer.title,
    headTitle: issuer.headTitle ?? null,
    collective: onBehalf ? (issuer.collective ?? null) : null,
    delegated: signer.delegated ?? null,
  };
}

/** {sequence, symbol} from the kind and the issuer's abbreviation ("KH-UBND"; a công văn "SNV-XDCQ"). */
export function documentNumber(kind: DocumentKindId, issuer: IssuerInput, issue: IssueInput): DocumentModel['number'] {
  const symbol = issuer.abbreviation ? documentSymbol({ kind, issuer: issuer.abbreviation, draftingUnit: issue.draftingUnit ?? null }) : '';
  return { sequence: issue.sequence ?? null, symbol };
}

/** The common part of every model: issuer, number, date, draft flag, signature, recipients, archive. */
export function commonFields(
  kind: DocumentKindId,
  issuer: IssuerInput,
  signer: SignerInput,
  issue: IssueInput,
  options: { year?: number | null; signOnBehalfByDefault: boolean; defaultRecipients: readonly string[] },
): Pick<DocumentModel, 'kind' | 'draft' | 'issuer' | 'number' | 'place' | 'issuedOn' | 'year' | 'signature' | 'recipients' | 'archive'> {
  return {
    kind,
    draft: issue.draft ?? false,
    issuer: issuerModel(issuer),
    number: documentNumber(kind, issuer, issue),
    place: issuer.place ?? null,
    issuedOn: issue.issuedOn ?? null,
    year: options.year ?? null,
    signature: signatureModel(issuer, signer, options.signOnBehalfByDefault),
    recipients: issue.recipients ?? options.defaultRecipients,
    archive: ['VT', ...(issue.draftingUnit ? [issue.draftingUnit] : [])],
  };
}

/** Counts below 10 are written with a leading zero in administrative text: "05 tập thể", "12 cá nhân". */
export function countText(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : String(n);
}

/** "Kế hoạch số 696/KH-UBND ngày 06/3/2025 của Ủy ban nhân dân tỉnh Tây Ninh" (no subject). */
export function shortReference(ref: DocumentReference): string {
  return legalReferenceText({ ...ref, subject: null });
}

/** "Thực hiện công tác …" → "thực hiện công tác …", to follow "về" in a sentence. */
export function lowerFirst(text: string): string {
  const trimmed = text.trim();
  // An acronym ("UBND …") keeps its capitals.
  if (/^\p{Lu}{2,}/u.test(trimmed)) return trimmed;
  return trimmed.charAt(0).toLocaleLowerCase('vi-VN') + trimmed.slice(1);
}

/** "Kế hoạch số 696/KH-UBND ngày 06/3/2025 của Ủy ban nhân dân tỉnh Tây Ninh về thực hiện …" */
export function referenceWithSubject(ref: DocumentReference, title?: string | null): string {
  const subject = ref.subject ?? (title ? `về ${lowerFirst(title)}` : null);
  return legalReferenceText({ ...ref, subject });
}

/** Capitalises the first letter of a sentence assembled from parts. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toLocaleUpperCase('vi-VN') + trimmed.slice(1);
}

/** "96,5", "1.250"; nothing for a value that is not a number (never "NaN"). */
export function numberText(value: number | null | undefined, fractionDigits?: number): string {
  return typeof value === 'number' && Number.isFinite(value) ? formatNumberVi(value, fractionDigits) : '';
}

/** "20/5/2025" in running text; nothing for a value that is not a real day. */
export function dayText(date: LocalDate | null | undefined): string {
  return isLocalDate(date) ? citationDate(date) : '';
}
