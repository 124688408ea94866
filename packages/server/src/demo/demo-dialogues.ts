// Citizen dialogues and complaint figures of the demo (issue #13): a few communes of the city (or of the
// province, on a tree without districts) each held a dialogue with the people about five weeks ago, with
// three conclusions — one done on time, one overdue today, one still running — and entered their
// complaint figures for the last quarter. Units are looked up by kind, never by code, so the demo follows
// whichever org tree is loaded. Everything goes through the use cases, as each commune's officer.
import { addDays, foldVietnamese, localDateInProvince } from '@dvcq/domain';
import {
  saveComplaintStatisticsRequest,
  saveDialogueConclusionRequest,
  saveDialogueRequest,
  updateConclusionStatusRequest,
} from '@dvcq/shared';
import type { RequestContext } from '../authz/actor.ts';
import type { Database } from '../db/client.ts';
import { createComplaintsRepository } from '../modules/complaints/complaints.repository.ts';
import { saveComplaintStatistics } from '../modules/complaints/complaints.usecases.ts';
import { createDialoguesRepository } from '../modules/dialogues/dialogues.repository.ts';
import { saveDialogue, saveDialogueConclusion, updateConclusionStatus } from '../modules/dialogues/dialogues.usecases.ts';
import { actingAs } from './demo-actors.ts';

/** Demo officers by the folded end of their unit's name (today's ward and commune, then the former city). */
const OFFICERS = [
  { unit: 'phuong tan ninh', username: 'tanninh.canbo' },
  { unit: 'xa ben cau', username: 'bencau.canbo' },
  { unit: 'thanh pho tay ninh', username: 'tptn.canbo' },
];

const DIALOGUES = [
  {
    topics: ['Đất đai', 'Trật tự đô thị'],
    questions: [
      { topic: 'Đất đai', count: 6 },
      { topic: 'Trật tự đô thị', count: 3 },
    ],
    conclusions: [
      'Niêm yết công khai quy trình cấp giấy chứng nhận quyền sử dụng đất tại bộ phận một cửa',
      'Khơi thông hệ thống thoát nước khu dân cư trước mùa mưa',
      'Rà soát, lắp đặt bổ sung đèn chiếu sáng các tuyến hẻm',
    ],
  },
  {
    topics: ['Chuyển đổi số', 'Dịch vụ công trực tuyến'],
    questions: [
      { topic: 'Dịch vụ công trực tuyến', count: 7 },
      { topic: 'Chuyển đổi số', count: 4 },
    ],
    conclusions: [
      'Bố trí tổ công nghệ số cộng đồng hướng dẫn người dân nộp hồ sơ trực tuyến',
      'Trả lời bằng văn bản các kiến nghị về thời gian giải quyết hồ sơ hộ tịch',
      'Tổ chức lớp hướng dẫn sử dụng ứng dụng VNeID cho người cao tuổi',
    ],
  },
  {
    topics: ['Môi trường', 'An sinh xã hội'],
    questions: [
      { topic: 'Môi trường', count: 5 },
      { topic: 'An sinh xã hội', count: 4 },
      { topic: 'Đất đai', count: 2 },
    ],
    conclusions: [
      'Xử lý điểm tập kết rác tự phát tại chợ',
      'Công khai danh sách hộ nghèo, cận nghèo được hỗ trợ năm nay',
      'Phối hợp Mặt trận vận động xây dựng nhà đại đoàn kết cho hộ khó khăn',
    ],
  },
];

