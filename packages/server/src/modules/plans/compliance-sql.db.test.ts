// Compliance judged in SQL (complianceStatusSql) must agree with the domain's `complianceStatus`, the
// reference, on a generated plan: submissions on both sides of the last allowed day's midnight in
// province time, exemptions granted before and after the as-of moment, as-of moments before publication
// and across deadlines. Then the per-unit pages: keyset paging returns every line once in order, and the
// filters (deadline, status, unit kind, subtree, name) page the same lines as filtering the whole list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { foldVietnamese, summariseCompliance, type ComplianceStatus, type UnitKind } from '@dvcq/domain';
import { complianceUnitsPage, planCompliance, type ComplianceUnitsPageDto, type PlanComplianceDto } from '@dvcq/shared';
import { endOfLocalDay } from '../../clock.ts';
import { orgUnits } from '../../db/schema.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { publishedPlan } from '../../testing/factories.ts';
import { createObligationsRepository, type ObligationRow } from '../obligations/obligations.repository.ts';
import { statusOf } from './plans.compliance.ts';

/** Small deterministic generator, so a failure reproduces. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Midnight starting a province calendar day (UTC+7), as an instant. */
const localMidnight = (iso: string) => new Date(`${iso}T00:00:00+07:00`);
const addMs = (d: Date, ms: number) => new Date(d.getTime() + ms);
const DAY = 86_400_000;

