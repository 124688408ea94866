// The authority lines above a signature (Decree 30/2020/NĐ-CP, Phụ lục I, item 7):
// - TM. (thay mặt) before the collective when signing on behalf of a collective body;
// - KT. (ký thay) before the head's title when a deputy signs for the head;
// - Q. (quyền) before the head's title when an acting head signs;
// - TL. (thừa lệnh) / TUQ. (thừa ủy quyền) before the head's title when someone else signs by order
//   or by written authorisation, followed by that person's own title.
// e.g. a Vice-Chairman signing for the People's Committee: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
// PHÓ CHỦ TỊCH"; for the Chairman in his own authority: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
import { foldVietnamese } from '../text/fold.ts';
import { upperVi } from './issuer-name.ts';

export type DelegatedSigning = 'TL' | 'TUQ';

export interface SignatureRuleInput {
  /** Title of the issuing body's head: "Chủ tịch", "Giám đốc", "Chánh Thanh tra". */
  headTitle: string;
  /** The signer's own title: "Phó Chủ tịch", "Chủ tịch", "Quyền Giám đốc", "Chánh Văn phòng". */
  signerTitle: string;
  /**
   * The collective on whose behalf the document is signed, "Ủy ban nhân dân": prints "TM. ỦY BAN
   * NHÂN DÂN" first. Omit when the head issues the document in his or her own authority.
   */
  collective?: string | null;
  /** Signing by order (TL.) or by authorisation (TUQ.); otherwise deduced from the titles. */
  delegated?: DelegatedSigning | null;
  /**
   * For TL./TUQ. signed by a deputy of the signing unit: that unit head's title ("Chánh Văn phòng"),
   * giving "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG".
   */
  signerUnitHeadTitle?: string | null;
}

export type SigningCapacity = 'head' | 'deputy' | 'acting' | 'by_order' | 'by_authorisation';

const DEPUTY = /^phó\s+/iu;
const ACTING = /^(quyền|q\.)\s*/iu;

function sameTitle(a: string, b: string): boolean {
  return foldVietnamese(a) === foldVietnamese(b);
}

/** Whether `title` is `head` itself, optionally followed by the body's name ("Giám đốc Sở Nội vụ"). */
function isTitleOf(title: string, head: string): boolean {
  const t = foldVietnamese(title);
  const h = foldVietnamese(head);
  return t === h || t.startsWith(`${h} `);
}

/** How the signer signs, read from the titles: the head, a deputy (KT.), an acting head (Q.), or TL./TUQ. */
export function signingCapacity(input: SignatureRuleInput): SigningCapacity {
  if (input.delegated === 'TL') return 'by_order';
  if (input.delegated === 'TUQ') return 'by_authorisation';
  const title = input.signerTitle.trim();
  if (isTitleOf(title, input.headTitle)) return 'head';
  if (DEPUTY.test(title) && isTitleOf(title.replace(DEPUTY, ''), input.headTitle)) return 'deputy';
  if (ACTING.test(title) && isTitleOf(title.replace(ACTING, ''), input.headTitle)) return 'acting';
  // Anyone else (a Chánh Văn phòng, a head of division) signs by order of the head.
  return 'by_order';
}

/**
 * Authority and position lines, upper case, top to bottom, without the signer's name:
 * {head "Chủ tịch", signer "Phó Chủ tịch", collective "Ủy ban nhân dân"} →
 * ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"].
 */
export function signatureAuthorityLines(input: SignatureRuleInput): string[] {
  const head = upperVi(input.headTitle.trim());
  const signer = upperVi(input.signerTitle.trim());
  const onBehalf = input.collective?.trim() ? [`TM. ${upperVi(input.collective.trim())}`] : [];
  switch (signingCapacity(input)) {
    case 'head':
      return [...onBehalf, signer];
    case 'deputy':
      return [...onBehalf, `KT. ${head}`, signer];
    case 'acting':
      return [...onBehalf, `Q. ${head}`];
    case 'by_order':
    case 'by_authorisation': {
      const prefix = signingCapacity(input) === 'by_order' ? 'TL.' : 'TUQ.';
      const unitHead = input.signerUnitHeadTitle?.trim();
      const deputyOfUnit =
        unitHead && DEPUTY.test(input.signerTitle.trim()) && sameTitle(input.signerTitle.trim().replace(DEPUTY, ''), unitHead);
      return deputyOfUnit ? [`${prefix} ${head}`, `KT. ${upperVi(unitHead)}`, signer] : [`${prefix} ${head}`, signer];
    }
  }
}
