// Authorisation gaps found by the assessment: another unit's file as the signed copy of one's plan, and
// plan items assigned to people outside the plan's unit (who would then see a foreign draft's title).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { publishedPlan } from '../../testing/factories.ts';
import { TINY_PDF } from '../../testing/multipart.ts';

describe('plans: files and people of other units', () => {
  let t: TestApp;
  let officer: TestClient;
  let leader: TestClient;
  let draftId: string;
  let itemId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const stttt = await t.unitId('TN.STTTT');
    const plan = await publishedPlan(t, {
      issuerCode: 'TN',
      year: 2026,
      number: '77/KH-UBND',
      title: 'Kế hoạch công tác dân vận chính quyền năm 2026',
      milestones: [
        { title: 'Kế hoạch của đơn vị', dueDate: '2026-12-30', inclusive: true, deliverableKind: 'unit_plan', unitCodes: ['TN.STTTT'] },
        {
          title: 'Báo cáo 6 tháng',
          dueDate: '2026-06-20',
          inclusive: false,
          deliverableKind: 'period_report',
          periodKind: 'H1',
          unitCodes: ['TN.STTTT'],
        },
      ],
    });
    officer = await t.login('stttt.canbo');
    leader = await t.login('stttt.lanhdao');
    const draft = (await officer.call('derivePlan', { params: { id: plan.planId }, body: { unitId: stttt } })).data;
    draftId = draft.id;
    itemId = draft.milestones[0]!.id;
  });
  afterAll(() => t.close());

  it('a leader cannot attach another unit’s file as the signed copy of its plan', async () => {
    const cityOfficer = await t.login('tptn.canbo');
    const foreign = await cityOfficer.call('uploadFile', {
      query: { unitId: await t.unitId('TN.TPTN') },
      file: { filename: 'ke-hoach-thanh-pho.pdf', content: TINY_PDF, contentType: 'application/pdf' },
    });
    const sign = { number: '12/KH-STTTT', issuedOn: '2026-03-20', signerName: 'Lê Văn Hải' };
    const res = await leader.call('submitUnitPlan', { params: { id: draftId }, body: { ...sign, signedFileId: foreign.data.id } });
    expect(res.error.code).toBe('plan.signed_file_not_found');
    const own = await leader.call('uploadFile', {
      query: { unitId: await t.unitId('TN.STTTT') },
      file: { filename: 'ke-hoach-so.pdf', content: TINY_PDF, contentType: 'application/pdf' },
    });
    expect(
      (await leader.call('submitUnitPlan', { params: { id: draftId }, body: { ...sign, signedFileId: own.data.id } })).statusCode,
    ).toBe(200);
  });

  it('plan items are assigned only to the people of the plan’s unit', async () => {
    const cityOfficer = await t.login('tptn.canbo');
    const outsiderId = (await cityOfficer.call('getCurrentUser')).data.user.id;
    const res = await officer.call('assignPlanItem', {
      params: { id: draftId },
      body: { itemType: 'milestone', itemId, userId: outsiderId },
    });
    expect(res.error.code, JSON.stringify(res.error)).toBe('user.not_found');
    expect(res.raw.body).not.toContain('Kế hoạch');
    expect((await cityOfficer.call('listMyAssignments')).data).toEqual([]);
    const insiderId = (await leader.call('getCurrentUser')).data.user.id;
    const ok = await officer.call('assignPlanItem', {
      params: { id: draftId },
      body: { itemType: 'milestone', itemId, userId: insiderId },
    });
    expect(ok.statusCode).toBe(201);
  });

  it('appraisers and administrators do not upload into a unit’s files', async () => {
    for (const username of ['thanhtra.thamdinh', 'admin']) {
      const c = await t.login(username);
      const res = await c.call('uploadFile', {
        query: { unitId: await t.unitId('TN.STTTT') },
        file: { filename: 'cai-vao.pdf', content: TINY_PDF, contentType: 'application/pdf' },
      });
      expect(res.statusCode).toBe(403);
    }
  });
});
