// Demo data of the reports module: the 2024 annual report of the Sở Thông tin và Truyền thông (seed
// 2024-BC-STTTT-report-ocr.txt) entered as it is, huyện Bến Cầu's 2024 report, and a realistic spread
// of draft, submitted, returned and accepted reports for the six-month period of 2025 under plan
// 696/KH-UBND (old units, before 1/7/2025). After the reorganisation (loadCurrentReportsDemo): the 2025
// annual reports of the units as they are now, and the current year's plan with a report due a few weeks
// after the load date. Reports go through the same use cases as real input (validated, versioned, audited).
import { addDays, describeDeadline, localDateInProvince } from '@dvcq/domain';
import { PERIOD_KIND_IDS, saveReportFormRequest, type UnitKind } from '@dvcq/shared';

type PeriodKindId = (typeof PERIOD_KIND_IDS)[number];
import type { Database } from '../db/client.ts';
import type { ReportIndicatorRow, ReportRuleRow } from '../db/schema.ts';
import { createPlan, publishPlan } from '../modules/plans/plans.usecases.ts';
import { createReportsRepository, type ReportsRepository } from '../modules/reports/reports.repository.ts';
import { saveReportForm } from '../modules/reports/forms.usecases.ts';
import { acceptReport, returnReport, saveReportDraft, submitReport } from '../modules/reports/reports.usecases.ts';
import { actingAs, actorFor, ctxOf } from './demo-actors.ts';

export const CONTENT_AREAS = [
  'Công tác lãnh đạo của cấp ủy, chi bộ',
  'Công tác chỉ đạo và triển khai của cấp chính quyền',
  'Công tác dân vận chính quyền với thực hiện Quy chế dân chủ ở cơ sở',
  'Công tác dân vận gắn với phát động các phong trào thi đua yêu nước, thực hiện có hiệu quả các chương trình phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh',
  'Công tác dân vận gắn với công tác phối hợp, tạo điều kiện để Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và Nhân dân tham gia giám sát, phản biện xã hội và góp ý xây dựng chính quyền vững mạnh',
];

export const FORM_SECTIONS = [
  ...CONTENT_AREAS.map((title, i) => ({ code: `ND${i + 1}`, title, hint: null })),
  { code: 'NHIEM_VU', title: 'Nhiệm vụ, giải pháp thời gian tới', hint: null },
  { code: 'KIEN_NGHI', title: 'Kiến nghị, đề xuất', hint: null },
];

const ind = (
  code: string,
  name: string,
  type: ReportIndicatorRow['type'],
  unit: string | null,
  group: string,
  extra: Partial<ReportIndicatorRow> = {},
): ReportIndicatorRow => ({
  code,
  name,
  type,
  unit,
  required: false,
  min: null,
  max: null,
  rollup: type === 'text' ? 'none' : type === 'date' ? 'max' : type === 'percent' ? 'average' : 'sum',
  group,
  ...extra,
});

/** Indicators that hold every number of the 2024 seed report without loss. */
export const SEED_INDICATORS: ReportIndicatorRow[] = [
  ind('staff_total', 'Tổng số công chức, viên chức, người lao động', 'integer', 'người', 'Tổ chức, nhân sự', { required: true }),
  ind('staff_civil', 'Số công chức', 'integer', 'người', 'Tổ chức, nhân sự'),
  ind('staff_public', 'Số viên chức', 'integer', 'người', 'Tổ chức, nhân sự'),
  ind('staff_contract', 'Số hợp đồng lao động', 'integer', 'người', 'Tổ chức, nhân sự'),
  ind('staff_political_training', 'Số công chức, viên chức được cử học lý luận chính trị', 'integer', 'người', 'Tổ chức, nhân sự'),
  ind('inspections', 'Số cuộc thanh tra, kiểm tra', 'integer', 'cuộc', 'Thanh tra, kiểm tra'),
  ind('violating_subscribers', 'Số thuê bao vi phạm', 'integer', 'thuê bao', 'Thanh tra, kiểm tra'),
  ind('violating_orgs', 'Số tổ chức vi phạm', 'integer', 'tổ chức', 'Thanh tra, kiểm tra'),
  ind('penalty_decisions', 'Số quyết định xử phạt vi phạm hành chính', 'integer', 'quyết định', 'Thanh tra, kiểm tra'),
  ind('fine_amount', 'Tổng số tiền xử phạt vi phạm hành chính', 'money', 'đồng', 'Thanh tra, kiểm tra'),
  ind('donation_agent_orange', 'Ủng hộ Quỹ nạn nhân chất độc da cam/dioxin', 'money', 'đồng', 'Vận động, ủng hộ'),
  ind('donation_storm_north', 'Ủng hộ các tỉnh phía Bắc bị ảnh hưởng bão lũ', 'money', 'đồng', 'Vận động, ủng hộ'),
  ind('donation_disaster_fund', 'Ủng hộ Quỹ phòng chống thiên tai', 'money', 'đồng', 'Vận động, ủng hộ'),
];

