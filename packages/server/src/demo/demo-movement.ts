// The "Dân vận khéo" movement of the demo (issue #13): a handful of models and exemplary people taken
// from what the seeds report — the 2024 STTTT report (public reception schedules, "kịp thời khen
// thưởng, biểu dương và nhân rộng gương người tốt, việc tốt, dân vận khéo"), plan 60/KH-SVHTTDL
// ("Dân vận khéo" taking part in building new countryside) — spread over units and years and over every
// state, through the same use cases as people's work. The records of 2024 and early 2025 stay on the
// units of the time (Sở Thông tin và Truyền thông, the communes of Tây Ninh city), dated before the
// 1/7/2025 reorganisation; the current year's records sit on today's units (Sở Khoa học và Công nghệ,
// phường Tân Ninh, …), so the current report of phường Tân Ninh opens with its recognised model
// counted. Units come by code from the loader (`MOVEMENT_DEMO_UNITS`), so a rebuilt tree only changes
// those codes; without today's units (a tree before the reorganisation) only the history is loaded.
import { localDateInProvince, type RecognitionLevel } from '@dvcq/domain';
import { recogniseModelRequest, saveCommendationRequest, saveModelRequest, savePersonRequest, type SaveModelRequest } from '@dvcq/shared';
import type { RequestContext } from '../authz/actor.ts';
import type { Database } from '../db/client.ts';
import { createMovementRepository } from '../modules/movement/movement.repository.ts';
import {
  addModelResult,
  changeModelState,
  recogniseModel,
  saveCommendation,
  saveExemplaryPerson,
  saveModel,
} from '../modules/movement/movement.usecases.ts';
import { actorFor } from './demo-actors.ts';
import { REORGANISED_ON } from './demo-reorganisation.ts';

/** A unit of the demo and the demo account acting as its officer. */
export interface DemoDesk {
  code: string;
  officer: string;
}

export interface MovementDemoUnits {
  /** The province (its coordinator decides). */
  province: string;
  /** Until 30/6/2025: a department and two communes of Tây Ninh city. */
  history: { department: DemoDesk; communes: [DemoDesk, DemoDesk] };
  /** Since 1/7/2025: two departments, the demo ward officer's ward and two other communes or wards. */
  current: { department: DemoDesk; otherDepartment: DemoDesk; ward: DemoDesk; communes: [DemoDesk, DemoDesk] };
}

/** Units without a demo account of their own are acted for by this account, under this name. */
const STAND_IN = 'admin';
const STAND_IN_NAME = 'Công chức phụ trách dân vận';

export const MOVEMENT_DEMO_UNITS: MovementDemoUnits = {
  province: 'TN',
  history: {
    department: { code: 'TN.STTTT', officer: 'stttt.canbo' },
    communes: [
      { code: 'TN.TPTN.P1', officer: 'tptn.canbo' },
      { code: 'TN.TPTN.BINHMINH', officer: 'tptn.canbo' },
    ],
  },
  current: {
    department: { code: 'TN.SKHCN', officer: 'skhcn.canbo' },
    otherDepartment: { code: 'TN.SNV', officer: STAND_IN },
    ward: { code: 'TN.CX.TANNINH', officer: 'tanninh.canbo' },
    communes: [
      { code: 'TN.CX.BENCAU', officer: 'bencau.canbo' },
      { code: 'TN.CX.HOATHANH', officer: STAND_IN },
    ],
  },
};

/** A model's life as the demo tells it: registered, then as far as the steps given. */
interface ModelStory {
  desk: DemoDesk;
  model: Omit<SaveModelRequest, 'unitId'> & { registeredOn: string };
  startedOn?: string;
  results?: { reportedOn: string; summary: string }[];
  proposedOn?: string;
  decision?: { number: string; date: string; level: RecognitionLevel; issuer: string };
  refused?: { on: string; reason: string };
}

type Loader = Awaited<ReturnType<typeof movementDemoLoader>>;

