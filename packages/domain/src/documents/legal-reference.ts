// How one document cites another ("Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về việc
// ban hành Quy chế …"): kind, number, date, issuer, subject, in that order, each part optional.
// Dates in citations pad the day and months 1–2 ("ngày 07/01/2016", "ngày 05/3/2021"), as Decree 30
// pads the date line, so a citation reads the way the cited document's own date line does.
import { isLocalDate, localDateParts, type LocalDate } from '../calendar/local-date.ts';
import { dateInWords } from '../format/dates.ts';

export interface LegalReference {
  /** Kind as written in text: "Quyết định", "Chỉ thị", "Luật", "Nghị định", "Kế hoạch", "Kết luận". */
  kind: string;
  /** Number and symbol: "23-QĐ/TW", "33/CT-TTg", "10/2022/QH15". */
  number?: string | null;
  date?: LocalDate | null;
  /** Issuing body or person as written after "của": "Bộ Chính trị", "Thủ tướng Chính phủ". */
  issuer?: string | null;
  /**
   * What it is about, as written after the issuer: "về việc ban hành Quy chế …", "ban hành Quy định …",
   * or for a law its name ("Tổ chức chính quyền địa phương").
   */
  subject?: string | null;
}

/** "30/7/2021", "07/01/2016", "05/3/2021": the short date of a citation. */
export function citationDate(date: LocalDate): string {
  const { year, month, day } = localDateParts(date);
  return `${String(day).padStart(2, '0')}/${month <= 2 ? String(month).padStart(2, '0') : month}/${year}`;
}

const LAW_KINDS = /^(bộ luật|luật|hiến pháp)$/iu;

function clean(text: string | null | undefined): string {
  return (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The citation in running text. A law is cited by name, then number, then date in words ("Luật Tổ
 * chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025"); any other document by
 * kind, number, short date, issuer and subject.
 */
export function legalReferenceText(ref: LegalReference): string {
  const kind = clean(ref.kind);
  const number = clean(ref.number);
  const subject = clean(ref.subject).replace(/[;.,]+$/u, '');
  const issuer = clean(ref.issuer);
  // A date that is not a real day is left out rather than printed wrong.
  const date = isLocalDate(ref.date) ? ref.date : null;
  if (LAW_KINDS.test(kind)) {
    return [kind, subject, number && `số ${number}`, date ? dateInWords(date, 'nd30') : ''].filter(Boolean).join(' ');
  }
  return [kind, number && `số ${number}`, date ? `ngày ${citationDate(date)}` : '', issuer && `của ${issuer}`, subject]
    .filter(Boolean)
    .join(' ');
}

/** "Căn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị …" without end punctuation. */
export function legalBasisLine(ref: LegalReference): string {
  return `Căn cứ ${legalReferenceText(ref)}`;
}