export const SEED_RULES: ReportRuleRow[] = [
  { left: 'staff_civil', op: '<=', right: 'staff_total', message: null },
  { left: 'staff_public', op: '<=', right: 'staff_total', message: null },
  { left: 'staff_contract', op: '<=', right: 'staff_total', message: null },
  {
    left: 'staff_political_training',
    op: '<=',
    right: 'staff_total',
    message: 'Số người được cử học lý luận chính trị không được lớn hơn tổng số công chức, viên chức, người lao động',
  },
];

/** The 2025 form adds a percent (≤ 100) and a dialogue count to the seed's indicators. */
export const INDICATORS_2025: ReportIndicatorRow[] = [
  ...SEED_INDICATORS,
  ind(
    'pct_staff_studied',
    'Tỷ lệ cán bộ, công chức, viên chức được quán triệt các văn bản về công tác dân vận',
    'percent',
    '%',
    'Quán triệt, tuyên truyền',
    { min: 0, max: 100 },
  ),
  ind('dialogues', 'Số cuộc đối thoại với Nhân dân', 'integer', 'cuộc', 'Quán triệt, tuyên truyền'),
];

/**
 * The current year's form: the 2025 indicators, the dialogue count and a group of figures taken from
 * the unit's own records (report sources, reports.sources.ts) — the officer finds them filled in.
 */
const RECORDS = 'Số liệu từ hồ sơ của đơn vị';
export const INDICATORS_CURRENT: ReportIndicatorRow[] = [
  ...INDICATORS_2025.filter((row) => row.code !== 'dialogues'),
  ind('dialogues', 'Số cuộc đối thoại với Nhân dân', 'integer', 'cuộc', 'Quán triệt, tuyên truyền', { source: 'dialogues.held' }),
  ind('complaints_received', 'Số đơn khiếu nại, tố cáo, kiến nghị tiếp nhận', 'integer', 'đơn', RECORDS, { source: 'complaints.received' }),
  ind('complaints_resolved', 'Số đơn đã giải quyết', 'integer', 'đơn', RECORDS, { source: 'complaints.resolved' }),
  ind('complaints_on_time', 'Số đơn giải quyết đúng hạn', 'integer', 'đơn', RECORDS, { source: 'complaints.resolved_on_time' }),
  ind('conclusions_overdue', 'Số kết luận đối thoại quá hạn', 'integer', 'kết luận', RECORDS, { source: 'dialogues.conclusions_overdue' }),
  ind('conclusions_done', 'Số kết luận đối thoại đã hoàn thành', 'integer', 'kết luận', RECORDS, { source: 'dialogues.conclusions_done' }),
  ind('models_recognised', 'Số mô hình "Dân vận khéo" được công nhận', 'integer', 'mô hình', RECORDS, {
    source: 'movement.models_recognised',
  }),
  ind('kpi_rows_met', 'Số chỉ tiêu truyền thông đạt', 'integer', 'chỉ tiêu', RECORDS, { source: 'kpi.rows_met' }),
  ind('kpi_rows_total', 'Số chỉ tiêu truyền thông được giao', 'integer', 'chỉ tiêu', RECORDS, { source: 'kpi.rows_total' }),
];

/** The numbers of the seed report, as typed by the officer (Vietnamese formatting). */
export const SEED_VALUES_TYPED: Record<string, string> = {
  staff_total: '55',
  staff_civil: '25',
  staff_public: '19',
  staff_contract: '11',
  staff_political_training: '05',
  inspections: '07',
  violating_subscribers: '358',
  violating_orgs: '01',
  penalty_decisions: '01',
  fine_amount: '68.750.000 đồng',
  donation_agent_orange: '6.074.000',
  donation_storm_north: '21.000.000',
  donation_disaster_fund: '1.189.000',
};
export const SEED_VALUES: Record<string, number> = {
  staff_total: 55,
  staff_civil: 25,
  staff_public: 19,
  staff_contract: 11,
  staff_political_training: 5,
  inspections: 7,
  violating_subscribers: 358,
  violating_orgs: 1,
  penalty_decisions: 1,
  fine_amount: 68_750_000,
  donation_agent_orange: 6_074_000,
  donation_storm_north: 21_000_000,
  donation_disaster_fund: 1_189_000,
};
export const SEED_CUT_OFF = '2024-10-28';

