// Periodic reports end to end through the HTTP API, on a real database: the 2024 seed report reads back
// exactly, the review workflow keeps every version, saving is idempotent and conflict-safe, malformed
// values are refused in Vietnamese without losing the draft, and the consolidation (and its Excel file)
// adds up to a hand sum.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { createPublishedPlanFixture } from '../../testing/plan-fixtures.ts';
import { pdfUpload } from '../../testing/sweep.ts';
import { FORM_SECTIONS, INDICATORS_2025, SEED_CUT_OFF, SEED_INDICATORS, SEED_RULES, SEED_SECTIONS, SEED_VALUES, SEED_VALUES_TYPED, loadReportsDemo } from '../../demo/demo-reports.ts';

interface Report {
  id: string | null;
  status: string;
  version: number;
  values: Record<string, number | string>;
  sections: Record<string, string>;
  cutOffDate: string | null;
  attachments: { fileId: string; filename: string }[];
  versions: { number: number; values: Record<string, number>; sections: Record<string, string>; signerName: string; attachments: unknown[] }[];
  reviews: { decision: string; comment: string | null; sectionComments: Record<string, string> }[];
  problems: { field: string; message: string }[];
  firstSubmittedAt: string | null;
  can: { edit: boolean; submit: boolean; review: boolean; reopen: boolean };
}

