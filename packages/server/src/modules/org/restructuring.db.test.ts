// Restructuring batches through the HTTP API, one event kind per test on a small subtree each test
// builds for itself: the tree as of a date, lineage with legal basis, all-or-nothing, revert, and a
// proposal read from the text of a resolution.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { OrgBatchRequest } from '@dvcq/shared';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { publishedPlan, reportForm, reportIn } from '../../testing/factories.ts';
import { paragraphs, plainText, readDocx } from '@dvcq/docgen/src/test-support/read-docx.ts';
import { emailOutbox, notifications } from '../../db/schema.ts';
import { createRemindersRepository } from '../reminders/reminders.repository.ts';
import { planReminders } from '../reminders/planning.usecases.ts';
import { buildDigests } from '../reminders/digests.usecases.ts';

describe('restructuring the org tree', () => {
  let t: TestApp;
  let admin: TestClient;
  let provinceId: string;
  beforeAll(async () => {
    t = await createTestApp({ demo: 'org' });
    admin = await t.login('admin');
    provinceId = await t.unitId('TN');
  });
  afterAll(() => t.close());

  let seq = 0;
  /** A district of its own with communes, created on 2020-01-01. */
  async function district(communes: string[]) {
    const tag = `RS${++seq}${randomUUID().slice(0, 4)}`.toUpperCase();
    const create = async (parentId: string, kind: 'district' | 'commune', code: string, name: string) =>
      (await admin.call('createOrgUnit', { body: { parentId, kind, code, name, validFrom: '2020-01-01' } })).data.id;
    const d = await create(provinceId, 'district', tag, `Ủy ban nhân dân huyện ${tag}`);
    const ids: Record<string, string> = {};
    for (const c of communes) ids[c] = await create(d, 'commune', `${tag}.${c.replace(/\W/g, '')}`, `Ủy ban nhân dân xã ${c} ${tag}`);
    return { id: d, tag, ids };
  }
  const batch = (events: OrgBatchRequest['events'], effectiveDate = '2025-07-01'): OrgBatchRequest => ({
    title: 'Sắp xếp đơn vị',
    legalBasis: { number: '99/NQ-UBTVQH15', date: '2025-06-16', issuer: 'Ủy ban Thường vụ Quốc hội' },
    effectiveDate,
    obligationRule: 'successor_owes',
    events,
  });
  const newUnit = (name: string, parentId: string | null = provinceId) => ({
    unitId: randomUUID(),
    name,
    code: `N.${randomUUID().slice(0, 8)}`,
    kind: 'commune' as const,
    parentId,
  });
  const tree = async (asOf: string) => (await admin.call('getOrgTree', { query: { asOf } })).data.units;
  const lineage = async (id: string) => (await admin.call('getUnitLineage', { params: { id } })).data;

  it('establish: the unit appears in the tree from its effective date only', async () => {
    const d = await district(['A']);
    const n = newUnit('Ủy ban nhân dân xã Mới lập', d.id);
    const applied = await admin.call('applyOrgBatch', { body: batch([{ kind: 'establish', unit: n }], '2025-03-01') });
    expect(applied.statusCode).toBe(201);
    expect((await tree('2025-02-28')).map((u) => u.id)).not.toContain(n.unitId);
    expect((await tree('2025-03-01')).find((u) => u.id === n.unitId)).toMatchObject({ parentId: d.id, depth: 2 });
  });

  it('rename: past dates read the old name, lineage lists both versions', async () => {
    const d = await district(['A']);
    const id = d.ids.A!;
    await admin.call('applyOrgBatch', { body: batch([{ kind: 'rename', unitId: id, name: 'Ủy ban nhân dân phường A mới' }]) });
    expect((await tree('2025-06-30')).find((u) => u.id === id)?.name).toBe(`Ủy ban nhân dân xã A ${d.tag}`);
    expect((await tree('2025-07-01')).find((u) => u.id === id)?.name).toBe('Ủy ban nhân dân phường A mới');
    expect((await lineage(id)).versions.map((v) => [v.name, v.validFrom, v.validTo])).toEqual([
      [`Ủy ban nhân dân xã A ${d.tag}`, '2020-01-01', '2025-06-30'],
      ['Ủy ban nhân dân phường A mới', '2025-07-01', null],
    ]);
    expect((await admin.call('getOrgUnit', { params: { id } })).data.name).toBe('Ủy ban nhân dân phường A mới');
  });

  it('move: the unit stands under its new parent from the effective date, and under the old one before', async () => {
    const d = await district(['A', 'B']);
    const other = await district([]);
    await admin.call('applyOrgBatch', { body: batch([{ kind: 'move', unitId: d.ids.A!, parentId: other.id }]) });
    expect((await tree('2025-06-30')).find((u) => u.id === d.ids.A)?.parentId).toBe(d.id);
    expect((await tree('2025-07-01')).find((u) => u.id === d.ids.A)?.parentId).toBe(other.id);
    expect((await admin.call('getOrgUnit', { params: { id: d.ids.A! } })).data.parentId).toBe(other.id);
  });

  it('merge (the 2025 pattern): communes into a new one, the district abolished, lineage with legal basis', async () => {
    const d = await district(['A', 'B', 'C']);
    const n = newUnit(`Ủy ban nhân dân xã Hợp nhất ${d.tag}`);
    const body = batch([
      {
        kind: 'merge',
        sources: [
          { unitId: d.ids.A!, whole: true },
          { unitId: d.ids.B!, whole: true },
          { unitId: d.ids.C!, whole: true },
        ],
        into: { newUnit: n },
      },
      { kind: 'dissolve', unitId: d.id },
    ]);
    const preview = (await admin.call('previewOrgBatch', { body })).data;
    expect(preview.problems).toEqual([]);
    expect(preview.changes).toHaveLength(5);
    expect(preview.changes.find((c) => c.unitId === n.unitId)).toMatchObject({
      before: null,
      after: { name: n.name, parentName: 'Ủy ban nhân dân tỉnh Tây Ninh' },
    });
    expect(preview.countsAfter.commune).toBe(preview.countsBefore.commune! - 2);

    const applied = (await admin.call('applyOrgBatch', { body })).data;
    const after = (await tree('2025-07-01')).map((u) => u.id);
    expect(after).toContain(n.unitId);
    for (const id of [d.id, d.ids.A, d.ids.B, d.ids.C]) expect(after).not.toContain(id);
    expect((await tree('2025-06-30')).map((u) => u.id)).toEqual(expect.arrayContaining([d.id, d.ids.A, d.ids.B, d.ids.C]));

    const l = await lineage(n.unitId);
    expect(l.predecessors.map((p) => [p.name, p.whole, p.date, p.legalBasis.number])).toEqual([
      [`Ủy ban nhân dân xã A ${d.tag}`, true, '2025-07-01', '99/NQ-UBTVQH15'],
      [`Ủy ban nhân dân xã B ${d.tag}`, true, '2025-07-01', '99/NQ-UBTVQH15'],
      [`Ủy ban nhân dân xã C ${d.tag}`, true, '2025-07-01', '99/NQ-UBTVQH15'],
    ]);
    const a = await lineage(d.ids.A!);
    expect(a.ceasedOn).toBe('2025-07-01');
    expect(a.successors.map((s) => s.name)).toEqual([n.name]);
    const unitA = (await admin.call('getOrgUnit', { params: { id: d.ids.A! } })).data;
    expect(unitA.validTo).toBe('2025-06-30');
    expect(unitA.closedReason).toContain('99/NQ-UBTVQH15');

    const events = (await admin.call('listOrgEvents', { query: { batchId: applied.id } })).data;
    expect(events.map((e) => e.kind).sort()).toEqual(['dissolve', 'merge']);
    expect(events.find((e) => e.kind === 'merge')!.units.map((u) => u.name)).toContain(`Ủy ban nhân dân xã B ${d.tag}`);
    const ofUnit = (await admin.call('listOrgEvents', { query: { unitId: d.ids.B! } })).data;
    expect(ofUnit.map((e) => e.batchId)).toEqual([applied.id]);
  });

  it('split: the source ceases, each part is a new unit with a partial predecessor link', async () => {
    const d = await district(['A']);
    const p1 = newUnit('Ủy ban nhân dân xã A Bắc', d.id);
    const p2 = newUnit('Ủy ban nhân dân xã A Nam', d.id);
    await admin.call('applyOrgBatch', { body: batch([{ kind: 'split', unitId: d.ids.A!, into: [p1, p2], sourceContinues: false }]) });
    const on = (await tree('2025-07-01')).map((u) => u.id);
    expect(on).toEqual(expect.arrayContaining([p1.unitId, p2.unitId]));
    expect(on).not.toContain(d.ids.A);
    expect((await lineage(p1.unitId)).predecessors).toMatchObject([{ unitId: d.ids.A, kind: 'split', whole: false }]);
  });

  it('partial transfer: both units carry on, linked by a partial edge', async () => {
    const d = await district(['A', 'B']);
    await admin.call('applyOrgBatch', { body: batch([{ kind: 'transfer', fromUnitId: d.ids.A!, toUnitId: d.ids.B! }]) });
    const on = (await tree('2025-07-01')).map((u) => u.id);
    expect(on).toEqual(expect.arrayContaining([d.ids.A, d.ids.B]));
    expect((await lineage(d.ids.B!)).predecessors).toMatchObject([{ unitId: d.ids.A, kind: 'transfer', whole: false }]);
    expect((await lineage(d.ids.A!)).successors).toMatchObject([{ unitId: d.ids.B, kind: 'transfer', whole: false }]);
  });

  it('dissolve: refused while units stand below, all or nothing; then applied once they are gone', async () => {
    const d = await district(['A']);
    const refused = await admin.call('applyOrgBatch', {
      body: batch([
        { kind: 'rename', unitId: d.ids.A!, name: 'Tên không được ghi' },
        { kind: 'dissolve', unitId: d.id },
      ]),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.error.code).toBe('org.batch_invalid');
    expect(refused.error.fields?.['events.1']).toContain('đơn vị trực thuộc');
    expect((await tree('2025-07-01')).find((u) => u.id === d.ids.A)?.name).toBe(`Ủy ban nhân dân xã A ${d.tag}`);

    const ok = await admin.call('applyOrgBatch', {
      body: batch([
        { kind: 'dissolve', unitId: d.ids.A!, successorId: provinceId },
        { kind: 'dissolve', unitId: d.id },
      ]),
    });
    expect(ok.statusCode).toBe(201);
    expect((await tree('2025-07-01')).map((u) => u.id)).not.toContain(d.id);
    expect((await lineage(d.ids.A!)).successors).toMatchObject([{ unitId: provinceId, kind: 'dissolve' }]);
  });

  it('reverts the last batch while nothing is recorded for its new units, and refuses once something is', async () => {
    const d = await district(['A', 'B']);
    const n = newUnit(`Ủy ban nhân dân xã Hoàn tác ${d.tag}`);
    const body = batch([
      {
        kind: 'merge',
        sources: [
          { unitId: d.ids.A!, whole: true },
          { unitId: d.ids.B!, whole: true },
        ],
        into: { newUnit: n },
      },
    ]);
    const first = (await admin.call('applyOrgBatch', { body })).data;
    const reverted = await admin.call('revertOrgBatch', { params: { id: first.id } });
    expect(reverted.statusCode).toBe(200);
    expect(reverted.data.revertedAt).not.toBeNull();
    expect((await tree('2025-07-01')).map((u) => u.id)).toEqual(expect.arrayContaining([d.ids.A, d.ids.B]));
    expect((await admin.call('getOrgUnit', { params: { id: n.unitId } })).statusCode).toBe(404);
    expect((await admin.call('getOrgUnit', { params: { id: d.ids.A! } })).data.validTo).toBeNull();
    expect((await lineage(d.ids.A!)).successors).toEqual([]);
    expect((await admin.call('revertOrgBatch', { params: { id: first.id } })).error.code).toBe('org.batch_reverted');

    // Applied again, then an account is given a role in the new unit: the batch stays.
    const second = (await admin.call('applyOrgBatch', { body })).data;
    await admin.call('createUser', {
      body: {
        username: `hoantac.${d.tag.toLowerCase()}`,
        fullName: 'Cán bộ xã mới',
        password: 'MatKhauManh2025',
        roles: [{ role: 'officer', unitId: n.unitId }],
      },
    });
    const blocked = await admin.call('revertOrgBatch', { params: { id: second.id } });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.error.code).toBe('org.batch_in_use');
    expect((await admin.call('getOrgUnit', { params: { id: n.unitId } })).statusCode).toBe(200);
  });

  it('an event dated in the past after data exists: a rename back-dated before a recorded move', async () => {
    const d = await district(['A']);
    const other = await district([]);
    await admin.call('applyOrgBatch', { body: batch([{ kind: 'move', unitId: d.ids.A!, parentId: other.id }], '2025-07-01') });
    await admin.call('applyOrgBatch', { body: batch([{ kind: 'rename', unitId: d.ids.A!, name: 'Tên từ 2024' }], '2024-01-01') });
    const versions = (await lineage(d.ids.A!)).versions.map((v) => [v.name, v.parentId, v.validFrom]);
    expect(versions).toEqual([
      [`Ủy ban nhân dân xã A ${d.tag}`, d.id, '2020-01-01'],
      ['Tên từ 2024', d.id, '2024-01-01'],
      ['Tên từ 2024', other.id, '2025-07-01'],
    ]);
  });

  it('a batch of another kind of refusal lists every problem with its event', async () => {
    const preview = (
      await admin.call('previewOrgBatch', {
        body: batch([
          { kind: 'rename', unitId: randomUUID(), name: 'Không có' },
          { kind: 'establish', unit: { ...newUnit('Trùng mã'), code: 'TN.SNV' } },
        ]),
      })
    ).data;
    expect(preview.problems.map((p) => [p.eventIndex, p.code])).toEqual([
      [0, 'org.event_unit_missing'],
      [1, 'org.event_code_taken'],
    ]);
  });

  it('proposes a batch from the text of a resolution: names matched without diacritics, namesakes told apart by district', async () => {
    const d1 = await district(['Tân Thành', 'Hưng Hà']);
    const d2 = await district(['Tân Thành']);
    const text = `ỦY BAN THƯỜNG VỤ QUỐC HỘI
Số: 77/NQ-UBTVQH15

NGHỊ QUYẾT
Về việc sắp xếp các đơn vị hành chính cấp xã

Điều 1. Sắp xếp các đơn vị hành chính cấp xã
1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Tân Thành ${d1.tag} (huyện ${d1.tag}), Hung Ha ${d1.tag} thành xã mới có tên gọi là xã Tân Hà.
2. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã Tân Thành ${d2.tag} (huyện ${d2.tag}) và xã Không Có thành xã mới có tên gọi là xã Tân Mới.
`;
    const res = await admin.call('importOrgBatchFromDocument', {
      body: { text, effectiveDate: '2025-07-01', parentId: provinceId, codePrefix: 'XA' },
    });
    expect(res.statusCode).toBe(200);
    const p = res.data;
    expect(p.entries.map((e) => e.name)).toEqual(['Tân Hà', 'Tân Mới']);
    expect(p.entries[0]!.sources.map((s) => s.matchedUnitId)).toEqual([d1.ids['Tân Thành'], d1.ids['Hưng Hà']]);
    expect(p.entries[1]!.sources[0]!.matchedUnitId).toBe(d2.ids['Tân Thành']);
    expect(p.unmatched).toMatchObject([{ source: 'xã Không Có' }]);
    expect(p.dissolved.map((x) => x.unitId)).toEqual(expect.arrayContaining([d1.id, d2.id]));
    // The proposal previews cleanly and applies.
    expect((await admin.call('previewOrgBatch', { body: p.batch })).data.problems).toEqual([]);
    expect((await admin.call('applyOrgBatch', { body: p.batch })).statusCode).toBe(201);
    expect((await tree('2025-07-01')).map((u) => u.id)).not.toContain(d1.id);
  });

  it('proposes the same batch from an uploaded resolution file; an officer is refused before the file is read', async () => {
    const d = await district(['Phước Lộc', 'An Bình']);
    const text = `ỦY BAN THƯỜNG VỤ QUỐC HỘI
Số: 78/NQ-UBTVQH15

NGHỊ QUYẾT
Về việc sắp xếp các đơn vị hành chính cấp xã

Điều 1. Sắp xếp các đơn vị hành chính cấp xã
1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Phuoc Loc ${d.tag}, An Bình ${d.tag} thành xã mới có tên gọi là xã Lộc Bình.
`;
    const file = { filename: '78-NQ-UBTVQH15.txt', content: text, contentType: 'text/plain' };
    const query = { effectiveDate: '2025-07-01', parentId: provinceId, codePrefix: 'UP' };
    const res = await admin.call('importOrgBatchFromFile', { query, file });
    expect(res.statusCode).toBe(200);
    expect(res.data.batch.legalBasis.number).toBe('78/NQ-UBTVQH15');
    expect(res.data.entries.map((e) => e.name)).toEqual(['Lộc Bình']);
    expect(res.data.entries[0]!.sources.map((s) => s.matchedUnitId)).toEqual([d.ids['Phước Lộc'], d.ids['An Bình']]);
    const officer = await t.login('stttt.canbo');
    expect((await officer.call('importOrgBatchFromFile', { query, file })).statusCode).toBe(403);
  });

  it('a plan issued before a rename exports and lists under the name its issuer had then (nay là …); one issued after under the new name', async () => {
    const tag = `RN${++seq}${randomUUID().slice(0, 4)}`.toUpperCase();
    const unitId = (
      await admin.call('createOrgUnit', {
        body: { parentId: provinceId, kind: 'department', code: tag, name: `Sở Thử Nghiệm ${tag}`, validFrom: '2020-01-01' },
      })
    ).data.id;
    const plan = (year: number, number: string) =>
      publishedPlan(t, { issuerCode: tag, year, number, title: 'Kế hoạch thử tên gọi theo thời điểm', milestones: [] });
    const before = await plan(2024, `1/KH-${tag}`);
    const renamed = batch([{ kind: 'rename', unitId, name: `Sở Đổi Tên ${tag}` }], '2025-07-01');
    expect((await admin.call('applyOrgBatch', { body: renamed })).statusCode).toBe(201);
    const after = await plan(2026, `2/KH-${tag}`);
    const text = async (id: string) => {
      const res = await admin.call('exportPlanDocx', { params: { id } });
      expect(res.statusCode, res.raw.body).toBe(200);
      return paragraphs((await readDocx(res.raw.rawPayload)).document)
        .map((p) => plainText(p))
        .join('\n')
        .toUpperCase();
    };
    const old = await text(before.planId);
    expect(old).toContain(`SỞ THỬ NGHIỆM ${tag}`);
    expect(old).not.toContain(`SỞ ĐỔI TÊN ${tag}`);
    expect(await text(after.planId)).toContain(`SỞ ĐỔI TÊN ${tag}`);
    // The API names the issuer as it was, with today's name beside it; a plan issued after, just today's.
    const shown = (await admin.call('getPlan', { params: { id: before.planId } })).data;
    expect([shown.issuerName, shown.issuerNameNow]).toEqual([`Sở Thử Nghiệm ${tag}`, `Sở Đổi Tên ${tag}`]);
    const listed = (await admin.call('listPlans', { query: { issuerUnitId: unitId } })).data;
    expect(listed.map((p) => [p.number, p.issuerName, p.issuerNameNow]).sort()).toEqual([
      [`1/KH-${tag}`, `Sở Thử Nghiệm ${tag}`, `Sở Đổi Tên ${tag}`],
      [`2/KH-${tag}`, `Sở Đổi Tên ${tag}`, null],
    ]);
  });

  it('obligations follow a merge recorded mid-year: later ones of the old units close, the successor owes once, rates stay ≤ 100%', async () => {
    for (const rule of ['successor_owes', 'waived'] as const) {
      const d = await district(['A', 'B', 'C']);
      const codes = ['A', 'B', 'C'].map((c) => `${d.tag}.${c}`);
      const plan = await publishedPlan(t, {
        issuerCode: 'TN',
        year: 2025,
        number: `${d.tag}/KH-UBND`,
        title: 'Kế hoạch thử sắp xếp',
        milestones: [
          { title: 'Báo cáo 6 tháng', dueDate: '2025-06-15', inclusive: true, deliverableKind: 'other', unitCodes: codes },
          { title: 'Báo cáo năm', dueDate: '2025-12-15', inclusive: true, deliverableKind: 'other', unitCodes: codes },
        ],
      });
      const n = newUnit(`Ủy ban nhân dân xã Sau sáp nhập ${d.tag}`);
      const body = {
        ...batch([
          {
            kind: 'merge',
            sources: ['A', 'B', 'C'].map((c) => ({ unitId: d.ids[c]!, whole: true })),
            into: { newUnit: n },
          },
          { kind: 'dissolve', unitId: d.id },
        ]),
        obligationRule: rule,
      };
      expect((await admin.call('applyOrgBatch', { body })).statusCode).toBe(201);
      const compliance = (await admin.call('getPlanCompliance', { params: { id: plan.planId }, query: { asOf: '2026-01-10' } })).data;
      const [half, annual] = compliance.milestones;
      // Before the merge: the three old communes owed it and are overdue.
      expect(half!.tally.owed).toBe(3);
      expect(half!.tally.overdue).toBe(3);
      // After it: the old communes no longer exist; the new one owes it once (or nobody, when waived).
      expect(annual!.units.map((u) => u.unitId)).toEqual(rule === 'successor_owes' ? [n.unitId] : []);
      expect(annual!.tally.owed).toBe(rule === 'successor_owes' ? 1 : 0);
      for (const m of compliance.milestones) {
        expect(m.tally.completenessRate ?? 0).toBeLessThanOrEqual(100);
        expect(m.tally.timelinessRate ?? 0).toBeLessThanOrEqual(100);
      }
      expect(compliance.overall.owed).toBe(rule === 'successor_owes' ? 4 : 3);
    }
  });

  it("a renamed unit's past report keeps the name it had then, with today's beside it", async () => {
    const d = await district(['A']);
    const plan = await publishedPlan(t, {
      issuerCode: 'TN',
      year: 2024,
      number: `${d.tag}/KH-BC`,
      title: 'Kế hoạch thử tên theo thời gian',
      milestones: [
        {
          title: 'Báo cáo năm 2024',
          dueDate: '2024-12-15',
          inclusive: true,
          deliverableKind: 'period_report',
          periodKind: 'Y',
          periodYear: 2024,
          unitCodes: [`${d.tag}.A`],
        },
      ],
    });
    await admin.call('applyOrgBatch', { body: batch([{ kind: 'rename', unitId: d.ids.A!, name: `Ủy ban nhân dân phường A ${d.tag}` }]) });
    const obligationId = await plan.obligationIdOf(0, `${d.tag}.A`);
    const report = (await admin.call('getReport', { params: { obligationId } })).data;
    expect(report.unit).toMatchObject({ name: `Ủy ban nhân dân xã A ${d.tag}`, nameToday: `Ủy ban nhân dân phường A ${d.tag}` });
    const listed = (await admin.call('listReports', { query: { planId: plan.planId } })).data;
    expect(listed.map((r) => r.unit.name)).toEqual([`Ủy ban nhân dân xã A ${d.tag}`]);
  });

  it('reminders, their e-mail and the overdue lists name a renamed unit as it was on the due date', async () => {
    const d = await district(['A']);
    const [was, now] = [`Ủy ban nhân dân xã A ${d.tag}`, `Ủy ban nhân dân phường A ${d.tag}`];
    const officer = (
      await admin.call('createUser', {
        body: {
          username: `nv${d.tag.toLowerCase()}`,
          fullName: 'Cán bộ xã A',
          email: `nv${d.tag.toLowerCase()}@example.vn`,
          password: 'Tam-thoi-2025',
          roles: [{ role: 'officer', unitId: d.ids.A! }],
        },
      })
    ).data.id;
    const plan = await publishedPlan(t, {
      issuerCode: 'TN',
      year: 2025,
      number: `${d.tag}/KH-NV`,
      title: 'Kế hoạch thử nhắc việc theo tên cũ',
      milestones: [
        { title: 'Báo cáo quý II', dueDate: '2025-06-15', inclusive: true, deliverableKind: 'other', unitCodes: [`${d.tag}.A`] },
      ],
    });
    await admin.call('applyOrgBatch', { body: batch([{ kind: 'rename', unitId: d.ids.A!, name: now }]) });
    // 10/07/2025: overdue, reminded in the app and in the morning digest under the name of 15/06.
    const repo = createRemindersRepository(t.deps.database.db);
    const morning = new Date('2025-07-10T08:00:00+07:00');
    await planReminders(repo, true, morning);
    await buildDigests(repo, { digestHour: 7, publicUrl: 'https://dvcq.example.vn' }, morning);
    const db = t.deps.database.db;
    const [note] = await db.select().from(notifications).where(eq(notifications.userId, officer));
    expect(note!.body).toContain(`${was} cần hoàn thành «Báo cáo quý II»`);
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.userId, officer));
    expect(mail!.textBody).toContain(`Báo cáo quý II — ${was}`);
    expect(mail!.textBody).not.toContain(now);
    const coordinator = await t.login('snv.dieuphoi');
    const log = (await coordinator.call('listReminderLog', { query: { planId: plan.planId } })).data;
    expect(log.items.map((i) => i.unitName)).toEqual([was]);
    // The overdue lists: open obligations and the plan's compliance lines.
    const open = (await coordinator.call('listObligations', { query: { planId: plan.planId, open: 'true' } })).data;
    expect(open.map((o) => o.unitName)).toEqual([was]);
    const query = { asOf: '2025-07-10', status: 'overdue' as const };
    const lines = (await coordinator.call('listPlanComplianceUnits', { params: { id: plan.planId }, query })).data;
    expect(lines.items.map((u) => u.unitName)).toEqual([was]);
    // The officer's calendar feed: the deadline under the name of 15/06 (lines unfolded per RFC 5545).
    const me = await t.loginChanging(`nv${d.tag.toLowerCase()}`, 'Tam-thoi-2025');
    const { url } = (await me.call('createCalendarFeed', {})).data;
    const ics = (await t.app.inject({ method: 'GET', url: new URL(url).pathname })).body.replace(/\r\n[ \t]/g, '');
    expect(ics).toContain(`SUMMARY:Báo cáo quý II — ${was}`);
  });

  it('KPI rows, progress, evidence and the Excel name a renamed unit as it was at the end of the KPI period', async () => {
    const d = await district(['A']);
    const [was, now] = [`Ủy ban nhân dân xã A ${d.tag}`, `Ủy ban nhân dân phường A ${d.tag}`];
    const plan = await publishedPlan(t, {
      issuerCode: 'TN',
      year: 2024,
      number: `${d.tag}/KH-TT`,
      title: 'Kế hoạch tuyên truyền 2024',
      milestones: [],
    });
    const coordinator = await t.login('snv.dieuphoi');
    const row = {
      label: 'Ít nhất 2 tin/bài',
      target: 2,
      measure: 'items',
      channel: 'local_portal',
      unitId: d.ids.A!,
      periodKind: 'year',
    } as const;
    const set = (await coordinator.call('saveKpiSet', { body: { planId: plan.planId, title: 'Chỉ tiêu năm 2024', rows: [row] } })).data;
    const evidence = { unitId: d.ids.A!, publishedOn: '2024-05-02', title: 'Tin tuyên truyền', channel: 'local_portal' as const };
    const body = { ...evidence, url: `https://example.vn/${d.tag}`, rowIds: [set.rows[0]!.id] };
    expect((await coordinator.call('recordKpiEvidence', { params: { id: set.id }, body })).statusCode).toBe(201);
    await admin.call('applyOrgBatch', { body: batch([{ kind: 'rename', unitId: d.ids.A!, name: now }]) });
    const params = { id: set.id };
    expect((await coordinator.call('getKpiSet', { params })).data.rows.map((r) => r.unitName)).toEqual([was]);
    expect((await coordinator.call('getKpiProgress', { params, query: {} })).data.units.map((u) => u.unitName)).toEqual([was]);
    expect((await coordinator.call('listKpiEvidence', { params, query: {} })).data.map((e) => e.unitName)).toEqual([was]);
    const xlsx = await coordinator.call('exportKpiXlsx', { params, query: {} });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    const cells = book.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
    expect(cells).toContain(was);
    expect(cells.filter((c) => c.includes(now))).toEqual([]);
  });

  /** Commune A of a new district renamed on 1/7/2025: its name before (2024 data) and since (2026 data). */
  async function renamedCommune(communes = ['A']) {
    const d = await district(communes);
    const names = { was: `Ủy ban nhân dân xã A ${d.tag}`, now: `Ủy ban nhân dân phường A ${d.tag}` };
    expect((await admin.call('applyOrgBatch', { body: batch([{ kind: 'rename', unitId: d.ids.A!, name: names.now }]) })).statusCode).toBe(
      201,
    );
    return { d, ...names, years: [[2024, names.was] as const, [2026, names.now] as const] };
  }
  /** A plan of the year owing commune A its annual report, with the report's form. */
  async function annualReportPlan(d: { tag: string }, year: number) {
    const plan = await publishedPlan(t, {
      issuerCode: 'TN',
      year,
      number: `${d.tag}/KH-BCN${year}`,
      title: `Kế hoạch báo cáo năm ${year}`,
      milestones: [
        {
          title: `Báo cáo năm ${year}`,
          dueDate: `${year}-11-15`,
          inclusive: true,
          deliverableKind: 'period_report',
          periodKind: 'Y',
          periodYear: year,
          unitCodes: [`${d.tag}.A`],
        },
      ],
    });
    const indicator = {
      code: 'MH',
      name: 'Số mô hình được công nhận',
      type: 'integer' as const,
      unit: null,
      required: false,
      min: null,
      max: null,
    };
    await reportForm(t, {
      planId: plan.planId,
      periodKind: 'Y',
      periodYear: year,
      sections: [{ code: 'KQ', title: 'Kết quả thực hiện' }],
      indicators: [{ ...indicator, rollup: 'sum', group: null, source: 'movement.models_recognised' }],
    });
    return plan;
  }

  it("the consolidation's records list a renamed unit's recognised model under its name of the period", async () => {
    const { d, years } = await renamedCommune();
    const coordinator = await t.login('snv.dieuphoi');
    for (const [year, name] of years) {
      const plan = await annualReportPlan(d, year);
      const model = (
        await coordinator.call('saveModel', {
          body: {
            unitId: d.ids.A!,
            registeredOn: `${year}-02-10`,
            name: `Một cửa thân thiện ${year}`,
            field: 'administrative_reform',
            problem: 'Người dân chờ lâu khi nộp hồ sơ',
            goals: 'Trả kết quả đúng hẹn',
            activities: 'Hướng dẫn tận nơi',
          },
        })
      ).data;
      for (const action of ['start', 'propose'] as const)
        await coordinator.call('changeModelState', { params: { id: model.id }, body: { action } });
      const decision = {
        decisionNumber: `${year}/QĐ-UBND`,
        decisionDate: `${year}-09-15`,
        decisionIssuer: 'UBND tỉnh Tây Ninh',
        level: 'province' as const,
      };
      expect((await coordinator.call('recogniseModel', { params: { id: model.id }, body: decision })).statusCode).toBe(200);
      const query = { planId: plan.planId, periodKind: 'Y' as const, periodYear: year };
      const c = (await coordinator.call('getConsolidation', { query })).data;
      expect(c.records.lists.map((l) => [l.unitName, l.items.map((i) => i.text)])).toEqual([[name, [`Một cửa thân thiện ${year}`]]]);
    }
  });

  it("KPI rows' lead unit and the duplicate-link hints name a renamed unit as it was in the KPI's year", async () => {
    const { d, years } = await renamedCommune(['A', 'B']);
    const coordinator = await t.login('snv.dieuphoi');
    for (const [year, name] of years) {
      const plan = await publishedPlan(t, {
        issuerCode: 'TN',
        year,
        number: `${d.tag}/KH-TT${year}`,
        title: `Tuyên truyền ${year}`,
        milestones: [],
      });
      const row = (unitId: string) =>
        ({
          label: 'Ít nhất 1 tin/bài',
          target: 1,
          measure: 'items',
          channel: 'local_portal',
          unitId,
          leadUnitId: d.ids.A!,
          periodKind: 'year',
        }) as const;
      const rows = [row(d.ids.A!), row(d.ids.B!)];
      const set = (await coordinator.call('saveKpiSet', { body: { planId: plan.planId, title: `Chỉ tiêu ${year}`, rows } })).data;
      const params = { id: set.id };
      expect((await coordinator.call('getKpiSet', { params })).data.rows.map((r) => r.leadUnitName)).toEqual([name, name]);
      // A and B post the same article: B's entry points to A's under A's name of the publication day.
      const post = (unit: 'A' | 'B', i: number) => {
        const body = { unitId: d.ids[unit]!, publishedOn: `${year}-05-02`, title: `Tin ${unit}`, channel: 'local_portal' as const };
        return coordinator.call('recordKpiEvidence', {
          params,
          body: { ...body, url: `https://example.vn/${d.tag}/${year}`, rowIds: [set.rows[i]!.id] },
        });
      };
      expect((await post('A', 0)).statusCode).toBe(201);
      expect((await post('B', 1)).data.duplicates.map((x) => x.unitName)).toEqual([name]);
      const listed = (await coordinator.call('listKpiEvidence', { params, query: {} })).data;
      expect(listed.find((e) => e.unitId === d.ids.B)!.duplicates.map((x) => x.unitName)).toEqual([name]);
    }
  });

  it("the dashboard's heading, heat map, reports awaiting review and overdue conclusions name a renamed unit as it was then", async () => {
    const { d, was, now, years } = await renamedCommune();
    const [officer, leader] = [`cb${d.tag}`, `ld${d.tag}`].map((u) => u.toLowerCase()) as [string, string];
    for (const [username, role] of [
      [officer, 'officer'],
      [leader, 'leader'],
    ] as const) {
      const body = { username, fullName: 'Cán bộ xã A', password: 'Tam-thoi-2025', roles: [{ role, unitId: d.ids.A! }] };
      expect((await admin.call('createUser', { body })).statusCode).toBe(201);
    }
    const officerClient = await t.loginChanging(officer, 'Tam-thoi-2025');
    for (const [year] of years) {
      const plan = await annualReportPlan(d, year);
      const report = { sections: { KQ: `Hoàn thành nhiệm vụ năm ${year}.` }, cutOffDate: `${year}-10-31` };
      await reportIn(t, 'submitted', { obligationId: await plan.obligationIdOf(0, `${d.tag}.A`), officer, leader, ...report });
      const held = { unitId: d.ids.A!, heldOn: `${year}-04-10`, place: 'Hội trường xã', chair: 'Chủ tịch UBND xã', attendance: 40 };
      const dialogue = (await officerClient.call('saveDialogue', { body: held })).data;
      const conclusion = { content: `Sửa đường liên ấp ${year}`, assigneeUnitId: d.ids.A!, dueDate: `${year}-10-01` };
      expect((await officerClient.call('saveDialogueConclusion', { params: { id: dialogue.id }, body: conclusion })).statusCode).toBe(200);
    }
    const coordinator = await t.login('snv.dieuphoi');
    const dashboard = async (year: number) => (await coordinator.call('getDashboard', { query: { unitId: d.ids.A!, year } })).data;
    for (const [year, name] of years) {
      const dash = await dashboard(year);
      expect([dash.unit.name, ...dash.heatmap.units.map((u) => u.unitName)]).toEqual([name, name]);
      const page = await coordinator.call('getDashboardHeatmap', { query: { unitId: d.ids.A!, year } });
      expect(page.data.units.map((u) => u.unitName)).toEqual([name]);
    }
    // The lists span the years: each item under the name of its own day.
    const dash = await dashboard(2026);
    expect(dash.review.items.map((r) => [r.title, r.unitName])).toEqual([
      ['Báo cáo năm 2024', was],
      ['Báo cáo năm 2026', now],
    ]);
    expect(dash.dialogues.overdue.map((c) => [c.content, c.dialogueUnitName, c.assigneeUnitName])).toEqual([
      ['Sửa đường liên ấp 2024', was, was],
      ['Sửa đường liên ấp 2026', now, now],
    ]);
  });

  it("a merged commune's dashboard compares with its predecessors' complaint figures of the year before, said so", async () => {
    const d = await district(['A', 'B']);
    const username = `kn${d.tag.toLowerCase()}`;
    const roles = [d.ids.A!, d.ids.B!].map((unitId) => ({ role: 'officer' as const, unitId }));
    await admin.call('createUser', { body: { username, fullName: 'Cán bộ hai xã', password: 'Tam-thoi-2024', roles } });
    const officer = await t.loginChanging(username, 'Tam-thoi-2024');
    for (const [c, received] of [
      ['A', 5],
      ['B', 7],
    ] as const) {
      const row = { kind: 'complaint' as const, received, inCompetence: received, resolved: received - 1, resolvedOnTime: 1, pending: 1 };
      const body = { unitId: d.ids[c]!, year: 2024, periodKind: 'Y' as const, rows: [row] };
      expect((await officer.call('saveComplaintStatistics', { body })).statusCode).toBe(200);
    }
    const n = newUnit(`Ủy ban nhân dân xã Hợp Nhất ${d.tag}`);
    const sources = ['A', 'B'].map((c) => ({ unitId: d.ids[c]!, whole: true }));
    expect((await admin.call('applyOrgBatch', { body: batch([{ kind: 'merge', sources, into: { newUnit: n } }]) })).statusCode).toBe(201);
    const coordinator = await t.login('snv.dieuphoi');
    const dash = (await coordinator.call('getDashboard', { query: { unitId: n.unitId, year: 2025 } })).data;
    expect(dash.complaints.periods.map((p) => [p.year, p.received, p.label])).toEqual([
      [2024, 12, 'Năm 2024 (tổng của 2 xã trước sáp nhập)'],
    ]);
  });

  it('reads the real Resolution 1682: 96 units formed, namesakes matched only in the district the text names', async () => {
    const text = readFileSync(
      new URL('../../../../../fixtures/documents/2025-NQ-1682-UBTVQH15-tay-ninh-communes.md', import.meta.url),
      'utf8',
    );
    const p = (
      await admin.call('importOrgBatchFromDocument', {
        body: { text, effectiveDate: '2025-07-01', parentId: provinceId, codePrefix: 'NQ1682' },
      })
    ).data;
    expect(p.entries).toHaveLength(96);
    expect(p.batch.legalBasis.number).toBe('1682/NQ-UBTVQH15');
    const tanNinh = p.entries.find((e) => e.name === 'Tân Ninh')!;
    const matched = tanNinh.sources.filter((s) => s.matchedUnitId).map((s) => s.matchedName);
    expect(matched).toEqual(
      expect.arrayContaining([
        'Ủy ban nhân dân Phường 1',
        'Ủy ban nhân dân Phường 2',
        'Ủy ban nhân dân Phường 3',
        'Ủy ban nhân dân Phường IV',
        'Ủy ban nhân dân phường Hiệp Ninh',
      ]),
    );
    // Kiến Tường's Phường 1–3 are not Tây Ninh's (that town is not in the demo tree): listed as unmatched.
    const kienTuong = p.entries.find((e) => e.name === 'Kiến Tường')!;
    expect(kienTuong.sources.every((s) => s.matchedUnitId === null)).toBe(true);
    expect(p.unmatched.length).toBeGreaterThan(100);
  });

  it('officers cannot restructure, and see the tree as of a date only within their scope', async () => {
    const officer = await t.login('stttt.canbo');
    const d = await district(['A']);
    const refused = await officer.call('applyOrgBatch', { body: batch([{ kind: 'rename', unitId: d.ids.A!, name: 'Tên trái phép' }]) });
    expect(refused.statusCode).toBe(403);
    const visible = (await officer.call('getOrgTree', { query: { asOf: '2025-01-01' } })).data.units.map((u) => u.id);
    expect(visible).toContain(await t.unitId('TN.STTTT'));
    expect(visible).not.toContain(d.id);
  });
});