export const SEED_SECTIONS: Record<string, string> = {
  ND1: 'Cấp ủy thường xuyên phối hợp với chính quyền và chỉ đạo các tổ chức đoàn thể cơ quan triển khai thực hiện tốt các Chỉ thị, Nghị quyết, Quyết định của Trung ương, Tỉnh ủy, Ủy ban nhân dân về công tác dân vận một cách kịp thời, nhất là triển khai thực hiện các chủ trương, chính sách của Đảng và Nhà nước về công tác dân vận chính quyền tại cơ quan; chú trọng xây dựng, củng cố đội ngũ công chức làm công tác dân vận gắn với thực hiện có hiệu quả Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh".',
  ND2: [
    'Thực hiện các văn bản chỉ đạo của Tỉnh ủy, UBND tỉnh, Sở Thông tin và Truyền thông đã thực hiện tốt công tác dân vận chính quyền và công tác dân chủ cơ sở tại cơ quan; đã tổ chức triển khai, quán triệt các văn bản có liên quan như: Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về việc ban hành Quy chế công tác dân vận của hệ thống chính trị; Quyết định số 1116-QĐ/TU ngày 29/9/2021 của Ban Thường vụ Tỉnh ủy; Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư (khóa XI); Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ; Chỉ thị số 25-CT/TU ngày 25/02/2021 của Ban Thường vụ Tỉnh ủy; Công văn số 392-CV/TU ngày 31/12/2021 của Ban Thường vụ Tỉnh ủy về việc đẩy mạnh phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025 và các văn bản chỉ đạo của UBND tỉnh liên quan công tác dân vận chính quyền.',
    'Xây dựng và tuyên truyền Kế hoạch số 667/KH-STTTT ngày 09/4/2024 của Sở Thông tin và Truyền thông tỉnh Tây Ninh thực hiện công tác dân vận chính quyền năm 2024.',
    'Công chức và người lao động thuộc Sở hiểu rõ, nắm vững các chủ trương, quan điểm của Đảng và Nhà nước về công tác dân vận chính quyền, tạo sự chuyển biến mạnh mẽ, tích cực về nhận thức, hành động của công chức, người lao động đối với công tác dân vận trong tình hình mới.',
    'Ngoài ra, hướng dẫn các cơ quan báo, đài phát thanh, truyền hình trên địa bàn tỉnh đẩy mạnh công tác tuyên truyền trên các phương tiện thông tin đại chúng về ý nghĩa và tầm quan trọng của công tác dân vận chính quyền; kịp thời khen thưởng, biểu dương và nhân rộng gương người tốt, việc tốt, dân vận khéo.',
  ].join('\n\n'),
  ND3: [
    'Sở đã ban hành Quyết định số 162/QĐ-STTTT ngày 26/12/2023 về ban hành Quy chế chi tiêu nội bộ năm 2024 của Sở Thông tin và Truyền thông; thường xuyên rà soát, điều chỉnh, bổ sung Quy chế làm việc, Quy chế tiếp công dân của cơ quan theo hướng minh bạch, công khai. Thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra"; đã ban hành Quyết định số 108/QĐ-STTTT ngày 04/10/2023 về việc kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và Kế hoạch số 314/KH-STTTT ngày 21/02/2024 thực hiện dân chủ ở cơ sở năm 2024.',
    'Tính đến ngày 28/10/2024, Sở Thông tin và Truyền thông có 55 công chức, viên chức, người lao động; trong đó: 25 công chức, 19 viên chức và 11 hợp đồng lao động (gồm 04 hợp đồng lao động tại Sở, 07 hợp đồng lao động tại Trung tâm (trong đó có 04 hợp đồng làm công việc chuyên môn)). Trong năm, Sở đã xếp lương đối với 01 viên chức, bổ nhiệm chức danh nghề nghiệp và xếp lương đối với 11 viên chức; cử 05 công chức, viên chức tham gia đào tạo Lớp Trung cấp lý luận chính trị (02 công chức, 03 viên chức).',
    'Trong công tác thanh tra, kiểm tra: tính đến 28/10/2024, Thanh tra Sở đã triển khai 07 cuộc thanh tra, kiểm tra việc chấp hành các quy định của pháp luật trong hoạt động bưu chính, lắp đặt, chỉnh trang cáp treo viễn thông ngoại vi và lĩnh vực in, phát hành xuất bản phẩm trên địa bàn tỉnh. Sở đã có văn bản gửi các doanh nghiệp viễn thông đề nghị tạm ngưng cung cấp dịch vụ đối với 358 thuê bao điện thoại vi phạm. Qua thanh tra, kiểm tra, có 358 thuê bao, 01 tổ chức vi phạm, đã ban hành 01 Quyết định xử phạt vi phạm hành chính với tổng số tiền 68.750.000 đồng nộp vào Kho bạc Nhà nước tỉnh.',
  ].join('\n\n'),
  ND4: [
    'Ngay từ đầu năm, chính quyền phối hợp với Công đoàn phát động phong trào thi đua thông qua Hội nghị công chức, người lao động; vận động công chức và người lao động tích cực hưởng ứng, tham gia các phong trào thi đua do cơ quan, đoàn thể cấp trên phát động.',
    'Vận động công chức và người lao động ủng hộ Quỹ nạn nhân chất độc da cam/dioxin năm 2024 với số tiền 6.074.000 đồng; ủng hộ các tỉnh phía Bắc bị ảnh hưởng bão lũ với số tiền 21.000.000 đồng và Quỹ phòng chống thiên tai là 1.189.000 đồng.',
    'Phối hợp với các cơ quan, đơn vị có liên quan triển khai thực hiện tốt các nhiệm vụ được giao tại Quyết định số 02/QĐ-UBND ngày 09/01/2024 và Kế hoạch số 1368/KH-UBND ngày 10/5/2024 của UBND tỉnh về Chuyển đổi số và đảm bảo an toàn thông tin mạng tỉnh Tây Ninh năm 2024.',
  ].join('\n\n'),
  ND5: [
    'Cấp ủy chi bộ và Ban Giám đốc đã tạo mọi điều kiện thuận lợi để các đoàn thể cơ quan hoạt động và hoàn thành tốt nhiệm vụ được giao; tạo điều kiện thuận lợi cho các đoàn thể tham gia giám sát, phản biện xã hội, góp ý xây dựng Đảng, chính quyền theo Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị (khóa XI).',
    'Trong năm 2024, Sở đã tham gia đầy đủ các cuộc vận động do Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phát động.',
  ].join('\n\n'),
  NHIEM_VU: [
    '1. Tiếp tục tổ chức quán triệt cho cán bộ, công chức, viên chức, người lao động nắm vững nội dung công tác dân vận; kịp thời tuyên truyền và triển khai thực hiện các quy định mới về thực hiện công tác dân vận.',
    '2. Thực hiện tốt quy định về chế độ tiếp công dân, giải quyết kịp thời những vướng mắc, kiến nghị của công dân ngay khi vụ việc mới phát sinh; tăng cường đối thoại với Nhân dân.',
    '3. Công khai, dân chủ các hoạt động của cơ quan, nhất là trong công tác tuyển dụng, bổ nhiệm cán bộ lãnh đạo quản lý, công tác thi đua, khen thưởng và nhận xét đánh giá cán bộ cuối năm cũng như thu - chi tài chính cơ quan.',
    '4. Lãnh đạo cơ quan, các đoàn thể tiếp tục quan tâm tạo điều kiện để cán bộ, công chức, viên chức phát huy quyền làm chủ, góp phần xây dựng cơ quan, đơn vị ngày càng vững mạnh.',
    '5. Thường xuyên tăng cường công tác kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở.',
    '6. Tích cực tham gia thực hiện việc giám sát và phản biện xã hội; tham gia góp ý xây dựng Đảng, xây dựng chính quyền.',
  ].join('\n'),
  KIEN_NGHI: '',
};

