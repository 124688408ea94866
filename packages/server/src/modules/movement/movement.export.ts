// Files of the movement: the Excel registry of models (one line each, with state and decision) and of
// exemplary people with their commendations; the Word list of recognised models for a commendation proposal.
import { buildCommendationProposal, buildXlsxTable, EMULATION_LEGAL_BASES, renderDocx } from '@dvcq/docgen';
import {
  COMMENDATION_FORM_LABELS,
  formatDateVi,
  MODEL_FIELD_LABELS,
  RECOGNITION_LEVEL_LABELS,
  type CommendationForm,
  type RecognitionLevel,
} from '@dvcq/domain';
import type { CommendationDto, ModelDto, PersonDto } from '@dvcq/shared';

const STATES = {
  registered: { label: 'Đăng ký', tone: 'blue' },
  carrying_out: { label: 'Đang thực hiện', tone: 'blue' },
  proposed: { label: 'Đề nghị công nhận', tone: 'gold' },
  recognised: { label: 'Được công nhận', tone: 'green' },
  not_recognised: { label: 'Không được công nhận', tone: 'red' },
} as const;

const commendationText = (cs: CommendationDto[]) =>
  cs
    .map(
      (c) =>
        `${COMMENDATION_FORM_LABELS[c.form as CommendationForm]} ${RECOGNITION_LEVEL_LABELS[c.level as RecognitionLevel].toLowerCase()} ` +
        `(QĐ số ${c.decisionNumber} ngày ${formatDateVi(c.decisionDate)} của ${c.decisionIssuer})`,
    )
    .join('; ');

export async function movementXlsx(models: ModelDto[], people: PersonDto[], subtitle: string): Promise<Buffer> {
  return buildXlsxTable({
    sheets: [
      {
        name: 'Mô hình',
        title: 'SỔ THEO DÕI MÔ HÌNH "DÂN VẬN KHÉO"',
        subtitles: [subtitle],
        landscape: true,
        columns: [
          { key: 'unit', header: 'Đơn vị', type: 'text', width: 30 },
          { key: 'year', header: 'Năm', type: 'integer', total: 'none' },
          { key: 'name', header: 'Tên mô hình', type: 'text', width: 40 },
          { key: 'field', header: 'Lĩnh vực', type: 'text', width: 20 },
          { key: 'problem', header: 'Vấn đề giải quyết', type: 'text', width: 40 },
          { key: 'area', header: 'Địa bàn, đối tượng thụ hưởng', type: 'text', width: 30 },
          { key: 'outputs', header: 'Kết quả kiểm chứng được', type: 'text', width: 40 },
          { key: 'partners', header: 'Đơn vị chủ trì, phối hợp', type: 'text', width: 30 },
          { key: 'state', header: 'Trạng thái', type: 'status', statuses: STATES },
          { key: 'decision', header: 'Quyết định công nhận', type: 'text', width: 36 },
          { key: 'commendations', header: 'Khen thưởng', type: 'text', width: 40 },
        ],
        rows: models.map((m) => ({
          unit: m.unitName,
          year: m.year,
          name: m.name,
          field: MODEL_FIELD_LABELS[m.field],
          problem: m.problem,
          area: [m.area, m.beneficiaries].filter(Boolean).join('; '),
          outputs: m.outputs,
          partners: [m.leadUnitName, m.partners].filter(Boolean).join('; '),
          state: m.state,
          decision:
            m.decisionNumber && m.decisionDate
              ? `Số ${m.decisionNumber} ngày ${formatDateVi(m.decisionDate)}${m.decisionIssuer ? ` của ${m.decisionIssuer}` : ''}`
              : (m.refusalReason ?? ''),
          commendations: commendationText(m.commendations),
        })),
      },
      {
        name: 'Gương điển hình',
        title: 'DANH SÁCH GƯƠNG ĐIỂN HÌNH "DÂN VẬN KHÉO"',
        subtitles: [subtitle],
        landscape: true,
        columns: [
          { key: 'unit', header: 'Đơn vị', type: 'text', width: 30 },
          { key: 'year', header: 'Năm', type: 'integer', total: 'none' },
          { key: 'name', header: 'Họ và tên', type: 'text', width: 26 },
          { key: 'position', header: 'Chức vụ, nghề nghiệp', type: 'text', width: 26 },
          { key: 'achievements', header: 'Thành tích', type: 'text', width: 50 },
          { key: 'model', header: 'Mô hình tham gia', type: 'text', width: 30 },
          { key: 'commendations', header: 'Khen thưởng', type: 'text', width: 40 },
        ],
        rows: people.map((p) => ({
          unit: p.unitName,
          year: p.year,
          name: p.fullName,
          position: p.position,
          achievements: p.achievements,
          model: p.modelName,
          commendations: commendationText(p.commendations),
        })),
      },
    ],
  });
}

/**
 * The Word "tờ trình đề nghị khen thưởng" (Decree 30 layout) listing the models recognised in the year
 * as collectives (the unit, the model and its decision) and the year's exemplary people as
 * individuals; unsigned and unnumbered, it is a draft the issuer completes.
 */
export function recognisedModelsProposalDocx(models: ModelDto[], people: PersonDto[], year: number, issuerName: string): Promise<Buffer> {
  const model = buildCommendationProposal({
    issuer: { name: issuerName },
    signer: { name: null, title: null },
    draft: true,
    addressees: ['Chủ tịch Ủy ban nhân dân tỉnh'],
    year,
    award: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    decidingAuthority: 'Chủ tịch Ủy ban nhân dân tỉnh',
    legalBases: EMULATION_LEGAL_BASES,
    collectives: models.map((m) => ({
      name: m.unitName,
      level: null,
      achievement:
        `Mô hình "${m.name}" (${MODEL_FIELD_LABELS[m.field].toLocaleLowerCase('vi-VN')}), được công nhận theo Quyết định số ${m.decisionNumber ?? ''}` +
        `${m.decisionDate ? ` ngày ${formatDateVi(m.decisionDate)}` : ''}${m.decisionIssuer ? ` của ${m.decisionIssuer}` : ''}` +
        `${m.outputs ? `; kết quả: ${m.outputs}` : ''}.`,
    })),
    individuals: people.map((p) => ({
      name: p.fullName,
      position: [p.position, p.unitName].filter(Boolean).join(', '),
      achievement: p.achievements,
    })),
  });
  return renderDocx(model);
}
