// One example of every document of the yearly cycle, as a civil servant of Tây Ninh would fill them
// in (after the 2025 merger: one province of communes and wards, no districts). Used by the tests,
// the LibreOffice rendering check and scripts/sample-documents.ts. Names of people are illustrative.
import { buildCommendationProposal, EMULATION_LEGAL_BASES, type CommendationProposalInput } from '../builders/commendation.ts';
import { buildPlanDocument, buildUnitPlanDocument, type UnitPlanDocumentInput } from '../builders/plan.ts';
import { buildRankingDecision, type RankingDecisionInput } from '../builders/ranking-decision.ts';
import { buildReminderLetter, type ReminderLetterInput } from '../builders/reminder-letter.ts';
import {
  buildConsolidatedReport,
  buildPeriodicReport,
  type ConsolidatedReportInput,
  type PeriodicReportInput,
} from '../builders/reports.ts';
import { buildSelfAssessmentDossier, type SelfAssessmentInput } from '../builders/self-assessment.ts';
import type { IssuerInput } from '../builders/common.ts';
import type { DocumentModel } from '../model/document-model.ts';
import { plan696Document } from './plan-696-full.ts';

export const PROVINCE: IssuerInput = {
  name: 'Ủy ban nhân dân tỉnh Tây Ninh',
  abbreviation: 'UBND',
  place: 'Tây Ninh',
  headTitle: 'Chủ tịch',
  collective: 'Ủy ban nhân dân',
};

export const HOME_AFFAIRS: IssuerInput = {
  name: 'Sở Nội vụ',
  parent: 'Ủy ban nhân dân tỉnh Tây Ninh',
  abbreviation: 'SNV',
  place: 'Tây Ninh',
  headTitle: 'Giám đốc',
};

export const WARD: IssuerInput = {
  name: 'Ủy ban nhân dân phường Long An',
  abbreviation: 'UBND',
  place: 'Long An',
  headTitle: 'Chủ tịch',
  collective: 'Ủy ban nhân dân',
};

const PLAN_696 = { kind: 'Kế hoạch', number: '696/KH-UBND', date: '2025-03-06', issuer: 'Ủy ban nhân dân tỉnh Tây Ninh' };
const PLAN_696_TITLE = 'Thực hiện công tác dân vận chính quyền năm 2025 trên địa bàn tỉnh Tây Ninh';

export const unitPlanInput: UnitPlanDocumentInput = {
  issuer: HOME_AFFAIRS,
  signer: { name: 'Trần Văn Hùng', title: 'Phó Giám đốc' },
  sequence: 58,
  issuedOn: '2025-03-20',
  draftingUnit: 'XDCQ',
  year: 2025,
  title: 'Thực hiện công tác dân vận chính quyền năm 2025 của Sở Nội vụ',
  parentPlan: PLAN_696,
  parentPlanTitle: PLAN_696_TITLE,
  purposes: [
    'Triển khai kịp thời, đầy đủ các nhiệm vụ được giao tại Kế hoạch số 696/KH-UBND; nâng cao nhận thức, trách nhiệm của công chức, viên chức Sở về công tác dân vận chính quyền.',
    'Gắn công tác dân vận với cải cách hành chính, thực hiện dân chủ ở cơ sở và xây dựng cơ quan trong sạch, vững mạnh.',
  ],
  contentAreas: [
    {
      title: 'Quán triệt, tuyên truyền',
      tasks: [
        'Tổ chức quán triệt Quy chế công tác dân vận của hệ thống chính trị đến 100% công chức, viên chức, người lao động.',
        'Đăng tải tin, bài về công tác dân vận chính quyền trên Trang thông tin điện tử của Sở ít nhất 01 tin, bài mỗi quý.',
      ],
    },
    {
      title: 'Cải cách hành chính, thực hiện dân chủ ở cơ sở',
      text: 'Rà soát, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở; tiếp nhận, xử lý kịp thời phản ánh, kiến nghị của người dân, doanh nghiệp.',
    },
  ],
  targets: [
    '100% công chức, viên chức được quán triệt các văn bản về công tác dân vận.',
    'Không có hồ sơ thủ tục hành chính giải quyết trễ hạn do lỗi của cơ quan.',
  ],
  activities: [
    {
      content: 'Hội nghị quán triệt công tác dân vận chính quyền năm 2025',
      lead: 'Văn phòng Sở',
      coordinating: ['Phòng Xây dựng chính quyền', 'Công đoàn cơ sở'],
      due: '2025-04-15',
      output: 'Hội nghị',
    },
    {
      content: 'Tự đánh giá, chấm điểm công tác dân vận chính quyền năm 2025',
      lead: 'Phòng Xây dựng chính quyền',
      coordinating: ['Văn phòng Sở', 'Thanh tra Sở'],
      due: '2025-11-10',
      output: 'Hồ sơ tự chấm điểm',
    },
  ],
  reporting: [
    { title: 'Báo cáo 6 tháng', deadline: 'Các phòng, đơn vị gửi Văn phòng Sở trước ngày 15/5/2025' },
    { title: 'Báo cáo năm', deadline: 'Các phòng, đơn vị gửi Văn phòng Sở trước ngày 25/10/2025' },
  ],
};