const PERIOD_REPORT_UNITS: UnitKind[] = ['department', 'district', 'public_service', 'central_agency'];

interface DemoMilestone {
  title: string;
  dueDate: string;
  inclusive: boolean;
  periodKind: PeriodKindId;
  periodYear: number;
  unitKinds: UnitKind[];
}

/** The province's plan of the year with these period reports, drafted and published by the coordinator on 6 March. */
async function ensurePlan(
  database: Database,
  repo: ReportsRepository,
  year: number,
  number: string,
  title: string,
  milestones: DemoMilestone[],
  issuedOn = `${year}-03-06`,
): Promise<string> {
  const existing = await repo.plans.findPlanByNumber(number, year);
  if (existing) return existing.id;
  const root = (await repo.org.findUnitByCode('TN'))!;
  const coordinator = await actingAs(database, 'snv.dieuphoi', `${issuedOn}T02:00:00Z`);
  const planId = await createPlan(repo.plans, coordinator, {
    issuerUnitId: root.id,
    year,
    title,
    place: 'Tây Ninh',
    contentAreas: CONTENT_AREAS.map((t, i) => ({ code: String(i + 1), title: t })),
    milestones: milestones.map((m) => ({
      ...m,
      phrase: describeDeadline({ due: m.dueDate, inclusive: m.inclusive }),
      deliverableKind: 'period_report',
      audience: { unitKinds: m.unitKinds },
    })),
  });
  await publishPlan(repo.plans, coordinator, planId, {
    number,
    issuedOn,
    signerName: 'Nguyễn Hồng Thanh',
    signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  });
  return planId;
}

/** The period's report form, issued by the coordinator unless the plan has one. */
async function ensureForm(
  database: Database,
  repo: ReportsRepository,
  planId: string,
  periodKind: PeriodKindId,
  periodYear: number,
  title: string,
  indicators: ReportIndicatorRow[],
  now: Date,
): Promise<void> {
  if (await repo.findForm(planId, periodKind, periodYear)) return;
  const coordinator = await actingAs(database, 'snv.dieuphoi', now);
  await saveReportForm(
    repo,
    coordinator,
    saveReportFormRequest.parse({
      planId,
      periodKind,
      periodYear,
      title,
      sections: FORM_SECTIONS,
      indicators,
      rules: SEED_RULES,
      expectedVersion: 0,
    }),
  );
}

