// "Open obligation" has one meaning (the domain's isObligationOpen); the SQL condition the obligations
// list and the reminders use (openObligation() in obligations.repository.ts) must pick exactly the
// obligations the domain calls open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObligationOpen } from '@dvcq/domain';
import { obligationDto } from '@dvcq/shared';
import { publishedPlan } from '../../testing/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { createObligationsRepository } from './obligations.repository.ts';
import { recordSubmission } from './obligations.usecases.ts';

const UNITS = ['TN.SNV', 'TN.STTTT', 'TN.STP', 'TN.SYT'] as const;

describe('open obligations', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let planId: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.login('snv.dieuphoi');
  });
  afterAll(() => t.close());

  it('lists as open exactly what the domain calls open: not submitted, exempted or cancelled', async () => {
    t.setNow(new Date('2026-03-10T02:00:00Z'));
    const plan = await publishedPlan(t, {
      issuerCode: 'TN',
      year: 2026,
      number: '901/KH-UBND',
      title: 'Kế hoạch thử nghiệm nghĩa vụ còn phải thực hiện',
      milestones: [
        { title: 'Gửi kế hoạch của đơn vị', dueDate: '2026-03-28', inclusive: true, deliverableKind: 'unit_plan', unitCodes: [...UNITS] },
      ],
    });
    const id: Record<string, string> = {};
    for (const code of UNITS) id[code] = await plan.obligationIdOf(0, code);

    // Sở Thông tin và Truyền thông submits; Sở Tư pháp is excused.
    const repo = createObligationsRepository(t.deps.database.db);
    const at = new Date('2026-03-20T02:00:00Z');
    await repo.transaction((tx) =>
      recordSubmission(
        { obligations: tx },
        { label: 'kiểm thử', now: at },
        { obligationId: id['TN.STTTT']!, submissionType: 'plan', submissionId: id['TN.STTTT']!, at },
      ),
    );
    const exempt = await coordinator.call('exemptObligation', {
      params: { id: id['TN.STP']! },
      body: { reason: 'Đơn vị đã gửi kế hoạch chung với Sở Nội vụ' },
    });
    expect(exempt.statusCode).toBe(200);

    // An amendment that drops Sở Y tế from the audience cancels its obligation.
    const detail = (await coordinator.call('getPlan', { params: { id: plan.planId } })).data;
    const milestones = detail.milestones.map(
      ({ lastAllowedDay, deadlineText, cancelled, flags, ...m }) => (void lastAllowedDay, void deadlineText, void cancelled, void flags, m),
    );
    const keep = await Promise.all(['TN.SNV', 'TN.STTTT', 'TN.STP'].map((c) => t.unitId(c)));
    const amended = await coordinator.call('amendPlan', {
      params: { id: plan.planId },
      body: {
        reason: 'Sở Y tế không còn phải gửi kế hoạch',
        expectedVersion: detail.version,
        milestones: [{ ...milestones[0]!, audience: { unitIds: keep } }],
      },
    });
    expect(amended.statusCode).toBe(200);

    const rows = await repo.ofPlan(plan.planId);
    expect(rows.find((o) => o.id === id['TN.SYT'])?.cancelledAt).toBeTruthy();
    const openByDomain = rows.filter(isObligationOpen).map((o) => o.id);
    expect(openByDomain).toEqual([id['TN.SNV']]);

    const listed = (await coordinator.call('listObligations', { query: { planId: plan.planId, open: 'true' } })).data;
    expect(listed.map((o) => o.id)).toEqual(openByDomain);
    planId = plan.planId;
    ids = id;
  });

  it("pages a plan's list by keyset and filters it in SQL: status, deadline, unit name", async () => {
    const list = async (query: Record<string, string>) => {
      const res = await coordinator.call('listObligations', { query: { planId, ...query } });
      expect(res.statusCode).toBe(200);
      // Served without response validation (presentedResponse): the contract is checked here instead.
      expect(obligationDto.strict().array().parse(res.data)).toEqual(res.data);
      return res.data.map((o) => o.id);
    };
    const all = await list({});
    // Sở Y tế's obligation was cancelled by the amendment; the three others are listed, soonest first, by unit name.
    expect([...all].sort()).toEqual([ids['TN.SNV'], ids['TN.STTTT'], ids['TN.STP']].sort());

    // Page by page with `after` = the last line of the previous page: the same lines in the same order, no repeats.
    const first = await list({ limit: '2' });
    expect(first).toEqual(all.slice(0, 2));
    const second = await list({ limit: '2', after: first[1]! });
    expect(second).toEqual(all.slice(2));
    expect(await list({ limit: '2', after: second[0]! })).toEqual([]);

    // Filters are applied before the limit, so a page is full of matching lines. Status is judged as of the
    // day asked: on 10/3 nothing is late yet; on 30/3, after the deadline, the unit that neither submitted
    // (20/3) nor was excused is overdue.
    expect(await list({ status: 'overdue' })).toEqual([]);
    const on30 = { asOf: '2026-03-30' };
    expect(await list({ ...on30, status: 'overdue' })).toEqual([ids['TN.SNV']]);
    expect(await list({ ...on30, status: 'submitted_on_time', limit: '1' })).toEqual([ids['TN.STTTT']]);
    expect(await list({ ...on30, status: 'exempt' })).toEqual([ids['TN.STP']]);
    expect(await list({ q: 'tu phap' })).toEqual([ids['TN.STP']]);
    const detail = (await coordinator.call('getPlan', { params: { id: planId } })).data;
    expect(await list({ milestoneId: detail.milestones[0]!.id, limit: '1', after: all[0]! })).toEqual(all.slice(1, 2));
  });
});
