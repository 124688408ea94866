// The ranking decision (quyết định công bố kết quả đánh giá, xếp loại) with its appendix table per
// unit group. Levels, totals and ranks come from the domain's scoring; this only words them.
import type { Block, DocumentModel, LegalBasis, Section } from '../model/document-model.ts';
import { commonFields, countText, numberText, type IssueInput, type IssuerInput, type SignerInput } from './common.ts';
import type { LegalReference } from '@dvcq/domain';

/** One unit in the ranking. */
export interface RankedUnit {
  /** Rank within the group; null for a unit not ranked (not eligible, no dossier). */
  rank: number | null;
  unit: string;
  total: number | null;
  /** The level's name as the scorecard calls it: "Hoàn thành xuất sắc". */
  level: string;
  /** Rules applied, ties, changes on last year — one short sentence. */
  note?: string | null;
}

/** A unit group ranked separately (sở, ban, ngành; xã, phường). */
export interface RankedGroup {
  name: string;
  units: readonly RankedUnit[];
}

/** Input of the ranking decision. */
export interface RankingDecisionInput extends IssueInput {
  issuer: IssuerInput;
  signer: SignerInput;
  year: number;
  /**
   * The decision's issuing authority line: "Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh" (the Chairman
   * decides in person) or "Ủy ban nhân dân tỉnh Tây Ninh" (the committee decides, signed "TM.").
   */
  authority: string;
  /** Legal bases: law on local government, the scorecard's decision, …; printed one per line. */
  legalBases: readonly LegalReference[];
  /** "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 10/12/2025". */
  proposedBy: string;
  groups: readonly RankedGroup[];
  /** Who carries it out (Điều 3): "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, …". */
  executors: string;
}

function groupTable(group: RankedGroup): Block {
  return {
    kind: 'table',
    caption: group.name,
    fontSizePt: 12,
    columns: [
      { header: 'STT', width: 0.8, align: 'center' },
      { header: 'Tên cơ quan, đơn vị, địa phương', width: 6 },
      { header: 'Tổng điểm', width: 1.4, align: 'right' },
      { header: 'Xếp loại', width: 2.2, align: 'center' },
      { header: 'Thứ hạng', width: 1.2, align: 'center' },
      { header: 'Ghi chú', width: 4 },
    ],
    rows: group.units.map((unit, index) => [
      String(index + 1),
      unit.unit,
      numberText(unit.total),
      unit.level,
      unit.rank === null ? '—' : String(unit.rank),
      unit.note ?? '',
    ]),
  };
}

/** "Hoàn thành xuất sắc: 12 đơn vị; Hoàn thành tốt: 30 đơn vị" for one group. */
function distribution(group: RankedGroup): string {
  const counts = new Map<string, number>();
  for (const unit of group.units) counts.set(unit.level, (counts.get(unit.level) ?? 0) + 1);
  return [...counts].map(([level, count]) => `${level}: ${countText(count)} đơn vị`).join('; ');
}

/**
 * The decision (template 1.2, QUYẾT ĐỊNH): authority line, legal bases one per line, "QUYẾT ĐỊNH:",
 * Điều 1–3, and the ranking per group in the appendix. Dated in Vietnam's time zone.
 */
export function buildRankingDecision(input: RankingDecisionInput): DocumentModel {
  const bases: LegalBasis[] = [...input.legalBases, { text: input.proposedBy }];
  const article1: Section = {
    title: null,
    blocks: [
      {
        kind: 'paragraph',
        text: `Công bố kết quả đánh giá, xếp loại công tác dân vận chính quyền năm ${input.year} của các cơ quan, đơn vị, địa phương (chi tiết tại Phụ lục kèm theo), cụ thể:`,
      },
      {
        kind: 'list',
        items: input.groups.map(
          (group, index) =>
            `${group.name}: ${countText(group.units.length)} đơn vị (${distribution(group)})${index === input.groups.length - 1 ? '.' : ';'}`,
        ),
      },
    ],
  };
  const collectiveDecides = Boolean(input.signer.onBehalfOfCollective ?? false);
  return {
    ...commonFields('decision', input.issuer, input.signer, input, {
      year: input.year,
      signOnBehalfByDefault: collectiveDecides,
      defaultRecipients: [
        'Như Điều 3',
        'Bộ Nội vụ',
        'Thường trực Tỉnh ủy',
        'Ban Tuyên giáo và Dân vận Tỉnh ủy',
        'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
      ],
    }),
    issuer: { name: input.issuer.name, ...(input.issuer.parent ? { parent: input.issuer.parent } : {}), nameInText: input.authority },
    summary: `Về việc công bố kết quả đánh giá, xếp loại công tác dân vận chính quyền năm ${input.year}`,
    authority: input.authority,
    legalBases: bases,
    legalBasesForm: 'lines',
    sections: [
      article1,
      {
        blocks: [
          {
            kind: 'paragraph',
            text: 'Các cơ quan, đơn vị, địa phương căn cứ kết quả đánh giá, xếp loại, phát huy kết quả đạt được, khắc phục tồn tại, hạn chế, nâng cao chất lượng công tác dân vận chính quyền trong năm tiếp theo; kết quả xếp loại là căn cứ để xét thi đua, khen thưởng theo quy định.',
          },
        ],
      },
      {
        blocks: [
          {
            kind: 'paragraph',
            text: `Quyết định này có hiệu lực kể từ ngày ký. ${input.executors} chịu trách nhiệm thi hành Quyết định này.`,
          },
        ],
      },
    ],
    appendices: [
      {
        title: `Kết quả đánh giá, xếp loại công tác dân vận chính quyền năm ${input.year}`,
        orientation: 'landscape',
        blocks: input.groups.map(groupTable),
      },
    ],
  };
}