async function obligationOf(repo: ReportsRepository, planId: string, periodKind: string, unitCode: string): Promise<string | null> {
  const unit = await repo.org.findUnitByCode(unitCode);
  if (!unit) return null;
  const owed = await repo.obligations.liveOfUnitUnderPlan(planId, unit.id, 'period_report');
  return owed.find((o) => o.periodKind === periodKind)?.id ?? null;
}

export async function loadReportsDemo(database: Database, _now: Date): Promise<void> {
  const repo = createReportsRepository(database.db);
  // 2024: the seed report, accepted by the province.
  const plan2024 = await ensurePlan(
    database,
    repo,
    2024,
    '859/KH-UBND',
    'Kế hoạch thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Tây Ninh',
    [
      {
        title: 'Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2024',
        dueDate: '2024-11-01',
        inclusive: false,
        periodKind: 'Y',
        periodYear: 2024,
        unitKinds: [...PERIOD_REPORT_UNITS],
      },
    ],
  );
  await ensureForm(
    database,
    repo,
    plan2024,
    'Y',
    2024,
    'Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2024',
    SEED_INDICATORS,
    new Date('2024-09-20T02:00:00Z'),
  );
  const seedObligation = await obligationOf(repo, plan2024, 'Y', 'TN.STTTT');
  if (seedObligation && !(await repo.findReportByObligation(seedObligation))) {
    const officer = await actorFor(database, 'stttt.canbo', 'officer', 'TN.STTTT');
    const leader = await actorFor(database, 'stttt.lanhdao', 'leader', 'TN.STTTT', 'Huỳnh Thanh Nam');
    const coordinator = await actorFor(database, 'snv.dieuphoi', 'coordinator', 'TN');
    await saveReportDraft(repo, ctxOf(officer, new Date('2024-10-28T08:00:00Z')), seedObligation, {
      expectedVersion: 0,
      saveId: 'demo-2024-seed',
      sections: SEED_SECTIONS,
      values: SEED_VALUES_TYPED,
      cutOffDate: SEED_CUT_OFF,
      attachmentFileIds: [],
    });
    await submitReport(repo, ctxOf(leader, new Date('2024-10-30T03:00:00Z')), seedObligation, {
      expectedVersion: 1,
      requestKey: 'demo-2024-submit',
      signerTitle: 'GIÁM ĐỐC',
    });
    await acceptReport(repo, ctxOf(coordinator, new Date('2024-11-04T02:00:00Z')), seedObligation, {
      expectedVersion: 2,
      requestKey: 'demo-2024-accept',
      comment: null,
    });
  }

  // Huyện Bến Cầu's 2024 report: the district was abolished on 1/7/2025; the report keeps its name.
  const benCau2024 = await obligationOf(repo, plan2024, 'Y', 'TN.BENCAU');
  if (benCau2024 && !(await repo.findReportByObligation(benCau2024))) {
    const officer = await actorFor(database, 'admin', 'officer', 'TN.BENCAU', 'Công chức phụ trách dân vận');
    const leader = await actorFor(database, 'admin', 'leader', 'TN.BENCAU', 'Chủ tịch UBND huyện Bến Cầu');
    const coordinator = await actorFor(database, 'snv.dieuphoi', 'coordinator', 'TN');
    await saveReportDraft(repo, ctxOf(officer, new Date('2024-10-24T03:00:00Z')), benCau2024, {
      expectedVersion: 0,
      saveId: 'demo-2024-bencau',
      sections: {
        ND1: 'Ban Thường vụ Huyện ủy, Ủy ban nhân dân huyện Bến Cầu quán triệt Kế hoạch số 859/KH-UBND của Ủy ban nhân dân tỉnh đến cán bộ, công chức các cơ quan, đơn vị và Ủy ban nhân dân 09 xã, thị trấn.',
        ND3: 'Ủy ban nhân dân huyện tổ chức 12 cuộc đối thoại với Nhân dân; thực hiện công khai theo Luật Thực hiện dân chủ ở cơ sở tại 09/09 xã, thị trấn.',
      },
      values: { staff_total: '142', staff_civil: '96', staff_public: '31', staff_contract: '15', inspections: '3' },
      cutOffDate: '2024-10-20',
      attachmentFileIds: [],
    });
    await submitReport(repo, ctxOf(leader, new Date('2024-10-29T03:00:00Z')), benCau2024, {
      expectedVersion: 1,
      requestKey: 'demo-2024-bencau-submit',
      signerTitle: 'CHỦ TỊCH',
    });
    await acceptReport(repo, ctxOf(coordinator, new Date('2024-11-05T02:00:00Z')), benCau2024, {
      expectedVersion: 2,
      requestKey: 'demo-2024-bencau-accept',
      comment: null,
    });
  }

  // Every other unit's 2024 report, accepted (a few sent late).
  const units2024 = (await repo.org.allUnits())
    .filter((u) => (PERIOD_REPORT_UNITS as readonly string[]).includes(u.kind) && !['TN.STTTT', 'TN.BENCAU'].includes(u.code))
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const [i, unit] of units2024.entries()) {
    const obligationId = await obligationOf(repo, plan2024, 'Y', unit.code);
    if (!obligationId) continue;
    const sentOn = i % 6 === 5 ? 4 : 29 - (i % 5);
    const at = {
      draft: new Date(Date.UTC(2024, 9, 20, 3)),
      submit: new Date(Date.UTC(2024, sentOn < 10 ? 10 : 9, sentOn, 3)),
      accept: new Date(Date.UTC(2024, 10, 8, 2)),
    };
    await fileReport(database, repo, obligationId, unit, 'accepted', at, 'admin', '2024-10-15', i);
  }

  // 2025: plan 696/KH-UBND (created by the plans demo when it exists), six-month reports.
  const plan2025 = await ensurePlan(
    database,
    repo,
    2025,
    '696/KH-UBND',
    'Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 trên địa bàn tỉnh Tây Ninh',
    [
      {
        title: 'Báo cáo kết quả 6 tháng đầu năm 2025',
        dueDate: '2025-05-20',
        inclusive: false,
        periodKind: 'H1',
        periodYear: 2025,
        unitKinds: [...PERIOD_REPORT_UNITS],
      },
      {
        title: 'Báo cáo kết quả năm 2025',
        dueDate: '2025-11-01',
        inclusive: false,
        periodKind: 'Y',
        periodYear: 2025,
        unitKinds: [...PERIOD_REPORT_UNITS],
      },
    ],
  );
  await ensureForm(
    database,
    repo,
    plan2025,
    'H1',
    2025,
    'Báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2025',
    INDICATORS_2025,
    new Date('2025-04-01T02:00:00Z'),
  );
  await ensureForm(
    database,
    repo,
    plan2025,
    'Y',
    2025,
    'Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2025',
    INDICATORS_2025,
    new Date('2025-04-01T02:00:00Z'),
  );

  const coordinator = await actorFor(database, 'snv.dieuphoi', 'coordinator', 'TN');
  const units = await repo.org.allUnits();
  const targets = units
    .filter((u) => (PERIOD_REPORT_UNITS as readonly string[]).includes(u.kind) && u.code !== 'TN.STTTT')
    .sort((a, b) => a.code.localeCompare(b.code));
  // Outcome by position: accepted, accepted (late), submitted, returned, draft, not started …
  const plan: ('accepted' | 'submitted' | 'returned' | 'draft' | 'none')[] = [
    'accepted',
    'accepted',
    'submitted',
    'accepted',
    'returned',
    'draft',
    'accepted',
    'none',
    'submitted',
    'accepted',
  ];
  for (const [i, unit] of targets.entries()) {
    const outcome = unit.code === 'TN.TPTN' ? 'submitted' : unit.code === 'TN.SKHCN' ? 'accepted' : plan[i % plan.length]!;
    if (outcome === 'none') continue;
    const obligationId = await obligationOf(repo, plan2025, 'H1', unit.code);
    if (!obligationId || (await repo.findReportByObligation(obligationId))) continue;
    const staff = 30 + ((i * 37) % 170);
    const values = {
      staff_total: staff,
      staff_civil: Math.round(staff * 0.5),
      staff_public: Math.round(staff * 0.35),
      staff_contract: staff - Math.round(staff * 0.5) - Math.round(staff * 0.35),
      inspections: i % 6,
      pct_staff_studied: 90 + (i % 11),
      dialogues: 1 + (i % 4),
      donation_agent_orange: 1_000_000 * (2 + (i % 7)),
    };
    const officer = await actorFor(
      database,
      unit.code === 'TN.TPTN' ? 'tptn.canbo' : 'admin',
      'officer',
      unit.code,
      'Công chức phụ trách dân vận',
    );
    const leader = await actorFor(
      database,
      unit.code === 'TN.TPTN' ? 'tptn.lanhdao' : 'admin',
      'leader',
      unit.code,
      unit.code === 'TN.TPTN' ? undefined : 'Thủ trưởng đơn vị',
    );
    const sections = {
      ND1: `Cấp ủy, lãnh đạo ${unit.name} quán triệt, triển khai Kế hoạch số 696/KH-UBND ngày 06/3/2025 của UBND tỉnh đến toàn thể cán bộ, công chức, viên chức, người lao động.`,
      ND2: `Ban hành kế hoạch thực hiện công tác dân vận chính quyền năm 2025 của đơn vị; tổ chức ${values.dialogues} cuộc đối thoại với Nhân dân.`,
      ND3: 'Thực hiện nghiêm Luật Thực hiện dân chủ ở cơ sở; công khai các nội dung theo quy định.',
      NHIEM_VU: 'Tiếp tục thực hiện có hiệu quả các nhiệm vụ 6 tháng cuối năm 2025.',
    };
    const day = (d: string, h = 2) => new Date(`2025-05-${d}T0${h}:00:00Z`);
    await saveReportDraft(repo, ctxOf(officer, day('12')), obligationId, {
      expectedVersion: 0,
      saveId: `demo-h1-${unit.code}`,
      sections,
      values,
      cutOffDate: '2025-05-10',
      attachmentFileIds: [],
    });
    if (outcome === 'draft') continue;
    const late = i === 1;
    await submitReport(repo, ctxOf(leader, late ? day('22') : day('16')), obligationId, {
      expectedVersion: 1,
      requestKey: `demo-h1-submit-${unit.code}`,
      signerTitle: null,
    });
    if (outcome === 'submitted') continue;
    if (outcome === 'returned') {
      await returnReport(repo, ctxOf(coordinator, day('19')), obligationId, {
        expectedVersion: 2,
        requestKey: `demo-h1-return-${unit.code}`,
        comment: 'Đề nghị bổ sung số liệu và nội dung theo góp ý.',
        sectionComments: { ND3: 'Nêu cụ thể kết quả thực hiện Luật Thực hiện dân chủ ở cơ sở (số hội nghị, số nội dung công khai).' },
      });
      continue;
    }
    await acceptReport(repo, ctxOf(coordinator, late ? day('23') : day('19')), obligationId, {
      expectedVersion: 2,
      requestKey: `demo-h1-accept-${unit.code}`,
      comment: null,
    });
  }
  // Sở Thông tin và Truyền thông's own six-month report stayed a draft: the Sở merged on 1/7/2025.
  const own = await obligationOf(repo, plan2025, 'H1', 'TN.STTTT');
  if (own && !(await repo.findReportByObligation(own))) {
    const officer = await actorFor(database, 'stttt.canbo', 'officer', 'TN.STTTT');
    await saveReportDraft(repo, ctxOf(officer, new Date('2025-05-15T02:00:00Z')), own, {
      expectedVersion: 0,
      saveId: 'demo-h1-stttt',
      sections: { ND1: 'Cấp ủy, Ban Giám đốc Sở quán triệt Kế hoạch số 696/KH-UBND đến toàn thể công chức, viên chức, người lao động.' },
      values: { staff_total: 56, staff_civil: 25, staff_public: 20, staff_contract: 11 },
      cutOffDate: '2025-05-10',
      attachmentFileIds: [],
    });
  }
}

