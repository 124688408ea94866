// Plans through the HTTP API on a real database: the 2025 provincial plan read from its seed document,
// drafting, publishing, deriving and amending plans, timeliness in the province's time zone, and the
// org tree as it stands on each deadline. Each test creates the plans it works on.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { PlanComplianceDto, PlanDetailDto, PlanInput } from '@dvcq/shared';
import { addDays } from '@dvcq/domain';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

const tally = (c: PlanComplianceDto, title: RegExp) => c.milestones.find((m) => title.test(m.title))!;

describe('the 2025 provincial plan from the seed', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let plan: PlanDetailDto;
  beforeAll(async () => {
    t = await createTestApp({ demo: 'pre2025' });
    coordinator = await t.login('snv.dieuphoi');
    const found = (await coordinator.call('listPlans', { query: { q: '696' } })).data;
    plan = (await coordinator.call('getPlan', { params: { id: found.find((p) => p.number === '696/KH-UBND')!.id } })).data;
  });
  afterAll(() => t.close());

  it('reads back as the seed has it: number, date, place, signer, legal bases', () => {
    expect(plan).toMatchObject({
      number: '696/KH-UBND',
      issuedOn: '2025-03-06',
      place: 'Tây Ninh',
      status: 'published',
      year: 2025,
      signerName: 'Nguyễn Hồng Thanh',
    });
    expect(plan.title).toBe('Thực hiện công tác dân vận chính quyền năm 2025 trên địa bàn tỉnh Tây Ninh');
    expect(plan.signerTitle).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(plan.legalBases.map((b) => b.number)).toEqual(expect.arrayContaining(['23-QĐ/TW', '33/CT-TTg', '1116-QĐ/TU', '908/QĐ-UBND']));
    expect(plan.legalBases.find((b) => b.number === '908/QĐ-UBND')!.date).toBe('2023-04-14');
  });

  it('has all five deadlines with the right last allowed day ("chậm nhất" includes the day, "trước ngày" does not)', () => {
    const ms = plan.milestones
      .filter((m) => !m.parentMilestoneId)
      .map((m) => [m.deliverableKind, m.periodKind, m.dueDate, m.inclusive, m.lastAllowedDay]);
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
    for (const name of [
      'Sở Nội vụ',
      'Sở Tư pháp',
      'Thanh tra tỉnh',
      'Sở Khoa học và Công nghệ',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Công an tỉnh Tây Ninh',
    ]) {
      expect(
        [...leads].some((l) => l?.startsWith(name.split(' Tây Ninh')[0]!)),
        name,
      ).toBe(true);
    }
  });

  it('is found by number, title or unit, ignoring diacritics', async () => {
    for (const q of ['696/KH', 'dan van chinh quyen nam 2025', 'TAY NINH', 'thong tin va truyen thong']) {
      const found = (await coordinator.call('listPlans', { query: { q } })).data;
      expect(found.length, q).toBeGreaterThan(0);
    }
    const dept = (await coordinator.call('listPlans', { query: { q: 'thong tin va truyen thong' } })).data;
    expect(dept.map((p) => p.number)).toContain('45/KH-STTTT');
  });

  it('counts compliance as of any date, matching a hand count', async () => {
    const compliance = async (query: { asOf: string; unitKind?: 'district' }) =>
      (await coordinator.call('getPlanCompliance', { params: { id: plan.id }, query })).data;
    const before = await compliance({ asOf: '2025-03-20' });
    const after = await compliance({ asOf: '2025-04-30' });
    const unitPlan = tally(after, /^Kế hoạch/);
    // Hand count from the obligations themselves.
    const owed = (await coordinator.call('listObligations', { query: { planId: plan.id, deliverableKind: 'unit_plan' } })).data;
    const onTime = owed.filter((o) => o.firstSubmittedAt && o.firstSubmittedAt <= '2025-03-28T16:59:59.999Z').length;
    const late = owed.filter((o) => o.firstSubmittedAt && o.firstSubmittedAt > '2025-03-28T16:59:59.999Z').length;
    const exempt = owed.filter((o) => o.exemptReason).length;
    expect(exempt).toBe(1);
    expect(unitPlan.tally).toMatchObject({
      owed: owed.length - exempt,
      onTime,
      late,
      exempt,
      overdue: owed.length - exempt - onTime - late,
      pending: 0,
    });
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
    const districtsOnly = await compliance({ asOf: '2025-04-30', unitKind: 'district' });
    expect(tally(districtsOnly, /^Kế hoạch/).units.every((u) => u.unitKind === 'district')).toBe(true);
  });

  it('exports a Word file laid out per Decree 30', async () => {
    const res = await coordinator.call('exportPlanDocx', { params: { id: plan.id } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.raw.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 696/KH-UBND',
      'Tây Ninh, ngày 06 tháng 3 năm 2025',
      'KẾ HOẠCH',
      'ỦY BAN NHÂN DÂN',
      'Nơi nhận:',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Hồng Thanh',
      'MỤC ĐÍCH, YÊU CẦU',
    ]) {
      expect(text, s).toContain(s);
    }
    expect(xml).toContain('w:w="11906"');
  });

  it('gives each person an iCalendar feed of their unit’s deadlines', async () => {
    const officer = await t.login('tptn.canbo');
    const { url } = (await officer.call('createCalendarFeed')).data;
    const path = new URL(url).pathname;
    const feed = await t.anonymous.get(path);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).toContain('DTSTART;VALUE=DATE:20250519'); // "trước ngày 20/5/2025": last day 19/5
    expect(feed.body).toContain('Báo cáo 6 tháng đầu năm 2025');
    // The obligation's event has the UID the e-mail attachment uses; an open item rings at 08:00
    // Vietnam time (01:00 UTC) the day before its last day.
    const events = feed.body
      .replace(/\r\n /g, '')
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((e) => ({
        uid: /UID:(.*)/.exec(e)![1]!,
        day: /DTSTART;VALUE=DATE:(\d{8})/.exec(e)![1]!,
        done: /SUMMARY:✓ /.test(e),
        alarm: /TRIGGER;VALUE=DATE-TIME:(\S+)/.exec(e)?.[1] ?? null,
      }));
    const owed = events.filter((e) => e.uid.startsWith('obligation-'));
    expect(owed.length).toBeGreaterThan(0);
    for (const e of owed) {
      expect(e.uid).toMatch(/^obligation-[0-9a-f-]{36}@dvcq$/);
      if (e.done) expect(e.alarm, e.uid).toBeNull();
      else {
        const dayBefore = addDays(`${e.day.slice(0, 4)}-${e.day.slice(4, 6)}-${e.day.slice(6)}`, -1).replace(/-/g, '');
        expect(e.alarm, e.uid).toBe(`${dayBefore}T010000Z`);
      }
    }
    expect(owed.some((e) => !e.done)).toBe(true);
    // A feed per plan: only this plan's deadlines, named after it.
    const planFeed = await t.anonymous.get(`${path}?plan=${plan.id}`);
    expect(planFeed.statusCode).toBe(200);
    expect(planFeed.body).toContain('X-WR-CALNAME:DVCQ — Hạn theo kế hoạch 696/KH-UBND');
    expect(planFeed.body).toContain('DTSTART;VALUE=DATE:20250519');
    const otherPlan = await t.anonymous.get(`${path}?plan=00000000-0000-4000-8000-000000000000`);
    expect(otherPlan.body).not.toContain('BEGIN:VEVENT');
    expect((await t.anonymous.get(`${path}?plan=abc`)).statusCode).toBe(400);
    // A new link replaces the old one.
    await officer.call('createCalendarFeed');
    expect((await t.anonymous.get(path)).statusCode).toBe(404);
  });
});