describe('compliance in SQL agrees with the domain rule, and pages', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let planId: string;
  let obligations: ObligationRow[];
  const repo = () => createObligationsRepository(t.deps.database.db);

  beforeAll(async () => {
    t = await createTestApp();
    const unitKinds: UnitKind[] = ['department', 'district', 'commune', 'division'];
    const plan = await publishedPlan(t, {
      issuerCode: 'TN',
      year: 2026,
      number: '901/KH-UBND',
      title: 'Kế hoạch kiểm tra tình hình thực hiện',
      milestones: [
        { title: 'Kế hoạch của đơn vị', dueDate: '2026-03-10', inclusive: true, deliverableKind: 'unit_plan', unitKinds },
        { title: 'Báo cáo quý I', dueDate: '2026-03-15', inclusive: false, deliverableKind: 'other', unitKinds },
        {
          title: 'Báo cáo 6 tháng',
          dueDate: '2026-03-20',
          inclusive: false,
          deliverableKind: 'period_report',
          periodKind: 'H1',
          unitKinds,
        },
        { title: 'Tự đánh giá', dueDate: '2026-04-05', inclusive: true, deliverableKind: 'self_assessment', unitKinds },
      ],
    });
    planId = plan.planId;
    // Generated states: what recording submissions and exemptions leaves on obligations, at chosen instants.
    const rnd = random(19);
    const all = await repo().ofPlan(planId);
    for (const o of all) {
      const lastAllowed = localMidnight(o.dueDate).getTime() - (o.inclusive ? 0 : DAY);
      const nextMidnight = new Date(lastAllowed + DAY);
      const pick = rnd();
      const changes: Partial<ObligationRow> = {};
      if (pick < 0.2)
        changes.firstSubmittedAt = addMs(nextMidnight, -1); // 23:59:59.999 on the last allowed day
      else if (pick < 0.35)
        changes.firstSubmittedAt = nextMidnight; // 00:00 the next day: late
      else if (pick < 0.7) changes.firstSubmittedAt = new Date(lastAllowed + Math.floor((rnd() - 0.6) * 12 * DAY));
      if (rnd() < 0.15) {
        changes.exemptReason = 'Đơn vị đã sáp nhập';
        changes.exemptedAt = rnd() < 0.3 ? null : new Date(localMidnight('2026-03-08').getTime() + Math.floor(rnd() * 20 * DAY));
      }
      if (Object.keys(changes).length) await repo().update(o.id, changes);
    }
    obligations = (await repo().ofPlan(planId)).filter((o) => !o.cancelledAt);
    coordinator = await t.login('snv.dieuphoi');
  });
  afterAll(() => t.close());

  const asOfs = [
    new Date('2026-03-01T00:00:00Z'), // before publication: nothing existed
    addMs(localMidnight('2026-03-10'), -1),
    localMidnight('2026-03-10'),
    localMidnight('2026-03-11'),
    addMs(localMidnight('2026-03-14'), 1),
    new Date('2026-03-20T10:00:00Z'),
    localMidnight('2026-03-29'),
    new Date('2026-05-01T00:00:00Z'),
  ];

  it('judges every obligation as complianceStatus does, at every as-of moment', async () => {
    expect(obligations.length).toBeGreaterThan(40);
    const seen = new Set<ComplianceStatus>();
    for (const asOf of asOfs) {
      const rows = await repo().compliancePage({ planId, asOf, limit: 100_000 });
      const sql = Object.fromEntries(rows.map((r) => [r.obligationId, r.status]));
      const expected = Object.fromEntries(
        obligations.filter((o) => o.createdAt.getTime() <= asOf.getTime()).map((o) => [o.id, statusOf(o, asOf).status]),
      );
      expect(sql, asOf.toISOString()).toEqual(expected);
      rows.forEach((r) => seen.add(r.status));
    }
    expect([...seen].sort()).toEqual(['due_soon', 'exempt', 'not_due', 'overdue', 'submitted_late', 'submitted_on_time']);
  });

  it('counts tallies per deadline, per unit kind and overall as summariseCompliance does', async () => {
    for (const day of ['2026-03-10', '2026-03-16', '2026-04-30']) {
      const asOf = endOfLocalDay(day);
      const c: PlanComplianceDto = (await coordinator.call('getPlanCompliance', { params: { id: planId }, query: { asOf: day } })).data;
      // Served without response validation (presentedResponse): the contract is checked here instead.
      expect(planCompliance.strict().parse(c)).toEqual(c);
      const units = await repo().compliancePage({ planId, asOf, limit: 100_000 });
      const summary = summariseCompliance(
        obligations.map((o) => ({ unitId: o.unitId, milestoneId: o.milestoneId, status: statusOf(o, asOf).status })),
      );
      expect(c.overall).toEqual(summary.overall);
      for (const m of c.milestones) {
        expect(m.tally).toEqual(summary.byMilestone[m.milestoneId]);
        expect(m.units.map((u) => u.obligationId).sort()).toEqual(
          obligations
            .filter((o) => o.milestoneId === m.milestoneId)
            .map((o) => o.id)
            .sort(),
        );
      }
      const kindOf = new Map(units.map((u) => [u.unitId, u.unitKind]));
      for (const k of c.byUnitKind) {
        const ofKind = obligations.filter((o) => kindOf.get(o.unitId) === k.unitKind);
        expect(k.tally).toEqual(
          summariseCompliance(ofKind.map((o) => ({ unitId: o.unitId, milestoneId: o.milestoneId, status: statusOf(o, asOf).status })))
            .overall,
        );
      }
      const lean = (await coordinator.call('getPlanCompliance', { params: { id: planId }, query: { asOf: day, units: 'none' } })).data;
      expect(lean.milestones.every((m) => m.units.length === 0)).toBe(true);
      expect(lean.overall).toEqual(c.overall);
    }
  });

  const pageAll = async (query: Record<string, string | number>) => {
    const lines: ComplianceUnitsPageDto['items'] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 200; pages++) {
      const page = (
        await coordinator.call('listPlanComplianceUnits', { params: { id: planId }, query: { ...query, ...(cursor ? { cursor } : {}) } })
      ).data;
      expect(page.items.length).toBeLessThanOrEqual(Number(query.limit));
      expect(complianceUnitsPage.strict().parse(page)).toEqual(page);
      lines.push(...page.items);
      if (!page.nextCursor) return lines;
      cursor = page.nextCursor;
    }
    throw new Error('paging did not end');
  };

  it('pages every unit line once, in deadline, unit level and name order, and filters as the whole list does', async () => {
    const day = '2026-03-16';
    const full = (await coordinator.call('getPlanCompliance', { params: { id: planId }, query: { asOf: day } })).data;
    const everyLine = full.milestones.flatMap((m) => m.units.map((u) => ({ ...u, milestoneId: m.milestoneId })));
    const paged = await pageAll({ asOf: day, limit: 7 });
    expect(paged.map((l) => l.obligationId)).toEqual(everyLine.map((l) => l.obligationId));
    expect(new Set(paged.map((l) => l.obligationId)).size).toBe(paged.length);
    for (let i = 1; i < paged.length; i++) {
      const [a, b] = [paged[i - 1]!, paged[i]!];
      expect(a.dueDate <= b.dueDate).toBe(true);
    }

    const m = full.milestones[1]!;
    const overdue = await pageAll({ asOf: day, limit: 5, milestoneId: m.milestoneId, status: 'overdue' });
    expect(overdue.map((l) => l.obligationId)).toEqual(m.units.filter((u) => u.status === 'overdue').map((u) => u.obligationId));
    expect(overdue.length).toBe(m.tally.overdue);

    const kind = paged[0]!.unitKind;
    const ofKind = await pageAll({ asOf: day, limit: 9, unitKind: kind });
    expect(ofKind.map((l) => l.obligationId)).toEqual(paged.filter((l) => l.unitKind === kind).map((l) => l.obligationId));

    const name = paged[paged.length - 1]!.unitName;
    const found = await pageAll({ asOf: day, limit: 3, q: foldVietnamese(name).toUpperCase() });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((l) => foldVietnamese(l.unitName).includes(foldVietnamese(name)))).toBe(true);

    // A subtree: a unit with units below it among those owing.
    const units = await t.deps.database.db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits);
    const owing = new Set(paged.map((l) => l.unitId));
    const root = units.find(
      (u) => units.some((v) => v.id !== u.id && owing.has(v.id) && v.path.startsWith(u.path)) && u.path.split('/').length > 3,
    )!;
    const inside = new Set(units.filter((u) => u.path.startsWith(root.path)).map((u) => u.id));
    const sub = await pageAll({ asOf: day, limit: 4, subtree: root.id });
    expect(sub.length).toBeGreaterThan(0);
    expect(sub.map((l) => l.obligationId)).toEqual(paged.filter((l) => inside.has(l.unitId)).map((l) => l.obligationId));
    const subTally = (
      await coordinator.call('getPlanCompliance', { params: { id: planId }, query: { asOf: day, subtree: root.id, units: 'none' } })
    ).data;
    expect(subTally.overall.owed + subTally.overall.exempt).toBe(sub.length);
  });

  it('exports every unit line of a subtree or the whole plan to Excel', async () => {
    const day = '2026-03-16';
    const res = await coordinator.call('exportPlanComplianceXlsx', { params: { id: planId }, query: { asOf: day } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const zip = await JSZip.loadAsync(res.raw.rawPayload);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    // Title, subtitles and header rows, then one row per obligation.
    const dataRows = (xml.match(/<row /g) ?? []).length;
    expect(dataRows).toBeGreaterThanOrEqual(obligations.length);
    expect(dataRows).toBeLessThanOrEqual(obligations.length + 5);
    expect(strings).toContain('Quá hạn');
  });

  it('refuses a cursor it did not issue', async () => {
    const res = await coordinator.call('listPlanComplianceUnits', {
      params: { id: planId },
      query: { cursor: 'bm90LWEtY3Vyc29y', limit: 5 },
    });
    expect(res.statusCode).toBe(400);
  });
});