export async function loadDialoguesDemo(database: Database, now: Date): Promise<void> {
  const dialogues = createDialoguesRepository(database.db);
  const complaints = createComplaintsRepository(database.db);
  const today = localDateInProvince(now);
  const all = await dialogues.org.openUnits();
  const city =
    all.find((u) => u.kind === 'district' && foldVietnamese(u.name).includes('thanh pho tay ninh')) ??
    all.find((u) => u.kind === 'district') ??
    all.find((u) => u.parentId === null);
  if (!city) return;
  // The communes and wards with demo accounts come first, so their officers find their own dialogues.
  const withAccount = (u: (typeof all)[number]) => OFFICERS.findIndex((o) => foldVietnamese(u.name).endsWith(o.unit));
  const communes = all
    .filter((u) => u.kind === 'commune' && u.path.startsWith(city.path))
    .sort((a, b) => (withAccount(a) < 0 ? 99 : withAccount(a)) - (withAccount(b) < 0 ? 99 : withAccount(b)))
    .slice(0, DIALOGUES.length);
  if (communes.length === 0) return;
  const officerOf = async (unit: (typeof all)[number], at: Date): Promise<RequestContext | null> => {
    const own = OFFICERS[withAccount(unit)];
    for (const username of own ? [own.username] : OFFICERS.map((o) => o.username)) {
      try {
        const base = await actingAs(database, username, at);
        // A unit without a demo account of its own: recorded by a demo officer acting for it.
        return own ? base : { ...base, actor: { ...base.actor, grants: [{ role: 'officer', unitId: unit.id, unitPath: unit.path }] } };
      } catch {
        continue;
      }
    }
    return null;
  };
  const at = (day: string) => new Date(`${day}T03:00:00Z`);

  for (const [i, unit] of communes.entries()) {
    const spec = DIALOGUES[i]!;
    const heldOn = addDays(today, -(35 + i * 7));
    const ctx = await officerOf(unit, at(heldOn));
    if (!ctx) return; // a tree without the demo accounts: no dialogues
    const d = await saveDialogue(
      dialogues,
      ctx,
      saveDialogueRequest.parse({
        unitId: unit.id,
        heldOn,
        place: `Hội trường ${unit.name}`,
        chair: `Chủ tịch ${unit.name}`,
        participants: 'Lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ; trưởng các khu phố, ấp; đại diện hộ dân',
        attendance: 60 + i * 15,
        topics: spec.topics,
        questions: spec.questions,
      }),
    );
    // three conclusions: done on time, overdue today, still running
    const dues = [addDays(today, -15), addDays(today, -5 - i), addDays(today, 20 + i * 5)];
    for (const [k, content] of spec.conclusions.entries()) {
      await saveDialogueConclusion(
        dialogues,
        ctx,
        d.id,
        saveDialogueConclusionRequest.parse({ content, assigneeUnitId: unit.id, dueDate: dues[k]! }),
      );
    }
    const saved = (await dialogues.conclusionsOf([d.id])).sort((a, b) => a.c.position - b.c.position);
    const [onTime, late, running] = saved;
    await updateConclusionStatus(
      dialogues,
      (await officerOf(unit, at(addDays(today, -20))))!,
      onTime!.c.id,
      updateConclusionStatusRequest.parse({
        status: 'done',
        on: addDays(today, -20),
        note: 'Đã thực hiện và thông báo kết quả đến người dân',
      }),
    );
    await updateConclusionStatus(
      dialogues,
      (await officerOf(unit, at(addDays(today, -12))))!,
      late!.c.id,
      updateConclusionStatusRequest.parse({ status: 'in_progress', on: addDays(today, -12), note: 'Đang khảo sát, lập dự toán' }),
    );
    await updateConclusionStatus(
      dialogues,
      (await officerOf(unit, at(addDays(today, -3))))!,
      running!.c.id,
      updateConclusionStatusRequest.parse({ status: 'in_progress', on: addDays(today, -3), note: 'Đã giao bộ phận chuyên môn triển khai' }),
    );

    // complaint figures of the last full quarter
    const month = Number(today.slice(5, 7));
    const q = Math.ceil(month / 3) - 1;
    const year = q === 0 ? Number(today.slice(0, 4)) - 1 : Number(today.slice(0, 4));
    const periodKind = q === 0 ? 'Q4' : (`Q${q}` as const);
    await saveComplaintStatistics(
      complaints,
      ctx,
      saveComplaintStatisticsRequest.parse({
        unitId: unit.id,
        year,
        periodKind,
        rows: [
          {
            kind: 'reception',
            received: 18 + i * 4,
            inCompetence: 18 + i * 4,
            resolved: 18 + i * 4,
            resolvedOnTime: 18 + i * 4,
            pending: 0,
          },
          { kind: 'complaint', received: 5 + i, inCompetence: 4 + i, resolved: 3 + i, resolvedOnTime: 3, pending: 1 },
          { kind: 'denunciation', received: 1, inCompetence: 1, resolved: 1, resolvedOnTime: 1, pending: 0 },
          { kind: 'petition', received: 12 + i * 2, inCompetence: 10 + i, resolved: 9 + i, resolvedOnTime: 8 + i, pending: 1 },
        ],
      }),
    );
  }
}
