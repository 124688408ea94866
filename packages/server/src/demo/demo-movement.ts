// The "Dân vận khéo" movement of the demo (issue #13): a handful of models and exemplary people taken
// from what the seeds report — the 2024 STTTT report (public reception schedules, "kịp thời khen
// thưởng, biểu dương và nhân rộng gương người tốt, việc tốt, dân vận khéo"), plan 60/KH-SVHTTDL
// ("Dân vận khéo" taking part in building new countryside) — spread over units and years and over every
// state, through the same use cases as people's work. Units come by code from the loader
// (`MOVEMENT_DEMO_UNITS`), so a rebuilt org tree only changes those codes.
import { localDateInProvince } from '@dvcq/domain';
import { recogniseModelRequest, saveCommendationRequest, saveModelRequest, savePersonRequest } from '@dvcq/shared';
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

export interface MovementDemoUnits {
  /** The province (its coordinator decides). */
  province: string;
  /** A department with its own officer account. */
  department: { code: string; officer: string };
  /** Two communes or wards, acted for by an officer of the level above. */
  communes: [string, string];
  /** The demo account acting as the communes' officer. */
  communeOfficer: string;
}

export const MOVEMENT_DEMO_UNITS: MovementDemoUnits = {
  province: 'TN',
  department: { code: 'TN.STTTT', officer: 'stttt.canbo' },
  communes: ['TN.TPTN.P1', 'TN.TPTN.BINHMINH'],
  communeOfficer: 'tptn.canbo',
};

