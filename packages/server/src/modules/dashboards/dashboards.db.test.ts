// Dashboards agree with the compliance and ranking figures of their own modules, for the demo year; the
// counts come from SQL, the heat map in pages of units.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { actingAs } from '../../demo/demo-actors.ts';
import { appraisalByAgency } from './dashboards.usecases.ts';
import { createDashboardsRepository } from './dashboards.repository.ts';

describe('dashboards', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: 'pre2025' });
    t.setNow(new Date('2025-06-02T03:00:00Z'));
  });
  afterAll(() => t.close());

  it('coordinator: completeness, timeliness and the heat map agree with getPlanCompliance for the same date', async () => {
    const coordinator = await t.login('snv.dieuphoi');
    const rootId = await t.unitId('TN');
    const d = (await coordinator.call('getDashboard', { query: { unitId: rootId, year: 2025 } })).data;
    expect(d.coordinator).toBe(true);
    const plans = (await coordinator.call('listPlans', { query: { year: 2025, status: 'published' } })).data;
    const provincial = plans.find((p) => p.number === '696/KH-UBND')!;
    const compliance = (await coordinator.call('getPlanCompliance', { params: { id: provincial.id } })).data;
    expect(compliance.milestones.length).toBeGreaterThan(2);
    // the heat map comes in pages of units by name: walk them all, small pages, each unit once
    const units: typeof d.heatmap.units = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = (
        await coordinator.call('getDashboardHeatmap', { query: { unitId: rootId, year: 2025, limit: 7, ...(cursor ? { cursor } : {}) } })
      ).data;
      expect(page.deadlines).toEqual(d.heatmap.deadlines);
      expect(page.units.length).toBeLessThanOrEqual(7);
      units.push(...page.units);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThan(1);
    expect(units.length).toBe(d.heatmap.unitCount);
    expect(new Set(units.map((u) => u.unitId)).size).toBe(units.length);
    expect(d.heatmap.units).toEqual(units.slice(0, d.heatmap.units.length));
    const someone = units[units.length - 1]!;
    const found = (await coordinator.call('getDashboardHeatmap', { query: { unitId: rootId, year: 2025, q: someone.unitName } })).data;
    expect(found.units.map((u) => u.unitId)).toContain(someone.unitId);
    expect(found.unitCount).toBeLessThan(d.heatmap.unitCount);
    expect((await coordinator.call('getDashboardHeatmap', { query: { unitId: rootId, year: 2025, cursor: 'nonsense' } })).statusCode).toBe(
      400,
    );
    for (const m of compliance.milestones) {
      const col = d.compliance.byDeadline.find((c) => c.milestoneId === m.milestoneId);
      if (m.tally.owed + m.tally.exempt === 0) continue;
      expect(col, m.title).toBeDefined();
      expect(col!.tally).toEqual(m.tally);
      const i = d.heatmap.deadlines.findIndex((c) => c.milestoneId === m.milestoneId);
      for (const u of m.units) expect(units.find((x) => x.unitId === u.unitId)!.statuses[i], u.unitName).toBe(u.status);
    }
    // ranking: the same distribution as the scoring module, or an empty section
    if (d.ranking.available) {
      const scorecards = (await coordinator.call('listScorecards')).data;
      const active = scorecards.find((s) => s.status === 'active')!;
      const ranking = (await coordinator.call('getRanking', { query: { scorecardId: active.id, year: 2025 } })).data as unknown as {
        ranking: { overall: { count: number; distribution: { level: { code: string }; count: number }[] } };
      };
      expect(d.ranking.count).toBe(ranking.ranking.overall.count);
      expect(d.ranking.distribution.map((x) => [x.levelCode, x.count])).toEqual(
        ranking.ranking.overall.distribution.map((x) => [x.level.code, x.count]),
      );
    } else {
      expect(d.ranking.distribution).toEqual([]);
    }
    // the table behind the chart, as Excel
    const xlsx = await coordinator.call('exportDashboardXlsx', { query: { unitId: rootId, year: 2025, chart: 'compliance' } });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    // the heat map's Excel holds every unit, not only the first page
    const heat = await coordinator.call('exportDashboardXlsx', { query: { unitId: rootId, year: 2025, chart: 'heatmap' } });
    const hwb = new ExcelJS.Workbook();
    await hwb.xlsx.load(heat.raw.rawPayload as unknown as ArrayBuffer);
    const heatText: string[] = [];
    hwb.worksheets[0]!.eachRow((row) => heatText.push(row.values!.toString()));
    for (const u of units) expect(heatText.join('\n')).toContain(u.unitName);
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(row.values!.toString()));
    expect(texts.join('\n')).toContain('TÌNH HÌNH THỰC HIỆN THEO TỪNG HẠN');
    expect(texts.join('\n')).toContain(d.compliance.byDeadline[0]!.title);
  });

  it('officer: what my unit owes next, what came back, the trend; another subtree is refused', async () => {
    const officer = await t.login('stttt.canbo');
    const d = (await officer.call('getDashboard')).data;
    expect(d.unit.name).toBe('Sở Thông tin và Truyền thông');
    expect(d.coordinator).toBe(false);
    const own = (await officer.call('listObligations', { query: { unitId: d.unit.id, open: 'true' } })).data;
    const openOwn = own.filter((o) => ['not_due', 'due_soon', 'overdue'].includes(o.status));
    expect(d.myUnit!.owesNext.map((o) => o.obligationId).sort()).toEqual(openOwn.map((o) => o.id).sort());
    expect(d.myUnit!.trend.find((y) => y.year === 2025)).toBeDefined();
    expect((await officer.call('getDashboard', { query: { unitId: await t.unitId('TN.TPTN') } })).statusCode).toBe(403);
  });
  it('coordinator: "Dân vận khéo" models by field × state and complaint figures by period of the subtree', async () => {
    const coordinator = await t.login('snv.dieuphoi');
    const officer = await t.login('stttt.canbo');
    const rootId = await t.unitId('TN');
    const unitId = (await officer.call('getDashboard')).data.unit.id;
    const before = (await coordinator.call('getDashboard', { query: { unitId: rootId, year: 2025 } })).data;
    const cell = (d: typeof before, field: string, state: string) => {
      const i = d.models.states.findIndex((s) => s.state === state);
      return d.models.fields.find((f) => f.field === field)?.counts[i] ?? 0;
    };
    const q1 = (d: typeof before) => d.complaints.periods.find((p) => p.year === 2025 && p.periodKind === 'Q1');

    const model = (
      await coordinator.call('saveModel', {
        body: {
          unitId,
          registeredOn: '2025-03-01',
          name: 'Mô hình "Cà phê số" hướng dẫn người dân dùng dịch vụ công trực tuyến',
          field: 'digital_transformation',
          problem: 'Người dân lúng túng khi nộp hồ sơ trực tuyến',
          goals: 'Mỗi tuần hướng dẫn ít nhất 30 người',
          activities: 'Tổ công nghệ số cộng đồng trực tại điểm cà phê sáng thứ Bảy',
        },
      })
    ).data;
    for (const action of ['start', 'propose'] as const) {
      expect((await coordinator.call('changeModelState', { params: { id: model.id }, body: { action } })).statusCode).toBe(200);
    }
    const recognised = await coordinator.call('recogniseModel', {
      params: { id: model.id },
      body: { decisionNumber: '12/QĐ-UBND', decisionDate: '2025-05-20', decisionIssuer: 'UBND tỉnh Tây Ninh', level: 'province' },
    });
    expect(recognised.statusCode).toBe(200);
    const saved = await officer.call('saveComplaintStatistics', {
      body: {
        unitId,
        year: 2025,
        periodKind: 'Q1',
        rows: [
          { kind: 'reception', received: 40, inCompetence: 40, resolved: 40, resolvedOnTime: 40, pending: 0 },
          { kind: 'complaint', received: 6, inCompetence: 5, resolved: 4, resolvedOnTime: 3, pending: 1 },
          { kind: 'petition', received: 10, inCompetence: 8, resolved: 8, resolvedOnTime: 7, pending: 0 },
        ],
      },
    });
    expect(saved.statusCode).toBe(200);

    const after = (await coordinator.call('getDashboard', { query: { unitId: rootId, year: 2025 } })).data;
    expect(after.models.states.map((s) => s.label)).toContain('Được công nhận');
    expect(after.models.fields.find((f) => f.field === 'digital_transformation')!.label).toBe('Chuyển đổi số');
    expect(cell(after, 'digital_transformation', 'recognised')).toBe(cell(before, 'digital_transformation', 'recognised') + 1);
    expect(after.models.total).toBe(before.models.total + 1);
    // reception visits are not complaints: only the complaint and petition figures add up
    const was = q1(before) ?? { received: 0, resolved: 0, resolvedOnTime: 0, pending: 0 };
    expect(q1(after)).toMatchObject({
      label: 'Quý I năm 2025',
      received: was.received + 16,
      resolved: was.resolved + 12,
      resolvedOnTime: was.resolvedOnTime + 10,
      pending: was.pending + 1,
    });
    // the table behind the complaints chart, as Excel
    const xlsx = await coordinator.call('exportDashboardXlsx', { query: { unitId: rootId, year: 2025, chart: 'complaints' } });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    const rows: string[] = [];
    wb.worksheets[0]!.eachRow((row) => rows.push(row.values!.toString()));
    expect(rows.join('\n')).toContain('Quý I năm 2025');
  });

  it('appraisal: counted in SQL per agency, the same as the scoring module’s progress', async () => {
    const coordinator = await t.login('snv.dieuphoi');
    const ctx = await actingAs(t.deps.database, 'snv.dieuphoi', t.now());
    const repo = createDashboardsRepository(t.deps.database.db);
    let counted = 0;
    for (const sc of (await coordinator.call('listScorecards')).data.filter((s) => s.status === 'active'))
      for (const year of [2024, 2025]) {
        const progress = (await coordinator.call('getAppraisalProgress', { query: { scorecardId: sc.id, year } })).data;
        const agencies = (await appraisalByAgency(repo, ctx.actor, sc.id, year))!.agencies;
        expect(agencies, `${sc.name} ${year}`).toEqual(progress.agencies.map(({ criteria: _, ...a }) => a));
        counted += agencies.reduce((n, a) => n + a.toReview + a.reviewed + a.changed, 0);
      }
    // The demo's assessments (2024 finalised, 2025 submitted and being appraised) make the comparison count.
    expect(counted).toBeGreaterThan(0);
    // Whoever may neither appraise nor manage the scorecard gets no card (the dashboard shows it as unavailable).
    const officer = await actingAs(t.deps.database, 'stttt.canbo', t.now());
    const any = (await coordinator.call('listScorecards')).data.find((s) => s.status === 'active')!;
    expect(await appraisalByAgency(repo, officer.actor, any.id, 2025)).toBeNull();
  });

  it('appraisal: the card kept by the instance is renewed by the next appraisal write', async () => {
    const coordinator = await t.login('snv.dieuphoi');
    const ctx = await actingAs(t.deps.database, 'snv.dieuphoi', t.now());
    const repo = createDashboardsRepository(t.deps.database.db);
    // A 2025 assessment still open to appraisal (the demo's are submitted).
    const open: { scorecardId: string; assessmentId: string }[] = [];
    for (const sc of (await coordinator.call('listScorecards')).data.filter((s) => s.status === 'active'))
      for (const u of (await coordinator.call('getAppraisalProgress', { query: { scorecardId: sc.id, year: 2025 } })).data.units)
        if (u.status === 'submitted') open.push({ scorecardId: sc.id, assessmentId: u.assessmentId });
    const { scorecardId, assessmentId } = open[0]!;
    const sentBack = async () =>
      (await appraisalByAgency(repo, ctx.actor, scorecardId, 2025))!.agencies.reduce((n, a) => n + a.sentBack, 0);
    const before = await sentBack();
    expect(await sentBack()).toBe(before); // from the instance's copy
    const inspector = await t.login('thanhtra.thamdinh');
    const back = await inspector.call('sendBackCriterion', {
      params: { id: assessmentId, code: '2.3' },
      body: { note: 'Bổ sung kế hoạch phòng, chống tham nhũng.' },
    });
    expect(back.statusCode, back.raw.body).toBe(200);
    expect(await sentBack()).toBe(before + 1);
  });
});
