// Scoring end to end through the HTTP API: scorecard → self-assessment with evidence → submission
// (obligation, lateness judged in Asia/Ho_Chi_Minh) → appraisal by agency → finalisation → ranking.
// Totals and levels below are computed by hand from the example scorecards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { exampleScorecard1563, exampleScorecardPercent, type ScorecardVersion } from '@dvcq/domain';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { createPublishedPlanFixture } from '../../testing/plan-fixtures.ts';
import { pdfUpload } from '../../testing/sweep.ts';
import { obligations, users } from '../../db/schema.ts';

const YEAR = 2026;
const definitionOf = (v: ScorecardVersion) => {
  const { id: _id, decision: _d, name: _n, ...definition } = v;
  return definition;
};

interface Detail {
  id: string;
  version: number;
  status: string;
  late: boolean;
  total: number | null;
  levelName: string | null;
  scores: { code: string; selfScore: number | null; appraisedScore: number | null; appraisalReason: string | null; evidenceFiles: { id: string }[] }[];
  restrictedToAgencies: string[] | null;
  scorecard: { definition: { nodes: { code: string }[] } };
  result: { total: number; unitMax: number; percent: number; levelBeforeRules: { name: string }; level: { name: string }; rulesApplied: { rule: string; explanation: string }[] } | null;
}

// Self scores of the 1563-shaped example (indicator staff_trained_pct = 95 → 1.2 = 2 points):
// 1: 4 + 2 + 3 = 9; 2: 4 + 3 + 3 = 10; 3: 8 + 6 + 5.5 = 19.5; 4: 8 + 6 + 6 = 20; 5: 8 + 6 + 6 = 20; 6: 10 + 9.5 = 19.5 → 98.
const SELF_1563: Record<string, number> = {
  '1.1': 4, '1.3': 3, '2.1': 4, '2.2': 3, '2.3': 3, '3.1': 8, '3.2': 6, '3.3': 5.5,
  '4.1': 8, '4.2': 6, '4.3': 6, '5.1': 8, '5.2': 6, '5.3': 6, '6.1': 10, '6.2': 9.5,
};