/** The ward of the demo's ward officer (tanninh.canbo). */
const WARD_OF_DEMO = 'TN.CX.TANNINH';

const PERIOD_OF_MONTH: { until: number; kind: PeriodKindId; label: string }[] = [
  { until: 3, kind: 'Q1', label: 'quý I' },
  { until: 6, kind: 'H1', label: '6 tháng đầu năm' },
  { until: 9, kind: '9M', label: '9 tháng' },
  { until: 12, kind: 'Y', label: 'năm' },
];

/** One report of the demo: drafted, then submitted and accepted as far as `outcome` says. */
async function fileReport(
  database: Database,
  repo: ReportsRepository,
  obligationId: string,
  unit: { code: string; name: string },
  outcome: 'draft' | 'submitted' | 'accepted',
  at: { draft: Date; submit: Date; accept: Date },
  officerName: string,
  cutOffDate: string,
  i: number,
): Promise<void> {
  if (await repo.findReportByObligation(obligationId)) return;
  const officer = await actorFor(
    database,
    officerName,
    'officer',
    unit.code,
    officerName === 'admin' ? 'Công chức phụ trách dân vận' : undefined,
  );
  const leader = await actorFor(database, 'admin', 'leader', unit.code, 'Thủ trưởng đơn vị');
  const coordinator = await actorFor(database, 'snv.dieuphoi', 'coordinator', 'TN');
  const staff = 25 + ((i * 41) % 120);
  await saveReportDraft(repo, ctxOf(officer, at.draft), obligationId, {
    expectedVersion: 0,
    saveId: `demo-${obligationId}`,
    sections: {
      ND1: `Cấp ủy, lãnh đạo ${unit.name} quán triệt, triển khai kế hoạch thực hiện công tác dân vận chính quyền của Ủy ban nhân dân tỉnh đến cán bộ, công chức, viên chức, người lao động.`,
      ND2: `Tổ chức ${1 + (i % 4)} cuộc đối thoại với Nhân dân; tiếp nhận và giải quyết kịp thời phản ánh, kiến nghị.`,
    },
    values: {
      staff_total: staff,
      staff_civil: Math.round(staff * 0.6),
      staff_public: Math.round(staff * 0.3),
      ...(cutOffDate >= '2025' ? { pct_staff_studied: 92 + (i % 9), dialogues: 1 + (i % 4) } : {}),
    },
    cutOffDate,
    attachmentFileIds: [],
  });
  if (outcome === 'draft') return;
  await submitReport(repo, ctxOf(leader, at.submit), obligationId, {
    expectedVersion: 1,
    requestKey: `demo-submit-${obligationId}`,
    signerTitle: null,
  });
  if (outcome === 'submitted') return;
  await acceptReport(repo, ctxOf(coordinator, at.accept), obligationId, {
    expectedVersion: 2,
    requestKey: `demo-accept-${obligationId}`,
    comment: null,
  });
}