async function movementDemoLoader(database: Database, provinceCode: string) {
  const repo = createMovementRepository(database.db);
  const base = { requestId: 'demo-movement', ip: null };
  const at = (ctx: Omit<RequestContext, 'now'>, day: string): RequestContext => ({ ...ctx, now: new Date(`${day}T03:00:00Z`) });
  const province = await repo.org.findUnitByCode(provinceCode);
  const unitOf = async (code: string) => repo.org.findUnitByCode(code);
  const officerOf = async (desk: DemoDesk) => ({
    ...base,
    actor: await actorFor(database, desk.officer, 'officer', desk.code, desk.officer === STAND_IN ? STAND_IN_NAME : undefined),
  });
  const coordinator = { ...base, actor: await actorFor(database, 'snv.dieuphoi', 'coordinator', provinceCode) };

  /** Registers the model and takes it through the steps of its story; returns its id. */
  async function tell(story: ModelStory): Promise<string> {
    const unit = (await unitOf(story.desk.code))!;
    const officer = await officerOf(story.desk);
    const { id } = await saveModel(
      repo,
      at(officer, story.model.registeredOn),
      saveModelRequest.parse({ ...story.model, unitId: unit.id }),
    );
    if (story.startedOn) await changeModelState(repo, at(officer, story.startedOn), id, { action: 'start', reason: null });
    for (const r of story.results ?? []) await addModelResult(repo, at(officer, r.reportedOn), id, { ...r, fileId: null });
    if (story.proposedOn) await changeModelState(repo, at(officer, story.proposedOn), id, { action: 'propose', reason: null });
    if (story.decision) {
      const { number, date, issuer, level } = story.decision;
      await recogniseModel(
        repo,
        at(coordinator, date),
        id,
        recogniseModelRequest.parse({ decisionNumber: number, decisionDate: date, decisionIssuer: issuer, level }),
      );
    }
    if (story.refused)
      await changeModelState(repo, at(coordinator, story.refused.on), id, { action: 'not_recognise', reason: story.refused.reason });
    return id;
  }

  /** A certificate of merit of the province for a model or a person. */
  async function commend(target: { modelId: string } | { personId: string }, number: string, date: string): Promise<void> {
    await saveCommendation(
      repo,
      at(coordinator, date),
      saveCommendationRequest.parse({
        ...target,
        form: 'certificate_of_merit',
        level: 'province',
        decisionNumber: number,
        decisionDate: date,
        decisionIssuer: province!.name,
      }),
    );
  }

  async function person(
    desk: DemoDesk,
    day: string,
    input: { year: number; fullName: string; position: string; achievements: string; modelId: string },
  ) {
    const unit = (await unitOf(desk.code))!;
    return saveExemplaryPerson(repo, at(await officerOf(desk), day), savePersonRequest.parse({ ...input, unitId: unit.id }));
  }

  return { province, unitOf, tell, commend, person };
}

export async function loadMovementDemo(database: Database, now: Date, units: MovementDemoUnits = MOVEMENT_DEMO_UNITS): Promise<void> {
  const demo = await movementDemoLoader(database, units.province);
  if (!demo.province) return;
  const history = [units.history.department, ...units.history.communes];
  if ((await Promise.all(history.map((u) => demo.unitOf(u.code)))).every(Boolean)) await loadHistory(demo, units.history);
  const current = [units.current.department, units.current.otherDepartment, units.current.ward, ...units.current.communes];
  if ((await Promise.all(current.map((u) => demo.unitOf(u.code)))).every(Boolean)) await loadCurrentYear(demo, now, units.current);
}

