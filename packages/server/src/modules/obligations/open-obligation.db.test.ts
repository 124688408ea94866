// "Open obligation" has one meaning (the domain's isObligationOpen); the SQL condition the obligations
// list and the reminders use must pick exactly the obligations the domain calls open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { isObligationOpen } from '@dvcq/domain';
import type { ObligationDto } from '@dvcq/shared';
import { obligations } from '../../db/schema.ts';
import { createPublishedPlanFixture } from '../../testing/plan-fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { recordSubmission } from './obligations.service.ts';

describe('open obligations', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let planId: string;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.login('snv.dieuphoi');
    const plan = await createPublishedPlanFixture(t.db.database, {
      issuerCode: 'TN',
      year: 2026,
      number: '901/KH-UBND',
      title: 'Kế hoạch thử nghiệm nghĩa vụ còn phải thực hiện',
      milestones: [{ title: 'Gửi kế hoạch của đơn vị', dueDate: '2026-03-28', inclusive: true, deliverableKind: 'unit_plan', unitCodes: ['TN.SNV', 'TN.STTTT', 'TN.STP', 'TN.SYT'] }],
    });
    planId = plan.planId;
    for (const code of ['TN.SNV', 'TN.STTTT', 'TN.STP', 'TN.SYT']) id[code] = await plan.obligationIdOf(0, code);
  });
  afterAll(() => t.close());

  it('lists as open exactly what the domain calls open: not submitted, exempted or cancelled', async () => {
    const db = t.db.database.db;
    await db.transaction((tx) =>
      recordSubmission(tx, { label: 'kiểm thử', now: new Date('2026-03-20T02:00:00Z') }, { obligationId: id['TN.STTTT']!, submissionType: 'plan', submissionId: id['TN.STTTT']!, at: new Date('2026-03-20T02:00:00Z') }),
    );
    const exempt = await coordinator.post(`/api/obligations/${id['TN.STP']}/exempt`, { reason: 'Đơn vị đã gửi kế hoạch chung với Sở Nội vụ' });
    expect(exempt.statusCode).toBe(200);
    // an amendment that drops the unit cancels its obligation (plans.usecases reconcile)
    await db.update(obligations).set({ cancelledAt: new Date('2026-03-10T02:00:00Z') }).where(eq(obligations.id, id['TN.SYT']!));

    const rows = await db.select().from(obligations).where(eq(obligations.planId, planId));
    const openByDomain = rows.filter(isObligationOpen).map((o) => o.id);
    expect(openByDomain).toEqual([id['TN.SNV']]);

    const res = await coordinator.get(`/api/obligations?planId=${planId}&open=true`);
    expect(res.statusCode).toBe(200);
    expect((res.json() as ObligationDto[]).map((o) => o.id)).toEqual(openByDomain);
  });
});