export async function loadMovementDemo(database: Database, now: Date, units: MovementDemoUnits = MOVEMENT_DEMO_UNITS): Promise<void> {
  const repo = createMovementRepository(database.db);
  const today = localDateInProvince(now);
  const year = Number(today.slice(0, 4));
  // Dates of the current year are kept to today when the demo is loaded early in the year.
  const d = (day: string) => (day <= today ? day : today);
  const at = (ctx: Omit<RequestContext, 'now'>, day: string): RequestContext => ({ ...ctx, now: new Date(`${d(day)}T03:00:00Z`) });
  const province = await repo.org.findUnitByCode(units.province);
  const department = await repo.org.findUnitByCode(units.department.code);
  const communes = await Promise.all(units.communes.map((c) => repo.org.findUnitByCode(c)));
  if (!province || !department || communes.some((c) => !c)) return;
  const [ward, commune] = communes as [NonNullable<(typeof communes)[number]>, NonNullable<(typeof communes)[number]>];
  const base = { requestId: 'demo-movement', ip: null };
  const actor = async (username: string, role: 'officer' | 'coordinator', code: string) => ({
    ...base,
    actor: await actorFor(database, username, role, code),
  });
  const deptOfficer = await actor(units.department.officer, 'officer', units.department.code);
  const coordinator = await actor('snv.dieuphoi', 'coordinator', units.province);
  const wardOfficer = await actor(units.communeOfficer, 'officer', units.communes[0]);
  const communeOfficer = await actor(units.communeOfficer, 'officer', units.communes[1]);
  const issuer = province.name;

  // 1. The department's public reception schedule, recognised at the end of the previous year.
  const schedule = await saveModel(
    repo,
    at(deptOfficer, `${year - 1}-03-15`),
    saveModelRequest.parse({
      unitId: department.id,
      registeredOn: `${year - 1}-03-15`,
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
      startsOn: `${year - 1}-04-01`,
      outputs: '52/52 tuần có lịch công khai; 0 lượt phản ánh không gặp được lãnh đạo theo lịch',
      sustainability: 'Đưa vào quy chế làm việc của cơ quan',
    }),
  );
  await changeModelState(repo, at(deptOfficer, `${year - 1}-04-01`), schedule.id, { action: 'start', reason: null });
  await addModelResult(repo, at(deptOfficer, `${year - 1}-09-30`), schedule.id, {
    reportedOn: `${year - 1}-09-30`,
    summary: '9 tháng: 39/39 tuần có lịch công khai; 14 lượt tiếp công dân đúng lịch',
    fileId: null,
  });
  await changeModelState(repo, at(deptOfficer, `${year - 1}-11-05`), schedule.id, { action: 'propose', reason: null });
  await recogniseModel(
    repo,
    at(coordinator, `${year - 1}-12-20`),
    schedule.id,
    recogniseModelRequest.parse({
      decisionNumber: `3125/QĐ-UBND`,
      decisionDate: `${year - 1}-12-20`,
      decisionIssuer: issuer,
      level: 'province',
    }),
  );
  await saveCommendation(
    repo,
    at(coordinator, `${year - 1}-12-20`),
    saveCommendationRequest.parse({
      modelId: schedule.id,
      form: 'certificate_of_merit',
      level: 'province',
      decisionNumber: '3126/QĐ-UBND',
      decisionDate: `${year - 1}-12-20`,
      decisionIssuer: issuer,
    }),
  );

  // 2. The department's community digital teams, proposed this year.
  const digital = await saveModel(
    repo,
    at(deptOfficer, d(`${year}-02-20`)),
    saveModelRequest.parse({
      unitId: department.id,
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
    }),
  );
  await changeModelState(repo, at(deptOfficer, d(`${year}-03-01`)), digital.id, { action: 'start', reason: null });
  await addModelResult(repo, at(deptOfficer, d(`${year}-06-30`)), digital.id, {
    reportedOn: d(`${year}-06-30`),
    summary: '6 tháng: 1.240 lượt hướng dẫn; tỷ lệ hồ sơ trực tuyến toàn trình tăng từ 38% lên 61%',
    fileId: null,
  });
  await changeModelState(repo, at(deptOfficer, d(`${year}-10-15`)), digital.id, { action: 'propose', reason: null });

  // 3. A commune's land donation for a wider road ("Dân vận khéo" building new countryside), recognised last year.
  const road = await saveModel(
    repo,
    at(communeOfficer, `${year - 1}-02-10`),
    saveModelRequest.parse({
      unitId: commune.id,
      registeredOn: `${year - 1}-02-10`,
      name: 'Dân vận khéo vận động Nhân dân hiến đất mở rộng đường giao thông nông thôn',
      field: 'economy',
      problem: 'Đường liên ấp hẹp, xe cứu thương và xe chở nông sản không vào được',
      goals: 'Mở rộng 3 km đường liên ấp lên 6 m mà không phải bồi thường',
      activities: 'Họp dân từng tổ; cán bộ, đảng viên gương mẫu hiến đất trước; công khai kinh phí',
      area: 'Ấp Bình Phong và ấp Bình Lợi',
      beneficiaries: '420 hộ dân hai ấp',
      forces: 'Chi bộ ấp (lãnh đạo), Ban công tác Mặt trận (vận động), Chi hội Nông dân (thi công)',
      resources: 'Nhân dân hiến 5.600 m² đất và đóng góp 350 triệu đồng; ngân sách xã 1,2 tỷ đồng',
      startsOn: `${year - 1}-03-01`,
      endsOn: `${year - 1}-10-31`,
      outputs: '3,2 km đường được mở rộng; 96 hộ hiến đất',
      sustainability: 'Tổ tự quản duy tu đường do Nhân dân bầu',
      partners: 'Mặt trận Tổ quốc xã, Hội Nông dân xã',
    }),
  );
  await changeModelState(repo, at(communeOfficer, `${year - 1}-03-01`), road.id, { action: 'start', reason: null });
  await changeModelState(repo, at(communeOfficer, `${year - 1}-11-10`), road.id, { action: 'propose', reason: null });
  await recogniseModel(
    repo,
    at(coordinator, `${year - 1}-12-05`),
    road.id,
    recogniseModelRequest.parse({
      decisionNumber: '2980/QĐ-UBND',
      decisionDate: `${year - 1}-12-05`,
      decisionIssuer: issuer,
      level: 'province',
    }),
  );

  // 4. A ward's green street, being carried out this year.
  const street = await saveModel(
    repo,
    at(wardOfficer, d(`${year}-03-05`)),
    saveModelRequest.parse({
      unitId: ward.id,
      registeredOn: d(`${year}-03-05`),
      name: 'Tuyến đường hoa, không rác thải',
      field: 'environment',
      problem: 'Rác thải đổ bừa bãi ven kênh, mất mỹ quan khu phố',
      goals: 'Xóa các điểm rác tự phát; trồng hoa dọc 1 km đường',
      activities: 'Ra quân dọn vệ sinh sáng Chủ nhật hằng tuần; mỗi hộ nhận chăm sóc một đoạn hoa',
      area: 'Khu phố 1',
      beneficiaries: '320 hộ dân',
      forces: 'Chi hội Phụ nữ (nòng cốt), Đoàn Thanh niên (ra quân)',
      startsOn: d(`${year}-04-01`),
      partners: 'Mặt trận Tổ quốc phường',
    }),
  );
  await changeModelState(repo, at(wardOfficer, d(`${year}-04-01`)), street.id, { action: 'start', reason: null });
  await addModelResult(repo, at(wardOfficer, d(`${year}-08-31`)), street.id, {
    reportedOn: d(`${year}-08-31`),
    summary: '0,6 km đường hoa; 3 điểm rác tự phát được xóa',
    fileId: null,
  });

  // Exemplary people.
  const person = await saveExemplaryPerson(
    repo,
    at(communeOfficer, `${year - 1}-12-01`),
    savePersonRequest.parse({
      unitId: commune.id,
      year: year - 1,
      fullName: 'Nguyễn Văn Tư',
      position: 'Bí thư Chi bộ ấp Bình Phong',
      achievements: 'Gương mẫu hiến 420 m² đất, vận động 37 hộ cùng hiến đất mở rộng đường liên ấp',
      modelId: road.id,
    }),
  );
  await saveCommendation(
    repo,
    at(coordinator, `${year - 1}-12-05`),
    saveCommendationRequest.parse({
      personId: person.id,
      form: 'certificate_of_merit',
      level: 'province',
      decisionNumber: '2981/QĐ-UBND',
      decisionDate: `${year - 1}-12-05`,
      decisionIssuer: issuer,
    }),
  );
  await saveExemplaryPerson(
    repo,
    at(deptOfficer, d(`${year}-06-30`)),
    savePersonRequest.parse({
      unitId: department.id,
      year,
      fullName: 'Lê Thị Kim Ngân',
      position: 'Chuyên viên Phòng Công nghệ thông tin',
      achievements: 'Trực tiếp tập huấn 14 tổ công nghệ số cộng đồng, hướng dẫn hơn 300 lượt người dân nộp hồ sơ trực tuyến',
      modelId: digital.id,
    }),
  );
}