/** 2024 and the first half of 2025, on the units of the time (before the reorganisation). */
async function loadHistory(demo: Loader, units: MovementDemoUnits['history']): Promise<void> {
  const issuer = demo.province!.name;
  // 1. The department's public reception schedule (the 2024 STTTT report), recognised at the end of 2024.
  const schedule = await demo.tell({
    desk: units.department,
    model: {
      registeredOn: '2024-03-15',
      name: 'Công khai lịch tiếp công dân và lịch công tác của lãnh đạo Sở trên cổng thông tin điện tử',
      field: 'administrative_reform',
      problem: 'Người dân, doanh nghiệp khó biết lịch tiếp công dân, phải đến nhiều lần mới gặp được lãnh đạo',
      goals: '100% lịch tiếp công dân và lịch công tác tuần được công khai trước ít nhất 3 ngày',
      activities:
        'Xây dựng quy chế tiếp công dân; đăng lịch trên bảng tin tại trụ sở và cổng thông tin điện tử; tổng hợp ý kiến sau mỗi buổi tiếp',
      area: 'Trụ sở Sở và cổng thông tin điện tử của Sở',
      beneficiaries: 'Người dân, tổ chức, doanh nghiệp liên hệ công tác',
      forces: 'Văn phòng Sở (chủ trì), Thanh tra Sở (theo dõi kết quả tiếp dân)',
      resources: 'Kinh phí thường xuyên của Sở',
      startsOn: '2024-04-01',
      outputs: '52/52 tuần có lịch công khai; 0 lượt phản ánh không gặp được lãnh đạo theo lịch',
      sustainability: 'Đưa vào quy chế làm việc của cơ quan',
    },
    startedOn: '2024-04-01',
    results: [{ reportedOn: '2024-09-30', summary: '9 tháng: 39/39 tuần có lịch công khai; 14 lượt tiếp công dân đúng lịch' }],
    proposedOn: '2024-11-05',
    decision: { number: '3125/QĐ-UBND', date: '2024-12-20', issuer, level: 'province' },
  });
  await demo.commend({ modelId: schedule }, '3126/QĐ-UBND', '2024-12-20');

  // 2. A commune's land donation for a wider road ("Dân vận khéo" building new countryside), recognised in 2024.
  const road = await demo.tell({
    desk: units.communes[1],
    model: {
      registeredOn: '2024-02-10',
      name: 'Dân vận khéo vận động Nhân dân hiến đất mở rộng đường giao thông nông thôn',
      field: 'economy',
      problem: 'Đường liên ấp hẹp, xe cứu thương và xe chở nông sản không vào được',
      goals: 'Mở rộng 3 km đường liên ấp lên 6 m mà không phải bồi thường',
      activities: 'Họp dân từng tổ; cán bộ, đảng viên gương mẫu hiến đất trước; công khai kinh phí',
      area: 'Ấp Bình Phong và ấp Bình Lợi',
      beneficiaries: '420 hộ dân hai ấp',
      forces: 'Chi bộ ấp (lãnh đạo), Ban công tác Mặt trận (vận động), Chi hội Nông dân (thi công)',
      resources: 'Nhân dân hiến 5.600 m² đất và đóng góp 350 triệu đồng; ngân sách xã 1,2 tỷ đồng',
      startsOn: '2024-03-01',
      endsOn: '2024-10-31',
      outputs: '3,2 km đường được mở rộng; 96 hộ hiến đất',
      sustainability: 'Tổ tự quản duy tu đường do Nhân dân bầu',
      partners: 'Mặt trận Tổ quốc xã, Hội Nông dân xã',
    },
    startedOn: '2024-03-01',
    proposedOn: '2024-11-10',
    decision: { number: '2980/QĐ-UBND', date: '2024-12-05', issuer, level: 'province' },
  });
  const tu = await demo.person(units.communes[1], '2024-12-01', {
    year: 2024,
    fullName: 'Nguyễn Văn Tư',
    position: 'Bí thư Chi bộ ấp Bình Phong',
    achievements: 'Gương mẫu hiến 420 m² đất, vận động 37 hộ cùng hiến đất mở rộng đường liên ấp',
    modelId: road,
  });
  await demo.commend({ personId: tu.id }, '2981/QĐ-UBND', '2024-12-05');

  // 3. A ward's neighbourhood clean-up of early 2025, carried out until the ward merged into phường Tân Ninh.
  await demo.tell({
    desk: units.communes[0],
    model: {
      registeredOn: '2025-02-12',
      name: 'Khu phố sạch, không rác thải ven kênh',
      field: 'environment',
      problem: 'Rác thải đổ bừa bãi ven kênh, mất mỹ quan khu phố',
      goals: 'Xóa các điểm rác tự phát ven kênh Khu phố 1',
      activities: 'Ra quân dọn vệ sinh sáng Chủ nhật hằng tuần; đặt thùng rác phân loại tại đầu hẻm',
      area: 'Khu phố 1',
      beneficiaries: '320 hộ dân',
      forces: 'Chi hội Phụ nữ (nòng cốt), Đoàn Thanh niên (ra quân)',
      startsOn: '2025-03-01',
    },
    startedOn: '2025-03-01',
    results: [{ reportedOn: '2025-05-31', summary: '3 điểm rác tự phát được xóa; 12 buổi ra quân' }],
  });
}

