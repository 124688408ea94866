// Kinds of administrative documents DVCQ issues, with the abbreviation Decree 30/2020/NĐ-CP
// (Phụ lục III) prescribes for the number's symbol and whether the kind carries "Kính gửi:".

export type DocumentKindId = 'plan' | 'report' | 'decision' | 'submission' | 'notice' | 'guidance' | 'program' | 'official_letter';

export interface DocumentKindInfo {
  /** Name as written in running text: "Kế hoạch". */
  name: string;
  /** Symbol abbreviation ("KH"); null for a công văn, whose symbol is issuer + drafting unit. */
  abbreviation: string | null;
  /** Whether the kind name is printed as the title line (a công văn has only "V/v …"). */
  printsKindLine: boolean;
  /** Whether the kind is addressed with "Kính gửi:" (reports to a superior, tờ trình, công văn). */
  addressed: boolean;
}

export const DOCUMENT_KINDS: Readonly<Record<DocumentKindId, DocumentKindInfo>> = {
  plan: { name: 'Kế hoạch', abbreviation: 'KH', printsKindLine: true, addressed: false },
  report: { name: 'Báo cáo', abbreviation: 'BC', printsKindLine: true, addressed: true },
  decision: { name: 'Quyết định', abbreviation: 'QĐ', printsKindLine: true, addressed: false },
  submission: { name: 'Tờ trình', abbreviation: 'TTr', printsKindLine: true, addressed: true },
  notice: { name: 'Thông báo', abbreviation: 'TB', printsKindLine: true, addressed: false },
  guidance: { name: 'Hướng dẫn', abbreviation: 'HD', printsKindLine: true, addressed: false },
  program: { name: 'Chương trình', abbreviation: 'CTr', printsKindLine: true, addressed: false },
  official_letter: { name: 'Công văn', abbreviation: null, printsKindLine: false, addressed: true },
};

function capitaliseFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);
}

/**
 * The summary under the kind line must not repeat the kind: a report titled "Báo cáo kết quả thực
 * hiện …" prints "BÁO CÁO / Kết quả thực hiện …". Strips a leading kind name (any case) and
 * re-capitalises; anything else is returned trimmed and NFC-normalised.
 */
export function summaryWithoutKind(kind: DocumentKindId, summary: string): string {
  const text = summary.normalize('NFC').trim().replace(/\s+/g, ' ');
  const name = DOCUMENT_KINDS[kind].name;
  if (text.toLocaleLowerCase('vi-VN').startsWith(`${name.toLocaleLowerCase('vi-VN')} `)) {
    const rest = text.slice(name.length).trim();
    // "Kế hoạch số 12/KH-…" is a reference, not a repeated kind: keep it.
    if (rest && !/^số\s/i.test(rest)) return capitaliseFirst(rest);
  }
  return text;
}
