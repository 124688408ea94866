// Dashboards agree with the compliance and ranking figures of their own modules, for the demo year; the
// counts come from SQL, the heat map in pages of units.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

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
});