describe('drafting, publishing, cascading and amending a plan', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let root: string;
  let stttt: string;
  const MARCH_2 = new Date('2026-03-02T03:00:00Z');
  beforeAll(async () => {
    t = await createTestApp();
    root = await t.unitId('TN');
    stttt = await t.unitId('TN.STTTT');
  });
  // Work happens in March 2026, when these plans are issued.
  beforeEach(async () => {
    t.setNow(MARCH_2);
    coordinator = await t.login('snv.dieuphoi');
  });
  afterAll(() => t.close());

  const basePlan = (): PlanInput & { milestones: NonNullable<PlanInput['milestones']> } => ({
    issuerUnitId: root,
    year: 2026,
    title: 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2026',
    issuedOn: '2026-03-02',
    contentAreas: [{ code: '1', title: 'Quán triệt, học tập các chỉ thị, nghị quyết' }],
    targets: [{ text: 'Trên 90% đơn vị xếp loại Tốt', comparator: '>', value: 90, unit: 'percent' }],
    milestones: [
      {
        title: 'Kế hoạch của đơn vị',
        dueDate: '2026-03-27',
        inclusive: true,
        phrase: 'chậm nhất ngày 27/3/2026',
        deliverableKind: 'unit_plan',
        audience: { unitKinds: ['department'] },
      },
      {
        title: 'Báo cáo 6 tháng',
        dueDate: '2026-05-20',
        inclusive: false,
        phrase: 'trước ngày 20/5/2026',
        deliverableKind: 'period_report',
        periodKind: 'H1',
        periodYear: 2026,
        audience: { unitKinds: ['department', 'district'] },
      },
    ],
  });
  const create = async (client: TestClient, body: PlanInput) => (await client.call('createPlan', { body })).data;
  const publish = (id: string, number: string) =>
    coordinator.call('publishPlan', {
      params: { id },
      body: { number, issuedOn: '2026-03-02', signerName: 'Nguyễn Văn A', signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH' },
    });
  const obligationsOf = async (
    query: { planId: string; deliverableKind?: 'unit_plan' | 'period_report'; unitId?: string },
    client = coordinator,
  ) => (await client.call('listObligations', { query })).data;
  const compliance = async (planId: string, asOf?: string) =>
    (await coordinator.call('getPlanCompliance', { params: { id: planId }, query: asOf ? { asOf } : {} })).data;
  /** A plan's milestones as an editor sends them back. */
  const editable = (p: PlanDetailDto) =>
    p.milestones.map(
      ({ lastAllowedDay, deadlineText, cancelled, flags, ...m }) => (void lastAllowedDay, void deadlineText, void cancelled, void flags, m),
    );

  it('refuses invalid input with a message per field and writes nothing', async () => {
    const count = async () => (await coordinator.call('listPlans', { query: { year: 2026 } })).data.length;
    const before = await count();
    const bad = basePlan();
    bad.milestones[0]!.dueDate = '2026-02-20';
    const res = await coordinator.call('createPlan', { body: bad });
    expect(res.statusCode).toBe(400);
    expect(res.error.code).toBe('plan.deadline_before_plan_date');
    expect(res.error.fields!['milestones.0.dueDate']).toContain('sớm hơn ngày ban hành');
    const unknown = basePlan();
    unknown.milestones[1]!.audience = { ...unknown.milestones[1]!.audience, unitIds: ['00000000-0000-4000-8000-000000000000'] };
    const res2 = await coordinator.call('createPlan', { body: unknown });
    expect(res2.error.code).toBe('plan.unknown_unit');
    expect(res2.error.fields!['milestones.1.audience.unitIds.0']).toBeTruthy();
    const noPeriod = basePlan();
    noPeriod.milestones[1]!.periodKind = null;
    expect((await coordinator.call('createPlan', { body: noPeriod })).error.code).toBe('plan.period_required');
    expect(await count()).toBe(before);
  });

  it('publishes: the plan is frozen and every department and district owes what the milestones say', async () => {
    const created = await create(coordinator, basePlan());
    expect(created.status).toBe('draft');
    expect((await publish(created.id, '55/KH-UBND')).statusCode).toBe(200);
    const obligations = await obligationsOf({ planId: created.id });
    const departments = obligations.filter((o) => o.deliverableKind === 'unit_plan');
    expect(departments.every((o) => o.unitKind === 'department')).toBe(true);
    expect(departments.length).toBe(14);
    expect(obligations.filter((o) => o.deliverableKind === 'period_report').length).toBe(14 + 9);
    const { issuerUnitId: _issuer, ...draftFields } = basePlan();
    const edit = await coordinator.call('updatePlanDraft', { params: { id: created.id }, body: { ...draftFields, expectedVersion: 2 } });
    expect(edit.statusCode).toBe(409);
    expect(edit.error.code).toBe('plan.not_draft');
    // The same number twice in one year for one issuer is refused.
    const other = await create(coordinator, basePlan());
    const dup = await publish(other.id, '55/KH-UBND');
    expect(dup.statusCode).toBe(409);
    expect(dup.error.message).toContain('55/KH-UBND');
  });

  it('a unit derives its plan with earlier internal deadlines; a later child deadline is refused; the leader submits it on time', async () => {
    const p = await create(coordinator, basePlan());
    await publish(p.id, '56/KH-UBND');
    const officer = await t.login('stttt.canbo');
    const owes = await obligationsOf({ unitId: stttt, planId: p.id }, officer);
    expect(owes.map((o) => o.deliverableKind).sort()).toEqual(['period_report', 'unit_plan']);
    const derived = await officer.call('derivePlan', { params: { id: p.id }, body: { unitId: stttt } });
    expect(derived.statusCode).toBe(201);
    const draft = derived.data;
    expect(draft.parentPlanId).toBe(p.id);
    expect(draft.contentAreas.map((c) => c.title)).toEqual(['Quán triệt, học tập các chỉ thị, nghị quyết']);
    expect(draft.targets).toHaveLength(1);
    const child = draft.milestones[0]!;
    expect(child).toMatchObject({ deliverableKind: 'period_report', dueDate: '2026-05-15', inclusive: false, periodKind: 'H1' });
    expect(child.audience.withinSubtreeOf).toBe(stttt);
    expect((await officer.call('derivePlan', { params: { id: p.id }, body: { unitId: stttt } })).statusCode).toBe(409);

    // Moving the sub-units' deadline after the department's own is refused, and the draft is unchanged.
    const {
      id,
      version,
      status,
      issuerName,
      amendments,
      publishedAt,
      updatedAt,
      amendmentCount,
      obligationId,
      signedFileId,
      issuerUnitId,
      parentPlanId,
      ...rest
    } = draft;
    void status;
    void issuerName;
    void amendments;
    void publishedAt;
    void updatedAt;
    void amendmentCount;
    void obligationId;
    void signedFileId;
    void issuerUnitId;
    void parentPlanId;
    const late = await officer.call('updatePlanDraft', {
      params: { id },
      body: {
        ...rest,
        activities: rest.activities.map(({ id: _i, leadUnitName: _l, ...a }) => a),
        milestones: [{ ...editable(draft)[0]!, dueDate: '2026-05-25', phrase: 'trước ngày 25/5/2026' }],
        expectedVersion: version,
      },
    });
    expect(late.statusCode).toBe(400);
    expect(late.error.code).toBe('plan.child_deadline_after_parent');
    expect(late.error.message).toContain('trước ngày 20/05/2026');

    // Only the leader signs and submits.
    expect(
      (
        await officer.call('submitUnitPlan', {
          params: { id },
          body: { number: '12/KH-STTTT', issuedOn: '2026-03-20', signerName: 'Lê Văn Hải' },
        })
      ).statusCode,
    ).toBe(403);
    t.setNow(new Date('2026-03-27T16:59:00Z')); // 23:59 on the last allowed day, in Hà Nội time
    const leader = await t.login('stttt.lanhdao');
    expect(
      (
        await leader.call('submitUnitPlan', {
          params: { id },
          body: { number: '12/KH-STTTT', issuedOn: '2026-03-27', signerName: 'Lê Văn Hải', signerTitle: 'GIÁM ĐỐC' },
        })
      ).statusCode,
    ).toBe(200);
    t.setNow(new Date('2026-04-02T02:00:00Z'));
    coordinator = await t.login('snv.dieuphoi');
    const unitPlans = tally(await compliance(p.id), /^Kế hoạch/);
    expect(unitPlans.units.find((u) => u.unitId === stttt)!.status).toBe('submitted_on_time');
    expect(unitPlans.units.filter((u) => u.status === 'overdue')).toHaveLength(13);
    // The department's own plan now puts obligations on its divisions.
    const divisions = await obligationsOf({ planId: id });
    expect(divisions.length).toBe(5);
    expect(divisions.every((o) => o.unitKind === 'division')).toBe(true);
  });

  it('lets a department leader publish the unit’s own plan, not a derived one nor another unit’s', async () => {
    const leader = await t.login('stttt.lanhdao');
    const own = basePlan();
    own.issuerUnitId = stttt;
    own.title = 'Kế hoạch dân vận chính quyền năm 2026 của Sở Thông tin và Truyền thông';
    own.milestones = [{ ...own.milestones[1]!, audience: { unitKinds: ['division'] } }];
    const draft = await create(leader, own);
    const body = { number: '20/KH-STTTT', issuedOn: '2026-03-02', signerName: 'Lê Văn Hải', signerTitle: 'GIÁM ĐỐC' };
    const officer = await t.login('stttt.canbo');
    expect((await officer.call('publishPlan', { params: { id: draft.id }, body })).statusCode).toBe(403);
    const published = await leader.call('publishPlan', { params: { id: draft.id }, body });
    expect(published.statusCode).toBe(200);
    expect(published.data).toMatchObject({ status: 'published', number: '20/KH-STTTT' });
    expect((await obligationsOf({ planId: draft.id })).every((o) => o.unitKind === 'division')).toBe(true);

    // The province's draft is not theirs; a plan derived from it is submitted, not published.
    const provincial = await create(coordinator, basePlan());
    const other = { number: '21/KH-STTTT', issuedOn: '2026-03-02', signerName: 'Lê Văn Hải' };
    expect((await leader.call('publishPlan', { params: { id: provincial.id }, body: other })).statusCode).toBe(403);
    await publish(provincial.id, '60/KH-UBND');
    const derived = (await officer.call('derivePlan', { params: { id: provincial.id }, body: { unitId: stttt } })).data;
    expect((await leader.call('publishPlan', { params: { id: derived.id }, body: other })).statusCode).toBe(403);
  });

  it('judges timeliness in the province’s time zone: 00:00 the next day is late', async () => {
    const p = await create(coordinator, basePlan());
    await publish(p.id, '57/KH-UBND');
    const officer = await t.login('stttt.canbo');
    const draft = (await officer.call('derivePlan', { params: { id: p.id }, body: { unitId: stttt } })).data;
    t.setNow(new Date('2026-03-27T17:00:00Z')); // 00:00 on 28/3 in Hà Nội, still 27/3 in UTC
    const leader = await t.login('stttt.lanhdao');
    expect(
      (
        await leader.call('submitUnitPlan', {
          params: { id: draft.id },
          body: { number: '13/KH-STTTT', issuedOn: '2026-03-28', signerName: 'Lê Văn Hải' },
        })
      ).statusCode,
    ).toBe(200);
    coordinator = await t.login('snv.dieuphoi');
    expect(tally(await compliance(p.id, '2026-04-01'), /^Kế hoạch/).units.find((u) => u.unitId === stttt)!.status).toBe('submitted_late');
  });

  it('exempts a unit with a reason, and amendments move deadlines without losing submissions', async () => {
    const p = await create(coordinator, basePlan());
    const published = (await publish(p.id, '58/KH-UBND')).data;
    const owed = await obligationsOf({ planId: p.id, deliverableKind: 'period_report' });
    const target = owed.find((o) => o.unitName === 'Sở Y tế')!;
    expect(
      (
        await coordinator.call('exemptObligation', {
          params: { id: target.id },
          body: { reason: 'Đơn vị đang sáp nhập theo đề án sắp xếp tổ chức bộ máy' },
        })
      ).statusCode,
    ).toBe(200);
    const officer = await t.login('stttt.canbo');
    expect((await officer.call('exemptObligation', { params: { id: target.id }, body: { reason: 'Tự miễn cho mình' } })).statusCode).toBe(
      403,
    );

    const milestones = editable(published);
    const amended = await coordinator.call('amendPlan', {
      params: { id: p.id },
      body: {
        reason: 'Lùi hạn báo cáo 6 tháng theo chỉ đạo của Bộ Nội vụ',
        expectedVersion: published.version,
        milestones: [milestones[0]!, { ...milestones[1]!, dueDate: '2026-06-05', phrase: 'trước ngày 05/6/2026' }],
      },
    });
    const after = amended.data;
    expect(after.amendmentCount).toBe(1);
    expect(after.amendments[0]!.reason).toContain('Lùi hạn');
    const rescheduled = await obligationsOf({ planId: p.id, deliverableKind: 'period_report' });
    expect(rescheduled.every((o) => o.dueDate === '2026-06-05')).toBe(true);
    expect(rescheduled.find((o) => o.id === target.id)!.exemptReason).toContain('sáp nhập');

    // Removing a milestone cancels its obligations (kept in history, no longer owed).
    const removed = await coordinator.call('amendPlan', {
      params: { id: p.id },
      body: { reason: 'Bỏ yêu cầu báo cáo 6 tháng', expectedVersion: after.version, milestones: [milestones[0]!] },
    });
    expect(removed.statusCode).toBe(200);
    expect(await obligationsOf({ planId: p.id, deliverableKind: 'period_report' })).toHaveLength(0);
    const stale = await coordinator.call('amendPlan', {
      params: { id: p.id },
      body: { reason: 'Sửa theo bản cũ', expectedVersion: after.version, targets: [] },
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('the org tree on each deadline', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('units opened after a deadline or closed before it never owe it, so rates stay within 100%', async () => {
    t.setNow(new Date('2026-03-02T03:00:00Z'));
    const root = await t.unitId('TN');
    const admin = await t.login('admin');
    const coordinator = await t.login('snv.dieuphoi');
    const newDept = (
      await admin.call('createOrgUnit', {
        body: { parentId: root, kind: 'department', code: 'TN.SMOI', name: 'Sở Mới Thành Lập', validFrom: '2026-04-01' },
      })
    ).data;
    const closing = (
      await admin.call('createOrgUnit', {
        body: { parentId: root, kind: 'department', code: 'TN.SCU', name: 'Sở Sắp Giải Thể', validFrom: '2020-01-01' },
      })
    ).data;
    await admin.call('closeOrgUnit', { params: { id: closing.id }, body: { closedOn: '2026-03-15', reason: 'Sáp nhập' } });
    const p = (
      await coordinator.call('createPlan', {
        body: {
          issuerUnitId: root,
          year: 2026,
          title: 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2026',
          issuedOn: '2026-03-02',
          milestones: [
            {
              title: 'Kế hoạch của đơn vị',
              dueDate: '2026-03-27',
              inclusive: true,
              phrase: 'chậm nhất ngày 27/3/2026',
              deliverableKind: 'unit_plan',
              audience: { unitKinds: ['department'] },
            },
            {
              title: 'Báo cáo 6 tháng',
              dueDate: '2026-05-20',
              inclusive: false,
              phrase: 'trước ngày 20/5/2026',
              deliverableKind: 'period_report',
              periodKind: 'H1',
              periodYear: 2026,
              audience: { unitKinds: ['department', 'district'] },
            },
          ],
        },
      })
    ).data;
    await coordinator.call('publishPlan', {
      params: { id: p.id },
      body: { number: '59/KH-UBND', issuedOn: '2026-03-02', signerName: 'Nguyễn Văn A' },
    });
    const owed = (await coordinator.call('listObligations', { query: { planId: p.id } })).data;
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
    t = await createTestApp({ demo: 'pre2025' });
  });
  afterAll(() => t.close());

  it('an officer drafting the unit plan assigns the leader to a deadline, who then sees it in their list', async () => {
    const officer = await t.login('stttt.canbo');
    const plans = (await officer.call('listPlans', { query: { q: '45/KH-STTTT' } })).data;
    const plan = (await officer.call('getPlan', { params: { id: plans[0]!.id } })).data;
    const people = (await officer.call('listAssignableUsers', { params: { id: plan.id } })).data;
    expect(people.map((p) => p.username).sort()).toEqual(['stttt.canbo', 'stttt.lanhdao']);
    const leader = people.find((p) => p.username === 'stttt.lanhdao')!;
    const res = await officer.call('assignPlanItem', {
      params: { id: plan.id },
      body: { itemType: 'milestone', itemId: plan.milestones[0]!.id, userId: leader.id, duty: 'lead' },
    });
    expect(res.statusCode).toBe(201);
    const mine = (await (await t.login('stttt.lanhdao')).call('listMyAssignments')).data;
    expect(mine).toEqual([
      expect.objectContaining({ itemText: plan.milestones[0]!.title, duty: 'lead', dueDate: plan.milestones[0]!.dueDate }),
    ]);
    expect((await (await t.login('tptn.canbo')).call('listAssignableUsers', { params: { id: plan.id } })).statusCode).toBe(403);
  });
});
