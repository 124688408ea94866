// The commendation proposal (tờ trình đề nghị khen thưởng) with the list of collectives and
// individuals proposed, in Decree 30 layout. After the 2025 reorganisation the Department of Home
// Affairs holds both DVCQ ranking and emulation and commendation; the ranking level is the gate.
import type { AppendixModel, DocumentModel, LegalBasis, Section } from '../model/document-model.ts';
import { commonFields, countText, type IssueInput, type IssuerInput, type SignerInput } from './common.ts';

/** The bases every commendation proposal cites first: the Law on Emulation and Commendation and its decree. */
export const EMULATION_LEGAL_BASES: readonly LegalBasis[] = [
  { kind: 'Luật', subject: 'Thi đua, khen thưởng', number: '06/2022/QH15', date: '2022-06-15' },
  {
    kind: 'Nghị định',
    number: '98/2023/NĐ-CP',
    date: '2023-12-31',
    issuer: 'Chính phủ',
    subject: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  },
];

/** A collective proposed for the award. */
export interface NomineeCollective {
  name: string;
  /** Level of the year's DVCQ ranking, the basis of the proposal: "Hoàn thành xuất sắc". */
  level?: string | null;
  /** Short summary of the achievements. */
  achievement: string;
}

/** An individual proposed for the award. */
export interface NomineeIndividual {
  name: string;
  /** "Phó Giám đốc Sở Nội vụ", "Công chức Văn phòng – Thống kê, UBND phường Long An". */
  position: string;
  achievement: string;
}

/** Input of the commendation proposal. */
export interface CommendationProposalInput extends IssueInput {
  issuer: IssuerInput;
  signer: SignerInput;
  /** "Kính gửi:" — "Chủ tịch Ủy ban nhân dân tỉnh" (or the provincial Emulation Council). */
  addressees: readonly string[];
  year: number;
  /** The award: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
  award: string;
  /** Bases: the Law on Emulation and Commendation, its decree, the ranking decision, … */
  legalBases: readonly LegalBasis[];
  collectives: readonly NomineeCollective[];
  individuals: readonly NomineeIndividual[];
  /** Who the issuer asks to decide ("Chủ tịch Ủy ban nhân dân tỉnh"). */
  decidingAuthority: string;
}

function counts(input: CommendationProposalInput): string {
  const parts = [
    input.collectives.length > 0 ? `${countText(input.collectives.length)} tập thể` : '',
    input.individuals.length > 0 ? `${countText(input.individuals.length)} cá nhân` : '',
  ].filter(Boolean);
  return parts.join(' và ');
}

/**
 * The tờ trình (template 1.4, TỜ TRÌNH) with "Kính gửi:", the bases as a running paragraph, what is
 * proposed and why, and the list (Danh sách) of collectives and individuals in the appendix.
 */
export function buildCommendationProposal(input: CommendationProposalInput): DocumentModel {
  const issuerName = input.issuer.name?.trim() || 'Cơ quan';
  const subject = `đã có thành tích xuất sắc trong thực hiện công tác dân vận chính quyền năm ${input.year}`;
  const list: Section[] = [];
  if (input.collectives.length > 0) {
    list.push({
      title: `Tập thể (${countText(input.collectives.length)} tập thể)`,
      blocks: [
        {
          kind: 'table',
          fontSizePt: 12,
          columns: [
            { header: 'STT', width: 0.8, align: 'center' },
            { header: 'Tên tập thể', width: 4.5 },
            { header: 'Kết quả xếp loại', width: 2.2, align: 'center' },
            { header: 'Tóm tắt thành tích', width: 7 },
          ],
          rows: input.collectives.map((nominee, index) => [String(index + 1), nominee.name, nominee.level ?? '', nominee.achievement]),
        },
      ],
    });
  }
  if (input.individuals.length > 0) {
    list.push({
      title: `Cá nhân (${countText(input.individuals.length)} cá nhân)`,
      blocks: [
        {
          kind: 'table',
          fontSizePt: 12,
          columns: [
            { header: 'STT', width: 0.8, align: 'center' },
            { header: 'Họ và tên', width: 3 },
            { header: 'Chức vụ, đơn vị công tác', width: 4.5 },
            { header: 'Tóm tắt thành tích', width: 6.2 },
          ],
          rows: input.individuals.map((nominee, index) => [String(index + 1), nominee.name, nominee.position, nominee.achievement]),
        },
      ],
    });
  }
  const appendices: AppendixModel[] = [
    {
      title: `Danh sách đề nghị tặng ${input.award} năm ${input.year}`,
      orientation: 'landscape',
      sections: list,
    },
  ];
  return {
    ...commonFields('submission', input.issuer, input.signer, input, {
      year: input.year,
      signOnBehalfByDefault: Boolean(input.issuer.collective),
      defaultRecipients: ['Như trên', 'Lãnh đạo Sở'],
    }),
    summary: `Về việc đề nghị tặng ${input.award} cho các tập thể, cá nhân ${subject}`,
    addressees: input.addressees,
    legalBases: input.legalBases,
    legalBasesForm: 'paragraph',
    preamble: [
      {
        kind: 'paragraph',
        text: `Qua kết quả đánh giá, xếp loại và đề nghị của các cơ quan, đơn vị, địa phương, ${issuerName} đã xét chọn các tập thể, cá nhân ${subject}, đủ điều kiện, tiêu chuẩn khen thưởng theo quy định.`,
      },
      {
        kind: 'paragraph',
        text: `${issuerName} kính trình ${input.decidingAuthority} xem xét, tặng ${input.award} cho ${counts(input) || 'các tập thể, cá nhân'} ${subject} (có danh sách kèm theo).`,
      },
    ],
    closing: [{ kind: 'paragraph', text: `Kính trình ${input.decidingAuthority} xem xét, quyết định.` }],
    appendices,
  };
}
