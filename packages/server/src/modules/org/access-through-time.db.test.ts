// Access through time (authz/through-time.ts), through the HTTP API on units each test builds for itself:
// after a merge the new unit's officers read the old units' records but cannot edit them; the old units'
// officers keep reading and lose every write on the effective date; a leader's signature on a past report
// keeps the office and unit it was given under.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@dvcq/shared';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { publishedPlan, reportForm, reportIn } from '../../testing/factories.ts';
import { addDays, localDateInProvince } from '@dvcq/domain';

describe('access through the org tree in time', () => {
  let t: TestApp;
  let admin: TestClient;
  let provinceId: string;
  beforeAll(async () => {
    t = await createTestApp({ demo: 'org' });
    admin = await t.login('admin');
    provinceId = await t.unitId('TN');
  });
  beforeEach(() => t.setNow(null));
  afterAll(() => t.close());

  const tag = `AT${randomUUID().slice(0, 4)}`.toUpperCase();
  const create = async (parentId: string, kind: 'district' | 'commune', code: string, name: string) =>
    (await admin.call('createOrgUnit', { body: { parentId, kind, code, name, validFrom: '2020-01-01' } })).data.id;
  async function account(username: string, fullName: string, role: Role, unitId: string): Promise<TestClient> {
    const password = `TamThoi#${randomUUID().slice(0, 8)}`;
    await admin.call('createUser', { body: { username, fullName, password, roles: [{ role, unitId }] } });
    return t.loginChanging(username, password);
  }
  const draft = (who: TestClient, obligationId: string) =>
    who.call('saveReportDraft', {
      params: { obligationId },
      body: { expectedVersion: 0, saveId: randomUUID(), sections: {}, values: {}, cutOffDate: null, attachmentFileIds: [] },
    });

  /** The 2024 annual report owed by the communes of a district of the given tag. */
  const annual2024 = (tg: string, communes: string[]) => ({
    title: 'Báo cáo năm 2024',
    dueDate: '2024-12-15',
    inclusive: true,
    deliverableKind: 'period_report' as const,
    periodKind: 'Y' as const,
    periodYear: 2024,
    unitCodes: communes.map((c) => `${tg}.${c}`),
  });
  /** Commune A's 2024 report, drafted and submitted on time. */
  const submitAnnualA = (tg: string, obligationId: string) =>
    reportIn(t, 'submitted', {
      obligationId,
      officer: `${tg.toLowerCase()}.a.canbo`,
      leader: `${tg.toLowerCase()}.a.lanhdao`,
      sections: { I: 'Hoàn thành các nhiệm vụ năm 2024.' },
      cutOffDate: '2024-11-30',
      at: { draft: new Date('2024-12-01T03:00:00Z'), submit: new Date('2024-12-10T03:00:00Z') },
    });

  it("a merge: the new commune reads the old ones' reports but cannot edit them; the old ones stop writing on the effective date", async () => {
    const today = localDateInProvince(t.now());
    const d = await create(provinceId, 'district', tag, `Ủy ban nhân dân huyện ${tag}`);
    const a = await create(d, 'commune', `${tag}.A`, `Ủy ban nhân dân xã A ${tag}`);
    await create(d, 'commune', `${tag}.B`, `Ủy ban nhân dân xã B ${tag}`);
    const leaderName = `Lãnh đạo xã A ${tag}`;
    const aOfficer = await account(`${tag.toLowerCase()}.a.canbo`, `Cán bộ xã A ${tag}`, 'officer', a);
    await account(`${tag.toLowerCase()}.a.lanhdao`, leaderName, 'leader', a);
    const plan = await publishedPlan(t, {
      issuerCode: 'TN',
      year: 2024,
      number: `${tag}/KH-UBND`,
      title: 'Kế hoạch thử truy cập theo thời gian',
      milestones: [
        annual2024(tag, ['A', 'B']),
        {
          title: 'Báo cáo 6 tháng đầu năm 2025',
          dueDate: '2025-06-15',
          inclusive: true,
          deliverableKind: 'period_report',
          periodKind: 'H1',
          periodYear: 2025,
          unitCodes: [`${tag}.A`, `${tag}.B`],
        },
      ],
    });
    for (const [periodKind, periodYear] of [
      ['Y', 2024],
      ['H1', 2025],
    ] as const)
      await reportForm(t, {
        planId: plan.planId,
        periodKind,
        periodYear,
        sections: [{ code: 'I', title: 'Kết quả thực hiện' }],
        indicators: [],
      });
    const annualA = await plan.obligationIdOf(0, `${tag}.A`);
    const topicA = await plan.obligationIdOf(1, `${tag}.A`);
    const topicB = await plan.obligationIdOf(1, `${tag}.B`);
    await submitAnnualA(tag, annualA);
    // Until the effective date the old commune's officer writes.
    expect((await draft(aOfficer, topicA)).statusCode).toBe(200);

    const n = randomUUID();
    const nName = `Ủy ban nhân dân xã Hợp nhất ${tag}`;
    const applied = await admin.call('applyOrgBatch', {
      body: {
        title: 'Sắp xếp đơn vị',
        legalBasis: { number: '98/NQ-UBTVQH15', date: '2025-06-16', issuer: 'Ủy ban Thường vụ Quốc hội' },
        effectiveDate: today,
        obligationRule: 'successor_owes',
        events: [
          {
            kind: 'merge',
            sources: [
              { unitId: a, whole: true },
              { unitId: await t.unitId(`${tag}.B`), whole: true },
            ],
            into: { newUnit: { unitId: n, name: nName, code: `${tag}.N`, kind: 'commune', parentId: provinceId } },
          },
          { kind: 'dissolve', unitId: d },
        ],
      },
    });
    expect(applied.statusCode).toBe(201);
    const nOfficer = await account(`${tag.toLowerCase()}.n.canbo`, `Cán bộ xã mới ${tag}`, 'officer', n);

    // The successor's officer reads the predecessors' records, in lists and one by one, under their names then.
    const read = await nOfficer.call('getReport', { params: { obligationId: annualA } });
    expect(read.statusCode).toBe(200);
    expect(read.data.unit.name).toBe(`Ủy ban nhân dân xã A ${tag}`);
    const listed = await nOfficer.call('listReports', { query: { planId: plan.planId } });
    expect(listed.data.map((r) => r.unit.name)).toContain(`Ủy ban nhân dân xã A ${tag}`);
    expect((await nOfficer.call('getPlan', { params: { id: plan.planId } })).statusCode).toBe(200);
    // …but does not edit them, and their old open items are not on the new commune's to-do list.
    expect((await draft(nOfficer, topicB)).statusCode).toBe(403);
    const ids = async (query: Record<string, string>) => (await nOfficer.call('listObligations', { query })).data.map((o) => o.id);
    expect(await ids({ planId: plan.planId })).toContain(topicB);
    expect(await ids({ open: 'true' })).not.toContain(topicB);

    // The old commune's officer keeps reading, and writes no more from the effective date.
    expect((await aOfficer.call('getReport', { params: { obligationId: annualA } })).statusCode).toBe(200);
    const refused = await draft(aOfficer, topicA);
    expect(refused.statusCode).toBe(403);
    expect(refused.error.message).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ]/i);

    // The leader's signature stays with the office it was given under.
    expect(read.data.signerName).toBe(leaderName);

    // Someone elsewhere in the province still reads none of it.
    const elsewhere = await t.login('tptn.canbo');
    expect((await elsewhere.call('getReport', { params: { obligationId: annualA } })).statusCode).toBe(403);
  });

  it("a merge of a merge: the latest successor reads the first commune's records, from the day the later batch takes effect", async () => {
    const today = localDateInProvince(t.now());
    const tg = `AM${randomUUID().slice(0, 4)}`.toUpperCase();
    const d = await create(provinceId, 'district', tg, `Ủy ban nhân dân huyện ${tg}`);
    const [a, b, c] = await Promise.all(['A', 'B', 'C'].map((x) => create(d, 'commune', `${tg}.${x}`, `Ủy ban nhân dân xã ${x} ${tg}`)));
    await account(`${tg.toLowerCase()}.a.canbo`, `Cán bộ xã A ${tg}`, 'officer', a!);
    await account(`${tg.toLowerCase()}.a.lanhdao`, `Lãnh đạo xã A ${tg}`, 'leader', a!);
    const plan = await publishedPlan(t, {
      issuerCode: 'TN',
      year: 2024,
      number: `${tg}/KH-UBND`,
      title: 'Kế hoạch thử sáp nhập hai lần',
      milestones: [annual2024(tg, ['A'])],
    });
    await reportForm(t, {
      planId: plan.planId,
      periodKind: 'Y',
      periodYear: 2024,
      sections: [{ code: 'I', title: 'Kết quả' }],
      indicators: [],
    });
    const annualA = await plan.obligationIdOf(0, `${tg}.A`);
    await submitAnnualA(tg, annualA);
    const merge = async (sources: string[], code: string, effectiveDate: string) => {
      const unitId = randomUUID();
      const newUnit = {
        unitId,
        name: `Ủy ban nhân dân xã ${code} ${tg}`,
        code: `${tg}.${code}`,
        kind: 'commune' as const,
        parentId: provinceId,
      };
      const body = {
        title: 'Sắp xếp đơn vị',
        legalBasis: { number: `${code}/NQ-UBTVQH15`, date: '2025-06-16', issuer: 'Ủy ban Thường vụ Quốc hội' },
        effectiveDate,
        obligationRule: 'successor_owes' as const,
        events: [{ kind: 'merge' as const, sources: sources.map((id) => ({ unitId: id, whole: true })), into: { newUnit } }],
      };
      expect((await admin.call('applyOrgBatch', { body })).statusCode).toBe(201);
      return unitId;
    };
    // A and B merged last year; the result merges with C in a week's time.
    const first = await merge([a!, b!], 'N1', '2025-07-01');
    const later = addDays(today, 7);
    const second = await merge([first, c!], 'N2', later);
    const readA = (who: TestClient) => who.call('getReport', { params: { obligationId: annualA } });
    expect((await readA(await account(`${tg.toLowerCase()}.n1.canbo`, 'Cán bộ xã N1', 'officer', first))).statusCode).toBe(200);
    expect((await readA(await account(`${tg.toLowerCase()}.n2.truoc`, 'Cán bộ xã N2', 'officer', second))).statusCode).toBe(403);
    // On that day (a new sign-in: sessions last hours), the same officer reads it.
    const password = `TamThoi#${randomUUID().slice(0, 8)}`;
    const username = `${tg.toLowerCase()}.n2.sau`;
    await admin.call('createUser', {
      body: { username, fullName: 'Cán bộ xã N2', password, roles: [{ role: 'officer', unitId: second }] },
    });
    t.setNow(new Date(`${later}T03:00:00Z`));
    expect((await readA(await t.loginChanging(username, password))).statusCode).toBe(200);
  });
});
