// The unit's own records feed its periodic report and the province's consolidation (issues 12, 13):
// complaint figures, dialogues and their conclusions, recognised models are proposed in the report
// with where they came from, a value the officer typed is never overwritten, and the consolidation
// sums the records with how many units have them. One plan of its own, records of one department.
// An overdue conclusion also reaches the assignee's e-mail digest and the coordinator's reminder log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { paragraphs, plainText, readDocx } from '@dvcq/docgen/src/test-support/read-docx.ts';
import { normaliseText } from '@dvcq/docgen/src/test-support/seed-text.ts';
import { emailOutbox, type ReportIndicatorRow } from '../../db/schema.ts';
import { planConclusionReminders } from '../reminders/conclusions.usecases.ts';
import { buildDigests } from '../reminders/digests.usecases.ts';
import { createRemindersRepository } from '../reminders/reminders.repository.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { publishedPlan, reportForm } from '../../testing/factories.ts';

const OCT_15 = new Date('2026-10-15T03:00:00Z');

const ind = (code: string, name: string, source: string | null): ReportIndicatorRow => ({
  code,
  name,
  type: 'integer',
  unit: null,
  required: false,
  min: null,
  max: null,
  rollup: 'sum',
  group: null,
  source,
});

describe('report sources: pre-filled report and consolidated records', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(() => t.setNow(OCT_15));
  afterAll(() => t.close());

  it('pre-fills the quarter report from the unit’s records, keeps typed values, and totals them for the province', async () => {
    const plan = await publishedPlan(t, {
      issuerCode: 'TN',
      year: 2026,
      number: '77/KH-NGUON',
      title: 'Kế hoạch công tác dân vận chính quyền năm 2026',
      publishedAt: new Date('2026-03-06T02:00:00Z'),
      milestones: [
        {
          title: 'Báo cáo quý III',
          dueDate: '2026-10-20',
          inclusive: true,
          deliverableKind: 'period_report',
          periodKind: 'Q3',
          periodYear: 2026,
          unitKinds: ['department'],
        },
      ],
    });
    await reportForm(t, {
      planId: plan.planId,
      periodKind: 'Q3',
      periodYear: 2026,
      sections: [{ code: 'KET_QUA', title: 'Kết quả thực hiện' }],
      indicators: [
        ind('KN', 'Số đơn tiếp nhận', 'complaints.received'),
        ind('GQ', 'Số đơn đã giải quyết', 'complaints.resolved'),
        ind('DT', 'Số cuộc đối thoại', 'dialogues.held'),
        ind('KL_QH', 'Số kết luận quá hạn', 'dialogues.conclusions_overdue'),
        ind('MH', 'Số mô hình được công nhận', 'movement.models_recognised'),
        ind('KHAC', 'Chỉ tiêu nhập tay', null),
      ],
    });
    const obligationId = await plan.obligationIdOf(0, 'TN.STTTT');
    const officer = await t.login('stttt.canbo');
    const coordinator = await t.login('snv.dieuphoi');
    const stttt = await t.unitId('TN.STTTT');

    // The department's records of the third quarter.
    await officer.call('saveComplaintStatistics', {
      body: {
        unitId: stttt,
        year: 2026,
        periodKind: 'Q3',
        rows: [
          { kind: 'complaint', received: 6, inCompetence: 5, resolved: 4, resolvedOnTime: 3, pending: 1 },
          { kind: 'petition', received: 10, inCompetence: 8, resolved: 8, resolvedOnTime: 8, pending: 0 },
        ],
      },
    });
    const dialogue = (
      await officer.call('saveDialogue', {
        body: { unitId: stttt, heldOn: '2026-08-05', place: 'Hội trường Sở', chair: 'Giám đốc Sở', attendance: 60 },
      })
    ).data;
    await officer.call('saveDialogueConclusion', {
      params: { id: dialogue.id },
      body: { content: 'Phủ sóng di động vùng biên', assigneeUnitId: stttt, dueDate: '2026-09-01' },
    });
    const withTwo = (
      await officer.call('saveDialogueConclusion', {
        params: { id: dialogue.id },
        body: { content: 'Hướng dẫn dịch vụ công trực tuyến', assigneeUnitId: stttt, dueDate: '2026-09-20' },
      })
    ).data;
    await officer.call('updateConclusionStatus', {
      params: { id: withTwo.conclusions[1]!.id },
      body: { status: 'done', on: '2026-09-10' },
    });
    const model = (
      await officer.call('saveModel', {
        body: {
          unitId: stttt,
          registeredOn: '2026-07-10',
          name: 'Bình dân học vụ số cho người cao tuổi',
          field: 'administrative_reform',
          problem: 'Người cao tuổi chưa dùng được dịch vụ công trực tuyến',
          goals: '500 người cao tuổi tự nộp hồ sơ trực tuyến',
          activities: 'Lớp hướng dẫn tại nhà văn hóa mỗi tuần',
        },
      })
    ).data;
    await officer.call('changeModelState', { params: { id: model.id }, body: { action: 'start' } });
    await officer.call('changeModelState', { params: { id: model.id }, body: { action: 'propose' } });
    const recognised = await coordinator.call('recogniseModel', {
      params: { id: model.id },
      body: { decisionNumber: '88/QĐ-UBND', decisionDate: '2026-09-15', decisionIssuer: 'UBND tỉnh Tây Ninh', level: 'province' },
    });
    expect(recognised.statusCode).toBe(200);

    // The officer opens the report: every sourced figure is proposed, with where it came from.
    const opened = (await officer.call('getReport', { params: { obligationId } })).data;
    const proposed = Object.fromEntries(Object.entries(opened.prefill.values).map(([k, v]) => [k, v.value]));
    expect(proposed).toEqual({ KN: 16, GQ: 12, DT: 1, KL_QH: 1, MH: 1 });
    expect(opened.prefill.values.KN!.origin).toBe('Thống kê tiếp công dân, khiếu nại, tố cáo quý III năm 2026');
    expect(opened.prefill.values.MH!.origin).toBe('Sổ mô hình "Dân vận khéo" quý III năm 2026');
    const lists = Object.fromEntries(opened.prefill.lists.map((l) => [l.key, l]));
    expect(lists['movement.models_recognised']!.items[0]).toMatchObject({
      text: 'Bình dân học vụ số cho người cao tuổi',
      details: expect.arrayContaining(['Quyết định số 88/QĐ-UBND ngày 15/09/2026 của UBND tỉnh Tây Ninh (Cấp tỉnh)']),
    });
    expect(lists['dialogues.conclusions_overdue']!.items.map((i) => i.text)).toEqual(['Phủ sóng di động vùng biên']);

    // The officer corrects one figure and saves: the typed value stays, the others are still proposed.
    const saved = await officer.call('saveReportDraft', {
      params: { obligationId },
      body: {
        expectedVersion: 0,
        saveId: 'nguon-luu-1',
        sections: {},
        values: { KN: 20, KHAC: 3 },
        cutOffDate: null,
        attachmentFileIds: [],
      },
    });
    expect(saved.statusCode).toBe(200);
    const reopened = (await officer.call('getReport', { params: { obligationId } })).data;
    expect(reopened.values).toEqual({ KN: 20, KHAC: 3 });
    expect(Object.keys(reopened.prefill.values).sort()).toEqual(['DT', 'GQ', 'KL_QH', 'MH']);
    expect(reopened.prefill.readings.KN!.value).toBe(16);

    // A source the registry does not know is refused in the form, beside the indicator.
    const bad = await coordinator.call('saveReportForm', {
      body: {
        planId: plan.planId,
        periodKind: 'Y',
        periodYear: 2026,
        sections: [{ code: 'KET_QUA', title: 'Kết quả' }],
        indicators: [{ ...ind('X', 'Chỉ tiêu', 'complaints.unknown'), rollup: 'sum' }],
        expectedVersion: 0,
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.error.fields!['indicators.0.source']).toBe('Không có nguồn số liệu "complaints.unknown".');

    // The province's consolidation sums the records of the units that owe the report, with how many have them.
    const c = (await coordinator.call('getConsolidation', { query: { planId: plan.planId, periodKind: 'Q3', periodYear: 2026 } })).data;
    const figures = Object.fromEntries(c.records.figures.map((f) => [f.key, f]));
    expect(c.expectedCount).toBeGreaterThan(1);
    expect(figures['complaints.received']).toMatchObject({ value: 16, unitsReported: 1 });
    expect(figures['dialogues.held']).toMatchObject({ value: 1, unitsReported: 1 });
    expect(figures['movement.models_recognised']).toMatchObject({ value: 1, unitsReported: 1 });
    expect(c.records.lists.map((l) => [l.unitName, l.items.map((i) => i.text)])).toEqual([
      ['Sở Thông tin và Truyền thông', ['Bình dân học vụ số cho người cao tuổi']],
    ]);

    // The Excel and the Word report carry the same totals and the recognised model by unit.
    const period = { planId: plan.planId, periodKind: 'Q3' as const, periodYear: 2026 };
    const xlsx = await coordinator.call('exportConsolidationXlsx', { query: period });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    const rowsOf = (name: string) =>
      wb
        .getWorksheet(name)!
        .getSheetValues()
        .map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rowsOf('Số liệu từ hồ sơ')).toEqual(
      expect.arrayContaining([
        ['Số đơn khiếu nại, tố cáo, kiến nghị tiếp nhận', 16, 1],
        ['Số cuộc đối thoại với Nhân dân đã tổ chức', 1, 1],
        [figures['movement.models_recognised']!.label, 1, 1],
      ]),
    );
    expect(rowsOf('Mô hình được công nhận')).toContainEqual([
      'Sở Thông tin và Truyền thông',
      'Bình dân học vụ số cho người cao tuổi',
      expect.stringContaining('Quyết định số 88/QĐ-UBND ngày 15/09/2026'),
    ]);
    const docx = await coordinator.call('exportConsolidationDocx', { body: period });
    expect(docx.statusCode, docx.raw.body.slice(0, 300)).toBe(200);
    const text = paragraphs((await readDocx(docx.raw.rawPayload)).document).map((p) => normaliseText(plainText(p)));
    const at = text.findIndex((p) => p.endsWith('Số liệu từ hồ sơ của các cơ quan, đơn vị'));
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at)).toEqual(
      expect.arrayContaining([
        'Số đơn khiếu nại, tố cáo, kiến nghị tiếp nhận',
        '16',
        'Sở Thông tin và Truyền thông — Mô hình "Dân vận khéo" được công nhận:',
        '- Bình dân học vụ số cho người cao tuổi',
      ]),
    );
  });

  it('sends an overdue dialogue conclusion in the e-mail digest and lists it on the reminder log page', async () => {
    const officer = await t.login('stttt.canbo');
    const stttt = await t.unitId('TN.STTTT');
    const content = 'Lắp camera giám sát tại ngã ba Bàu Năng (nhắc qua thư)';
    const dialogue = (
      await officer.call('saveDialogue', {
        body: { unitId: stttt, heldOn: '2026-09-01', place: 'Hội trường Sở', chair: 'Phó Giám đốc Sở', attendance: 35 },
      })
    ).data;
    const saved = await officer.call('saveDialogueConclusion', {
      params: { id: dialogue.id },
      body: { content, assigneeUnitId: stttt, dueDate: '2026-10-10' },
    });
    expect(saved.statusCode).toBe(200);
    const conclusionId = saved.data.conclusions.find((c) => c.content === content)!.id;

    const repo = createRemindersRepository(t.deps.database.db);
    await planConclusionReminders(repo, OCT_15, true);
    await buildDigests(repo, { digestHour: 7, publicUrl: 'https://dvcq.tayninh.gov.vn' }, OCT_15);

    const me = (await officer.call('getCurrentUser', {})).data.user;
    const mails = await t.deps.database.db
      .select()
      .from(emailOutbox)
      .where(inArray(emailOutbox.userId, [me.id]));
    const digest = mails.find((m) => m.kind === 'digest' && m.textBody.includes(content));
    expect(digest).toBeDefined();
    expect(digest!.textBody).toContain(`Thực hiện kết luận đối thoại: ${content} — Sở Thông tin và Truyền thông`);
    expect(digest!.textBody).toContain('Theo Kết luận cuộc đối thoại với Nhân dân ngày 01/09/2026');
    expect(digest!.textBody).toContain(`https://dvcq.tayninh.gov.vn/doi-thoai?ket-luan=${conclusionId}`);

    const log = (await (await t.login('snv.dieuphoi')).call('listReminderLog', { query: {} })).data;
    const mine = log.conclusions.filter((c) => c.conclusionId === conclusionId);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.find((c) => c.userName === me.fullName)).toMatchObject({ email: 'pending', unitName: 'Sở Thông tin và Truyền thông' });
  });
});
