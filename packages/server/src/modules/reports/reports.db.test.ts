// Periodic reports end to end through the HTTP API, on a real database: the 2024 seed report reads back
// exactly, the review workflow keeps every version, saving is idempotent and conflict-safe, malformed
// values are refused in Vietnamese without losing the draft, and the consolidation (and its Excel file)
// adds up to a hand sum. Each test publishes its own plan and brings its reports to the state it needs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { SaveReportDraftRequest } from '@dvcq/shared';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { publishedPlan, reportForm, reportIn } from '../../testing/factories.ts';
import { pdfUpload } from '../../testing/sweep.ts';
import { eq } from 'drizzle-orm';
import { emailOutbox } from '../../db/schema.ts';
import { enqueueEventEmails } from '../notifications/email.usecases.ts';
import { createRemindersRepository } from '../reminders/reminders.repository.ts';
import {
  FORM_SECTIONS,
  INDICATORS_2025,
  SEED_CUT_OFF,
  SEED_INDICATORS,
  SEED_RULES,
  SEED_SECTIONS,
  SEED_VALUES,
  SEED_VALUES_TYPED,
  loadReportsDemo,
} from '../../demo/demo-reports.ts';

const MAY_12 = new Date('2025-05-12T03:00:00Z');

describe('periodic reports', () => {
  let t: TestApp;
  let plans = 0;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(() => t.setNow(MAY_12));
  afterAll(() => t.close());

  /** A province plan of its own with a six-month report owed by departments and districts, and (unless asked) its form. */
  async function planWithForm(opts: { form?: boolean } = {}) {
    const plan = await publishedPlan(t, {
      issuerCode: 'TN',
      year: 2025,
      number: `${++plans}/KH-BCTN`,
      title: 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 trên địa bàn tỉnh Tây Ninh',
      milestones: [
        {
          title: 'Báo cáo 6 tháng',
          dueDate: '2025-05-20',
          inclusive: false,
          deliverableKind: 'period_report',
          periodKind: 'H1',
          periodYear: 2025,
          unitKinds: ['department', 'district'],
        },
      ],
    });
    if (opts.form !== false)
      await reportForm(t, {
        planId: plan.planId,
        periodKind: 'H1',
        periodYear: 2025,
        sections: FORM_SECTIONS,
        indicators: INDICATORS_2025,
        rules: SEED_RULES,
      });
    return {
      planId: plan.planId,
      stttt: await plan.obligationIdOf(0, 'TN.STTTT'),
      city: await plan.obligationIdOf(0, 'TN.TPTN'),
      hoaThanh: await plan.obligationIdOf(0, 'TN.HOATHANH'),
    };
  }

  const save = (
    client: TestClient,
    obligationId: string,
    body: Partial<SaveReportDraftRequest> & Pick<SaveReportDraftRequest, 'expectedVersion' | 'saveId'>,
  ) =>
    client.call('saveReportDraft', {
      params: { obligationId },
      body: { sections: {}, values: {}, cutOffDate: null, attachmentFileIds: [], ...body },
    });
  const get = async (client: TestClient, obligationId: string) => (await client.call('getReport', { params: { obligationId } })).data;
  const sttttReport = (
    state: 'draft' | 'submitted' | 'accepted',
    obligationId: string,
    values: Record<string, number | string> = SEED_VALUES,
  ) =>
    reportIn(t, state, {
      obligationId,
      officer: 'stttt.canbo',
      leader: 'stttt.lanhdao',
      sections: SEED_SECTIONS,
      values,
      cutOffDate: SEED_CUT_OFF,
    });

  it('proposes a form from the plan, refuses impossible roll-ups, and saves the coordinator’s form', async () => {
    const { planId, stttt } = await planWithForm({ form: false });
    const coordinator = await t.login('snv.dieuphoi');
    const officer = await t.login('stttt.canbo');
    const formBody = (expectedVersion: number) => ({
      planId,
      periodKind: 'H1' as const,
      periodYear: 2025,
      sections: FORM_SECTIONS,
      indicators: INDICATORS_2025,
      rules: SEED_RULES,
      expectedVersion,
    });

    const proposal = (await coordinator.call('getReportForm', { query: { planId, periodKind: 'H1', periodYear: 2025 } })).data;
    expect(proposal.exists).toBe(false);
    expect(proposal.sections.map((s) => s.title)).toEqual(['Nhiệm vụ, giải pháp thời gian tới', 'Kiến nghị, đề xuất']);

    const bad = await coordinator.call('saveReportForm', {
      body: { ...formBody(0), indicators: [{ code: 'ghi_chu', name: 'Ghi chú', type: 'text', rollup: 'sum' }], rules: [] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.error.fields!['indicators.0.rollup']).toBe('Không thể tổng hợp "Cộng tổng" cho kiểu "Văn bản".');

    expect((await officer.call('saveReportForm', { body: formBody(0) })).statusCode).toBe(403);
    const saved = await coordinator.call('saveReportForm', { body: formBody(0) });
    expect(saved.data.version).toBe(1);
    const stale = await coordinator.call('saveReportForm', { body: formBody(0) });
    expect(stale.statusCode).toBe(409);
    // The unit sees the form inside its report.
    const report = await get(officer, stttt);
    expect(report.status).toBe('not_started');
    expect(report.can.edit).toBe(true);
  });

  it('refuses a draft while the plan has no form for the period (404, not a conflict)', async () => {
    const { stttt } = await planWithForm({ form: false });
    const res = await save(await t.login('stttt.canbo'), stttt, { expectedVersion: 0, saveId: 'save-noform' });
    expect(res.statusCode).toBe(404);
    expect(res.error.code).toBe('report.form_not_found');
  });

  it('refuses malformed values in Vietnamese, field by field, and keeps the saved draft', async () => {
    const { stttt } = await planWithForm();
    const officer = await t.login('stttt.canbo');
    const first = await save(officer, stttt, {
      expectedVersion: 0,
      saveId: 'save-0001',
      sections: { ND1: 'Đoạn đầu tiên.' },
      values: { staff_total: '55' },
    });
    expect(first.data.version).toBe(1);

    const letters = await save(officer, stttt, {
      expectedVersion: 1,
      saveId: 'save-0002',
      sections: { ND1: 'Sửa đổi' },
      values: { staff_total: 55, fine_amount: '68tr750' },
    });
    expect(letters.statusCode).toBe(400);
    expect(letters.error.code).toBe('report.values_invalid');
    expect(letters.error.fields).toEqual({ 'values.fine_amount': 'Số tiền phải là số đồng, ví dụ 68.750.000' });

    const percent = await save(officer, stttt, { expectedVersion: 1, saveId: 'save-0003', values: { pct_staff_studied: 120 } });
    expect(percent.statusCode).toBe(400);
    expect(percent.error.fields!['values.pct_staff_studied']).toMatch(/Tỷ lệ phải từ 0 đến 100|không được lớn hơn 100/);

    const kept = await get(officer, stttt);
    expect(kept.version).toBe(1);
    expect(kept.sections.ND1).toBe('Đoạn đầu tiên.');
    expect(kept.values).toEqual({ staff_total: 55 });
  });

  it('refuses a fake PDF and an oversized upload with a clear message; the draft is untouched', async () => {
    const { stttt } = await planWithForm();
    await reportIn(t, 'draft', { obligationId: stttt, officer: 'stttt.canbo', leader: 'stttt.lanhdao', sections: { ND1: 'Bản nháp.' } });
    const officer = await t.login('stttt.canbo');
    const unitId = await t.unitId('TN.STTTT');
    const fake = await officer.call('uploadFile', {
      query: { unitId },
      file: { filename: 'bao-cao.pdf', content: 'day khong phai PDF', contentType: 'application/pdf' },
    });
    expect(fake.statusCode).toBe(400);
    expect(fake.error.message).toBe('Nội dung tệp "bao-cao.pdf" không đúng định dạng như phần mở rộng (tệp bị hỏng hoặc bị đổi tên).');

    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(t.deps.config.maxUploadBytes + 1024, 0x20)]);
    const tooBig = await officer.call('uploadFile', {
      query: { unitId },
      file: { filename: 'lon.pdf', content: big, contentType: 'application/pdf' },
    });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.error.message).toMatch(/vượt quá dung lượng cho phép/);
    expect((await get(officer, stttt)).version).toBe(1);
  });

  it('stores the 2024 seed report’s numbers typed the Vietnamese way and reads them back exactly', async () => {
    const { stttt } = await planWithForm();
    const officer = await t.login('stttt.canbo');
    const leader = await t.login('stttt.lanhdao');
    const up = pdfUpload('Bao-cao-2024.pdf');
    const file = (
      await officer.request({
        method: 'POST',
        url: `/api/files?unitId=${await t.unitId('TN.STTTT')}`,
        payload: up.payload,
        headers: up.headers,
      })
    ).json() as { id: string };
    const res = await save(officer, stttt, {
      expectedVersion: 0,
      saveId: 'save-0004',
      sections: SEED_SECTIONS,
      values: { ...SEED_VALUES_TYPED, pct_staff_studied: '100 %' },
      cutOffDate: SEED_CUT_OFF,
      attachmentFileIds: [file.id],
    });
    expect(res.statusCode, res.raw.body).toBe(200);
    const back = await get(leader, stttt);
    expect(back.values).toEqual({ ...SEED_VALUES, pct_staff_studied: 100 });
    expect(back.values.fine_amount).toBe(68_750_000);
    expect(back.cutOffDate).toBe('2024-10-28');
    expect(back.sections.ND3).toContain('68.750.000 đồng');
    expect(back.attachments.map((a) => a.filename)).toEqual(['Bao-cao-2024.pdf']);
    expect(back.can.submit).toBe(true);
    expect(SEED_INDICATORS.every((i) => i.code in back.values)).toBe(true);
  });

  it('answers a retried save with the same result and no new version; a concurrent edit gets a clear conflict', async () => {
    const { stttt } = await planWithForm();
    await sttttReport('draft', stttt);
    const officer = await t.login('stttt.canbo');
    const leader = await t.login('stttt.lanhdao');
    const body = {
      expectedVersion: 1,
      saveId: 'save-0005',
      sections: { ...SEED_SECTIONS, KIEN_NGHI: 'Không có.' },
      values: SEED_VALUES,
      cutOffDate: SEED_CUT_OFF,
    };
    const a = await save(officer, stttt, body);
    const b = await save(officer, stttt, body);
    expect(a.data.version).toBe(2);
    expect(b.data.version).toBe(2);

    const other = await save(leader, stttt, { ...body, saveId: 'save-0006', sections: { ND1: 'Bản của người khác' } });
    expect(other.statusCode).toBe(409);
    expect(other.error.code).toBe('report.version_conflict');
    expect(other.error.message).toMatch(/vừa được người khác sửa/);
    expect((await get(officer, stttt)).sections.KIEN_NGHI).toBe('Không có.');
  });

  it('runs submit → return with comments → resubmit → accept → reopen, keeping every version and the first submission time', async () => {
    const { stttt } = await planWithForm();
    await sttttReport('draft', stttt);
    let officer = await t.login('stttt.canbo');
    let leader = await t.login('stttt.lanhdao');
    let coordinator = await t.login('snv.dieuphoi');
    const submit = (client: TestClient, expectedVersion: number, requestKey: string, signerTitle?: string) =>
      client.call('submitReport', {
        params: { obligationId: stttt },
        body: { expectedVersion, requestKey, ...(signerTitle ? { signerTitle } : {}) },
      });

    expect((await submit(officer, 1, 'submit-0001')).statusCode).toBe(403);
    const sub = await submit(leader, 1, 'submit-0001', 'GIÁM ĐỐC');
    expect(sub.statusCode, sub.raw.body).toBe(200);
    const retry = await submit(leader, 1, 'submit-0001', 'GIÁM ĐỐC');
    let r = retry.data;
    expect(r.status).toBe('submitted');
    expect(r.versions).toHaveLength(1);
    expect(r.versions[0]!.signerName).toBe('Lê Văn Hải');
    const firstSubmittedAt = r.firstSubmittedAt;
    expect(firstSubmittedAt).toBe('2025-05-12T03:00:00.000Z');

    // The unit's own leader is not the receiving coordinator; locked while waiting.
    expect(
      (await leader.call('acceptReport', { params: { obligationId: stttt }, body: { expectedVersion: 2, requestKey: 'accept-x' } }))
        .statusCode,
    ).toBe(403);
    expect((await save(officer, stttt, { expectedVersion: 2, saveId: 'save-0007' })).error.code).toBe('report.not_editable');

    const noComment = await coordinator.call('returnReport', {
      params: { obligationId: stttt },
      body: { expectedVersion: 2, requestKey: 'return-0000' },
    });
    expect(noComment.statusCode).toBe(400);
    const ret = await coordinator.call('returnReport', {
      params: { obligationId: stttt },
      body: {
        expectedVersion: 2,
        requestKey: 'return-0001',
        comment: 'Đề nghị bổ sung.',
        sectionComments: { ND4: 'Nêu rõ số người tham gia ủng hộ.' },
      },
    });
    expect(ret.data.status).toBe('returned');

    const notes = (await officer.call('listNotifications')).data;
    expect(notes.items[0]!.title).toBe('Báo cáo 6 tháng đầu năm 2025 của Sở Thông tin và Truyền thông bị trả lại để bổ sung, chỉnh sửa');
    expect(notes.items[0]!.link).toBe(`/bao-cao/${stttt}`);
    // The e-mail made from it says who returned the report and which section each comment is on.
    await enqueueEventEmails(createRemindersRepository(t.deps.database.db), 'https://dvcq.tayninh.gov.vn', t.now());
    const [mail] = await t.deps.database.db.select().from(emailOutbox).where(eq(emailOutbox.notificationId, notes.items[0]!.id));
    const reviewer = (await coordinator.call('getCurrentUser', {})).data.user.fullName;
    expect(mail!.textBody).toContain(`Người trả lại: ${reviewer}.`);
    expect(mail!.textBody).toContain('Ý kiến chung: Đề nghị bổ sung.');
    expect(mail!.textBody).toContain(`- Mục “${FORM_SECTIONS.find((x) => x.code === 'ND4')!.title}”: Nêu rõ số người tham gia ủng hộ.`);
    expect((await officer.call('markNotificationRead', { params: { id: notes.items[0]!.id } })).statusCode).toBe(200);
    expect((await leader.call('markNotificationRead', { params: { id: notes.items[0]!.id } })).statusCode).toBe(404);
    expect((await coordinator.call('listNotifications')).data.items[0]!.title).toMatch(/đã gửi báo cáo 6 tháng đầu năm 2025/);

    // Resubmitted after the deadline: sessions from before the jump have expired, so sign in again.
    t.setNow(new Date('2025-05-25T03:00:00Z'));
    officer = await t.login('stttt.canbo');
    leader = await t.login('stttt.lanhdao');
    coordinator = await t.login('snv.dieuphoi');
    const fixed = await save(officer, stttt, {
      expectedVersion: 3,
      saveId: 'save-0008',
      sections: { ...SEED_SECTIONS, ND4: `${SEED_SECTIONS.ND4}\n\nCó 55/55 công chức, người lao động tham gia ủng hộ.` },
      values: { ...SEED_VALUES, staff_total: 56 },
      cutOffDate: SEED_CUT_OFF,
    });
    expect(fixed.statusCode, fixed.raw.body).toBe(200);
    r = (await submit(leader, 4, 'submit-0002')).data;
    expect(r.versions.map((v) => v.values.staff_total)).toEqual([55, 56]);
    expect(r.versions[1]!.sections.ND4).toContain('55/55');
    expect(r.firstSubmittedAt).toBe(firstSubmittedAt);
    const listed = (await coordinator.call('listReports', { query: { periodKind: 'H1', periodYear: 2025 } })).data;
    expect(listed.find((x) => x.obligationId === stttt)).toMatchObject({ onTime: true, status: 'submitted', canReview: true });

    expect(
      (await coordinator.call('acceptReport', { params: { obligationId: stttt }, body: { expectedVersion: 5, requestKey: 'accept-0001' } }))
        .data.status,
    ).toBe('accepted');
    expect((await officer.call('listNotifications')).data.items[0]!.title).toMatch(/đã được tiếp nhận/);
    const locked = await save(officer, stttt, { expectedVersion: 6, saveId: 'save-0009' });
    expect(locked.statusCode).toBe(409);
    expect(locked.error.message).toMatch(/đã được tiếp nhận và khóa/);

    r = (
      await coordinator.call('reopenReport', {
        params: { obligationId: stttt },
        body: { expectedVersion: 6, requestKey: 'reopen-0001', reason: 'Đơn vị đề nghị điều chỉnh số liệu' },
      })
    ).data;
    expect(r.status).toBe('returned');
    expect(r.reviews.map((x) => x.decision)).toEqual(['returned', 'accepted', 'reopened']);
    expect(r.reviews[0]!.sectionComments).toEqual({ ND4: 'Nêu rõ số người tham gia ủng hộ.' });
  });

  it('blocks submission on a broken cross-field rule with the rule’s message, while the draft may hold it', async () => {
    const { city } = await planWithForm();
    const cityOfficer = await t.login('tptn.canbo');
    const cityLeader = await t.login('tptn.lanhdao');
    const draft = await save(cityOfficer, city, {
      expectedVersion: 0,
      saveId: 'city-0001',
      sections: { ND1: 'Thành phố triển khai kế hoạch.' },
      values: { staff_total: 10, staff_political_training: 12 },
      cutOffDate: '2025-05-10',
    });
    expect(draft.data.problems.map((p) => p.message)).toContain(
      'Số người được cử học lý luận chính trị không được lớn hơn tổng số công chức, viên chức, người lao động',
    );
    const sub = await cityLeader.call('submitReport', {
      params: { obligationId: city },
      body: { expectedVersion: 1, requestKey: 'city-submit-1' },
    });
    expect(sub.statusCode).toBe(400);
    expect(sub.error.code).toBe('report.incomplete');
    expect(sub.error.fields!['values.staff_political_training']).toMatch(/không được lớn hơn/);
  });

  it('consolidates accepted reports only: totals equal a hand sum, with units behind each figure, missing units, texts by section, Word and Excel', async () => {
    const { planId, stttt, city, hoaThanh } = await planWithForm();
    // The department's last version leaves the percentage empty: it is missing, never counted as zero.
    await sttttReport('accepted', stttt, { ...SEED_VALUES, staff_total: 56 });
    await reportIn(t, 'accepted', {
      obligationId: city,
      officer: 'tptn.canbo',
      leader: 'tptn.lanhdao',
      sections: { ND1: 'Thành phố triển khai kế hoạch.', NHIEM_VU: 'Tiếp tục đối thoại.' },
      values: { staff_total: 120, inspections: 3, fine_amount: '1.250.000', pct_staff_studied: 90 },
      cutOffDate: '2025-05-10',
    });
    const coordinator = await t.login('snv.dieuphoi');
    const officer = await t.login('stttt.canbo');
    // A unit that has not reported does not count.
    expect((await get(await t.login('admin'), hoaThanh)).status).toBe('not_started');

    const c = (await coordinator.call('getConsolidation', { query: { planId, periodKind: 'H1', periodYear: 2025 } })).data;
    expect(c.root.id).toBe(await t.unitId('TN'));
    expect(c.acceptedCount).toBe(2);
    const fig = (code: string) => c.figures.find((f) => f.code === code)!;
    expect(fig('staff_total')).toMatchObject({ value: 56 + 120, reportedBy: 2 });
    expect(fig('inspections')).toMatchObject({ value: 7 + 3, reportedBy: 2 });
    expect(fig('fine_amount')).toMatchObject({ value: 68_750_000 + 1_250_000, reportedBy: 2 });
    expect(fig('violating_subscribers')).toMatchObject({ value: 358, reportedBy: 1 });
    expect(fig('pct_staff_studied')).toMatchObject({ value: 90, reportedBy: 1, expected: c.expectedCount });
    expect(c.missing.count).toBe(c.expectedCount - 2);
    const missing = (
      await coordinator.call('getConsolidationMissing', { query: { planId, periodKind: 'H1', periodYear: 2025, limit: 500 } })
    ).data;
    expect(missing.units.map((m) => m.name)).toContain('Ủy ban nhân dân thị xã Hòa Thành');
    expect(missing.units).toHaveLength(c.expectedCount - 2);
    expect(c.sections.find((s) => s.code === 'NHIEM_VU')!.entries.map((e) => e.unitName)).toEqual([
      'Sở Thông tin và Truyền thông',
      'Ủy ban nhân dân thành phố Tây Ninh',
    ]);

    const xlsx = await coordinator.call('exportConsolidationXlsx', { query: { planId, periodKind: 'H1', periodYear: 2025 } });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const headerRow = ws.getRows(1, ws.rowCount)!.find((row) => row.getCell(1).value === 'Tên cơ quan, đơn vị')!;
    const fineCol = (headerRow.values as unknown[]).findIndex((v) => v === 'Tổng số tiền xử phạt vi phạm hành chính (đồng)');
    expect(fineCol).toBeGreaterThan(0);
    const totalRow = ws.getRows(1, ws.rowCount)!.find((row) => row.getCell(1).value === 'Tổng cộng')!;
    const total = totalRow.getCell(fineCol).value as { result?: number } | number;
    expect(typeof total === 'number' ? total : total.result).toBe(70_000_000);
    let handSum = 0;
    ws.eachRow((row, n) => {
      if (n > headerRow.number && n < totalRow.number) handSum += Number(row.getCell(fineCol).value ?? 0);
    });
    expect(handSum).toBe(70_000_000);
    expect(ws.getCell(totalRow.number, fineCol).numFmt).toContain('#,##0');

    const docx = await coordinator.call('exportConsolidationDocx', {
      body: { planId, periodKind: 'H1', periodYear: 2025, sections: { ND1: 'Văn bản tổng hợp đã biên tập.' } },
    });
    expect(docx.statusCode, docx.raw.body.slice(0, 300)).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.raw.rawPayload.subarray(0, 2).toString()).toBe('PK');

    // Outside the unit's subtree the consolidation is refused.
    expect((await officer.call('getConsolidation', { query: { planId, periodKind: 'H1', periodYear: 2025 } })).statusCode).toBe(403);
  });

  it('loads the demo: the 2024 seed report accepted with its exact numbers, and a spread of 2025 reports', async () => {
    await loadReportsDemo(t.deps.database, new Date('2025-06-01T00:00:00Z'));
    await loadReportsDemo(t.deps.database, new Date('2025-06-01T00:00:00Z'));
    const coordinator = await t.login('snv.dieuphoi');
    const all = (await coordinator.call('listReports', { query: { periodYear: 2024, periodKind: 'Y' } })).data;
    const seed = all.find((r) => r.unit.code === 'TN.STTTT')!;
    expect(seed.status).toBe('accepted');
    const report = await get(coordinator, seed.obligationId);
    expect(report.values).toEqual(SEED_VALUES);
    expect(report.cutOffDate).toBe('2024-10-28');
    expect(report.versions).toHaveLength(1);
    const h1 = (await coordinator.call('listReports', { query: { periodYear: 2025, periodKind: 'H1' } })).data;
    const statuses = new Set(h1.map((r) => r.status));
    for (const s of ['draft', 'submitted', 'returned', 'accepted', 'not_started']) expect(statuses, s).toContain(s);
  });
});
