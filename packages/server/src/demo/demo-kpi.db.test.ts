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
});
