// Communication KPIs as people use them: the coordinator imports the appendix of 31/KH-UBND and saves
// it, a ward officer records evidence and sees the status change, the coordinator rejects one entry and
// the figure drops, the Excel carries the links, outsiders see nothing.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exampleScorecardPercent, KPI_SHARE_MET_INDICATOR, type ScorecardNode } from '@dvcq/domain';
import type { KpiProgressDto, KpiSetDto, SaveKpiSetRequest } from '@dvcq/shared';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { emailOutbox, kpiReminders } from '../../db/schema.ts';
import { planReminders } from '../reminders/planning.usecases.ts';
import { planKpiReminders } from '../reminders/kpi-rows.usecases.ts';
import { buildDigests } from '../reminders/digests.usecases.ts';
import { createRemindersRepository } from '../reminders/reminders.repository.ts';
import { publishedPlan } from '../../testing/factories.ts';
import { changedPassword, createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

const SEED = readFileSync(new URL('../../../../../fixtures/seeds/2023-KH-31-UBND-TP-cchc-communication-plan-ocr.txt', import.meta.url));
const NOW = new Date('2026-11-20T03:00:00Z'); // 20/11/2026, quarter IV: 51 of 92 days

describe('communication KPIs', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let cityOfficer: TestClient;
  let wardOfficer: TestClient;
  let plan = 0;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.login('snv.dieuphoi');
    cityOfficer = await t.login('tptn.canbo');
    const admin = await t.login('admin');
    await admin.call('createUser', {
      body: {
        username: 'p1.canbo',
        fullName: 'Trần Thị Thu',
        email: 'p1.canbo@tayninh.gov.vn',
        password: 'MatKhauManh2025',
        roles: [{ role: 'officer', unitId: await t.unitId('TN.TPTN.P1') }],
      },
    });
    wardOfficer = await t.loginChanging('p1.canbo', 'MatKhauManh2025');
  });
  beforeEach(() => t.setNow(NOW));
  afterAll(() => t.close());

  /** A published city plan of 2026 of its own, for each test. */
  async function cityPlan(): Promise<string> {
    plan += 1;
    const p = await publishedPlan(t, {
      issuerCode: 'TN.TPTN',
      year: 2026,
      number: `${30 + plan}/KH-UBND`,
      title: 'Kế hoạch tuyên truyền cải cách hành chính năm 2026',
      publishedAt: new Date('2026-02-10T02:00:00Z'),
      milestones: [{ title: 'Báo cáo năm', dueDate: '2026-12-10', inclusive: true, deliverableKind: 'other', unitKinds: ['commune'] }],
    });
    return p.planId;
  }

  /** The seed's appendix imported and saved, the culture centre's rows given to the city's culture division. */
  async function importedSet(): Promise<KpiSetDto> {
    const planId = await cityPlan();
    const proposal = (
      await coordinator.call('importKpiSetFromDocument', { query: { planId }, file: { filename: '31-KH-UBND.txt', content: SEED } })
    ).data;
    const culture = await t.unitId('TN.TPTN.PVHTT');
    const rows = proposal.rows.map(({ source: _s, whoText: _w, ...r }) =>
      r.unitId || r.unitKind ? r : { ...r, unitId: culture, leadUnitId: culture },
    );
    const body: SaveKpiSetRequest = { planId, title: 'Chỉ tiêu tuyên truyền CCHC năm 2026', rows };
    return (await coordinator.call('saveKpiSet', { body })).data;
  }

  const cellOf = (p: KpiProgressDto, unitId: string, rowId: string) => {
    const u = p.units.find((x) => x.unitId === unitId)!;
    return u.cells[p.rows.findIndex((r) => r.id === rowId)]!;
  };

  it('imports the appendix of 31/KH-UBND (OCR) into rows with their numbers, reviewed before saving', async () => {
    const planId = await cityPlan();
    const res = await coordinator.call('importKpiSetFromDocument', {
      query: { planId },
      file: { filename: '31-KH-UBND.txt', content: SEED },
    });
    const p = res.data;
    expect(p.ocr).toBe(true);
    expect(p.rows.map((r) => [r.target, r.measure, r.channel, r.unitKind, r.periodKind])).toEqual([
      [2, 'reportages', 'provincial_radio_tv', null, 'year'],
      [8, 'items', 'provincial_newspaper', null, 'year'],
      [12, 'items', 'provincial_portal', null, 'year'],
      [20, 'items', 'local_portal', null, 'year'],
      [4, 'items', 'local_portal', 'division', 'quarter'],
      [2, 'items', 'provincial_newspaper', 'commune', 'year'],
      [2, 'items', 'provincial_portal', 'commune', 'year'],
      [20, 'items', 'local_portal', 'commune', 'year'],
      [1, 'sections_present', 'local_portal', 'commune', 'year'],
      [1, 'sections_present', 'local_portal', 'commune', 'year'],
      [1, 'sections_present', 'local_portal', 'commune', 'year'],
      [1, 'sections_present', 'local_portal', 'commune', 'year'],
      [10000, 'visits', 'local_portal', 'commune', 'custom'],
    ]);
    expect(p.rows[1]!.comparator).toBe('exactly');
    // "tính đến thời điểm 06/11/2023" becomes the plan's year
    expect(p.rows[12]!.periodUntil).toBe('2026-11-06');
    expect(p.rows[4]!.label).toBe('Ít nhất 4 tin/bài trên Cổng thông tin điện tử thành phố, mỗi quý');
    // the city's culture centre is not in the demo tree: named for the reviewer to assign
    expect(p.unmatchedUnits).toEqual(['Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố']);
    // nothing written until saved
    expect((await coordinator.call('listKpiSets', { query: { year: 2026 } })).data.find((s) => s.planId === planId)).toBeUndefined();
    // a row naming no unit is refused with its position
    const bad = await coordinator.call('saveKpiSet', {
      body: { planId, title: 'x', rows: p.rows.map(({ source: _s, whoText: _w, ...r }) => r) },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.error).toMatchObject({ code: 'kpi.row_who', message: 'Dòng 1: chọn một đơn vị hoặc một loại đơn vị (không chọn cả hai).' });
    // a plan without an appendix
    const none = await coordinator.call('importKpiSetFromDocument', {
      query: { planId },
      file: {
        filename: 'kh.txt',
        content: Buffer.from('KẾ HOẠCH\nThực hiện công tác dân vận năm 2026\n\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n'),
      },
    });
    expect(none.error.code).toBe('kpi.no_kpi_rows');
  });

  it('a ward officer records evidence and watches the status change; duplicates flagged, bad links refused', async () => {
    const set = await importedSet();
    expect(set.rows).toHaveLength(13);
    const p1 = await t.unitId('TN.TPTN.P1');
    const newspaper = set.rows.find((r) => r.unitKind === 'commune' && r.channel === 'provincial_newspaper')!;
    const before = (await wardOfficer.call('getKpiProgress', { params: { id: set.id } })).data;
    // the ward officer sees their own ward only
    expect(before.units.map((u) => u.unitId)).toEqual([p1]);
    // 2 a year, judged on 20/11 (324/365 of the year): 1 expected; nothing yet → red
    expect(cellOf(before, p1, newspaper.id)).toMatchObject({ target: 2, expected: 1, actual: 0, status: 'red' });
    expect(cellOf(before, p1, newspaper.id).sentence).toBe('Còn thiếu 2 tin/bài trên Báo tỉnh trong năm 2026');

    const record = (url: string, day: string) =>
      wardOfficer.call('recordKpiEvidence', {
        params: { id: set.id },
        body: {
          unitId: p1,
          publishedOn: day,
          title: 'Phường 1 rút ngắn thời gian giải quyết hồ sơ',
          channel: 'provincial_newspaper',
          url,
          rowIds: [newspaper.id],
        },
      });
    const first = await record('https://baotayninh.vn/phuong-1-cchc.html', '2026-05-12');
    expect(first.statusCode).toBe(201);
    expect(first.data).toMatchObject({ status: 'pending', linkCheck: 'unchecked', duplicates: [] });
    const after = (await wardOfficer.call('getKpiProgress', { params: { id: set.id } })).data;
    expect(cellOf(after, p1, newspaper.id)).toMatchObject({ actual: 1, pending: 1, accepted: 0, status: 'green' });
    expect(cellOf(after, p1, newspaper.id).sentence).toBe('Còn thiếu 1 tin/bài trên Báo tỉnh trong năm 2026');

    // the same article again (other spelling of the link): recorded, flagged
    const again = await record('https://www.baotayninh.vn/phuong-1-cchc.html?utm_source=zalo', '2026-05-13');
    expect(again.data.duplicates.map((d) => d.id)).toEqual([first.data.id]);
    const listed = (await wardOfficer.call('listKpiEvidence', { params: { id: set.id } })).data;
    expect(listed.find((e) => e.id === first.data.id)!.duplicates.map((d) => d.id)).toEqual([again.data.id]);

    // refusals: not http(s), a row of another kind of unit, a date outside the set's year, nothing to prove it
    const js = await record('javascript:alert(1)', '2026-05-14');
    expect(js.statusCode).toBe(400);
    expect(js.error).toMatchObject({ code: 'kpi.link_scheme', message: 'Liên kết phải bắt đầu bằng http:// hoặc https://.' });
    const division = set.rows.find((r) => r.unitKind === 'division')!;
    const wrongRow = await wardOfficer.call('recordKpiEvidence', {
      params: { id: set.id },
      body: { unitId: p1, publishedOn: '2026-05-14', title: 'Tin', channel: 'local_portal', url: 'https://a.vn/x', rowIds: [division.id] },
    });
    expect(wrongRow.error.code).toBe('kpi.evidence_row');
    const lastYear = await record('https://baotayninh.vn/cu.html', '2025-12-31');
    expect(lastYear.error.code).toBe('kpi.evidence_year');
    const visits = set.rows.find((r) => r.measure === 'visits')!;
    const noReading = await wardOfficer.call('recordKpiEvidence', {
      params: { id: set.id },
      body: { unitId: p1, publishedOn: '2026-10-30', title: 'Lượt truy cập', channel: 'local_portal', rowIds: [visits.id] },
    });
    expect(noReading.error.code).toBe('kpi.evidence_visits');

    // another ward is out of reach
    const p2 = await t.unitId('TN.TPTN.P2');
    const other = await wardOfficer.call('recordKpiEvidence', {
      params: { id: set.id },
      body: {
        unitId: p2,
        publishedOn: '2026-05-14',
        title: 'Tin',
        channel: 'provincial_newspaper',
        url: 'https://a.vn/y',
        rowIds: [newspaper.id],
      },
    });
    expect(other.statusCode).toBe(403);
    // nor can the ward officer review
    expect(
      (await wardOfficer.call('reviewKpiEvidence', { params: { id: first.data.id }, body: { decision: 'accepted' } })).statusCode,
    ).toBe(403);
  });

  it('visit counts are dated readings inside the window "to 06/11"; the highest counts', async () => {
    const set = await importedSet();
    const p1 = await t.unitId('TN.TPTN.P1');
    const visits = set.rows.find((r) => r.measure === 'visits')!;
    const reading = (day: string, n: number) =>
      wardOfficer.call('recordKpiEvidence', {
        params: { id: set.id },
        body: {
          unitId: p1,
          publishedOn: day,
          title: `Số lượt truy cập ngày ${day}`,
          channel: 'local_portal',
          visits: n,
          rowIds: [visits.id],
        },
      });
    await reading('2026-06-30', 5200);
    await reading('2026-11-05', 9400);
    await reading('2026-11-15', 10400); // after 06/11: outside the window
    const p = (await coordinator.call('getKpiProgress', { params: { id: set.id }, query: { unitId: p1 } })).data;
    // the window is over on 20/11: final figure from accepted readings only
    expect(cellOf(p, p1, visits.id)).toMatchObject({
      final: true,
      actual: 0,
      pending: 9400,
      status: 'red',
      statusLabel: 'Không đạt chỉ tiêu',
    });
    const live = (await coordinator.call('getKpiProgress', { params: { id: set.id }, query: { unitId: p1, asOf: '2026-11-05' } })).data;
    expect(cellOf(live, p1, visits.id)).toMatchObject({ final: false, actual: 9400, expected: 9967, status: 'amber' });
    expect(cellOf(live, p1, visits.id).sentence).toBe(
      'Còn thiếu 600 lượt truy cập trên Cổng thông tin điện tử thành phố tính đến ngày 06/11/2026',
    );
  });

  it('the coordinator rejects one entry with a reason and the figure drops; only accepted entries make the final figure; audited', async () => {
    const set = await importedSet();
    const pnv = await t.unitId('TN.TPTN.PNV');
    const division = set.rows.find((r) => r.unitKind === 'division')!;
    const ids: string[] = [];
    for (const [i, day] of ['2026-10-05', '2026-10-20'].entries()) {
      const e = await cityOfficer.call('recordKpiEvidence', {
        params: { id: set.id },
        body: {
          unitId: pnv,
          publishedOn: day,
          title: `Tin cải cách hành chính số ${i + 1}`,
          channel: 'local_portal',
          url: `https://tayninhcity.tayninh.gov.vn/tin-${i + 1}`,
          rowIds: [division.id],
        },
      });
      ids.push(e.data.id);
    }
    // Q4: 4 expected by 31/12, 2 by 20/11
    const q = { params: { id: set.id }, query: { unitKind: 'division' as const } };
    const before = (await coordinator.call('getKpiProgress', q)).data;
    expect(cellOf(before, pnv, division.id)).toMatchObject({ periodLabel: 'quý IV năm 2026', expected: 2, actual: 2, status: 'green' });
    // lagging units first: the two divisions without evidence before the one on track
    expect(before.units.at(-1)!.unitId).toBe(pnv);

    const noReason = await coordinator.call('reviewKpiEvidence', { params: { id: ids[0]! }, body: { decision: 'rejected' } });
    expect(noReason.error.code).toBe('kpi.reject_reason');
    const rejected = await coordinator.call('reviewKpiEvidence', {
      params: { id: ids[0]! },
      body: { decision: 'rejected', reason: 'Bài viết không có nội dung cải cách hành chính' },
    });
    expect(rejected.data).toMatchObject({ status: 'rejected', reviewReason: 'Bài viết không có nội dung cải cách hành chính' });
    const after = (await coordinator.call('getKpiProgress', q)).data;
    expect(cellOf(after, pnv, division.id)).toMatchObject({ actual: 1, status: 'red' });

    // at the end of the quarter: the pending entry does not count, the accepted one does
    const end = (await coordinator.call('getKpiProgress', { params: { id: set.id }, query: { asOf: '2026-12-31', unitId: pnv } })).data;
    expect(cellOf(end, pnv, division.id)).toMatchObject({ final: true, actual: 0, pending: 1, met: false });
    await coordinator.call('reviewKpiEvidence', { params: { id: ids[1]! }, body: { decision: 'accepted' } });
    const end2 = (await coordinator.call('getKpiProgress', { params: { id: set.id }, query: { asOf: '2026-12-31', unitId: pnv } })).data;
    expect(cellOf(end2, pnv, division.id)).toMatchObject({ final: true, actual: 1, accepted: 1 });
    expect(cellOf(end2, pnv, division.id).sentence).toBe('Còn thiếu 3 tin/bài trên Cổng thông tin điện tử thành phố trong quý IV năm 2026');

    const audit = await t.db.database.query<{ action: string; n: number }>(
      `select action, count(*)::int as n from audit_log where entity_id in ($1, $2) group by action order by action`,
      [ids[0], ids[1]],
    );
    expect(audit).toEqual([
      { action: 'kpi_evidence.accepted', n: 1 },
      { action: 'kpi_evidence.recorded', n: 2 },
      { action: 'kpi_evidence.rejected', n: 1 },
    ]);
  });

  it('checks a link honestly: no answer means "not checkable", never "broken"', async () => {
    const set = await importedSet();
    const pnv = await t.unitId('TN.TPTN.PNV');
    const division = set.rows.find((r) => r.unitKind === 'division')!;
    const e = await cityOfficer.call('recordKpiEvidence', {
      params: { id: set.id },
      body: {
        unitId: pnv,
        publishedOn: '2026-11-02',
        title: 'Tin',
        channel: 'local_portal',
        url: 'http://127.0.0.1:9/khong-co-may-chu',
        rowIds: [division.id],
        checkLink: true,
      },
    });
    expect(e.data).toMatchObject({
      linkCheck: 'not_checkable',
      linkCheckLabel: 'Chưa kiểm tra được (máy chủ không kết nối được tới địa chỉ này)',
    });
    const again = await cityOfficer.call('checkKpiEvidenceLink', { params: { id: e.data.id } });
    expect(again.data.linkCheck).toBe('not_checkable');
  });

  it('edits keep rows with evidence (retired, not deleted), refuse a stale version, and export Excel with clickable links', async () => {
    const set = await importedSet();
    const pnv = await t.unitId('TN.TPTN.PNV');
    const division = set.rows.find((r) => r.unitKind === 'division')!;
    await cityOfficer.call('recordKpiEvidence', {
      params: { id: set.id },
      body: {
        unitId: pnv,
        publishedOn: '2026-10-07',
        title: 'Tin CCHC',
        channel: 'local_portal',
        url: 'https://tayninh.gov.vn/a',
        rowIds: [division.id],
      },
    });
    const xlsx = await coordinator.call('exportKpiXlsx', { params: { id: set.id } });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tiến độ chỉ tiêu', 'Minh chứng']);
    const texts: string[] = [];
    wb.worksheets[0]!.eachRow((row) => texts.push(String(row.values)));
    expect(texts.join('\n')).toContain('Phòng Nội vụ thành phố Tây Ninh');
    let link: unknown = null;
    wb.worksheets[1]!.eachRow((row) => row.eachCell((c) => (c.hyperlink ? (link = c.hyperlink) : null)));
    expect(link).toBe('https://tayninh.gov.vn/a');

    const rows = set.rows.filter((r) => r.id !== division.id).map(({ unitName: _u, leadUnitName: _l, position: _p, ...r }) => r);
    const saved = (
      await coordinator.call('saveKpiSet', { body: { id: set.id, planId: set.planId, title: set.title, version: set.version, rows } })
    ).data;
    expect(saved.rows).toHaveLength(12);
    expect(saved.version).toBe(set.version + 1);
    const evidence = (await coordinator.call('listKpiEvidence', { params: { id: set.id } })).data;
    expect(evidence[0]!.rowIds).toEqual([division.id]);
    const stale = await coordinator.call('saveKpiSet', {
      body: { id: set.id, planId: set.planId, title: 'x', version: set.version, rows },
    });
    expect(stale.error.code).toBe('kpi.version_conflict');
    // a second set for the same plan is refused
    expect((await coordinator.call('saveKpiSet', { body: { planId: set.planId, title: 'x', rows: [] } })).error.code).toBe(
      'kpi.plan_has_set',
    );
    // the city officer cannot edit the set
    expect((await cityOfficer.call('saveKpiSet', { body: { id: set.id, planId: set.planId, title: 'x', rows: [] } })).statusCode).toBe(403);
  });

  it('drives a scorecard criterion of kind "derived" from the share of KPI rows met', async () => {
    // a provincial plan whose KPI set gives Sở Thông tin và Truyền thông two yearly rows
    const p = await publishedPlan(t, {
      issuerCode: 'TN',
      year: 2026,
      number: '77/KH-UBND',
      title: 'Kế hoạch tuyên truyền cải cách hành chính của tỉnh năm 2026',
      publishedAt: new Date('2026-02-10T02:00:00Z'),
      milestones: [{ title: 'Báo cáo', dueDate: '2026-12-10', inclusive: true, deliverableKind: 'other', unitKinds: ['department'] }],
    });
    const stttt = await t.unitId('TN.STTTT');
    const set = (
      await coordinator.call('saveKpiSet', {
        body: {
          planId: p.planId,
          title: 'Chỉ tiêu tuyên truyền của các sở',
          rows: [
            { label: 'Tin trên Báo tỉnh', target: 2, measure: 'items', channel: 'provincial_newspaper', unitId: stttt, periodKind: 'year' },
            { label: 'Tin trên Cổng tỉnh', target: 12, measure: 'items', channel: 'provincial_portal', unitId: stttt, periodKind: 'year' },
          ],
        },
      })
    ).data;
    const sttttOfficer = await t.login('stttt.canbo');
    for (const day of ['2026-03-02', '2026-09-15']) {
      await sttttOfficer.call('recordKpiEvidence', {
        params: { id: set.id },
        body: {
          unitId: stttt,
          publishedOn: day,
          title: `Tin ${day}`,
          channel: 'provincial_newspaper',
          url: `https://baotayninh.vn/${day}`,
          rowIds: [set.rows[0]!.id],
        },
      });
    }
    // the communication criterion 1.2 of a scorecard, scored from the share of rows met (0 → 0, 100 % → full)
    const v = exampleScorecardPercent();
    const swap = (nodes: readonly ScorecardNode[]): ScorecardNode[] =>
      nodes.map((n) =>
        n.code === '1.2'
          ? {
              ...n,
              title: 'Tuyên truyền cải cách hành chính đạt chỉ tiêu',
              method: { kind: 'derived', indicator: KPI_SHARE_MET_INDICATOR, mapping: { kind: 'linear', zeroAt: 0, fullAt: 100 } },
            }
          : { ...n, ...(n.children ? { children: swap(n.children) } : {}) },
      );
    const { id: _id, decision: _d, name: _n, ...definition } = { ...v, nodes: swap(v.nodes) };
    const sc = (
      await coordinator.call('createScorecard', {
        body: {
          decisionNumber: 'KPI-THU/QĐ-UBND',
          decisionDate: '2026-01-15',
          name: 'Bộ tiêu chí thử có tiêu chí tuyên truyền',
          definition: definition as never,
        },
      })
    ).data;
    expect(sc.problems).toEqual([]);
    await coordinator.call('activateScorecard', { params: { id: sc.id }, body: { expectedVersion: sc.version } });
    const a = (await sttttOfficer.call('openAssessment', { body: { unitId: stttt, year: 2026, scorecardId: sc.id } })).data;
    const saved = (
      await sttttOfficer.call('saveSelfAssessment', { params: { id: a.id }, body: { expectedVersion: a.version, scores: [] } })
    ).data;
    // one row of two met → 50 % → 5 of 10 points
    expect(saved.indicators[KPI_SHARE_MET_INDICATOR]).toBe(50);
    const nodes = (saved.result as unknown as { nodes: { code: string; self: number | null }[] }).nodes;
    expect(nodes.find((n) => n.code === '1.2')!.self).toBe(5);
  });

  it("the ward officer's daily e-mail digest lists the ward's lagging rows, not the ones on track", async () => {
    const planId = await cityPlan();
    const p1 = await t.unitId('TN.TPTN.P1');
    const set = (
      await coordinator.call('saveKpiSet', {
        body: {
          planId,
          title: 'Chỉ tiêu của xã, phường',
          rows: [
            {
              label: 'Tin trên Cổng thành phố',
              target: 4,
              measure: 'items',
              channel: 'local_portal',
              unitKind: 'commune',
              periodKind: 'quarter',
            },
            {
              label: 'Tin trên Báo tỉnh',
              target: 1,
              measure: 'items',
              channel: 'provincial_newspaper',
              unitKind: 'commune',
              periodKind: 'year',
            },
          ],
        },
      })
    ).data;
    const recorded = await wardOfficer.call('recordKpiEvidence', {
      params: { id: set.id },
      body: {
        unitId: p1,
        publishedOn: '2026-10-05',
        title: 'Phường 1 công khai thủ tục hành chính',
        channel: 'provincial_newspaper',
        url: 'https://baotayninh.vn/phuong-1-cong-khai-thu-tuc.html',
        rowIds: [set.rows[1]!.id],
      },
    });
    expect(recorded.statusCode).toBe(201);

    // 09/12, 10:00 in Tây Ninh: the plan's report is due tomorrow, so the ward's officer gets the day's digest
    const DEC_9 = new Date('2026-12-09T03:00:00Z');
    const repo = createRemindersRepository(t.deps.database.db);
    await planReminders(repo, true, DEC_9);
    await buildDigests(repo, { digestHour: 7, publicUrl: 'https://dvcq.tayninh.gov.vn' }, DEC_9);
    const me = (await wardOfficer.call('getCurrentUser', {})).data.user;
    const mails = await t.deps.database.db
      .select()
      .from(emailOutbox)
      .where(inArray(emailOutbox.userId, [me.id]));
    const digest = mails.find((m) => m.kind === 'digest');
    expect(digest).toBeDefined();
    // 4 a quarter, 70 of 92 days gone, nothing recorded: red, in the plan's words
    expect(digest!.textBody).toContain('Chỉ tiêu truyền thông đang chậm tiến độ:');
    expect(digest!.textBody).toContain(
      '- Còn thiếu 4 tin/bài trên Cổng thông tin điện tử thành phố trong quý IV năm 2026 — Ủy ban nhân dân Phường 1 (chậm tiến độ)',
    );
    expect(digest!.textBody).toContain('https://dvcq.tayninh.gov.vn/chi-tieu-tuyen-truyen');
    expect(digest!.htmlBody).toContain('Còn thiếu 4 tin/bài trên Cổng thông tin điện tử thành phố trong quý IV năm 2026');
    // the newspaper row is met: not a reminder
    expect(digest!.textBody).not.toContain('Đã đạt 1/1 tin/bài trên Báo tỉnh');
  });

  it('a row behind its pro-rated target as the quarter ends: in-app and logged once per stage, a KPI-only digest, none once back on track', async () => {
    const planId = await cityPlan();
    const p1 = await t.unitId('TN.TPTN.P1');
    const set = (
      await coordinator.call('saveKpiSet', {
        body: {
          planId,
          title: 'Chỉ tiêu riêng của Phường 1',
          rows: [
            { label: 'Tin trên Cổng thành phố', target: 4, measure: 'items', channel: 'local_portal', unitId: p1, periodKind: 'quarter' },
          ],
        },
      })
    ).data;
    const rowId = set.rows[0]!.id;
    const me = (await wardOfficer.call('getCurrentUser', {})).data.user;
    const repo = createRemindersRepository(t.deps.database.db);
    const db = t.deps.database.db;
    const day = (d: string) => new Date(`${d}T03:00:00Z`); // 10:00 in Tây Ninh
    const mine = () =>
      db
        .select()
        .from(kpiReminders)
        .where(and(eq(kpiReminders.rowId, rowId), eq(kpiReminders.userId, me.id)))
        .orderBy(desc(kpiReminders.offsetDays));
    const tick = async (d: string) => {
      t.setNow(day(d));
      await planKpiReminders(repo, true, day(d));
      await buildDigests(repo, { digestHour: 7, publicUrl: 'https://dvcq.tayninh.gov.vn' }, day(d));
    };
    // sessions do not last weeks: each step signs in on its own day
    const ward = () => t.login('p1.canbo', changedPassword('MatKhauManh2025'));
    const record = async (d: string, n: number) => {
      t.setNow(day(d));
      const r = await (
        await ward()
      ).call('recordKpiEvidence', {
        params: { id: set.id },
        body: {
          unitId: p1,
          publishedOn: d,
          title: `Phường 1 đưa tin cải cách hành chính số ${n}`,
          channel: 'local_portal',
          url: `https://phuong1.tayninh.gov.vn/tin-cchc-${n}.html`,
          rowIds: [rowId],
        },
      });
      expect(r.statusCode).toBe(201);
    };

    // three weeks before the quarter's end: nothing to chase yet
    await tick('2026-12-10');
    expect(await mine()).toEqual([]);

    // 17/12, two weeks before: 4 a quarter, nothing recorded → red; reminded in the app once, logged
    await tick('2026-12-17');
    await tick('2026-12-17');
    expect((await mine()).map((r) => [r.offsetDays, r.status, r.periodEnd])).toEqual([[14, 'red', '2026-12-31']]);
    const inbox = (await (await ward()).call('listNotifications', { query: { limit: 200 } })).data.items.filter(
      (n) => n.entityId === rowId,
    );
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.title).toBe(
      'Chỉ tiêu truyền thông chậm tiến độ: Còn thiếu 4 tin/bài trên Cổng thông tin điện tử thành phố trong quý IV năm 2026 (còn 14 ngày)',
    );
    expect(inbox[0]!.link).toBe('/chi-tieu-tuyen-truyen');

    // the ward owes no report reminder that day: its digest is about KPI rows only, without a calendar file
    const [digest] = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.userId, me.id), eq(emailOutbox.dedupeKey, `digest:${me.id}:2026-12-17`)));
    expect(digest!.subject).toMatch(/^\[DVCQ\] Nhắc việc ngày 17\/12\/2026: \d+ chỉ tiêu truyền thông chậm tiến độ$/);
    expect(digest!.textBody).toContain(
      '- Còn thiếu 4 tin/bài trên Cổng thông tin điện tử thành phố trong quý IV năm 2026 — Ủy ban nhân dân Phường 1',
    );
    expect(digest!.textBody).not.toContain('cần hoàn thành');
    expect(digest!.attachments).toEqual([]);
    expect((await mine())[0]!.emailStatus).toBe('queued');

    // the coordinator's reminder log shows it
    const log = (await (await t.login('snv.dieuphoi')).call('listReminderLog', { query: { unitId: p1 } })).data;
    const entry = log.kpiRows.find((r) => r.rowId === rowId && r.userName === 'Trần Thị Thu')!;
    expect(entry).toMatchObject({ unitId: p1, status: 'red', periodEnd: '2026-12-31', offsetLabel: '14 ngày trước khi chốt số liệu' });
    expect(log.kpiTotal).toBeGreaterThanOrEqual(1);

    // 24/12, a week before, with two items: still behind → stage 7 logged; four by the evening → the e-mail is dropped
    await record('2026-12-20', 1);
    await record('2026-12-21', 2);
    t.setNow(day('2026-12-24'));
    await planKpiReminders(repo, true, day('2026-12-24'));
    await record('2026-12-24', 3);
    await record('2026-12-24', 4);
    await buildDigests(repo, { digestHour: 7, publicUrl: 'https://dvcq.tayninh.gov.vn' }, day('2026-12-24'));
    expect((await mine()).map((r) => [r.offsetDays, r.emailStatus])).toEqual([
      [14, 'queued'],
      [7, 'obsolete'],
    ]);
    // on track from then on: no more reminders for the quarter
    await tick('2026-12-28');
    await tick('2026-12-30');
    expect(await mine()).toHaveLength(2);
  });
});