/**
 * After the 1/7/2025 reorganisation: the 2025 annual reports of the units as they are now (the merged
 * departments, and the wards and communes that carry on the districts' duty), and the current year's plan
 * whose report falls due three weeks after `now`, some of it already drafted or sent.
 */
export async function loadCurrentReportsDemo(database: Database, now: Date): Promise<void> {
  const repo = createReportsRepository(database.db);
  const today = localDateInProvince(now);
  const open = (await repo.org.openUnits()).sort((a, b) => a.code.localeCompare(b.code));

  // 2025 annual reports, due 1/11/2025, from the units that exist now.
  const plan2025 = await repo.plans.findPlanByNumber('696/KH-UBND', 2025);
  if (plan2025 && today > '2025-11-15') {
    // The merged departments and a few of the wards and communes that carry on the districts' duty.
    const owing = open.filter(
      (u) => u.kind !== 'commune' || ['TN.CX.TANNINH', 'TN.CX.BENCAU', 'TN.CX.HOATHANH', 'TN.CX.GODAU'].includes(u.code),
    );
    let i = 0;
    for (const unit of owing) {
      if (!['department', 'commune'].includes(unit.kind)) continue;
      const obligationId = await obligationOf(repo, plan2025.id, 'Y', unit.code);
      if (!obligationId) continue;
      i++;
      if (i % 4 === 0 && unit.code !== 'TN.SKHCN') continue; // not sent
      const day = (d: number) => new Date(Date.UTC(2025, 9, d, 2 + (i % 6)));
      await fileReport(
        database,
        repo,
        obligationId,
        unit,
        i % 5 === 0 ? 'submitted' : 'accepted',
        { draft: day(20), submit: day(24 + (i % 7)), accept: new Date(Date.UTC(2025, 10, 5, 2)) },
        'admin',
        '2025-10-15',
        i,
      );
    }
  }

  // The current year's cycle on today's tree: the period report of the quarter now ending, due in three weeks.
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const period = PERIOD_OF_MONTH.find((p) => month <= p.until)!;
  const issuedOn = addDays(today, -45) < `${year}-01-05` ? `${year}-01-05` : addDays(today, -45);
  const dueDate = addDays(today, 21);
  const title = `Báo cáo kết quả thực hiện công tác dân vận chính quyền ${period.label} ${year}`;
  const planId = await ensurePlan(
    database,
    repo,
    year,
    '125/KH-UBND',
    `Kế hoạch thực hiện công tác dân vận chính quyền năm ${year} trên địa bàn tỉnh Tây Ninh`,
    [{ title, dueDate, inclusive: false, periodKind: period.kind, periodYear: year, unitKinds: ['department', 'commune'] }],
    issuedOn,
  );
  await ensureForm(database, repo, planId, period.kind, year, title, INDICATORS_CURRENT, new Date(`${issuedOn}T03:00:00Z`));
  const ago = (days: number, hour = 3) => new Date(now.getTime() - days * 86_400_000 - hour * 3_600_000);
  // A few units have started: every ninth by code, and the demo officer's Sở. The demo ward officer's
  // phường Tân Ninh has not: its report stays open, pre-filled from the ward's records when opened.
  const started = open.filter(
    (u, k) => u.code !== WARD_OF_DEMO && ((k % 9 === 4 && ['department', 'commune'].includes(u.kind)) || u.code === 'TN.SKHCN'),
  );
  let i = 0;
  for (const unit of started) {
    const obligationId = await obligationOf(repo, planId, period.kind, unit.code);
    if (!obligationId) continue;
    i++;
    if (unit.code === 'TN.SKHCN') {
      // The demo officer's own report, a draft to continue.
      await fileReport(
        database,
        repo,
        obligationId,
        unit,
        'draft',
        { draft: ago(0, 1), submit: now, accept: now },
        'skhcn.canbo',
        addDays(today, -2),
        i,
      );
      continue;
    }
    const outcome = i % 3 === 0 ? 'draft' : i % 3 === 1 ? 'submitted' : 'accepted';
    await fileReport(
      database,
      repo,
      obligationId,
      unit,
      outcome,
      { draft: ago(6), submit: ago(4), accept: ago(2) },
      'admin',
      addDays(today, -7),
      i,
    );
  }
}
