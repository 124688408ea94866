// Citizen dialogues as people use them: a ward officer records a dialogue held last month with three
// conclusions; one is closed as done with evidence, one is explained, one goes overdue and reaches the
// ward's people as an in-app reminder and the coordinator's dashboard; bad input is refused with a
// Vietnamese message and nothing saved; another ward sees nothing.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  COMPLAINTS_RESOLVED_ON_TIME_INDICATOR,
  DIALOGUE_CONCLUSIONS_ON_TIME_INDICATOR,
  exampleScorecardPercent,
  type ScorecardNode,
} from '@dvcq/domain';
import { TINY_PDF } from '../../testing/multipart.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { runReminderTick } from '../reminders/reminders.tick.ts';

const NOW = new Date('2026-12-02T03:00:00Z'); // 02/12/2026 in Tây Ninh
const WARD = 'TN.TPTN.P1';
const OTHER_WARD = 'TN.TPTN.P2';
const CITY_DIVISION = 'TN.TPTN.PVHTT';

describe('citizen dialogues', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let wardOfficer: TestClient;
  let otherWardOfficer: TestClient;
  let wardId: string;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.login('snv.dieuphoi');
    const admin = await t.login('admin');
    wardId = await t.unitId(WARD);
    for (const [username, unit] of [
      ['dt.p1.canbo', WARD],
      ['dt.p2.canbo', OTHER_WARD],
    ] as const) {
      await admin.call('createUser', {
        body: {
          username,
          fullName: `Cán bộ ${unit}`,
          password: 'DoiThoaiNhanDan2026',
          roles: [{ role: 'officer', unitId: await t.unitId(unit) }],
        },
      });
    }
    wardOfficer = await t.loginChanging('dt.p1.canbo', 'DoiThoaiNhanDan2026');
    otherWardOfficer = await t.loginChanging('dt.p2.canbo', 'DoiThoaiNhanDan2026');
  });
  beforeEach(() => t.setNow(NOW));
  afterAll(() => t.close());

  it('follows three conclusions to done, explained and overdue; the overdue one reaches reminders and the dashboard', async () => {
    const minutes = (
      await wardOfficer.call('uploadFile', { query: { unitId: wardId }, file: { filename: 'bien-ban.pdf', content: TINY_PDF } })
    ).data;
    const dialogue = (
      await wardOfficer.call('saveDialogue', {
        body: {
          unitId: wardId,
          heldOn: '2026-11-10',
          place: 'Nhà văn hóa khu phố 2, Phường 1',
          chair: 'Chủ tịch UBND Phường 1',
          participants: 'Lãnh đạo Đảng ủy, UBND, Ủy ban MTTQ phường; đại diện các khu phố',
          attendance: 85,
          topics: ['Đất đai', 'Môi trường'],
          questions: [
            { topic: 'Đất đai', count: 5 },
            { topic: 'Môi trường', count: 3 },
            { topic: 'đất đai', count: 2 },
          ],
          minutesFileId: minutes.id,
        },
      })
    ).data;
    expect(dialogue.minutesFilename).toBe('bien-ban.pdf');
    expect(dialogue.canEdit).toBe(true);

    const add = async (content: string, assigneeUnitId: string, dueDate: string) =>
      (await wardOfficer.call('saveDialogueConclusion', { params: { id: dialogue.id }, body: { content, assigneeUnitId, dueDate } })).data;
    await add('Khơi thông cống thoát nước đường Trần Hưng Đạo', wardId, '2026-11-25');
    await add('Tổ chức đêm văn nghệ tuyên truyền bảo vệ môi trường', await t.unitId(CITY_DIVISION), '2026-12-20');
    const withThree = await add('Cấp giấy chứng nhận quyền sử dụng đất cho 12 hộ khu phố 2', wardId, '2026-12-15');
    const [drain, festival, landTitles] = withThree.conclusions;
    expect(withThree.conclusions.map((c) => c.state)).toEqual(['overdue', 'open', 'open']);
    expect(drain!.daysOverdue).toBe(7);

    // one done with evidence (by the ward, which recorded the dialogue), one explained
    const evidence = (await wardOfficer.call('uploadFile', { query: { unitId: wardId }, file: { filename: 'anh.pdf', content: TINY_PDF } }))
      .data;
    const progress = await wardOfficer.call('updateConclusionStatus', {
      params: { id: festival!.id },
      body: { status: 'in_progress', note: 'Đã liên hệ Phòng Văn hóa', on: '2026-11-20' },
    });
    expect(progress.data.status).toBe('in_progress');
    const done = (
      await wardOfficer.call('updateConclusionStatus', {
        params: { id: festival!.id },
        body: { status: 'done', note: 'Đã tổ chức ngày 28/11', on: '2026-11-28', evidenceFileId: evidence.id },
      })
    ).data;
    expect(done.state).toBe('done_on_time');
    expect(done.updates.map((u) => u.status)).toEqual(['in_progress', 'done']);

    const noReason = await wardOfficer.call('updateConclusionStatus', { params: { id: landTitles!.id }, body: { status: 'explained' } });
    expect(noReason.error.code).toBe('dialogue.explanation_required');
    const explained = (
      await wardOfficer.call('updateConclusionStatus', {
        params: { id: landTitles!.id },
        body: { status: 'explained', note: 'Hồ sơ 12 hộ đang chờ đo đạc lại của Văn phòng đăng ký đất đai' },
      })
    ).data;
    expect(explained.state).toBe('explained');
    const reopen = await wardOfficer.call('updateConclusionStatus', { params: { id: landTitles!.id }, body: { status: 'in_progress' } });
    expect(reopen.error.code).toBe('dialogue.conclusion_closed');

    // the list: states today, questions by topic
    const list = (await wardOfficer.call('listDialogues', { query: { unitId: wardId, year: 2026 } })).data;
    const mine = list.items.find((d) => d.id === dialogue.id)!;
    expect(mine.conclusions.map((c) => c.state)).toEqual(['overdue', 'done_on_time', 'explained']);
    expect(list.questionsByTopic[0]).toEqual({ topic: 'Đất đai', count: 7 });

    // the overdue one reaches the ward's officer as an in-app reminder (once, across ticks)
    await runReminderTick(t.deps, { now: NOW });
    await runReminderTick(t.deps, { now: new Date(NOW.getTime() + 60_000) });
    const notes = (await wardOfficer.call('listNotifications')).data.items.filter((n) => n.entityId === drain!.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.kind).toBe('reminder.overdue');
    expect(notes[0]!.title).toContain('Quá hạn kết luận đối thoại');
    const closedNotes = (await wardOfficer.call('listNotifications')).data.items.filter(
      (n) => n.entityId === festival!.id || n.entityId === landTitles!.id,
    );
    expect(closedNotes).toHaveLength(0);

    // … and the coordinator's dashboard of the province
    const dash = (await coordinator.call('getDashboard', { query: { unitId: await t.unitId('TN'), year: 2026 } })).data;
    const row = dash.dialogues.overdue.find((o) => o.conclusionId === drain!.id);
    expect(row).toMatchObject({ dueDate: '2026-11-25', daysOverdue: 7, dialogueUnitName: 'Ủy ban nhân dân Phường 1' });
    expect(dash.dialogues.conclusions.doneOnTime).toBeGreaterThanOrEqual(1);
    expect(dash.dialogues.conclusions.explained).toBeGreaterThanOrEqual(1);

    // the Excel registry carries both sheets
    const xlsx = await coordinator.call('exportDialoguesXlsx', { query: { unitId: wardId, year: 2026 } });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    const texts: string[] = [];
    wb.getWorksheet('Kết luận')!.eachRow((r) => texts.push(r.values!.toString()));
    expect(texts.join('\n')).toContain('Khơi thông cống thoát nước');
    expect(texts.join('\n')).toContain('Quá hạn');

    // another ward sees nothing of it and cannot follow it up
    const theirs = (await otherWardOfficer.call('listDialogues')).data;
    expect(theirs.items.map((d) => d.id)).not.toContain(dialogue.id);
    const foreign = await otherWardOfficer.call('updateConclusionStatus', { params: { id: drain!.id }, body: { status: 'done' } });
    expect(foreign.statusCode).toBe(403);
  });

  it('refuses a dialogue held in the future and a conclusion due before the dialogue, saving nothing', async () => {
    const before = (await wardOfficer.call('listDialogues', { query: { unitId: wardId } })).data.items.length;
    const future = await wardOfficer.call('saveDialogue', {
      body: { unitId: wardId, heldOn: '2026-12-03', place: 'Hội trường UBND phường', chair: 'Chủ tịch UBND phường', attendance: 40 },
    });
    expect(future.statusCode).toBe(400);
    expect(future.error.code).toBe('dialogue.held_in_future');
    expect(future.error.message).toContain('03/12/2026');
    expect(future.error.fields?.heldOn).toBeDefined();
    expect((await wardOfficer.call('listDialogues', { query: { unitId: wardId } })).data.items.length).toBe(before);

    // "today" is judged in Tây Ninh: at 17:30 UTC on 01/12 it is already 02/12 there
    t.setNow(new Date('2026-12-01T17:30:00Z'));
    const today = await wardOfficer.call('saveDialogue', {
      body: { unitId: wardId, heldOn: '2026-12-02', place: 'Hội trường UBND phường', chair: 'Chủ tịch UBND phường', attendance: 40 },
    });
    expect(today.statusCode).toBe(200);
    t.setNow(NOW);

    const d = (
      await wardOfficer.call('saveDialogue', {
        body: { unitId: wardId, heldOn: '2026-10-05', place: 'Khu phố 3', chair: 'Phó Chủ tịch UBND phường', attendance: 30 },
      })
    ).data;
    const early = await wardOfficer.call('saveDialogueConclusion', {
      params: { id: d.id },
      body: { content: 'Sửa đèn chiếu sáng', assigneeUnitId: wardId, dueDate: '2026-10-01' },
    });
    expect(early.error.code).toBe('dialogue.conclusion_due');
    const again = (await wardOfficer.call('listDialogues', { query: { unitId: wardId } })).data.items.find((x) => x.id === d.id)!;
    expect(again.conclusions).toEqual([]);

    // a stale version is refused
    await wardOfficer.call('saveDialogue', {
      body: { id: d.id, version: 1, unitId: wardId, heldOn: '2026-10-05', place: 'Khu phố 3', chair: 'A', attendance: 31 },
    });
    const stale = await wardOfficer.call('saveDialogue', {
      body: { id: d.id, version: 1, unitId: wardId, heldOn: '2026-10-05', place: 'Khu phố 3', chair: 'B', attendance: 32 },
    });
    expect(stale.error.code).toBe('dialogue.version_conflict');

    // another ward may not record for this one
    const foreign = await otherWardOfficer.call('saveDialogue', {
      body: { unitId: wardId, heldOn: '2026-10-05', place: 'X', chair: 'Y', attendance: 1 },
    });
    expect(foreign.statusCode).toBe(403);
  });

  it('corrects a dialogue and an open conclusion with the checks of recording, audited; a closed conclusion stays as it was', async () => {
    const admin = await t.login('admin');
    const d = (
      await wardOfficer.call('saveDialogue', {
        body: { unitId: wardId, heldOn: '2026-11-10', place: 'Nhà văn hóa khu phố 5', chair: 'Chủ tịch UBND phường', attendance: 45 },
      })
    ).data;
    const base = { id: d.id, version: d.version, unitId: wardId, place: 'Nhà văn hóa khu phố 5', chair: 'Chủ tịch UBND phường' };
    const future = await wardOfficer.call('saveDialogue', { body: { ...base, heldOn: '2026-12-10', attendance: 45 } });
    expect(future.error.code).toBe('dialogue.held_in_future');
    const fixed = (await wardOfficer.call('saveDialogue', { body: { ...base, heldOn: '2026-11-11', attendance: 52, topics: ['Đất đai'] } }))
      .data;
    expect(fixed).toMatchObject({ heldOn: '2026-11-11', attendance: 52, topics: ['Đất đai'], version: d.version + 1 });

    const add = (content: string) =>
      wardOfficer.call('saveDialogueConclusion', {
        params: { id: d.id },
        body: { content, assigneeUnitId: wardId, dueDate: '2026-12-20' },
      });
    await add('Lắp đèn đường hẻm 12');
    const two = (await add('Nạo vét mương thoát nước')).data;
    const [lamp, ditch] = two.conclusions;
    const early = await wardOfficer.call('saveDialogueConclusion', {
      params: { id: d.id },
      body: { id: lamp!.id, content: 'Lắp đèn đường hẻm 12 và 14', assigneeUnitId: wardId, dueDate: '2026-11-01' },
    });
    expect(early.error.code).toBe('dialogue.conclusion_due');
    const corrected = await wardOfficer.call('saveDialogueConclusion', {
      params: { id: d.id },
      body: { id: lamp!.id, content: 'Lắp đèn đường hẻm 12 và 14', assigneeUnitId: wardId, dueDate: '2027-01-15' },
    });
    expect(corrected.data.conclusions.find((c) => c.id === lamp!.id)).toMatchObject({
      content: 'Lắp đèn đường hẻm 12 và 14',
      dueDate: '2027-01-15',
    });
    const audit = (await admin.call('listAuditLog', { query: { entityType: 'dialogue_conclusion', entityId: lamp!.id } })).data;
    expect(audit.items.map((a) => a.action)).toContain('dialogue.conclusion_changed');
    const dialogueAudit = (await admin.call('listAuditLog', { query: { entityType: 'dialogue', entityId: d.id } })).data;
    expect(dialogueAudit.items.map((a) => a.action)).toContain('dialogue.updated');

    await wardOfficer.call('updateConclusionStatus', { params: { id: ditch!.id }, body: { status: 'done', on: '2026-11-30' } });
    const closed = await wardOfficer.call('saveDialogueConclusion', {
      params: { id: d.id },
      body: { id: ditch!.id, content: 'Nạo vét mương (sửa)', assigneeUnitId: wardId, dueDate: '2026-12-20' },
    });
    expect(closed.error.message).toBe('Kết luận đã được đóng (hoàn thành hoặc giải trình); không thể sửa hay cập nhật thêm.');
    const after = (await wardOfficer.call('listDialogues', { query: { unitId: wardId } })).data.items.find((x) => x.id === d.id)!;
    expect(after.conclusions.find((c) => c.id === ditch!.id)!.content).toBe('Nạo vét mương thoát nước');
  });

  it('closes a dialogue once its conclusions are assigned: read-only until a coordinator reopens it with a reason; audited', async () => {
    const admin = await t.login('admin');
    const d = (
      await wardOfficer.call('saveDialogue', {
        body: { unitId: wardId, heldOn: '2026-11-05', place: 'Hội trường UBND phường', chair: 'Bí thư Đảng ủy phường', attendance: 60 },
      })
    ).data;
    expect(d).toMatchObject({ closedAt: null, canEdit: true, canClose: true, canReopen: false });
    const withConclusion = (
      await wardOfficer.call('saveDialogueConclusion', {
        params: { id: d.id },
        body: { content: 'Sửa cầu tạm qua kênh Tây', assigneeUnitId: wardId, dueDate: '2026-11-20' },
      })
    ).data;
    const [bridge] = withConclusion.conclusions;

    // the dialogue's day cannot move past a conclusion's due date (nothing saved)
    const moved = await wardOfficer.call('saveDialogue', {
      body: {
        id: d.id,
        version: withConclusion.version,
        unitId: wardId,
        heldOn: '2026-11-25',
        place: 'Hội trường UBND phường',
        chair: 'Bí thư Đảng ủy phường',
        attendance: 60,
      },
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.error.code).toBe('dialogue.held_after_conclusion_due');
    expect(moved.error.message).toBe(
      'Không thể đổi ngày đối thoại sang 25/11/2026: kết luận «Sửa cầu tạm qua kênh Tây» có hạn thực hiện 20/11/2026, trước ngày đối thoại.',
    );

    // another ward may not close it; its own officer does, once
    expect((await otherWardOfficer.call('closeDialogue', { params: { id: d.id }, body: {} })).statusCode).toBe(403);
    const closed = await wardOfficer.call('closeDialogue', { params: { id: d.id }, body: { version: withConclusion.version } });
    expect(closed.statusCode).toBe(200);
    expect(closed.data).toMatchObject({ canEdit: false, canClose: false, canReopen: false, closedByName: 'Cán bộ TN.TPTN.P1' });
    expect(closed.data.closedAt).not.toBeNull();
    expect((await wardOfficer.call('closeDialogue', { params: { id: d.id }, body: {} })).error.code).toBe('dialogue.closed');

    // read-only: neither the dialogue nor its conclusions change; the follow-up of a conclusion goes on
    const edit = await wardOfficer.call('saveDialogue', {
      body: { id: d.id, unitId: wardId, heldOn: '2026-11-05', place: 'Sân UBND phường', chair: 'Bí thư Đảng ủy phường', attendance: 61 },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.error.message).toBe(
      'Cuộc đối thoại đã được đóng: hồ sơ chỉ còn để xem. Cần điều phối viên mở lại (ghi lý do) trước khi sửa.',
    );
    const addLate = await wardOfficer.call('saveDialogueConclusion', {
      params: { id: d.id },
      body: { content: 'Thêm kết luận sau khi đóng', assigneeUnitId: wardId, dueDate: '2026-12-20' },
    });
    expect(addLate.error.code).toBe('dialogue.closed');
    const followed = await wardOfficer.call('updateConclusionStatus', {
      params: { id: bridge!.id },
      body: { status: 'in_progress', note: 'Đã khảo sát' },
    });
    expect(followed.statusCode).toBe(200);
    const seen = (await coordinator.call('listDialogues', { query: { unitId: wardId } })).data.items.find((x) => x.id === d.id)!;
    expect(seen).toMatchObject({ place: 'Hội trường UBND phường', attendance: 60, canReopen: true });
    expect(seen.conclusions).toHaveLength(1);

    // the officer may not reopen; the coordinator does, with a reason
    expect((await wardOfficer.call('reopenDialogue', { params: { id: d.id }, body: { reason: 'Sửa số người dự' } })).statusCode).toBe(403);
    const noReason = await coordinator.call('reopenDialogue', { params: { id: d.id }, body: { reason: ' ' } });
    expect(noReason.statusCode).toBe(400);
    const reopened = await coordinator.call('reopenDialogue', { params: { id: d.id }, body: { reason: 'Biên bản ghi sai số người dự' } });
    expect(reopened.data).toMatchObject({ closedAt: null, closedByName: null, canReopen: false });
    expect((await coordinator.call('reopenDialogue', { params: { id: d.id }, body: { reason: 'Lần nữa' } })).error.code).toBe(
      'dialogue.not_closed',
    );
    const fixed = await wardOfficer.call('saveDialogue', {
      body: {
        id: d.id,
        unitId: wardId,
        heldOn: '2026-11-05',
        place: 'Hội trường UBND phường',
        chair: 'Bí thư Đảng ủy phường',
        attendance: 75,
      },
    });
    expect(fixed.data.attendance).toBe(75);

    const audit = (await admin.call('listAuditLog', { query: { entityType: 'dialogue', entityId: d.id } })).data;
    const reopenedEntry = audit.items.find((a) => a.action === 'dialogue.reopened')!;
    expect(audit.items.map((a) => a.action)).toEqual(expect.arrayContaining(['dialogue.closed', 'dialogue.reopened']));
    expect(JSON.stringify(reopenedEntry.after)).toContain('Biên bản ghi sai số người dự');
  });

  it('feeds the derived criteria of a scorecard: conclusions done on time, complaints resolved on time', async () => {
    const officer = await t.login('stttt.canbo');
    const stttt = await t.unitId('TN.STTTT');
    const d = (
      await officer.call('saveDialogue', {
        body: { unitId: stttt, heldOn: '2026-10-01', place: 'Hội trường Sở', chair: 'Giám đốc Sở', attendance: 50 },
      })
    ).data;
    await officer.call('saveDialogueConclusion', {
      params: { id: d.id },
      body: { content: 'Hướng dẫn dịch vụ công trực tuyến', assigneeUnitId: stttt, dueDate: '2026-10-20' },
    });
    const two = (
      await officer.call('saveDialogueConclusion', {
        params: { id: d.id },
        body: { content: 'Phủ sóng di động vùng biên', assigneeUnitId: stttt, dueDate: '2026-11-10' },
      })
    ).data;
    await officer.call('updateConclusionStatus', { params: { id: two.conclusions[0]!.id }, body: { status: 'done', on: '2026-10-15' } });
    await officer.call('saveComplaintStatistics', {
      body: {
        unitId: stttt,
        year: 2026,
        periodKind: 'Y',
        rows: [{ kind: 'petition', received: 8, inCompetence: 8, resolved: 4, resolvedOnTime: 3, pending: 4 }],
      },
    });

    // 2.2 "Đối thoại với Nhân dân" and 4.2 "Giải quyết kiến nghị" scored from the records (0 → 0, 100 % → full)
    const derived = (indicator: string) => ({ kind: 'derived', indicator, mapping: { kind: 'linear', zeroAt: 0, fullAt: 100 } }) as const;
    const swap = (nodes: readonly ScorecardNode[]): ScorecardNode[] =>
      nodes.map((n) =>
        n.code === '2.2'
          ? { ...n, method: derived(DIALOGUE_CONCLUSIONS_ON_TIME_INDICATOR) }
          : n.code === '4.2'
            ? { ...n, method: derived(COMPLAINTS_RESOLVED_ON_TIME_INDICATOR) }
            : { ...n, ...(n.children ? { children: swap(n.children) } : {}) },
      );
    const v = exampleScorecardPercent();
    const { id: _id, decision: _d, name: _n, ...definition } = { ...v, nodes: swap(v.nodes) };
    const sc = (
      await coordinator.call('createScorecard', {
        body: {
          decisionNumber: 'DT-THU/QĐ-UBND',
          decisionDate: '2026-01-15',
          name: 'Bộ tiêu chí thử có tiêu chí đối thoại',
          definition: definition as never,
        },
      })
    ).data;
    expect(sc.problems).toEqual([]);
    await coordinator.call('activateScorecard', { params: { id: sc.id }, body: { expectedVersion: sc.version } });
    const a = (await officer.call('openAssessment', { body: { unitId: stttt, year: 2026, scorecardId: sc.id } })).data;
    const saved = (await officer.call('saveSelfAssessment', { params: { id: a.id }, body: { expectedVersion: a.version, scores: [] } }))
      .data;
    // one of two conclusions due was done on time; 3 of 4 petitions resolved on time
    expect(saved.indicators[DIALOGUE_CONCLUSIONS_ON_TIME_INDICATOR]).toBe(50);
    expect(saved.indicators[COMPLAINTS_RESOLVED_ON_TIME_INDICATOR]).toBe(75);
    const nodes = (saved.result as unknown as { nodes: { code: string; self: number | null }[] }).nodes;
    expect(nodes.find((n) => n.code === '2.2')!.self).toBe(5);
  });
});
