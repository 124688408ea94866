// The demo's communication KPIs: the appendix of 31/KH-UBND as the city's KPI set for the current year,
// with evidence spread so that the heat map shows every colour and the coordinator has entries to review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

describe('demo communication KPIs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: 'full' });
  });
  afterAll(() => t.close());

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
    // the city officer reads the same set
    const officer = await t.login('tptn.canbo');
    expect((await officer.call('listKpiSets')).data.map((s) => s.id)).toContain(set.id);
  });

  // Shares this file's demo app (loading the full demo is the expensive part).
  it('also holds citizen dialogues with three conclusions each, one overdue today, and complaint figures', async () => {
    const coordinator = await t.login('snv.dieuphoi');
    const list = (await coordinator.call('listDialogues')).data;
    expect(list.items.length).toBeGreaterThan(0);
    for (const d of list.items) expect(d.conclusions.map((c) => c.state)).toEqual(['done_on_time', 'overdue', 'open']);
    expect(list.questionsByTopic.length).toBeGreaterThan(2);
    const dash = (await coordinator.call('getDashboard', { query: { unitId: await t.unitId('TN') } })).data;
    expect(dash.dialogues.overdue.length).toBe(list.items.length);
    const parent = await t.unitId('TN');
    const quarters = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
    const found = [];
    for (const year of [2025, 2026, 2027])
      for (const periodKind of quarters) {
        const s = (await coordinator.call('getComplaintStatistics', { query: { unitId: parent, year, periodKind } })).data;
        if (s.unitsReported > 0) found.push(s);
      }
    expect(found.length).toBe(1);
    expect(found[0]!.unitsReported).toBe(list.items.length);
  });
});