/** The current year on today's units: the demo ward has a recognised model to find in its report. */
async function loadCurrentYear(demo: Loader, now: Date, units: MovementDemoUnits['current']): Promise<void> {
  const today = localDateInProvince(now);
  const year = Number(today.slice(0, 4));
  // Days of the current year, kept between the reorganisation and today (a demo loaded early in the year).
  const d = (day: string) => (day > today ? today : day < REORGANISED_ON ? REORGANISED_ON : day);
  const issuer = demo.province!.name;
  const wardIssuer = (await demo.unitOf(units.ward.code))!.name;

  // 1. phường Tân Ninh: the green street of Khu phố 1 carried on by the new ward, recognised this year.
  await demo.tell({
    desk: units.ward,
    model: {
      registeredOn: d(`${year}-01-12`),
      name: 'Tuyến đường hoa, không rác thải',
      field: 'environment',
      problem: 'Rác thải đổ bừa bãi ven kênh, mất mỹ quan khu phố',
      goals: 'Xóa các điểm rác tự phát; trồng hoa dọc 1 km đường',
      activities: 'Ra quân dọn vệ sinh sáng Chủ nhật hằng tuần; mỗi hộ nhận chăm sóc một đoạn hoa',
      area: 'Khu phố 1, phường Tân Ninh',
      beneficiaries: '320 hộ dân',
      forces: 'Chi hội Phụ nữ (nòng cốt), Đoàn Thanh niên (ra quân)',
      startsOn: d(`${year}-02-01`),
      outputs: '1 km đường hoa; không còn điểm rác tự phát',
      sustainability: 'Tổ tự quản của khu phố duy trì; đưa vào hương ước khu phố',
      partners: 'Mặt trận Tổ quốc phường',
    },
    startedOn: d(`${year}-02-01`),
    results: [{ reportedOn: d(`${year}-04-30`), summary: '0,8 km đường hoa; 5 điểm rác tự phát được xóa' }],
    proposedOn: d(`${year}-05-20`),
    decision: { number: '412/QĐ-UBND', date: d(`${year}-06-25`), issuer: wardIssuer, level: 'commune' },
  });
  // … and the ward's security cameras, being carried out.
  await demo.tell({
    desk: units.ward,
    model: {
      registeredOn: d(`${year}-03-10`),
      name: 'Camera an ninh khu phố do Nhân dân cùng góp',
      field: 'defence_security',
      problem: 'Trộm cắp vặt tại các hẻm, khó truy vết',
      goals: 'Lắp 40 camera tại các hẻm của 4 khu phố',
      activities: 'Họp dân bàn cách góp; tổ an ninh khu phố theo dõi hình ảnh; công khai tiền góp',
      area: 'Khu phố 2, 3, 4 và 5, phường Tân Ninh',
      forces: 'Công an phường (hướng dẫn), tổ an ninh khu phố (vận hành)',
      startsOn: d(`${year}-04-01`),
    },
    startedOn: d(`${year}-04-01`),
  });

  // 2. The department that took over Sở Thông tin và Truyền thông: its community digital teams, proposed.
  const digital = await demo.tell({
    desk: units.department,
    model: {
      registeredOn: d(`${year}-02-20`),
      name: 'Tổ công nghệ số cộng đồng hướng dẫn người dân sử dụng dịch vụ công trực tuyến',
      field: 'digital_transformation',
      problem: 'Nhiều người dân lớn tuổi chưa biết nộp hồ sơ trực tuyến, phải đi lại nhiều lần',
      goals: 'Mỗi tổ hướng dẫn ít nhất 200 lượt người dân nộp hồ sơ trực tuyến trong năm',
      activities: 'Tập huấn tổ công nghệ số cộng đồng; hướng dẫn trực tiếp tại bộ phận một cửa và tại nhà',
      area: 'Các xã, phường trên địa bàn tỉnh',
      beneficiaries: 'Người dân có nhu cầu giải quyết thủ tục hành chính',
      forces: 'Đoàn Thanh niên (nòng cốt), công chức một cửa (hỗ trợ)',
      startsOn: d(`${year}-03-01`),
      endsOn: `${year}-12-31`,
      outputs: 'Số lượt hướng dẫn, tỷ lệ hồ sơ trực tuyến toàn trình',
      partners: 'Đoàn Thanh niên, Mặt trận Tổ quốc các xã, phường',
    },
    startedOn: d(`${year}-03-01`),
    results: [
      { reportedOn: d(`${year}-06-30`), summary: '6 tháng: 1.240 lượt hướng dẫn; tỷ lệ hồ sơ trực tuyến toàn trình tăng từ 38% lên 61%' },
    ],
    proposedOn: d(`${year}-10-15`),
  });
  await demo.person(units.department, d(`${year}-06-30`), {
    year,
    fullName: 'Lê Thị Kim Ngân',
    position: 'Chuyên viên Phòng Công nghệ thông tin',
    achievements: 'Trực tiếp tập huấn 14 tổ công nghệ số cộng đồng, hướng dẫn hơn 300 lượt người dân nộp hồ sơ trực tuyến',
    modelId: digital,
  });

  // 3. Sở Nội vụ: one-stop handling of benefits for people with meritorious services, recognised this year.
  const benefits = await demo.tell({
    desk: units.otherDepartment,
    model: {
      registeredOn: d(`${year}-01-20`),
      name: 'Giải quyết chế độ người có công tại nhà cho người cao tuổi, neo đơn',
      field: 'administrative_reform',
      problem: 'Người có công cao tuổi, neo đơn khó tự đi nộp hồ sơ hưởng chế độ',
      goals: '100% hồ sơ của người có công cao tuổi, neo đơn được nhận và trả tại nhà',
      activities: 'Công chức phối hợp Hội Cựu chiến binh lập danh sách; nhận hồ sơ tại nhà; trả kết quả qua bưu điện',
      area: 'Toàn tỉnh',
      beneficiaries: 'Người có công cao tuổi, neo đơn',
      startsOn: d(`${year}-02-01`),
    },
    startedOn: d(`${year}-02-01`),
    proposedOn: d(`${year}-07-10`),
    decision: { number: '1875/QĐ-UBND', date: d(`${year}-08-14`), issuer, level: 'province' },
  });
  await demo.commend({ modelId: benefits }, '1876/QĐ-UBND', d(`${year}-08-14`));

  // 4. Two communes and wards: one recognised, one proposed and not recognised this time.
  await demo.tell({
    desk: units.communes[0],
    model: {
      registeredOn: d(`${year}-02-05`),
      name: 'Chi hội Nông dân liên kết trồng chuối theo chuỗi giá trị',
      field: 'economy',
      problem: 'Nông dân trồng chuối nhỏ lẻ, bị ép giá khi thu hoạch',
      goals: '60 hộ liên kết bán chuối theo hợp đồng với doanh nghiệp',
      activities: 'Vận động hộ vào tổ hợp tác; ký hợp đồng bao tiêu; tập huấn quy trình trồng an toàn',
      area: 'Các ấp ven biên giới của xã',
      beneficiaries: '60 hộ nông dân',
      forces: 'Hội Nông dân xã (chủ trì), Mặt trận Tổ quốc xã (vận động)',
      startsOn: d(`${year}-03-01`),
    },
    startedOn: d(`${year}-03-01`),
    results: [{ reportedOn: d(`${year}-07-31`), summary: '64 hộ liên kết; giá bán ổn định cao hơn 15% so với bán lẻ' }],
    proposedOn: d(`${year}-08-20`),
    decision: { number: '2210/QĐ-UBND', date: d(`${year}-09-18`), issuer, level: 'province' },
  });
  await demo.tell({
    desk: units.communes[1],
    model: {
      registeredOn: d(`${year}-03-02`),
      name: 'Tổ hòa giải ở cơ sở gắn với nhóm Zalo khu phố',
      field: 'political_system',
      problem: 'Mâu thuẫn nhỏ trong khu dân cư kéo dài, chuyển thành đơn thư',
      goals: 'Hòa giải thành 90% vụ việc ngay tại khu phố',
      activities: 'Lập nhóm Zalo từng khu phố; tổ hòa giải tiếp nhận và gặp các bên trong 48 giờ',
      forces: 'Ban công tác Mặt trận khu phố, tổ hòa giải',
      startsOn: d(`${year}-03-15`),
    },
    startedOn: d(`${year}-03-15`),
    proposedOn: d(`${year}-09-05`),
    refused: { on: d(`${year}-10-02`), reason: 'Chưa đủ thời gian thực hiện để đánh giá kết quả; đề nghị tiếp tục thực hiện đến hết năm' },
  });
}