describe('scoring', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let sttttOfficer: TestClient;
  let sttttLeader: TestClient;
  let tptnOfficer: TestClient;
  let tptnLeader: TestClient;
  let inspector: TestClient;
  let sc1563: { id: string };
  let scPercent: { id: string };
  let sttttA: Detail;
  let tptnA: Detail;
  let sttttObligationId: string;

  const createActive = async (v: ScorecardVersion, decisionNumber: string, extra: Record<string, unknown> = {}) => {
    const res = await coordinator.post('/api/scoring/scorecards', { decisionNumber, decisionDate: v.decision.date, name: v.name, definition: definitionOf(v), ...extra });
    expect(res.statusCode, res.body).toBe(201);
    const sc = res.json() as { id: string; version: number; problems: unknown[] };
    expect(sc.problems).toEqual([]);
    const act = await coordinator.post(`/api/scoring/scorecards/${sc.id}/activate`, { expectedVersion: sc.version });
    expect(act.statusCode, act.body).toBe(200);
    return sc;
  };
  const open = async (client: TestClient, unitCode: string, scorecardId: string) => {
    const res = await client.post('/api/scoring/assessments', { unitId: await t.unitId(unitCode), year: YEAR, scorecardId });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Detail;
  };
  const save = (client: TestClient, a: Detail, scores: unknown[], indicators?: Record<string, number>) =>
    client.request({ method: 'PUT', url: `/api/scoring/assessments/${a.id}/self`, payload: { expectedVersion: a.version, scores, ...(indicators ? { indicators } : {}) } });
  const get = async (client: TestClient, id: string) => (await client.get(`/api/scoring/assessments/${id}`)).json() as Detail;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.login('snv.dieuphoi');
    sttttOfficer = await t.login('stttt.canbo');
    sttttLeader = await t.login('stttt.lanhdao');
    tptnOfficer = await t.login('tptn.canbo');
    tptnLeader = await t.login('tptn.lanhdao');
    inspector = await t.login('thanhtra.thamdinh');
    const plan = await createPublishedPlanFixture(t.db.database, {
      issuerCode: 'TN',
      year: YEAR,
      number: '999/KH-UBND',
      title: 'Kế hoạch thử nghiệm chấm điểm',
      milestones: [{ title: 'Gửi hồ sơ tự chấm điểm', dueDate: `${YEAR}-11-15`, inclusive: false, deliverableKind: 'self_assessment', unitKinds: ['department', 'district'] }],
    });
    sttttObligationId = await plan.obligationIdOf(0, 'TN.STTTT');
    sc1563 = await createActive(exampleScorecard1563(), '1563-THU/QĐ-UBND', { rankingTarget: { op: '>', share: 90 } });
    scPercent = await createActive(exampleScorecardPercent(), 'VD-THU/QĐ-UBND');
  });
  afterAll(() => t.close());

  it('validates a scorecard tree and refuses to put an invalid one in force', async () => {
    const def = definitionOf(exampleScorecard1563());
    const broken = { ...def, nodes: def.nodes.map((n) => (n.code === '3' ? { ...n, maxPoints: 25 } : n)) };
    const res = await coordinator.post('/api/scoring/scorecards', { decisionNumber: 'LOI/QĐ-UBND', decisionDate: '2026-01-05', name: 'Bộ tiêu chí lỗi', definition: broken });
    expect(res.statusCode).toBe(201);
    const sc = res.json() as { id: string; version: number; problems: { code: string; message: string }[] };
    expect(sc.problems.map((p) => p.code)).toContain('scorecard.points.sum_mismatch');
    expect(sc.problems.find((p) => p.code === 'scorecard.points.sum_mismatch')!.message).toContain('khác điểm tối đa của 3 (25)');
    const act = await coordinator.post(`/api/scoring/scorecards/${sc.id}/activate`, { expectedVersion: sc.version });
    expect(act.statusCode).toBe(400);
    expect(act.json().error.code).toBe('scoring.scorecard_invalid');
    // a unit cannot create scorecards
    expect((await sttttOfficer.post('/api/scoring/scorecards', { decisionNumber: 'X', decisionDate: '2026-01-05', name: 'X', definition: def })).statusCode).toBe(403);
    // copy to the next version, export and import back the same tree
    const copy = await coordinator.post(`/api/scoring/scorecards/${sc1563.id}/copy`, { decisionNumber: '908-THU/QĐ-UBND', decisionDate: '2026-06-01' });
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({ status: 'draft', copiedFrom: sc1563.id, decisionNumber: '908-THU/QĐ-UBND' });
    const xlsx = await coordinator.get(`/api/scoring/scorecards/${sc1563.id}/xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const boundary = '----dvcqscore';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="tieu-chi.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`),
      xlsx.rawPayload,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const imported = await coordinator.request({ method: 'POST', url: '/api/scoring/scorecards/import-xlsx', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(imported.statusCode, imported.body).toBe(200);
    const back = imported.json() as { definition: typeof def; problems: unknown[]; decisionNumber: string };
    expect(back.problems).toEqual([]);
    expect(back.decisionNumber).toBe('1563-THU/QĐ-UBND');
    expect(JSON.parse(JSON.stringify(back.definition.nodes))).toEqual(JSON.parse(JSON.stringify(def.nodes)));
    expect(back.definition.levels).toEqual(def.levels);
    expect(back.definition.rules).toEqual(def.rules);
  });

  it('refuses scores outside [0, max] or off the step with a clear message per criterion, keeping nothing half-written', async () => {
    sttttA = await open(sttttOfficer, 'TN.STTTT', sc1563.id);
    expect(sttttA.status).toBe('draft');
    const cases: [string, number, RegExp][] = [
      ['1.3', 2.3, /tiêu chí 1\.3 phải là bội số của 0,5/],
      ['1.3', 9, /Điểm tiêu chí 1\.3 phải từ 0 đến 3/],
      ['3.1', -1, /Điểm tiêu chí 3\.1 phải từ 0 đến 8/],
      ['2.2', 1.5, /Tiêu chí 2\.2 chỉ chấm 0 hoặc 3 điểm/],
    ];
    for (const [code, score, message] of cases) {
      const res = await save(sttttOfficer, sttttA, [{ code: '1.1', selfScore: 4 }, { code, selfScore: score }]);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('scoring.score_invalid');
      expect(res.json().error.fields[`scores.${code}`]).toMatch(message);
    }
    const derived = await save(sttttOfficer, sttttA, [{ code: '1.2', selfScore: 3 }]);
    expect(derived.json().error.fields['scores.1.2']).toMatch(/tính tự động từ số liệu/);
    const after = await get(sttttOfficer, sttttA.id);
    expect(after.version).toBe(sttttA.version);
    expect(after.scores).toEqual([]);
  });

  it('self-assesses with evidence; a missing required evidence needs an explanation; the leader submits on the last minute (Asia/Ho_Chi_Minh)', async () => {
    const up = pdfUpload('so-tiep-cong-dan.pdf');
    const file = await sttttOfficer.request({ method: 'POST', url: `/api/files?unitId=${await t.unitId('TN.STTTT')}`, payload: up.payload, headers: up.headers });
    expect(file.statusCode).toBe(201);
    const fileId = (file.json() as { id: string }).id;
    const scores = Object.entries(SELF_1563).map(([code, selfScore]) => ({
      code,
      selfScore,
      ...(code === '2.1' ? { evidenceFileIds: [fileId] } : code === '4.2' ? { evidenceLinks: [{ url: 'https://stttt.tayninh.gov.vn/tin-tuc', title: 'Chuyên mục CCHC' }] } : {}),
    }));
    const res = await save(sttttOfficer, sttttA, scores, { staff_trained_pct: 95 });
    expect(res.statusCode, res.body).toBe(200);
    sttttA = res.json() as Detail;
    expect(sttttA.result!.total).toBe(98);
    expect(sttttA.result!.level.name).toBe('Tốt');
    expect(sttttA.scores.find((s) => s.code === '2.1')!.evidenceFiles.map((f) => f.id)).toEqual([fileId]);

    // an officer cannot submit; the leader can, but not without evidence or an explanation
    expect((await sttttOfficer.post(`/api/scoring/assessments/${sttttA.id}/submit`, { expectedVersion: sttttA.version })).statusCode).toBe(403);
    const incomplete = await sttttLeader.post(`/api/scoring/assessments/${sttttA.id}/submit`, { expectedVersion: sttttA.version });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.code).toBe('scoring.incomplete');
    expect(incomplete.json().error.fields['scores.1.1.explanation']).toMatch(/chưa có minh chứng.*cần giải trình/);
    const explained = await save(
      sttttOfficer,
      sttttA,
      [...Object.keys(SELF_1563), '1.2'].filter((c) => c !== '2.1' && c !== '4.2').map((code) => ({ code, selfExplanation: 'Hồ sơ giấy lưu tại Văn phòng Sở, sẽ xuất trình khi thẩm định.' })),
    );
    expect(explained.statusCode, explained.body).toBe(200);
    sttttA = explained.json() as Detail;

    // a stale version is refused without losing anything
    const stale = await sttttLeader.post(`/api/scoring/assessments/${sttttA.id}/submit`, { expectedVersion: sttttA.version - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('scoring.version_conflict');

    t.setNow(new Date(`${YEAR}-11-14T16:59:59Z`)); // 23:59:59 on 14/11 in Tây Ninh: "trước ngày 15/11" is met
    const sub = await sttttLeader.post(`/api/scoring/assessments/${sttttA.id}/submit`, { expectedVersion: sttttA.version });
    expect(sub.statusCode, sub.body).toBe(200);
    sttttA = sub.json() as Detail;
    expect(sttttA.status).toBe('submitted');
    expect(sttttA.late).toBe(false);
    const [o] = await t.db.database.db.select().from(obligations).where(eq(obligations.id, sttttObligationId));
    expect(o!.firstSubmittedAt?.toISOString()).toBe(`${YEAR}-11-14T16:59:59.000Z`);
    expect(o!.submissionType).toBe('assessment');
    // nothing more can be changed by the unit
    expect((await save(sttttOfficer, sttttA, [{ code: '1.3', selfScore: 2 }])).statusCode).toBe(409);
  });

  it('a district submitting one second later (00:00 on 15/11 local) is late and downgraded one level', async () => {
    tptnA = await open(tptnOfficer, 'TN.TPTN', sc1563.id);
    const scores = [
      ...Object.entries({ ...SELF_1563, '6.1': 6, '6.2': 8 }).map(([code, selfScore]) => ({ code, selfScore, selfExplanation: 'Minh chứng bản giấy.' })),
      { code: '1.2', selfExplanation: 'Minh chứng bản giấy.' },
    ];
    const saved = await save(tptnOfficer, tptnA, scores, { staff_trained_pct: 95 });
    expect(saved.statusCode, saved.body).toBe(200);
    t.setNow(new Date(`${YEAR}-11-14T17:00:00Z`));
    const sub = await tptnLeader.post(`/api/scoring/assessments/${tptnA.id}/submit`, { expectedVersion: (saved.json() as Detail).version });
    expect(sub.statusCode, sub.body).toBe(200);
    tptnA = sub.json() as Detail;
    expect(tptnA.late).toBe(true);
    // 98 − (10 − 6) − (9,5 − 8) = 92,5 → Tốt before rules, Khá after the late downgrade
    expect(tptnA.result!.total).toBe(92.5);
    expect(tptnA.result!.levelBeforeRules.name).toBe('Tốt');
    expect(tptnA.result!.level.name).toBe('Khá');
    expect(tptnA.result!.rulesApplied).toEqual([{ rule: 'downgrade_if_late', from: { code: 'tot', name: 'Tốt' }, to: { code: 'kha', name: 'Khá' }, explanation: 'Hạ một mức do nộp hồ sơ chấm điểm muộn (từ Tốt xuống Khá)' }]);
  });

  it('the Inspectorate appraiser sees and changes only the Inspectorate criteria, with a reason where the score differs', async () => {
    const view = await get(inspector, sttttA.id);
    expect(view.restrictedToAgencies).toEqual(['inspectorate']);
    expect(view.scores.map((s) => s.code).sort()).toEqual(['2.1', '2.2', '2.3']);
    expect(view.scorecard.definition.nodes.map((n) => n.code)).toEqual(['2']);
    expect(view.result).toBeNull();
    expect(view.total).toBeNull();

    for (const code of ['4.2', '1.3', '6.1']) {
      const res = await inspector.request({ method: 'PUT', url: `/api/scoring/assessments/${sttttA.id}/criteria/${code}/appraisal`, payload: { score: 1, reason: 'Không phải của Thanh tra' } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('scoring.not_your_agency');
    }
    const off = await inspector.request({ method: 'PUT', url: `/api/scoring/assessments/${sttttA.id}/criteria/2.1/appraisal`, payload: { score: 2.25, reason: 'x' } });
    expect(off.statusCode).toBe(400);
    expect(off.json().error.message).toMatch(/bội số của 0,5/);
    const noReason = await inspector.request({ method: 'PUT', url: `/api/scoring/assessments/${sttttA.id}/criteria/2.1/appraisal`, payload: { score: 2.5 } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe('scoring.reason_required');
    const ok = await inspector.request({
      method: 'PUT',
      url: `/api/scoring/assessments/${sttttA.id}/criteria/2.1/appraisal`,
      payload: { score: 2.5, reason: 'Sổ tiếp công dân thiếu 3 tháng cuối năm; người đứng đầu tiếp công dân chưa đủ 1 ngày/tháng.' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as Detail).scores.find((s) => s.code === '2.1')).toMatchObject({ selfScore: 4, appraisedScore: 2.5 });

    // the unit's people are told
    const officerNotes = (await sttttOfficer.get('/api/notifications')).json() as { items: { kind: string; title: string }[] };
    expect(officerNotes.items.some((n) => n.kind === 'scoring.appraisal_changed' && n.title.includes('2.1'))).toBe(true);

    // an appraiser whose scope is the city only cannot read or change a department's assessment
    const admin = await t.login('admin');
    const created = await admin.post('/api/users', { username: 'tt.tptn', fullName: 'Thẩm định viên thành phố', password: 'MatKhauManh2025', roles: [{ role: 'appraiser', unitId: await t.unitId('TN.TPTN') }] });
    expect(created.statusCode).toBe(201);
    await t.db.database.db.update(users).set({ homeUnitId: await t.unitId('TN.TTT') }).where(eq(users.username, 'tt.tptn'));
    const cityInspector = await t.login('tt.tptn', 'MatKhauManh2025');
    expect((await cityInspector.get(`/api/scoring/assessments/${sttttA.id}`)).statusCode).toBe(403);
    const outside = await cityInspector.request({ method: 'PUT', url: `/api/scoring/assessments/${sttttA.id}/criteria/2.1/appraisal`, payload: { score: 0, reason: 'ngoài phạm vi' } });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('auth.out_of_scope');
    const list = (await cityInspector.get(`/api/scoring/assessments?year=${YEAR}`)).json() as { id: string }[];
    expect(list.map((a) => a.id)).toEqual([tptnA.id]);
    expect((await cityInspector.get(`/api/scoring/assessments/${tptnA.id}`)).json()).toMatchObject({ restrictedToAgencies: ['inspectorate'] });
  });

  it('sends a criterion back for evidence; the unit adds it and resubmits without changing its timeliness', async () => {
    const back = await inspector.post(`/api/scoring/assessments/${tptnA.id}/criteria/2.3/send-back`, { note: 'Bổ sung kế hoạch phòng, chống tham nhũng năm 2026.' });
    expect(back.statusCode, back.body).toBe(200);
    let a = await get(tptnOfficer, tptnA.id);
    expect(a.status).toBe('returned_for_evidence');
    const locked = await save(tptnOfficer, a, [{ code: '3.1', selfScore: 7 }]);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('scoring.criterion_locked');
    const added = await save(tptnOfficer, a, [{ code: '2.3', evidenceLinks: [{ url: 'https://tayninh.gov.vn/kh-pctn-2026.pdf', title: 'Kế hoạch PCTN' }] }]);
    expect(added.statusCode, added.body).toBe(200);
    t.setNow(new Date(`${YEAR}-11-20T02:00:00Z`));
    a = (await tptnLeader.post(`/api/scoring/assessments/${tptnA.id}/submit`, { expectedVersion: (added.json() as Detail).version })).json() as Detail;
    expect(a.status).toBe('submitted');
    expect(a.late).toBe(true);
  });

  it('the coordinator sees progress by agency, finalises, and the ranking shows levels, the downgrade and the target', async () => {
    const progress = (await coordinator.get(`/api/scoring/progress?scorecardId=${sc1563.id}&year=${YEAR}`)).json() as { agencies: { code: string; toReview: number; reviewed: number; changed: number }[] };
    expect(progress.agencies.find((a) => a.code === 'inspectorate')).toMatchObject({ toReview: 6, reviewed: 1, changed: 1 });
    expect(progress.agencies.find((a) => a.code === 'science_tech')).toMatchObject({ toReview: 2, reviewed: 0 });

    expect((await inspector.post(`/api/scoring/assessments/${sttttA.id}/finalise`, { expectedVersion: 1 })).statusCode).toBe(403);
    for (const id of [sttttA.id, tptnA.id]) {
      const a = await get(coordinator, id);
      const res = await coordinator.post(`/api/scoring/assessments/${id}/finalise`, { expectedVersion: a.version });
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as Detail).status).toBe('finalised');
    }
    const own = await get(sttttOfficer, sttttA.id);
    // 98 − (4 − 2,5) = 96,5 → Tốt
    expect(own.result!.total).toBe(96.5);
    expect(own.levelName).toBe('Tốt');
    expect(own.scores.find((s) => s.code === '2.1')!.appraisalReason).toMatch(/Sổ tiếp công dân/);

    const ranking = await coordinator.get(`/api/scoring/ranking?scorecardId=${sc1563.id}&year=${YEAR}`);
    expect(ranking.statusCode, ranking.body).toBe(200);
    const r = ranking.json() as { ranking: { groups: { unitGroup: string; units: { unitName: string; total: number; level: { name: string }; rank: number }[]; target: { met: boolean; message: string } }[] }; rules: Record<string, { explanation: string }[]>; canIssue: boolean };
    const prov = r.ranking.groups.find((g) => g.unitGroup === 'provincial')!;
    const dist = r.ranking.groups.find((g) => g.unitGroup === 'district_chain')!;
    expect(prov.units).toMatchObject([{ unitName: 'Sở Thông tin và Truyền thông', total: 96.5, level: { name: 'Tốt' }, rank: 1 }]);
    expect(dist.units).toMatchObject([{ unitName: 'Ủy ban nhân dân thành phố Tây Ninh', total: 92.5, level: { name: 'Khá' }, rank: 1 }]);
    expect(r.rules[await t.unitId('TN.TPTN')]![0]!.explanation).toBe('Hạ một mức do nộp hồ sơ chấm điểm muộn (từ Tốt xuống Khá)');
    expect(prov.target.met).toBe(true);
    expect(dist.target.met).toBe(false);
    expect(r.canIssue).toBe(true);

    // units cannot see the live ranking before it is issued; they see it once issued
    expect((await sttttOfficer.get(`/api/scoring/ranking?scorecardId=${sc1563.id}&year=${YEAR}`)).statusCode).toBe(403);
    const issued = await coordinator.post('/api/scoring/ranking/issue', { scorecardId: sc1563.id, year: YEAR, number: '3100/QĐ-UBND', decisionDate: `${YEAR}-12-10`, signerName: 'Nguyễn Hồng Thanh' });
    expect(issued.statusCode, issued.body).toBe(200);
    expect((await coordinator.post('/api/scoring/ranking/issue', { scorecardId: sc1563.id, year: YEAR, number: '3101/QĐ-UBND', decisionDate: `${YEAR}-12-11` })).json().error.code).toBe('scoring.ranking_already_issued');
    const seen = await sttttOfficer.get(`/api/scoring/ranking?scorecardId=${sc1563.id}&year=${YEAR}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().decision.number).toBe('3100/QĐ-UBND');

    const docx = await coordinator.get(`/api/scoring/ranking/docx?scorecardId=${sc1563.id}&year=${YEAR}`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xlsx = await coordinator.get(`/api/scoring/ranking/xlsx?scorecardId=${sc1563.id}&year=${YEAR}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('levels on a percentage of the unit’s own maximum (100 or 85 points), with penalty and bonus', async () => {
    // Báo Tây Ninh (public service, outside the PAR index): criterion 3 (15 points) does not apply → max 85.
    // 1: 10 + 10; 2: 15 + 10; 4: 12 + 8; 5: 8 + 5 → 78; penalty 1, bonus 1 → 78 → 78/85 = 91,76 % → Tốt.
    const common = { '1.1': 10, '1.2': 10, '2.1': 15, '2.2': 10, '4.1': 12, '4.2': 8, '5.1': 8, '5.2': 5, TRU: 1, THUONG: 1 };
    const bao = await open(coordinator, 'TN.BAOTN', scPercent.id);
    const baoSaved = await save(coordinator, bao, []);
    expect(baoSaved.statusCode).toBe(403); // a coordinator opens but does not self-assess
    const admin = await t.login('admin');
    const mk = await admin.post('/api/users', { username: 'bao.canbo', fullName: 'Cán bộ Báo', password: 'MatKhauManh2025', roles: [{ role: 'officer', unitId: await t.unitId('TN.BAOTN') }] });
    expect(mk.statusCode).toBe(201);
    const baoOfficer = await t.login('bao.canbo', 'MatKhauManh2025');
    const res = await save(baoOfficer, bao, Object.entries(common).map(([code, selfScore]) => ({ code, selfScore })));
    expect(res.statusCode, res.body).toBe(200);
    const r = (res.json() as Detail).result!;
    expect(r.unitMax).toBe(85);
    expect(r.total).toBe(78);
    expect(r.percent).toBe(91.76);
    expect(r.level.name).toBe('Tốt');
    // criterion 3 is refused for this group
    const na = await save(baoOfficer, res.json() as Detail, [{ code: '3.2', selfScore: 5 }]);
    expect(na.statusCode).toBe(400);
    expect(na.json().error.fields['scores.3.2']).toMatch(/không áp dụng/);

    // Sở Nội vụ (in the PAR index): + 3.1 derived from par_index 80 → (80 − 50)/50 × 10 = 6, 3.2 = 0 → 84/100 = 84 % → Khá
    const snv = await open(coordinator, 'TN.SNV', scPercent.id);
    const mk2 = await admin.post('/api/users', { username: 'snv.canbo', fullName: 'Cán bộ SNV', password: 'MatKhauManh2025', roles: [{ role: 'officer', unitId: await t.unitId('TN.SNV') }] });
    expect(mk2.statusCode).toBe(201);
    const snvOfficer = await t.login('snv.canbo', 'MatKhauManh2025');
    const s2 = await save(snvOfficer, snv, [...Object.entries(common).map(([code, selfScore]) => ({ code, selfScore })), { code: '3.2', selfScore: 0 }], { par_index: 80 });
    expect(s2.statusCode, s2.body).toBe(200);
    const r2 = (s2.json() as Detail).result!;
    expect(r2.unitMax).toBe(100);
    expect(r2.total).toBe(84);
    expect(r2.level.name).toBe('Khá');
  });
});
