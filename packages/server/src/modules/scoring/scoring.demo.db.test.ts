// The scoring demo loads once, through the use cases, and reads back as hand-computed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFinalisation, exampleScorecard1563 } from '@dvcq/domain';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { loadScoringDemo } from '../../demo/demo-scoring.ts';

describe('scoring demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await loadScoringDemo(t.db.database, new Date('2025-11-20T03:00:00Z'));
    await loadScoringDemo(t.db.database, new Date('2025-11-20T03:00:00Z')); // idempotent
  });
  afterAll(() => t.close());

  it('has an example scorecard, a 2024 ranking issued and 2025 assessments in various states', async () => {
    const c = await t.login('snv.dieuphoi');
    const scs = (await c.call('listScorecards')).data;
    const sc = scs.find((s) => s.name.startsWith('Ví dụ minh hoạ'))!;
    expect(sc.status).toBe('active');
    const r2024 = (await c.call('getRanking', { query: { scorecardId: sc.id, year: 2024 } })).data;
    expect(r2024.decision!.number).toBe('3456/QĐ-UBND');
    const groups = (
      r2024.ranking as { groups: { unitGroup: string; units: { unitName: string; total: number; level: { name: string } }[] }[] }
    ).groups;
    const prov = groups.find((g) => g.unitGroup === 'provincial')!;
    // STTTT 2024: 100 − 1 − 1,5 − 1 (1.2: 92 % trained → 2 of 3) = 96,5 → Tốt
    expect(prov.units.find((u) => u.unitName === 'Sở Thông tin và Truyền thông')).toMatchObject({ total: 96.5, level: { name: 'Tốt' } });
    // Gò Dầu 2024: 100 − 1 − 4 − 5 − 5 − 2 (1.2: 75 % → 1 of 3) − 3 (2.2 appraised 0) = 80 → Khá
    const dist = groups.find((g) => g.unitGroup === 'district_chain')!;
    expect(dist.units.find((u) => u.unitName.includes('Gò Dầu'))).toMatchObject({ total: 80, level: { name: 'Khá' } });
    const list = (await c.call('listAssessments', { query: { year: 2025 } })).data;
    const by = Object.fromEntries(list.map((a) => [a.unitCode, a]));
    expect(by['TN.SNV']!.status).toBe('submitted');
    expect(by['TN.STP']!.status).toBe('returned_for_evidence');
    expect(by['TN.SYT']!.status).toBe('submitted');
    expect(by['TN.SNNPTNT']!.status).toBe('draft');
    expect(by['TN.SVHTTDL']!.status).toBe('finalised');
    // Sở Giáo dục và Đào tạo 2025: 99 points, submitted 17/11 (deadline "trước ngày 15/11/2025") → Tốt downgraded to Khá
    expect(by['TN.SGDDT']).toMatchObject({ status: 'finalised', late: true, total: 99, levelName: 'Khá' });
    // The districts ceased on 1/7/2025: the demo's 2025 assessments are of units that exist in 2025.
    expect(by['TN.GODAU']).toBeUndefined();
  });

  it("compares each ranked unit with last year's result", async () => {
    const c = await t.login('snv.dieuphoi');
    const sc = (await c.call('listScorecards')).data.find((s) => s.name.startsWith('Ví dụ minh hoạ'))!;
    type Ranked = { unitName: string; total: number; change?: { previousTotal?: number } };
    const unitsOf = (r: { ranking: unknown }) => (r.ranking as { groups: { units: Ranked[] }[] }).groups.flatMap((g) => g.units);
    const r2024 = (await c.call('getRanking', { query: { scorecardId: sc.id, year: 2024 } })).data;
    const snv2024 = unitsOf(r2024).find((u) => u.unitName === 'Sở Nội vụ')!;
    // Sở Nội vụ's 2025 dossier (submitted) is finalised now.
    const listed = (await c.call('listAssessments', { query: { year: 2025 } })).data.find((a) => a.unitCode === 'TN.SNV')!;
    const a = (await c.call('getAssessment', { params: { id: listed.id } })).data;
    const open = checkFinalisation(
      exampleScorecard1563().nodes,
      a.unitGroup,
      a.scores.filter((x) => x.appraisedAt).map((x) => x.code),
    ).open;
    const reasons = Object.fromEntries(open.map((code) => [code, 'Cơ quan thẩm định thống nhất điểm tự chấm.']));
    const done = await c.call('finaliseAssessment', {
      params: { id: a.id },
      body: { expectedVersion: a.version, unappraisedReasons: reasons },
    });
    expect(done.statusCode, done.raw.body).toBe(200);

    const units = unitsOf((await c.call('getRanking', { query: { scorecardId: sc.id, year: 2025 } })).data);
    expect(units.find((u) => u.unitName === 'Sở Nội vụ')!.change).toMatchObject({ previousTotal: snv2024.total });
    // A unit without a 2024 result has nothing to compare with.
    expect(units.find((u) => u.unitName.startsWith('Sở Văn hóa'))!.change).toBeUndefined();
  });
});
