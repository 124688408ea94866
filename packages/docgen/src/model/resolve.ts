// Turns the model's header, signature and closing data into the exact strings the document prints,
// with a visible placeholder for anything missing, and lists what is missing (`documentGaps`) so a
// screen can tell the officer before the document goes to the leader. Pure: no docx here.
import {
  dateInWords,
  DOCUMENT_KINDS,
  documentNumberText,
  foldVietnamese,
  isLocalDate,
  issuerHeaderLines,
  legalBasisLine,
  localDateInProvince,
  nd30DateLine,
  parentHeaderLine,
  signatureAuthorityLines,
  summaryWithoutKind,
  upperVi,
  type LocalDate,
} from '@dvcq/domain';
import type { DocumentModel, LegalBasis, RichText, Section, SignatureModel } from './document-model.ts';

/** A printed string and whether it stands in for something missing (then it is highlighted). */
export interface Filled {
  text: string;
  missing: boolean;
}

const given = (text: string): Filled => ({ text, missing: false });
const placeholder = (text: string): Filled => ({ text, missing: true });

/** Placeholders are in square brackets so nobody mistakes them for content. */
export const PLACEHOLDERS = {
  issuer: '[TÊN CƠ QUAN BAN HÀNH]',
  place: '[Địa danh]',
  summary: '[Trích yếu nội dung văn bản]',
  signerTitle: '[CHỨC VỤ NGƯỜI KÝ]',
  signerName: '[Họ và tên người ký]',
  emptySection: '[Chưa có nội dung]',
  addressee: '[Nơi nhận văn bản]',
} as const;

export type GapField = 'issuer' | 'number' | 'issuedOn' | 'place' | 'summary' | 'addressees' | 'signerTitle' | 'signerName' | 'content';

export interface DocumentGap {
  field: GapField;
  /** Vietnamese, for the person completing the document. */
  message: string;
}

const blank = (n: number) => '\u00a0'.repeat(n);