export const periodicReportInput: PeriodicReportInput = {
  issuer: HOME_AFFAIRS,
  signer: { name: 'Trần Văn Hùng', title: 'Phó Giám đốc' },
  sequence: 7,
  issuedOn: '2025-10-28',
  draftingUnit: 'XDCQ',
  addressees: ['Ủy ban nhân dân tỉnh'],
  periodLabel: 'năm 2025',
  plan: PLAN_696,
  planTitle: PLAN_696_TITLE,
  cutOffDate: '2025-10-25',
  results: [
    {
      title: 'Công tác quán triệt, tuyên truyền',
      text: 'Sở đã tổ chức 02 hội nghị quán triệt cho 100% công chức, viên chức, người lao động; đăng tải 08 tin, bài trên Trang thông tin điện tử của Sở.',
    },
    {
      title: 'Cải cách hành chính, thực hiện dân chủ ở cơ sở',
      text: 'Tiếp nhận 1.250 hồ sơ thủ tục hành chính, giải quyết đúng hạn 100%.\nTổ chức 01 hội nghị đối thoại với công chức, người lao động.',
    },
    { title: 'Phong trào thi đua "Dân vận khéo"', text: null },
  ],
  indicators: [
    { name: 'Hồ sơ thủ tục hành chính tiếp nhận', unit: 'hồ sơ', value: 1250 },
    { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', value: 100, type: 'percent' },
    { name: 'Kinh phí thực hiện', value: 68_750_000, type: 'money' },
  ],
  shortcomings: 'Việc cập nhật tin, bài về công tác dân vận có quý chưa đều.',
  nextTasks: 'Tiếp tục thực hiện các nhiệm vụ tại Kế hoạch số 696/KH-UBND; chuẩn bị hồ sơ tự chấm điểm năm 2025.',
  proposals: null,
};

export const consolidatedReportInput: ConsolidatedReportInput = {
  issuer: PROVINCE,
  signer: { name: 'Nguyễn Hồng Thanh', title: 'Phó Chủ tịch' },
  sequence: 412,
  issuedOn: '2025-11-20',
  draftingUnit: 'NC',
  periodLabel: 'năm 2025',
  plan: PLAN_696,
  planTitle: PLAN_696_TITLE,
  cutOffDate: '2025-11-10',
  reportedCount: 46,
  expectedCount: 48,
  results: [
    {
      title: 'Công tác lãnh đạo, chỉ đạo',
      text: '100% cơ quan, đơn vị, địa phương ban hành kế hoạch thực hiện công tác dân vận chính quyền năm 2025; 46/48 cơ quan, đơn vị gửi kế hoạch đúng thời hạn.',
    },
    {
      title: 'Kết quả thực hiện các nhiệm vụ trọng tâm',
      // The coordinator pasted the quarters from Excel (tab-separated cells): a table in the report.
      text: [
        'Các cơ quan, đơn vị tổ chức 312 cuộc đối thoại với Nhân dân; tiếp nhận và giải quyết 2.480 phản ánh, kiến nghị, cụ thể:',
        'Kỳ\tSố cuộc đối thoại\tPhản ánh, kiến nghị được giải quyết',
        'Quý I\t68\t512',
        'Quý II\t81\t640',
        'Quý III\t92\t705',
        'Quý IV\t71\t623',
      ].join('\n'),
    },
    // The coordinator left this part empty: it is not printed.
    { title: 'Phong trào thi đua "Dân vận khéo"', text: '' },
  ],
  figures: [
    { name: 'Số cuộc đối thoại với Nhân dân', unit: 'cuộc', total: 312, reportedBy: 46, expected: 48 },
    { name: 'Phản ánh, kiến nghị được giải quyết', unit: 'vụ việc', total: 2480, reportedBy: 45, expected: 48 },
    { name: 'Kinh phí thực hiện', total: 1_275_500_000, type: 'money', reportedBy: 40, expected: 48 },
  ],
  missingUnits: ['Ủy ban nhân dân xã Hưng Điền', 'Ủy ban nhân dân xã Vĩnh Thạnh'],
  shortcomings: 'Một số đơn vị gửi báo cáo chậm, số liệu chưa đầy đủ.',
  nextTasks: 'Tổ chức tự đánh giá, chấm điểm và xếp loại công tác dân vận chính quyền năm 2025.',
  proposals: 'Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn tiêu chí đánh giá áp dụng cho chính quyền địa phương hai cấp.',
  perUnit: {
    headers: ['Đối thoại (cuộc)', 'Phản ánh đã giải quyết', 'Kinh phí (đồng)'],
    rows: [
      { unit: 'Sở Nội vụ', values: [4, 35, 68_750_000] },
      { unit: 'Ủy ban nhân dân phường Long An', values: [12, 140, 45_000_000] },
      { unit: 'Ủy ban nhân dân phường Tân Ninh', values: [10, 96, null] },
    ],
  },
};

export const selfAssessmentInput: SelfAssessmentInput = {
  issuer: WARD,
  signer: { name: 'Lê Thị Mai', title: 'Chủ tịch' },
  sequence: 215,
  issuedOn: '2025-12-12',
  draftingUnit: 'VP',
  addressees: ['Sở Nội vụ'],
  year: 2025,
  scorecard: {
    kind: 'Quyết định',
    number: '908/QĐ-UBND',
    date: '2023-04-14',
    issuer: 'Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh',
    subject: 'ban hành Quy định về tiêu chí đánh giá, xếp loại công tác dân vận chính quyền',
  },
  criteria: [
    { code: '1', title: 'Công tác lãnh đạo, chỉ đạo', maxPoints: 20, selfScore: 19 },
    {
      code: '1.1',
      title: 'Ban hành kế hoạch thực hiện công tác dân vận chính quyền đúng thời hạn',
      maxPoints: 10,
      selfScore: 10,
      evidence: ['MC-01'],
    },
    {
      code: '1.2',
      title: 'Quán triệt, tuyên truyền đến cán bộ, công chức',
      maxPoints: 10,
      selfScore: 9,
      evidence: ['MC-02'],
      note: 'Thiếu 01 tin, bài quý III',
    },
    { code: '2', title: 'Thực hiện dân chủ ở cơ sở, đối thoại với Nhân dân', maxPoints: 30, selfScore: 28, evidence: ['MC-03', 'MC-04'] },
  ],
  total: 47,
  maxTotal: 50,
  proposedLevel: 'Hoàn thành tốt',
  evidence: [
    {
      code: 'MC-01',
      title: 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2025',
      reference: '12/KH-UBND ngày 25/3/2025',
      criteria: ['1.1'],
      fileName: 'KH-12-2025.pdf',
    },
    {
      code: 'MC-02',
      title: 'Báo cáo kết quả hội nghị quán triệt',
      reference: '45/BC-UBND ngày 10/5/2025',
      criteria: ['1.2'],
      fileName: 'BC-45-2025.pdf',
    },
    {
      code: 'MC-03',
      title: 'Biên bản đối thoại với Nhân dân khu phố 3',
      reference: 'ngày 15/8/2025',
      criteria: ['2'],
      fileName: 'BB-doi-thoai-KP3.pdf',
    },
    {
      code: 'MC-04',
      title: 'Tổng hợp kết quả giải quyết phản ánh, kiến nghị',
      reference: null,
      criteria: ['2'],
      fileName: 'tong-hop-PAKN.xlsx',
    },
  ],
  strengths: 'Phường ban hành kế hoạch đúng thời hạn; 100% phản ánh, kiến nghị được giải quyết.',
  shortcomings: 'Tuyên truyền trên cổng thông tin điện tử có quý chưa đạt chỉ tiêu.',
};

export const rankingDecisionInput: RankingDecisionInput = {
  issuer: PROVINCE,
  signer: { name: 'Nguyễn Hồng Thanh', title: 'Phó Chủ tịch' },
  sequence: 125,
  // Signed at 06:30 in Vietnam on 12 January: still 11 January in UTC. The decision is dated the 12th.
  issuedOn: new Date('2026-01-11T23:30:00Z'),
  draftingUnit: 'NC',
  year: 2025,
  authority: 'Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh',
  legalBases: [
    { kind: 'Luật', subject: 'Tổ chức chính quyền địa phương', date: '2025-06-16' },
    {
      kind: 'Quyết định',
      number: '908/QĐ-UBND',
      date: '2023-04-14',
      issuer: 'Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh',
      subject:
        'ban hành Quy định về tiêu chí đánh giá, xếp loại công tác dân vận chính quyền đối với các cơ quan nhà nước và đơn vị sự nghiệp công lập trên địa bàn tỉnh Tây Ninh',
    },
  ],
  proposedBy: 'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 30/12/2025',
  groups: [
    {
      name: 'Các sở, ban, ngành tỉnh',
      units: [
        { rank: 1, unit: 'Sở Nội vụ', total: 96.5, level: 'Tốt' },
        { rank: 2, unit: 'Sở Tư pháp', total: 92, level: 'Tốt' },
        { rank: 3, unit: 'Thanh tra tỉnh', total: 85, level: 'Khá', note: 'Hạ một mức do gửi hồ sơ chậm' },
      ],
    },
    {
      name: 'Ủy ban nhân dân các xã, phường',
      units: [
        { rank: 1, unit: 'Ủy ban nhân dân phường Long An', total: 94, level: 'Tốt' },
        { rank: null, unit: 'Ủy ban nhân dân xã Vĩnh Thạnh', total: null, level: 'Không xếp loại', note: 'Không gửi hồ sơ tự đánh giá' },
      ],
    },
  ],
  executors:
    'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh và Chủ tịch Ủy ban nhân dân các xã, phường',
};

export const reminderLetterInput: ReminderLetterInput = {
  issuer: HOME_AFFAIRS,
  signer: { name: 'Trần Văn Hùng', title: 'Phó Giám đốc' },
  sequence: null,
  issuedOn: '2026-05-22',
  draftingUnit: 'XDCQ',
  deliverable: 'báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2026',
  plan: { kind: 'Kế hoạch', number: '45/KH-UBND', date: '2026-02-20', issuer: 'Ủy ban nhân dân tỉnh Tây Ninh' },
  planTitle: 'Thực hiện công tác dân vận chính quyền năm 2026 trên địa bàn tỉnh Tây Ninh',
  deadlinePhrase: 'trước ngày 20/5/2026',
  asOf: '2026-05-22',
  units: [
    { name: 'Ủy ban nhân dân xã Hưng Điền', status: 'Quá hạn' },
    { name: 'Ủy ban nhân dân xã Vĩnh Thạnh', status: 'Quá hạn' },
    { name: 'Sở Xây dựng', status: 'Bị trả lại, chưa gửi lại' },
  ],
  newDeadline: '2026-05-27',
  sendTo: 'Sở Nội vụ (qua Phòng Xây dựng chính quyền và Công tác thanh niên)',
  contact: 'đồng chí Nguyễn Thị Lan, Phòng Xây dựng chính quyền và Công tác thanh niên, điện thoại 0276.3822.456',
};

export const commendationInput: CommendationProposalInput = {
  issuer: HOME_AFFAIRS,
  signer: { name: 'Phạm Minh Tâm', title: 'Giám đốc' },
  sequence: 12,
  issuedOn: '2026-01-20',
  draftingUnit: 'TĐKT',
  addressees: ['Chủ tịch Ủy ban nhân dân tỉnh'],
  year: 2025,
  award: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  decidingAuthority: 'Chủ tịch Ủy ban nhân dân tỉnh',
  legalBases: [
    ...EMULATION_LEGAL_BASES,
    {
      kind: 'Quyết định',
      number: '125/QĐ-UBND',
      date: '2026-01-12',
      issuer: 'Chủ tịch Ủy ban nhân dân tỉnh',
      subject: 'về việc công bố kết quả đánh giá, xếp loại công tác dân vận chính quyền năm 2025',
    },
  ],
  collectives: [
    { name: 'Sở Tư pháp', level: 'Tốt', achievement: 'Tổ chức 24 cuộc tuyên truyền, phổ biến pháp luật; 100% hồ sơ giải quyết đúng hạn.' },
    {
      name: 'Ủy ban nhân dân phường Long An',
      level: 'Tốt',
      achievement: 'Mô hình "Dân vận khéo" về giải phóng mặt bằng được công nhận cấp tỉnh.',
    },
  ],
  individuals: [
    {
      name: 'Nguyễn Thị Lan',
      position: 'Chuyên viên Phòng Xây dựng chính quyền và Công tác thanh niên, Sở Nội vụ',
      achievement: 'Tham mưu tổng hợp, chấm điểm công tác dân vận chính quyền năm 2025 đúng tiến độ.',
    },
  ],
};

/** A plan begun in the forms: no number, no date, no signer yet, one part still empty. */
export const draftPlanDocument: DocumentModel = buildPlanDocument({
  issuer: HOME_AFFAIRS,
  signer: { name: null, title: null },
  draft: true,
  year: 2026,
  title: 'Thực hiện công tác dân vận chính quyền năm 2026',
  purposes: ['Triển khai đầy đủ các nhiệm vụ công tác dân vận chính quyền năm 2026.'],
  contentAreas: [{ title: 'Quán triệt, tuyên truyền' }],
});

/** Every document of the cycle, by file name, as the LibreOffice check and the sample script use them. */
export const CYCLE_DOCUMENTS: Readonly<Record<string, DocumentModel>> = {
  'ke-hoach-tinh-696': plan696Document,
  'ke-hoach-don-vi': buildUnitPlanDocument(unitPlanInput),
  'bao-cao-dinh-ky': buildPeriodicReport(periodicReportInput),
  'bao-cao-tong-hop': buildConsolidatedReport(consolidatedReportInput),
  'ho-so-tu-danh-gia': buildSelfAssessmentDossier(selfAssessmentInput),
  'quyet-dinh-xep-loai': buildRankingDecision(rankingDecisionInput),
  'cong-van-don-doc': buildReminderLetter(reminderLetterInput),
  'to-trinh-khen-thuong': buildCommendationProposal(commendationInput),
  'du-thao-ke-hoach': draftPlanDocument,
};
