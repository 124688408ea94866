// The commendation proposal as official documents: the tờ trình with its list of collectives and
// individuals (docgen's builder, Decree 30 layout) and the lists as Excel sheets. Pure: the use case loads the proposal, the ranking decision it
// rests on, the scorecard and its issuer. Before it is submitted the tờ trình is a draft ("DỰ THẢO").
import {
  buildCommendationProposal,
  buildXlsxTable,
  documentGaps,
  EMULATION_LEGAL_BASES,
  renderDocx,
  type DocumentModel,
  type XlsxSheetSpec,
} from '@dvcq/docgen';
import { formatDateVi, formatNumberVi, isLocalDate, localDateInProvince } from '@dvcq/domain';
import type { CommendationProposalDto } from '@dvcq/shared';
import type { RankingDecisionRow, ScorecardRow, UnitRow } from './scoring.repository.ts';

export interface ProposalExportInput {
  proposal: CommendationProposalDto;
  decision: RankingDecisionRow;
  sc: ScorecardRow;
  issuer: UnitRow;
  /** The issuer's place on the date line (`placeOfUnit`). */
  place: string | null;
}

/** "Hoàn thành xuất sắc (97,5 điểm)": the unit's result in the issued ranking. */
const resultOf = (u: CommendationProposalDto['items'][number]) => `${u.levelName} (${formatNumberVi(u.total)} điểm)`;

/** The tờ trình of the Department of Home Affairs to the chair of the scorecard's issuer, with its list. */
export function commendationProposalModel({ proposal: p, decision, sc, issuer, place }: ProposalExportInput, now: Date): DocumentModel {
  const submitted = p.status === 'submitted';
  const authority = `Chủ tịch ${issuer.name.replace(/^ủy ban nhân dân/iu, 'Ủy ban nhân dân')}`;
  const model = buildCommendationProposal({
    issuer: { name: 'Sở Nội vụ', parent: issuer.name, abbreviation: 'SNV', place, headTitle: 'Giám đốc' },
    signer: { name: p.signerName, title: p.signerTitle || 'Giám đốc' },
    issuedOn: p.proposalDate && isLocalDate(p.proposalDate) ? p.proposalDate : localDateInProvince(now),
    draft: !submitted,
    draftingUnit: 'TĐKT',
    addressees: [authority],
    year: p.year,
    award: p.award,
    decidingAuthority: authority,
    legalBases: [
      ...EMULATION_LEGAL_BASES,
      {
        kind: 'Quyết định',
        number: sc.decisionNumber,
        date: isLocalDate(sc.decisionDate) ? sc.decisionDate : null,
        issuer: null,
        subject: `ban hành ${sc.name.replace(/^Ví dụ minh hoạ[^—]*—\s*/u, '')}`,
      },
      {
        kind: 'Quyết định',
        number: decision.number,
        date: isLocalDate(decision.decisionDate) ? decision.decisionDate : null,
        issuer: authority,
        subject: `về việc công bố kết quả đánh giá, xếp loại công tác dân vận chính quyền năm ${p.year}`,
      },
    ],
    collectives: p.items.map((u) => ({ name: u.unitName, level: resultOf(u), achievement: u.reason })),
    individuals: p.individuals.map((u) => ({ name: u.fullName, position: u.position, achievement: u.reason })),
  });
  const numbered: DocumentModel = { ...model, ...(submitted && p.number ? { number: p.number } : {}) };
  return documentGaps(numbered).length ? { ...numbered, draft: true } : numbered;
}

export async function commendationProposalDocx(input: ProposalExportInput, now: Date): Promise<Buffer> {
  return renderDocx(commendationProposalModel(input, now));
}

export async function commendationProposalXlsx({ proposal: p }: ProposalExportInput): Promise<Buffer> {
  const subtitles = [
    `Căn cứ Quyết định số ${p.rankingDecisionNumber} công bố kết quả xếp loại công tác dân vận chính quyền năm ${p.year}`,
    p.status === 'submitted' && p.number
      ? `Kèm theo Tờ trình số ${p.number}${p.proposalDate ? ` ngày ${formatDateVi(p.proposalDate)}` : ''}`
      : 'Dự thảo (chưa trình)',
  ];
  const collectives: XlsxSheetSpec = {
    name: 'Đề nghị khen thưởng',
    title: `Danh sách đề nghị tặng ${p.award} năm ${p.year}`,
    subtitles,
    landscape: true,
    columns: [
      { key: 'no', header: 'STT', type: 'text', width: 6 },
      { key: 'unit', header: 'Tên tập thể', type: 'text', width: 44 },
      { key: 'quota', header: 'Khối (chỉ tiêu)', type: 'text', width: 32 },
      { key: 'level', header: 'Kết quả xếp loại', type: 'text', width: 22 },
      { key: 'total', header: 'Tổng điểm', type: 'text', width: 11 },
      { key: 'reason', header: 'Tóm tắt thành tích, lý do đề nghị', type: 'text', width: 60 },
    ],
    rows: p.items.map((u, i) => ({
      no: i + 1,
      unit: u.unitName,
      quota: u.quotaName,
      level: u.levelName,
      total: u.total,
      reason: u.reason,
    })),
  };
  // Individuals on a sheet of their own, only where some are proposed.
  const individuals: XlsxSheetSpec = {
    name: 'Cá nhân',
    title: `Danh sách cá nhân đề nghị tặng ${p.award} năm ${p.year}`,
    subtitles,
    landscape: true,
    columns: [
      { key: 'no', header: 'STT', type: 'text', width: 6 },
      { key: 'name', header: 'Họ và tên', type: 'text', width: 28 },
      { key: 'position', header: 'Chức vụ, đơn vị công tác', type: 'text', width: 44 },
      { key: 'unit', header: 'Thuộc tập thể được xếp loại', type: 'text', width: 36 },
      { key: 'quota', header: 'Khối (chỉ tiêu)', type: 'text', width: 32 },
      { key: 'reason', header: 'Tóm tắt thành tích', type: 'text', width: 60 },
    ],
    rows: p.individuals.map((u, i) => ({
      no: i + 1,
      name: u.fullName,
      position: u.position,
      unit: u.unitName,
      quota: u.quotaName,
      reason: u.reason,
    })),
  };
  return buildXlsxTable({ sheets: p.individuals.length ? [collectives, individuals] : [collectives] });
}