function tidy(text: string | null | undefined): string {
  return (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The issue date as a calendar day in Vietnam, or null when missing or not a real date. */
export function issueDay(model: DocumentModel): LocalDate | null {
  const value = model.issuedOn;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : localDateInProvince(value);
  return isLocalDate(value) ? value : null;
}

export function issuerLines(model: DocumentModel): { parent: string[]; issuer: Filled[] } {
  const { issuer } = model;
  const parentLine = tidy(issuer.parentLine) || (tidy(issuer.parent) ? parentHeaderLine(issuer.parent!) : '');
  const explicit = (issuer.headerLines ?? []).map(tidy).filter(Boolean);
  const lines = explicit.length > 0 ? explicit.map(upperVi) : tidy(issuer.name) ? issuerHeaderLines(issuer.name!) : [];
  return {
    parent: parentLine ? [upperVi(parentLine)] : [],
    issuer: lines.length > 0 ? lines.map(given) : [placeholder(PLACEHOLDERS.issuer)],
  };
}

function validSequence(sequence: number | null | undefined): sequence is number {
  return typeof sequence === 'number' && Number.isInteger(sequence) && sequence >= 1;
}

/** "07/BC-UBND"; the registration blank when there is no number yet. */
export function numberText(model: DocumentModel): string {
  if (typeof model.number === 'string' && model.number.trim()) return model.number.normalize('NFC').trim();
  const number = typeof model.number === 'string' ? null : model.number;
  const symbol = tidy(number?.symbol) || `${DOCUMENT_KINDS[model.kind].abbreviation ?? ''}-…`;
  const sequence = number?.sequence;
  return documentNumberText({ sequence: validSequence(sequence) ? sequence : null, symbol });
}

/** "Tây Ninh, ngày 06 tháng 3 năm 2025"; an undated document keeps blanks for the day and month. */
export function dateLine(model: DocumentModel): Filled {
  const place = tidy(model.place);
  const day = issueDay(model);
  if (place && day) return given(nd30DateLine(place, day));
  const datePart = day ? dateInWords(day, 'nd30') : `ngày${blank(6)}tháng${blank(6)}năm ${model.year ?? `20${blank(4)}`}`;
  return { text: `${place || PLACEHOLDERS.place}, ${datePart}`, missing: !place };
}

/** The summary without a repeated kind ("BÁO CÁO / Báo cáo kết quả…" prints once). */
export function summaryText(model: DocumentModel): Filled {
  const summary = tidy(model.summary);
  if (!summary) return placeholder(PLACEHOLDERS.summary);
  if (model.kind === 'official_letter') return given(summary.replace(/^v\/v\s*/iu, ''));
  return given(summaryWithoutKind(model.kind, summary));
}

export function legalBasisText(basis: LegalBasis): string {
  return 'text' in basis ? tidy(basis.text) : legalBasisLine(basis);
}

/** Authority lines and the name; derived per Decree 30 from the titles when the head's title is known. */
export function signatureLines(signature: SignatureModel | null | undefined): { lines: Filled[]; name: Filled } {
  const name = tidy(signature?.name);
  const nameFilled = name ? given(name) : placeholder(PLACEHOLDERS.signerName);
  const explicit = (signature?.lines ?? []).map(tidy).filter(Boolean);
  if (explicit.length > 0) return { lines: explicit.map((line) => given(upperVi(line))), name: nameFilled };
  const title = tidy(signature?.title);
  const collective = tidy(signature?.collective);
  const onBehalf = collective ? [given(`TM. ${upperVi(collective)}`)] : [];
  if (!title) return { lines: [...onBehalf, placeholder(PLACEHOLDERS.signerTitle)], name: nameFilled };
  const head = tidy(signature?.headTitle);
  if (!head) return { lines: [...onBehalf, given(upperVi(title))], name: nameFilled };
  const lines = signatureAuthorityLines({
    headTitle: head,
    signerTitle: title,
    collective: collective || null,
    delegated: signature?.delegated ?? null,
    signerUnitHeadTitle: signature?.signerUnitHeadTitle ?? null,
  });
  return { lines: lines.map(given), name: nameFilled };
}

const ARCHIVE_LINE = /^-?\s*lưu\s*:?\s*/iu;

function stripEnd(text: string): string {
  return text.trim().replace(/[\s;.,:]+$/u, '');
}

/**
 * The "Nơi nhận" lines: "- X;" for each recipient and "- Lưu: VT, NC." last, exactly once. A
 * recipient list that already carries a "Lưu:" line (as imported documents do) gives up that line;
 * its content is used only when no archive is given.
 */
export function recipientLines(recipients: readonly string[], archive?: readonly string[] | string | null): string[] {
  const cleaned: string[] = [];
  const archiveFromList: string[] = [];
  for (const raw of recipients) {
    const line = stripEnd(raw.normalize('NFC').replace(/^\s*[-–•+]\s*/u, ''));
    if (!line) continue;
    if (ARCHIVE_LINE.test(line) && foldVietnamese(line).startsWith('luu')) archiveFromList.push(stripEnd(line.replace(ARCHIVE_LINE, '')));
    else if (!cleaned.some((seen) => foldVietnamese(seen) === foldVietnamese(line))) cleaned.push(line);
  }
  const archiveParts = typeof archive === 'string' ? [archive.replace(ARCHIVE_LINE, '')] : (archive ?? []);
  const stated = archiveParts.map(stripEnd).filter(Boolean);
  const archiveText = (stated.length > 0 ? stated : archiveFromList.length > 0 ? archiveFromList : ['VT']).join(', ');
  const lines = [...cleaned, `Lưu: ${archiveText}`];
  return lines.map((line, index) => `- ${line}${index === lines.length - 1 ? '.' : ';'}`);
}

export function richIsEmpty(text: RichText | null | undefined): boolean {
  if (text === null || text === undefined) return true;
  if (typeof text === 'string') return text.trim() === '';
  return text.every((part) => (typeof part === 'string' ? part.trim() === '' : 'text' in part ? part.text.trim() === '' : true));
}

export function richToPlain(text: RichText): string {
  if (typeof text === 'string') return text;
  return text.map((part) => (typeof part === 'string' ? part : 'text' in part ? part.text : '')).join('');
}

/** Whether a section would print anything: a title with content, or content. */
export function sectionHasContent(section: Section): boolean {
  const blocks = (section.blocks ?? []).some((block) => {
    switch (block.kind) {
      case 'paragraph':
        return !richIsEmpty(block.text);
      case 'list':
        return block.items.length > 0;
      case 'table':
        return true;
      default:
        return false;
    }
  });
  return blocks || (section.children ?? []).some(sectionHasContent);
}

function sectionGaps(sections: readonly Section[], path: string[]): DocumentGap[] {
  const out: DocumentGap[] = [];
  for (const section of sections) {
    const title = richIsEmpty(section.title) ? '' : tidy(richToPlain(section.title!));
    if (title && !sectionHasContent(section)) {
      out.push({ field: 'content', message: `Mục “${[...path, title].join(' › ')}” chưa có nội dung.` });
    }
    out.push(...sectionGaps(section.children ?? [], title ? [...path, title] : path));
  }
  return out;
}

/** What a person still has to fill in before the document can be signed, in reading order. */
export function documentGaps(model: DocumentModel): DocumentGap[] {
  const gaps: DocumentGap[] = [];
  const add = (field: GapField, message: string) => gaps.push({ field, message });
  if (!tidy(model.issuer.name) && (model.issuer.headerLines ?? []).length === 0) add('issuer', 'Chưa có tên cơ quan ban hành.');
  const registered = typeof model.number === 'string' ? /^\s*\d/.test(model.number) : validSequence(model.number?.sequence);
  if (!registered) add('number', 'Chưa có số văn bản (văn thư cấp số khi đăng ký).');
  if (!tidy(model.place)) add('place', 'Chưa có địa danh ở dòng ngày tháng.');
  if (!issueDay(model)) add('issuedOn', 'Chưa có ngày ban hành.');
  if (!tidy(model.summary)) add('summary', 'Chưa có trích yếu nội dung.');
  const kind = DOCUMENT_KINDS[model.kind];
  if (kind.addressed && model.kind !== 'report' && (model.addressees ?? []).every((a) => !tidy(a))) {
    add('addressees', 'Chưa có nơi gửi (Kính gửi).');
  }
  const signature = signatureLines(model.signature);
  if (signature.lines.some((line) => line.missing)) add('signerTitle', 'Chưa có chức vụ người ký.');
  if (signature.name.missing) add('signerName', 'Chưa có họ tên người ký.');
  const sections = model.sections ?? [];
  const hasText = (model.preamble ?? []).length > 0 || sections.some(sectionHasContent);
  if (!hasText) add('content', 'Văn bản chưa có nội dung.');
  gaps.push(...sectionGaps(sections, []));
  return gaps;
}
