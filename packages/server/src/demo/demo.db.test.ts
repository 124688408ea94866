// The full demo as a new user opens it: Tây Ninh after the 1/7/2025 reorganisation (96 communes and
// wards, no district), the old units' 2024 records under their 2024 names, the current year's cycle due
// after the load date, and the communication KPIs of the current year. One app for the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDateInProvince } from '@dvcq/domain';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

describe('the demo', () => {
  let t: TestApp;
  const loadedAt = new Date();
  beforeAll(async () => {
    t = await createTestApp({ demo: 'full' });
  }, 300_000);
  afterAll(() => t.close());

  it('opens on the province after the reorganisation: 96 communes and wards, no district; the old accounts are disabled', async () => {
    const admin = await t.login('admin');
    const today = (await admin.call('getOrgTree', { query: {} })).data;
    const count = (kind: string) => today.units.filter((u) => u.kind === kind).length;
    expect(count('commune')).toBe(96);
    expect(count('district')).toBe(0);
    expect(today.units.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Sở Khoa học và Công nghệ', 'Sở Nội vụ', 'Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân phường Tân Ninh']),
    );
    expect(today.units.map((u) => u.name)).not.toContain('Sở Thông tin và Truyền thông');
    // The tree of 2024 had the districts and Tây Ninh city's wards.
    const before = (await admin.call('getOrgTree', { query: { asOf: '2024-12-31' } })).data.units;
    expect(before.filter((u) => u.kind === 'district').map((u) => u.name)).toContain('Ủy ban nhân dân huyện Bến Cầu');
    // Bến Cầu carries on as a commune, with the district among its predecessors.
    const benCau = today.units.find((u) => u.name === 'Ủy ban nhân dân xã Bến Cầu')!;
    const lineage = (await admin.call('getUnitLineage', { params: { id: benCau.id } })).data;
    expect(lineage.predecessors.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Ủy ban nhân dân huyện Bến Cầu', 'Ủy ban nhân dân thị trấn Bến Cầu', 'Ủy ban nhân dân xã Lợi Thuận']),
    );
    expect((await t.anonymous.post('/api/auth/login', { username: 'stttt.canbo', password: 'DanVan@2025' })).statusCode).not.toBe(200);
  });

  it("keeps Bến Cầu's 2024 report and the 2024 ranking under their 2024 names", async () => {
    const coordinator = await t.login('snv.dieuphoi');
    const plan2024 = (await coordinator.call('listPlans', { query: { year: 2024 } })).data.find((p) => p.number === '859/KH-UBND')!;
    const reports = (await coordinator.call('listReports', { query: { planId: plan2024.id } })).data;
    const benCau = reports.find((r) => r.unit.code === 'TN.BENCAU')!;
    expect(benCau.unit.name).toBe('Ủy ban nhân dân huyện Bến Cầu');
    expect(benCau.status).toBe('accepted');
    const report = (await coordinator.call('getReport', { params: { obligationId: benCau.obligationId } })).data;
    expect(report.unit.name).toBe('Ủy ban nhân dân huyện Bến Cầu');

    // The scorecard in force in 2024 (Cần Thơ 2579, in force from 2026, sits beside it).
    const scorecard = (await coordinator.call('listScorecards', { query: {} })).data.find((s) => !s.decisionNumber.includes('2579'))!;
    const ranking = (await coordinator.call('getRanking', { query: { scorecardId: scorecard.id, year: 2024 } })).data;
    const text = JSON.stringify(ranking.ranking);
    expect(ranking.decision?.number).toBe('3456/QĐ-UBND');
    for (const name of ['Sở Thông tin và Truyền thông', 'Sở Nông nghiệp và Phát triển nông thôn', 'Ủy ban nhân dân huyện Bến Cầu'])
      expect(text).toContain(name);
    expect(text).not.toContain('Sở Nông nghiệp và Môi trường');
  });

  it("runs the current year's cycle on today's tree, due after the load date", async () => {
    const today = localDateInProvince(loadedAt);
    const officer = await t.login('skhcn.canbo');
    const owed = (await officer.call('listObligations', { query: { open: 'true' } })).data;
    const current = owed.filter((o) => o.periodYear === Number(today.slice(0, 4)) && o.planNumber === '125/KH-UBND');
    expect(current.length).toBeGreaterThan(0);
    for (const o of current) expect(o.dueDate > today && o.dueDate <= addDays(today, 30)).toBe(true);
    // Nothing of today's units is overdue by more than a month.
    expect(owed.every((o) => o.dueDate >= addDays(today, -31))).toBe(true);
    // The 2025 annual reports came from the units as they are now.
    const coordinator = await t.login('snv.dieuphoi');
    const plan2025 = (await coordinator.call('listPlans', { query: { year: 2025 } })).data.find((p) => p.number === '696/KH-UBND')!;
    const annual = (await coordinator.call('listReports', { query: { planId: plan2025.id, periodKind: 'Y' } })).data;
    expect(annual.map((r) => r.unit.name)).toEqual(expect.arrayContaining(['Sở Khoa học và Công nghệ', 'Ủy ban nhân dân phường Tân Ninh']));
    expect(annual.map((r) => r.unit.name)).not.toContain('Sở Thông tin và Truyền thông');
  });

  it("opens phường Tân Ninh's current report with the ward's recognised model; this year's models sit on today's units", async () => {
    const officer = await t.login('tanninh.canbo');
    const current = (await officer.call('listObligations', { query: { open: 'true' } })).data.find((o) => o.planNumber === '125/KH-UBND')!;
    const report = (await officer.call('getReport', { params: { obligationId: current.id } })).data;
    expect(report.prefill.values.models_recognised!.value).toBeGreaterThanOrEqual(1);
    const recognised = report.prefill.lists.find((l) => l.key === 'movement.models_recognised')!;
    expect(recognised.items.map((i) => i.text)).toContain('Tuyến đường hoa, không rác thải');
    // The models of 2024 stay on the old units; this year's belong to units open today.
    const coordinator = await t.login('snv.dieuphoi');
    const open = new Set((await coordinator.call('getOrgTree', { query: {} })).data.units.map((u) => u.id));
    const year = Number(localDateInProvince(loadedAt).slice(0, 4));
    const thisYear = (await coordinator.call('listModels', { query: { year } })).data;
    expect(thisYear.length).toBeGreaterThan(3);
    for (const m of thisYear) expect(open.has(m.unitId)).toBe(true);
    const of2024 = (await coordinator.call('listModels', { query: { year: 2024 } })).data;
    expect(of2024.length).toBeGreaterThan(1);
    for (const m of of2024) expect(open.has(m.unitId)).toBe(false);
  });

  it('holds the appendix as a KPI set with evidence in every state and units in every colour', async () => {
    const coordinator = await t.login('snv.dieuphoi');
    const sets = (await coordinator.call('listKpiSets')).data;
    const set = sets.find((s) => s.planNumber === '31/KH-UBND')!;
    expect(set.rows).toHaveLength(13);
    expect(set.canManage).toBe(true);
    const p = (await coordinator.call('getKpiProgress', { params: { id: set.id } })).data;
    expect(p.units.length).toBeGreaterThan(5);
    const statuses = new Set(p.units.flatMap((u) => u.cells.filter((c) => c !== null).map((c) => c.status)));
    expect([...statuses].sort()).toEqual(['amber', 'green', 'red']);
    const evidence = (await coordinator.call('listKpiEvidence', { params: { id: set.id } })).data;
    expect(new Set(evidence.map((e) => e.status))).toEqual(new Set(['pending', 'accepted', 'rejected']));
    // a ward officer reads the same set
    const officer = await t.login('tanninh.canbo');
    expect((await officer.call('listKpiSets')).data.map((s) => s.id)).toContain(set.id);
  });

  it('also holds citizen dialogues with three conclusions each, one overdue today, and complaint figures', async () => {
    const coordinator = await t.login('snv.dieuphoi');
    const list = (await coordinator.call('listDialogues')).data;
    expect(list.items.length).toBeGreaterThan(0);
    for (const d of list.items) expect(d.conclusions.map((c) => c.state)).toEqual(['done_on_time', 'overdue', 'open']);
    expect(list.questionsByTopic.length).toBeGreaterThan(2);
    const root = await t.unitId('TN');
    const dash = (await coordinator.call('getDashboard', { query: { unitId: root } })).data;
    expect(dash.dialogues.overdue.length).toBe(list.items.length);
    const found = [];
    for (const year of [2025, 2026, 2027])
      for (const periodKind of ['Q1', 'Q2', 'Q3', 'Q4'] as const) {
        const s = (await coordinator.call('getComplaintStatistics', { query: { unitId: root, year, periodKind } })).data;
        if (s.unitsReported > 0) found.push(s);
      }
    expect(found.length).toBe(1);
    expect(found[0]!.unitsReported).toBe(list.items.length);
  });
});
