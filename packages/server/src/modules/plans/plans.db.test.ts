import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { ObligationDto, PlanComplianceDto, PlanDetailDto, PlanSummaryDto } from '@dvcq/shared';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

const tally = (c: PlanComplianceDto, title: RegExp) => c.milestones.find((m) => title.test(m.title))!;

describe('the 2025 provincial plan from the seed', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let plan: PlanDetailDto;
  beforeAll(async () => {
    t = await createTestApp({ demo: 'full' });
    coordinator = await t.login('snv.dieuphoi');
    const found = (await coordinator.get('/api/plans?q=696')).json() as PlanSummaryDto[];
    plan = (await coordinator.get(`/api/plans/${found.find((p) => p.number === '696/KH-UBND')!.id}`)).json() as PlanDetailDto;
  });
  afterAll(() => t.close());

  it('reads back as the seed has it: number, date, place, signer, legal bases', () => {
    expect(plan).toMatchObject({ number: '696/KH-UBND', issuedOn: '2025-03-06', place: 'Tây Ninh', status: 'published', year: 2025, signerName: 'Nguyễn Hồng Thanh' });
    expect(plan.title).toBe('Thực hiện công tác dân vận chính quyền năm 2025 trên địa bàn tỉnh Tây Ninh');
    expect(plan.signerTitle).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(plan.legalBases.map((b) => b.number)).toEqual(expect.arrayContaining(['23-QĐ/TW', '33/CT-TTg', '1116-QĐ/TU', '908/QĐ-UBND']));
    expect(plan.legalBases.find((b) => b.number === '908/QĐ-UBND')!.date).toBe('2023-04-14');
  });

  it('has all five deadlines with the right last allowed day ("chậm nhất" includes the day, "trước ngày" does not)', () => {
    const ms = plan.milestones.filter((m) => !m.parentMilestoneId).map((m) => [m.deliverableKind, m.periodKind, m.dueDate, m.inclusive, m.lastAllowedDay]);
    expect(ms).toEqual(
      expect.arrayContaining([
        ['unit_plan', null, '2025-03-28', true, '2025-03-28'],
        ['self_assessment', null, '2025-11-15', false, '2025-11-14'],
        ['other', null, '2025-12-15', false, '2025-12-14'],
        ['period_report', 'H1', '2025-05-20', false, '2025-05-19'],
        ['period_report', 'Y', '2025-11-01', false, '2025-10-31'],
      ]),
    );
    expect(plan.milestones).toHaveLength(5);
  });

  it('has the five targets with their numbers, and the duties of every named agency', () => {
    expect(plan.targets.map((x) => [x.value, x.unit])).toEqual([
      [100, 'percent'],
      [100, 'percent'],
      [100, 'percent'],
      [null, null],
      [90, 'percent'],
    ]);
    expect(plan.targets.map((x) => x.comparator)).toEqual(['=', '=', '=', null, '>']);
    expect(plan.targets[3]!.text).toContain('chỉ số cải cách hành chính');
    const leads = new Set(plan.activities.map((a) => a.leadUnitName ?? a.leadText));
    for (const name of ['Sở Nội vụ', 'Sở Tư pháp', 'Thanh tra tỉnh', 'Sở Khoa học và Công nghệ', 'Sở Văn hóa, Thể thao và Du lịch', 'Công an tỉnh Tây Ninh']) {
      expect([...leads].some((l) => l?.startsWith(name.split(' Tây Ninh')[0]!)), name).toBe(true);
    }
  });

  it('is found by number, title or unit, ignoring diacritics', async () => {
    for (const q of ['696/KH', 'dan van chinh quyen nam 2025', 'TAY NINH', 'thong tin va truyen thong']) {
      const found = (await coordinator.get(`/api/plans?q=${encodeURIComponent(q)}`)).json() as PlanSummaryDto[];
      expect(found.length, q).toBeGreaterThan(0);
    }
    const dept = (await coordinator.get(`/api/plans?q=${encodeURIComponent('thong tin va truyen thong')}`)).json() as PlanSummaryDto[];
    expect(dept.map((p) => p.number)).toContain('45/KH-STTTT');
  });

  it('counts compliance as of any date, matching a hand count', async () => {
    const before = (await coordinator.get(`/api/plans/${plan.id}/compliance?asOf=2025-03-20`)).json() as PlanComplianceDto;
    const after = (await coordinator.get(`/api/plans/${plan.id}/compliance?asOf=2025-04-30`)).json() as PlanComplianceDto;
    const unitPlan = tally(after, /^Kế hoạch/);
    // Hand count from the obligations themselves.
    const owed = (await coordinator.get(`/api/obligations?planId=${plan.id}&deliverableKind=unit_plan`)).json() as ObligationDto[];
    const onTime = owed.filter((o) => o.firstSubmittedAt && o.firstSubmittedAt <= '2025-03-28T16:59:59.999Z').length;
    const late = owed.filter((o) => o.firstSubmittedAt && o.firstSubmittedAt > '2025-03-28T16:59:59.999Z').length;
    const exempt = owed.filter((o) => o.exemptReason).length;
    expect(exempt).toBe(1);
    expect(unitPlan.tally).toMatchObject({ owed: owed.length - exempt, onTime, late, exempt, overdue: owed.length - exempt - onTime - late, pending: 0 });
    expect(unitPlan.tally.completenessRate).toBeCloseTo((onTime + late) / (owed.length - exempt), 10);
    expect(unitPlan.tally.completenessRate!).toBeLessThanOrEqual(1);
    // On 20/3 nothing was late or overdue yet; later submissions do not count.
    const early = tally(before, /^Kế hoạch/).tally;
    expect(early.late + early.overdue).toBe(0);
    expect(early.onTime).toBeLessThan(onTime);
    const stttt = unitPlan.units.find((u) => u.unitName === 'Sở Thông tin và Truyền thông')!;
    expect(stttt.statusLabel).toBe('Nộp đúng hạn');
    const city = unitPlan.units.find((u) => u.unitName === 'Ủy ban nhân dân thành phố Tây Ninh')!;
    expect(city.status).toBe('overdue');
    const districtsOnly = (await coordinator.get(`/api/plans/${plan.id}/compliance?asOf=2025-04-30&unitKind=district`)).json() as PlanComplianceDto;
    expect(tally(districtsOnly, /^Kế hoạch/).units.every((u) => u.unitKind === 'district')).toBe(true);
  });

  it('exports a Word file laid out per Decree 30', async () => {
    const res = await coordinator.get(`/api/plans/${plan.id}/export.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 696/KH-UBND', 'Tây Ninh, ngày 06 tháng 3 năm 2025', 'KẾ HOẠCH', 'ỦY BAN NHÂN DÂN', 'Nơi nhận:', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Hồng Thanh', 'MỤC ĐÍCH, YÊU CẦU']) {
      expect(text, s).toContain(s);
    }
    expect(xml).toContain('w:w="11906"');
  });

  it('gives each person an iCalendar feed of their unit’s deadlines', async () => {
    const officer = await t.login('tptn.canbo');
    const { url } = (await officer.post('/api/calendar-feed')).json() as { url: string };
    const path = new URL(url).pathname;
    const feed = await t.anonymous.get(path);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).toContain('DTSTART;VALUE=DATE:20250519'); // "trước ngày 20/5/2025": last day 19/5
    expect(feed.body).toContain('Báo cáo 6 tháng đầu năm 2025');
    // A new link replaces the old one.
    await officer.post('/api/calendar-feed');
    expect((await t.anonymous.get(path)).statusCode).toBe(404);
  });
});

describe('drafting, publishing, cascading and amending a plan', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let root: string;
  let stttt: string;
  beforeAll(async () => {
    t = await createTestApp();
    // Work happens in March 2026, when these plans are issued.
    t.setNow(new Date('2026-03-02T03:00:00Z'));
    coordinator = await t.login('snv.dieuphoi');
    root = await t.unitId('TN');
    stttt = await t.unitId('TN.STTTT');
  });
  afterAll(() => t.close());

  const basePlan = () => ({
    issuerUnitId: root,
    year: 2026,
    title: 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2026',
    issuedOn: '2026-03-02',
    contentAreas: [{ code: '1', title: 'Quán triệt, học tập các chỉ thị, nghị quyết' }],
    targets: [{ text: 'Trên 90% đơn vị xếp loại Tốt', comparator: '>', value: 90, unit: 'percent' }],
    milestones: [
      { title: 'Kế hoạch của đơn vị', dueDate: '2026-03-27', inclusive: true, phrase: 'chậm nhất ngày 27/3/2026', deliverableKind: 'unit_plan', audience: { unitKinds: ['department'] } },
      { title: 'Báo cáo 6 tháng', dueDate: '2026-05-20', inclusive: false, phrase: 'trước ngày 20/5/2026', deliverableKind: 'period_report', periodKind: 'H1', periodYear: 2026, audience: { unitKinds: ['department', 'district'] } },
    ],
  });

  it('refuses invalid input with a message per field and writes nothing', async () => {
    const before = ((await coordinator.get('/api/plans?year=2026')).json() as unknown[]).length;
    const bad = basePlan();
    bad.milestones[0]!.dueDate = '2026-02-20';
    const res = await coordinator.post('/api/plans', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('plan.deadline_before_plan_date');
    expect(res.json().error.fields['milestones.0.dueDate']).toContain('sớm hơn ngày ban hành');
    const unknown = basePlan();
    (unknown.milestones[1]!.audience as { unitIds?: string[] }).unitIds = ['00000000-0000-4000-8000-000000000000'];
    const res2 = await coordinator.post('/api/plans', unknown);
    expect(res2.json().error.code).toBe('plan.unknown_unit');
    expect(res2.json().error.fields['milestones.1.audience.unitIds.0']).toBeTruthy();
    const noPeriod = basePlan();
    (noPeriod.milestones[1] as { periodKind?: string | null }).periodKind = null;
    expect((await coordinator.post('/api/plans', noPeriod)).json().error.code).toBe('plan.period_required');
    expect(((await coordinator.get('/api/plans?year=2026')).json() as unknown[]).length).toBe(before);
  });

  it('publishes: the plan is frozen and every department and district owes what the milestones say', async () => {
    const created = (await coordinator.post('/api/plans', basePlan())).json() as PlanDetailDto;
    expect(created.status).toBe('draft');
    const published = await coordinator.post(`/api/plans/${created.id}/publish`, { number: '55/KH-UBND', issuedOn: '2026-03-02', signerName: 'Nguyễn Văn A', signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH' });
    expect(published.statusCode).toBe(200);
    const obligations = (await coordinator.get(`/api/obligations?planId=${created.id}`)).json() as ObligationDto[];
    const departments = obligations.filter((o) => o.deliverableKind === 'unit_plan');
    expect(departments.every((o) => o.unitKind === 'department')).toBe(true);
    expect(departments.length).toBe(14);
    expect(obligations.filter((o) => o.deliverableKind === 'period_report').length).toBe(14 + 9);
    const edit = await coordinator.request({ method: 'PUT', url: `/api/plans/${created.id}`, payload: { ...basePlan(), issuerUnitId: undefined, expectedVersion: 2 } });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('plan.not_draft');
    // The same number twice in one year for one issuer is refused.
    const other = (await coordinator.post('/api/plans', basePlan())).json() as PlanDetailDto;
    const dup = await coordinator.post(`/api/plans/${other.id}/publish`, { number: '55/KH-UBND', issuedOn: '2026-03-02', signerName: 'Nguyễn Văn A' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toContain('55/KH-UBND');
  });

  it('a unit derives its plan with earlier internal deadlines; a later child deadline is refused; the leader submits it on time', async () => {
    const p = (await coordinator.post('/api/plans', basePlan())).json() as PlanDetailDto;
    await coordinator.post(`/api/plans/${p.id}/publish`, { number: '56/KH-UBND', issuedOn: '2026-03-02', signerName: 'Nguyễn Văn A' });
    const officer = await t.login('stttt.canbo');
    const owes = (await officer.get(`/api/obligations?unitId=${stttt}&planId=${p.id}`)).json() as ObligationDto[];
    expect(owes.map((o) => o.deliverableKind).sort()).toEqual(['period_report', 'unit_plan']);
    const derived = await officer.post(`/api/plans/${p.id}/derive`, { unitId: stttt });
    expect(derived.statusCode).toBe(201);
    const draft = derived.json() as PlanDetailDto;
    expect(draft.parentPlanId).toBe(p.id);
    expect(draft.contentAreas.map((c) => c.title)).toEqual(['Quán triệt, học tập các chỉ thị, nghị quyết']);
    expect(draft.targets).toHaveLength(1);
    const child = draft.milestones[0]!;
    expect(child).toMatchObject({ deliverableKind: 'period_report', dueDate: '2026-05-15', inclusive: false, periodKind: 'H1' });
    expect(child.audience.withinSubtreeOf).toBe(stttt);
    expect((await officer.post(`/api/plans/${p.id}/derive`, { unitId: stttt })).statusCode).toBe(409);

    // Moving the sub-units' deadline after the department's own is refused, and the draft is unchanged.
    const { id, version, status, issuerName, amendments, publishedAt, updatedAt, amendmentCount, obligationId, signedFileId, issuerUnitId, parentPlanId, ...rest } = draft;
    void status; void issuerName; void amendments; void publishedAt; void updatedAt; void amendmentCount; void obligationId; void signedFileId; void issuerUnitId; void parentPlanId;
    const milestones = draft.milestones.map(({ lastAllowedDay, deadlineText, cancelled, flags, ...m }) => (void lastAllowedDay, void deadlineText, void cancelled, void flags, m));
    const late = await officer.request({
      method: 'PUT',
      url: `/api/plans/${id}`,
      payload: { ...rest, activities: rest.activities.map(({ id: _i, leadUnitName: _l, ...a }) => a), milestones: [{ ...milestones[0]!, dueDate: '2026-05-25', phrase: 'trước ngày 25/5/2026' }], expectedVersion: version },
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.code).toBe('plan.child_deadline_after_parent');
    expect(late.json().error.message).toContain('trước ngày 20/05/2026');

    // Only the leader signs and submits.
    expect((await officer.post(`/api/plans/${id}/submit`, { number: '12/KH-STTTT', issuedOn: '2026-03-20', signerName: 'Lê Văn Hải' })).statusCode).toBe(403);
    t.setNow(new Date('2026-03-27T16:59:00Z')); // 23:59 on the last allowed day, in Hà Nội time
    const leader = await t.login('stttt.lanhdao');
    expect((await leader.post(`/api/plans/${id}/submit`, { number: '12/KH-STTTT', issuedOn: '2026-03-27', signerName: 'Lê Văn Hải', signerTitle: 'GIÁM ĐỐC' })).statusCode).toBe(200);
    t.setNow(new Date('2026-04-02T02:00:00Z'));
    coordinator = await t.login('snv.dieuphoi');
    const compliance = (await coordinator.get(`/api/plans/${p.id}/compliance`)).json() as PlanComplianceDto;
    const unitPlans = tally(compliance, /^Kế hoạch/);
    expect(unitPlans.units.find((u) => u.unitId === stttt)!.status).toBe('submitted_on_time');
    expect(unitPlans.units.filter((u) => u.status === 'overdue')).toHaveLength(13);
    // The department's own plan now puts obligations on its divisions.
    const divisions = (await coordinator.get(`/api/obligations?planId=${id}`)).json() as ObligationDto[];
    expect(divisions.length).toBe(5);
    expect(divisions.every((o) => o.unitKind === 'division')).toBe(true);
    t.setNow(new Date('2026-03-02T03:00:00Z'));
    coordinator = await t.login('snv.dieuphoi');
  });

  it('judges timeliness in the province’s time zone: 00:00 the next day is late', async () => {
    const p = (await coordinator.post('/api/plans', basePlan())).json() as PlanDetailDto;
    await coordinator.post(`/api/plans/${p.id}/publish`, { number: '57/KH-UBND', issuedOn: '2026-03-02', signerName: 'Nguyễn Văn A' });
    const officer = await t.login('stttt.canbo');
    const draft = (await officer.post(`/api/plans/${p.id}/derive`, { unitId: stttt })).json() as PlanDetailDto;
    t.setNow(new Date('2026-03-27T17:00:00Z')); // 00:00 on 28/3 in Hà Nội, still 27/3 in UTC
    const leader = await t.login('stttt.lanhdao');
    expect((await leader.post(`/api/plans/${draft.id}/submit`, { number: '13/KH-STTTT', issuedOn: '2026-03-28', signerName: 'Lê Văn Hải' })).statusCode).toBe(200);
    coordinator = await t.login('snv.dieuphoi');
    const compliance = (await coordinator.get(`/api/plans/${p.id}/compliance?asOf=2026-04-01`)).json() as PlanComplianceDto;
    expect(tally(compliance, /^Kế hoạch/).units.find((u) => u.unitId === stttt)!.status).toBe('submitted_late');
    t.setNow(new Date('2026-03-02T03:00:00Z'));
    coordinator = await t.login('snv.dieuphoi');
  });

  it('exempts a unit with a reason, and amendments move deadlines without losing submissions', async () => {
    const p = (await coordinator.post('/api/plans', basePlan())).json() as PlanDetailDto;
    const published = (await coordinator.post(`/api/plans/${p.id}/publish`, { number: '58/KH-UBND', issuedOn: '2026-03-02', signerName: 'Nguyễn Văn A' })).json() as PlanDetailDto;
    const owed = (await coordinator.get(`/api/obligations?planId=${p.id}&deliverableKind=period_report`)).json() as ObligationDto[];
    const target = owed.find((o) => o.unitName === 'Sở Y tế')!;
    const exempt = await coordinator.post(`/api/obligations/${target.id}/exempt`, { reason: 'Đơn vị đang sáp nhập theo đề án sắp xếp tổ chức bộ máy' });
    expect(exempt.statusCode).toBe(200);
    const officer = await t.login('stttt.canbo');
    expect((await officer.post(`/api/obligations/${target.id}/exempt`, { reason: 'Tự miễn cho mình' })).statusCode).toBe(403);

    const milestones = published.milestones.map(({ lastAllowedDay, deadlineText, cancelled, flags, ...m }) => (void lastAllowedDay, void deadlineText, void cancelled, void flags, m));
    const amended = await coordinator.post(`/api/plans/${p.id}/amend`, {
      reason: 'Lùi hạn báo cáo 6 tháng theo chỉ đạo của Bộ Nội vụ',
      expectedVersion: published.version,
      milestones: [milestones[0], { ...milestones[1], dueDate: '2026-06-05', phrase: 'trước ngày 05/6/2026' }],
    });
    expect(amended.statusCode).toBe(200);
    const after = amended.json() as PlanDetailDto;
    expect(after.amendmentCount).toBe(1);
    expect(after.amendments[0]!.reason).toContain('Lùi hạn');
    const rescheduled = (await coordinator.get(`/api/obligations?planId=${p.id}&deliverableKind=period_report`)).json() as ObligationDto[];
    expect(rescheduled.every((o) => o.dueDate === '2026-06-05')).toBe(true);
    expect(rescheduled.find((o) => o.id === target.id)!.exemptReason).toContain('sáp nhập');

    // Removing a milestone cancels its obligations (kept in history, no longer owed).
    const removed = await coordinator.post(`/api/plans/${p.id}/amend`, { reason: 'Bỏ yêu cầu báo cáo 6 tháng', expectedVersion: after.version, milestones: [milestones[0]] });
    expect(removed.statusCode).toBe(200);
    expect(((await coordinator.get(`/api/obligations?planId=${p.id}&deliverableKind=period_report`)).json() as unknown[]).length).toBe(0);
    const stale = await coordinator.post(`/api/plans/${p.id}/amend`, { reason: 'Sửa theo bản cũ', expectedVersion: after.version, targets: [] });
    expect(stale.statusCode).toBe(409);
  });

  it('units opened after a deadline or closed before it never owe it, so rates stay within 100%', async () => {
    const admin = await t.login('admin');
    const newDept = (await admin.post('/api/org-units', { parentId: root, kind: 'department', code: 'TN.SMOI', name: 'Sở Mới Thành Lập', validFrom: '2026-04-01' })).json() as { id: string };
    const closing = (await admin.post('/api/org-units', { parentId: root, kind: 'department', code: 'TN.SCU', name: 'Sở Sắp Giải Thể', validFrom: '2020-01-01' })).json() as { id: string };
    await admin.post(`/api/org-units/${closing.id}/close`, { closedOn: '2026-03-15', reason: 'Sáp nhập' });
    const p = (await coordinator.post('/api/plans', basePlan())).json() as PlanDetailDto;
    await coordinator.post(`/api/plans/${p.id}/publish`, { number: '59/KH-UBND', issuedOn: '2026-03-02', signerName: 'Nguyễn Văn A' });
    const owed = (await coordinator.get(`/api/obligations?planId=${p.id}`)).json() as ObligationDto[];
    const unitPlan = owed.filter((o) => o.deliverableKind === 'unit_plan').map((o) => o.unitId);
    const report = owed.filter((o) => o.deliverableKind === 'period_report').map((o) => o.unitId);
    expect(unitPlan).not.toContain(newDept.id); // opened 1/4, after the 27/3 deadline
    expect(report).toContain(newDept.id); // exists on 20/5
    expect([...unitPlan, ...report]).not.toContain(closing.id);
  });
});

describe('assigning people to plan items', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: 'full' });
  });
  afterAll(() => t.close());

  it('an officer drafting the unit plan assigns the leader to a deadline, who then sees it in their list', async () => {
    const officer = await t.login('stttt.canbo');
    const plans = (await officer.get('/api/plans?q=45/KH-STTTT')).json() as PlanSummaryDto[];
    const plan = (await officer.get(`/api/plans/${plans[0]!.id}`)).json() as PlanDetailDto;
    const people = (await officer.get(`/api/plans/${plan.id}/assignable-users`)).json() as { id: string; username: string }[];
    expect(people.map((p) => p.username).sort()).toEqual(['stttt.canbo', 'stttt.lanhdao']);
    const leader = people.find((p) => p.username === 'stttt.lanhdao')!;
    const res = await officer.post(`/api/plans/${plan.id}/assignments`, { itemType: 'milestone', itemId: plan.milestones[0]!.id, userId: leader.id, duty: 'lead' });
    expect(res.statusCode).toBe(201);
    const mine = (await (await t.login('stttt.lanhdao')).get('/api/assignments/mine')).json() as { itemText: string; duty: string; dueDate: string }[];
    expect(mine).toEqual([expect.objectContaining({ itemText: plan.milestones[0]!.title, duty: 'lead', dueDate: plan.milestones[0]!.dueDate })]);
    expect((await (await t.login('tptn.canbo')).get(`/api/plans/${plan.id}/assignable-users`)).statusCode).toBe(403);
  });
});