describe('periodic reports', () => {
  let t: TestApp;
  let officer: TestClient;
  let leader: TestClient;
  let coordinator: TestClient;
  let cityOfficer: TestClient;
  let cityLeader: TestClient;
  let planId: string;
  let sttttObligation: string;
  let cityObligation: string;
  let hoaThanhObligation: string;
  let sttttId: string;
  let rootId: string;

  const formBody = (expectedVersion: number) => ({ planId, periodKind: 'H1', periodYear: 2025, sections: FORM_SECTIONS, indicators: INDICATORS_2025, rules: SEED_RULES, expectedVersion });
  const save = (client: TestClient, obligationId: string, body: Record<string, unknown>) =>
    client.request({ method: 'PUT', url: `/api/reports/${obligationId}/draft`, payload: { sections: {}, values: {}, cutOffDate: null, attachmentFileIds: [], ...body } });
  const get = async (client: TestClient, obligationId: string) => (await client.get(`/api/reports/${obligationId}`)).json() as Report;

  beforeAll(async () => {
    t = await createTestApp();
    t.setNow(new Date('2025-05-12T03:00:00Z'));
    const plan = await createPublishedPlanFixture(t.deps.database, {
      issuerCode: 'TN',
      year: 2025,
      number: '12/KH-BCTN',
      title: 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 trên địa bàn tỉnh Tây Ninh',
      milestones: [{ title: 'Báo cáo 6 tháng', dueDate: '2025-05-20', inclusive: false, deliverableKind: 'period_report', periodKind: 'H1', periodYear: 2025, unitKinds: ['department', 'district'] }],
    });
    planId = plan.planId;
    sttttObligation = await plan.obligationIdOf(0, 'TN.STTTT');
    cityObligation = await plan.obligationIdOf(0, 'TN.TPTN');
    hoaThanhObligation = await plan.obligationIdOf(0, 'TN.HOATHANH');
    sttttId = await t.unitId('TN.STTTT');
    rootId = await t.unitId('TN');
    officer = await t.login('stttt.canbo');
    leader = await t.login('stttt.lanhdao');
    coordinator = await t.login('snv.dieuphoi');
    cityOfficer = await t.login('tptn.canbo');
    cityLeader = await t.login('tptn.lanhdao');
  });
  afterAll(() => t.close());

  it('proposes a form from the plan, refuses impossible roll-ups, and saves the coordinator’s form', async () => {
    const proposal = (await coordinator.get(`/api/report-forms?planId=${planId}&periodKind=H1&periodYear=2025`)).json() as { exists: boolean; sections: { title: string }[] };
    expect(proposal.exists).toBe(false);
    expect(proposal.sections.map((s) => s.title)).toEqual(['Nhiệm vụ, giải pháp thời gian tới', 'Kiến nghị, đề xuất']);

    const bad = await coordinator.request({
      method: 'PUT',
      url: '/api/report-forms',
      payload: { ...formBody(0), indicators: [{ code: 'ghi_chu', name: 'Ghi chú', type: 'text', rollup: 'sum' }], rules: [] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['indicators.0.rollup']).toBe('Không thể tổng hợp "Cộng tổng" cho kiểu "Văn bản".');

    expect((await officer.request({ method: 'PUT', url: '/api/report-forms', payload: formBody(0) })).statusCode).toBe(403);
    const saved = await coordinator.request({ method: 'PUT', url: '/api/report-forms', payload: formBody(0) });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(1);
    const stale = await coordinator.request({ method: 'PUT', url: '/api/report-forms', payload: formBody(0) });
    expect(stale.statusCode).toBe(409);
    // The unit sees the form inside its report.
    const report = await get(officer, sttttObligation);
    expect(report.status).toBe('not_started');
    expect(report.can.edit).toBe(true);
  });

  it('refuses malformed values in Vietnamese, field by field, and keeps the saved draft', async () => {
    const first = await save(officer, sttttObligation, { expectedVersion: 0, saveId: 'save-0001', sections: { ND1: 'Đoạn đầu tiên.' }, values: { staff_total: '55' } });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(1);

    const letters = await save(officer, sttttObligation, { expectedVersion: 1, saveId: 'save-0002', sections: { ND1: 'Sửa đổi' }, values: { staff_total: 55, fine_amount: '68tr750' } });
    expect(letters.statusCode).toBe(400);
    expect(letters.json().error.code).toBe('report.values_invalid');
    expect(letters.json().error.fields).toEqual({ 'values.fine_amount': 'Số tiền phải là số đồng, ví dụ 68.750.000' });

    const percent = await save(officer, sttttObligation, { expectedVersion: 1, saveId: 'save-0003', values: { pct_staff_studied: 120 } });
    expect(percent.statusCode).toBe(400);
    expect(percent.json().error.fields['values.pct_staff_studied']).toMatch(/Tỷ lệ phải từ 0 đến 100|không được lớn hơn 100/);

    const kept = await get(officer, sttttObligation);
    expect(kept.version).toBe(1);
    expect(kept.sections.ND1).toBe('Đoạn đầu tiên.');
    expect(kept.values).toEqual({ staff_total: 55 });
  });

  it('refuses a fake PDF and an oversized upload with a clear message; the draft is untouched', async () => {
    const boundary = '----dvcqtest';
    const fake = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bao-cao.pdf"\r\nContent-Type: application/pdf\r\n\r\nday khong phai PDF\r\n--${boundary}--\r\n`;
    const res = await officer.request({ method: 'POST', url: `/api/files?unitId=${sttttId}`, payload: fake, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Nội dung tệp "bao-cao.pdf" không đúng định dạng như phần mở rộng (tệp bị hỏng hoặc bị đổi tên).');

    const big = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lon.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`),
      Buffer.alloc(t.deps.config.maxUploadBytes + 1024, 0x20),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const tooBig = await officer.request({ method: 'POST', url: `/api/files?unitId=${sttttId}`, payload: big, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.message).toMatch(/vượt quá dung lượng cho phép/);
    expect((await get(officer, sttttObligation)).version).toBe(1);
  });

  it('stores the 2024 seed report’s numbers typed the Vietnamese way and reads them back exactly', async () => {
    const up = pdfUpload('Bao-cao-2024.pdf');
    const file = (await officer.request({ method: 'POST', url: `/api/files?unitId=${sttttId}`, payload: up.payload, headers: up.headers })).json() as { id: string };
    const res = await save(officer, sttttObligation, {
      expectedVersion: 1,
      saveId: 'save-0004',
      sections: SEED_SECTIONS,
      values: { ...SEED_VALUES_TYPED, pct_staff_studied: '100 %' },
      cutOffDate: SEED_CUT_OFF,
      attachmentFileIds: [file.id],
    });
    expect(res.statusCode, res.body).toBe(200);
    const back = await get(leader, sttttObligation);
    expect(back.values).toEqual({ ...SEED_VALUES, pct_staff_studied: 100 });
    expect(back.values.fine_amount).toBe(68_750_000);
    expect(back.cutOffDate).toBe('2024-10-28');
    expect(back.sections.ND3).toContain('68.750.000 đồng');
    expect(back.attachments.map((a) => a.filename)).toEqual(['Bao-cao-2024.pdf']);
    expect(back.can.submit).toBe(true);
    expect(SEED_INDICATORS.every((i) => i.code in back.values)).toBe(true);
  });

  it('answers a retried save with the same result and no new version; a concurrent edit gets a clear conflict', async () => {
    const body = { expectedVersion: 2, saveId: 'save-0005', sections: { ...SEED_SECTIONS, KIEN_NGHI: 'Không có.' }, values: SEED_VALUES, cutOffDate: SEED_CUT_OFF, attachmentFileIds: (await get(officer, sttttObligation)).attachments.map((a) => a.fileId) };
    const a = await save(officer, sttttObligation, body);
    const b = await save(officer, sttttObligation, body);
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect(a.json().version).toBe(3);
    expect(b.json().version).toBe(3);

    const other = await save(leader, sttttObligation, { ...body, saveId: 'save-0006', sections: { ND1: 'Bản của người khác' } });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('report.version_conflict');
    expect(other.json().error.message).toMatch(/vừa được người khác sửa/);
    expect((await get(officer, sttttObligation)).sections.KIEN_NGHI).toBe('Không có.');
  });

  it('runs submit → return with comments → resubmit → accept → reopen, keeping every version and the first submission time', async () => {
    expect((await officer.post(`/api/reports/${sttttObligation}/submit`, { expectedVersion: 3, requestKey: 'submit-0001' })).statusCode).toBe(403);
    const sub = await leader.post(`/api/reports/${sttttObligation}/submit`, { expectedVersion: 3, requestKey: 'submit-0001', signerTitle: 'GIÁM ĐỐC' });
    expect(sub.statusCode, sub.body).toBe(200);
    const retry = await leader.post(`/api/reports/${sttttObligation}/submit`, { expectedVersion: 3, requestKey: 'submit-0001', signerTitle: 'GIÁM ĐỐC' });
    expect(retry.statusCode).toBe(200);
    let r = retry.json() as Report;
    expect(r.status).toBe('submitted');
    expect(r.versions).toHaveLength(1);
    expect(r.versions[0]!.signerName).toBe('Lê Văn Hải');
    expect(r.versions[0]!.attachments).toHaveLength(1);
    const firstSubmittedAt = r.firstSubmittedAt;
    expect(firstSubmittedAt).toBe('2025-05-12T03:00:00.000Z');

    // The unit's own leader is not the receiving coordinator; locked while waiting.
    expect((await leader.post(`/api/reports/${sttttObligation}/accept`, { expectedVersion: 4, requestKey: 'accept-x' })).statusCode).toBe(403);
    expect((await save(officer, sttttObligation, { expectedVersion: 4, saveId: 'save-0007' })).json().error.code).toBe('report.not_editable');

    const noComment = await coordinator.post(`/api/reports/${sttttObligation}/return`, { expectedVersion: 4, requestKey: 'return-0000' });
    expect(noComment.statusCode).toBe(400);
    const ret = await coordinator.post(`/api/reports/${sttttObligation}/return`, {
      expectedVersion: 4,
      requestKey: 'return-0001',
      comment: 'Đề nghị bổ sung.',
      sectionComments: { ND4: 'Nêu rõ số người tham gia ủng hộ.' },
    });
    expect(ret.statusCode, ret.body).toBe(200);
    expect(ret.json().status).toBe('returned');

    const notes = (await officer.get('/api/notifications')).json() as { unread: number; items: { id: string; title: string; link: string }[] };
    expect(notes.items[0]!.title).toBe('Báo cáo 6 tháng đầu năm 2025 của Sở Thông tin và Truyền thông bị trả lại để bổ sung, chỉnh sửa');
    expect(notes.items[0]!.link).toBe(`/bao-cao/${sttttObligation}`);
    const read = await officer.post(`/api/notifications/${notes.items[0]!.id}/read`);
    expect(read.statusCode).toBe(200);
    expect((await leader.post(`/api/notifications/${notes.items[0]!.id}/read`)).statusCode).toBe(404);
    expect(((await coordinator.get('/api/notifications')).json() as { items: { title: string }[] }).items[0]!.title).toMatch(/đã gửi báo cáo 6 tháng đầu năm 2025/);

    // Resubmitted after the deadline: sessions from before the jump have expired, so sign in again.
    t.setNow(new Date('2025-05-25T03:00:00Z'));
    officer = await t.login('stttt.canbo');
    leader = await t.login('stttt.lanhdao');
    coordinator = await t.login('snv.dieuphoi');
    cityOfficer = await t.login('tptn.canbo');
    cityLeader = await t.login('tptn.lanhdao');
    const fixed = await save(officer, sttttObligation, {
      expectedVersion: 5,
      saveId: 'save-0008',
      sections: { ...SEED_SECTIONS, ND4: `${SEED_SECTIONS.ND4}\n\nCó 55/55 công chức, người lao động tham gia ủng hộ.` },
      values: { ...SEED_VALUES, staff_total: 56 },
      cutOffDate: SEED_CUT_OFF,
      attachmentFileIds: [],
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const resub = await leader.post(`/api/reports/${sttttObligation}/submit`, { expectedVersion: 6, requestKey: 'submit-0002' });
    expect(resub.statusCode, resub.body).toBe(200);
    r = resub.json() as Report;
    expect(r.versions.map((v) => v.values.staff_total)).toEqual([55, 56]);
    expect(r.versions[1]!.sections.ND4).toContain('55/55');
    expect(r.firstSubmittedAt).toBe(firstSubmittedAt);
    const listed = (await coordinator.get('/api/reports?periodKind=H1&periodYear=2025')).json() as { obligationId: string; onTime: boolean; status: string; canReview: boolean }[];
    const mine = listed.find((x) => x.obligationId === sttttObligation)!;
    expect(mine).toMatchObject({ onTime: true, status: 'submitted', canReview: true });

    const acc = await coordinator.post(`/api/reports/${sttttObligation}/accept`, { expectedVersion: 7, requestKey: 'accept-0001' });
    expect(acc.statusCode).toBe(200);
    expect(acc.json().status).toBe('accepted');
    expect(((await officer.get('/api/notifications')).json() as { items: { title: string }[] }).items[0]!.title).toMatch(/đã được tiếp nhận/);
    const locked = await save(officer, sttttObligation, { expectedVersion: 8, saveId: 'save-0009' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toMatch(/đã được tiếp nhận và khóa/);

    const reopen = await coordinator.post(`/api/reports/${sttttObligation}/reopen`, { expectedVersion: 8, requestKey: 'reopen-0001', reason: 'Đơn vị đề nghị điều chỉnh số liệu' });
    expect(reopen.statusCode).toBe(200);
    r = reopen.json() as Report;
    expect(r.status).toBe('returned');
    expect(r.reviews.map((x) => x.decision)).toEqual(['returned', 'accepted', 'reopened']);
    expect(r.reviews[0]!.sectionComments).toEqual({ ND4: 'Nêu rõ số người tham gia ủng hộ.' });
    // Accept again for the consolidation below.
    await leader.post(`/api/reports/${sttttObligation}/submit`, { expectedVersion: 9, requestKey: 'submit-0003' });
    expect((await coordinator.post(`/api/reports/${sttttObligation}/accept`, { expectedVersion: 10, requestKey: 'accept-0002' })).statusCode).toBe(200);
  });

  it('blocks submission on a broken cross-field rule with the rule’s message, while the draft may hold it', async () => {
    const draft = await save(cityOfficer, cityObligation, { expectedVersion: 0, saveId: 'city-0001', sections: { ND1: 'Thành phố triển khai kế hoạch.' }, values: { staff_total: 10, staff_political_training: 12 }, cutOffDate: '2025-05-10' });
    expect(draft.statusCode, draft.body).toBe(200);
    expect((draft.json() as Report).problems.map((p) => p.message)).toContain('Số người được cử học lý luận chính trị không được lớn hơn tổng số công chức, viên chức, người lao động');
    const sub = await cityLeader.post(`/api/reports/${cityObligation}/submit`, { expectedVersion: 1, requestKey: 'city-submit-1' });
    expect(sub.statusCode).toBe(400);
    expect(sub.json().error.code).toBe('report.incomplete');
    expect(sub.json().error.fields['values.staff_political_training']).toMatch(/không được lớn hơn/);
  });

  it('consolidates accepted reports only: totals equal a hand sum, with units behind each figure, missing units, texts by section, Word and Excel', async () => {
    await save(cityOfficer, cityObligation, { expectedVersion: 1, saveId: 'city-0002', sections: { ND1: 'Thành phố triển khai kế hoạch.', NHIEM_VU: 'Tiếp tục đối thoại.' }, values: { staff_total: 120, inspections: 3, fine_amount: '1.250.000', pct_staff_studied: 90 }, cutOffDate: '2025-05-10' });
    await cityLeader.post(`/api/reports/${cityObligation}/submit`, { expectedVersion: 2, requestKey: 'city-submit-2' });
    expect((await coordinator.post(`/api/reports/${cityObligation}/accept`, { expectedVersion: 3, requestKey: 'city-accept' })).statusCode).toBe(200);
    // A submitted but not accepted report does not count.
    const ht = await t.login('admin');
    expect((await get(ht, hoaThanhObligation)).status).toBe('not_started');

    const c = (await coordinator.get(`/api/consolidation?planId=${planId}&periodKind=H1&periodYear=2025`)).json() as {
      expectedCount: number;
      acceptedCount: number;
      figures: { code: string; value: number | null; reportedBy: number }[];
      missing: { name: string }[];
      sections: { code: string; entries: { unitName: string; text: string }[] }[];
      root: { id: string };
    };
    expect(c.root.id).toBe(rootId);
    expect(c.acceptedCount).toBe(2);
    const fig = (code: string) => c.figures.find((f) => f.code === code)!;
    expect(fig('staff_total')).toMatchObject({ value: 56 + 120, reportedBy: 2 });
    expect(fig('inspections')).toMatchObject({ value: 7 + 3, reportedBy: 2 });
    expect(fig('fine_amount')).toMatchObject({ value: 68_750_000 + 1_250_000, reportedBy: 2 });
    expect(fig('violating_subscribers')).toMatchObject({ value: 358, reportedBy: 1 });
    // The department left the percentage empty in its last version: it is missing, never counted as zero.
    expect(fig('pct_staff_studied')).toMatchObject({ value: 90, reportedBy: 1, expected: c.expectedCount });
    expect(c.missing.map((m) => m.name)).toContain('Ủy ban nhân dân thị xã Hòa Thành');
    expect(c.missing).toHaveLength(c.expectedCount - 2);
    expect(c.sections.find((s) => s.code === 'NHIEM_VU')!.entries.map((e) => e.unitName)).toEqual(['Sở Thông tin và Truyền thông', 'Ủy ban nhân dân thành phố Tây Ninh']);

    const xlsx = await coordinator.get(`/api/consolidation/xlsx?planId=${planId}&periodKind=H1&periodYear=2025`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
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

    const docx = await coordinator.request({ method: 'POST', url: '/api/consolidation/docx', payload: { planId, periodKind: 'H1', periodYear: 2025, sections: { ND1: 'Văn bản tổng hợp đã biên tập.' } } });
    expect(docx.statusCode, docx.body.slice(0, 300)).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    // Outside the unit's subtree the consolidation is refused.
    expect((await officer.get(`/api/consolidation?planId=${planId}&periodKind=H1&periodYear=2025`)).statusCode).toBe(403);
  });

  it('loads the demo: the 2024 seed report accepted with its exact numbers, and a spread of 2025 reports', async () => {
    await loadReportsDemo(t.deps.database, new Date('2025-06-01T00:00:00Z'));
    await loadReportsDemo(t.deps.database, new Date('2025-06-01T00:00:00Z'));
    const all = (await coordinator.get('/api/reports?periodYear=2024&periodKind=Y')).json() as { obligationId: string; unit: { code: string }; status: string }[];
    const seed = all.find((r) => r.unit.code === 'TN.STTTT')!;
    expect(seed.status).toBe('accepted');
    const report = await get(coordinator, seed.obligationId);
    expect(report.values).toEqual(SEED_VALUES);
    expect(report.cutOffDate).toBe('2024-10-28');
    expect(report.versions).toHaveLength(1);
    const h1 = (await coordinator.get('/api/reports?periodYear=2025&periodKind=H1')).json() as { status: string }[];
    const statuses = new Set(h1.map((r) => r.status));
    for (const s of ['draft', 'submitted', 'returned', 'accepted', 'not_started']) expect(statuses, s).toContain(s);
  });
});
