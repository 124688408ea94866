// Scoring end to end through the HTTP API: scorecard → self-assessment with evidence → submission
// (obligation, lateness judged in Asia/Ho_Chi_Minh) → appraisal by agency → finalisation → ranking.
// Totals and levels below are computed by hand from the example scorecards. The two scorecards in force
// are shared (no test changes them); every test works in a year of its own (assessments, obligations and
// rankings are per year), building the assessments it needs, so it passes alone and in any order.
import JSZip from 'jszip';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { checkFinalisation, exampleScorecard1563, exampleScorecardPercent, localDateInProvince, type ScorecardVersion } from '@dvcq/domain';
import {
  rankingResponse,
  type AssessmentDetailDto,
  type RankingViewDto,
  type SaveSelfAssessmentRequest,
  type SubmitSelfAssessmentRequest,
} from '@dvcq/shared';
import { missingInOrder, openInLibreOffice } from '@dvcq/docgen/src/test-support/libreoffice.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { publishedPlan } from '../../testing/factories.ts';
import { assessments, auditLog, obligations, rankingDecisions, users } from '../../db/schema.ts';

/** The running text of an exported Word file. */
async function docxText(res: { statusCode: number; raw: { rawPayload: Buffer; body: string } }): Promise<string> {
  expect(res.statusCode, res.raw.body).toBe(200);
  const xml = await (await JSZip.loadAsync(res.raw.rawPayload)).file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
}

const definitionOf = (v: ScorecardVersion) => {
  const { id: _id, decision: _d, name: _n, ...definition } = v;
  return definition;
};

// Self scores of the 1563-shaped example (indicator staff_trained_pct = 95 → 1.2 = 2 points):
// 1: 4 + 2 + 3 = 9; 2: 4 + 3 + 3 = 10; 3: 8 + 6 + 5.5 = 19.5; 4: 8 + 6 + 6 = 20; 5: 8 + 6 + 6 = 20; 6: 10 + 9.5 = 19.5 → 98.
const SELF_1563: Record<string, number> = {
  '1.1': 4,
  '1.3': 3,
  '2.1': 4,
  '2.2': 3,
  '2.3': 3,
  '3.1': 8,
  '3.2': 6,
  '3.3': 5.5,
  '4.1': 8,
  '4.2': 6,
  '4.3': 6,
  '5.1': 8,
  '5.2': 6,
  '5.3': 6,
  '6.1': 10,
  '6.2': 9.5,
};
/** The city's scores: 98 − (10 − 6) − (9,5 − 8) = 92,5. */
const CITY_1563 = { ...SELF_1563, '6.1': 6, '6.2': 8 };
const PAPER = 'Minh chứng bản giấy.';
/** Every criterion scored, evidence explained as kept on paper. */
const scoresWithExplanations = (scores: Record<string, number>) => [
  ...Object.entries(scores).map(([code, selfScore]) => ({ code, selfScore, selfExplanation: PAPER })),
  { code: '1.2', selfExplanation: PAPER },
];

/** The domain's result, which the contract carries as an opaque object. */
interface Result {
  total: number;
  unitMax: number;
  percent: number;
  levelBeforeRules: { name: string };
  level: { name: string };
  rulesApplied: { rule: string; explanation: string }[];
}
const resultOf = (a: Pick<AssessmentDetailDto, 'result'>) => a.result as unknown as Result;

/** 23:59:59 on 14/11 in Tây Ninh: "trước ngày 15/11" is met; one second later it is not. */
const lastSecond = (year: number) => new Date(`${year}-11-14T16:59:59Z`);
const oneSecondLate = (year: number) => new Date(`${year}-11-14T17:00:00Z`);

describe('scoring', () => {
  let t: TestApp;
  let sc1563: { id: string };
  let scPercent: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    const coordinator = await t.login('snv.dieuphoi');
    const createActive = async (
      v: ScorecardVersion,
      decisionNumber: string,
      extra: { rankingTarget?: { op: '>'; share: number } } = {},
    ) => {
      const sc = (
        await coordinator.call('createScorecard', {
          body: { decisionNumber, decisionDate: v.decision.date, name: v.name, definition: definitionOf(v) as never, ...extra },
        })
      ).data;
      expect(sc.problems).toEqual([]);
      return (await coordinator.call('activateScorecard', { params: { id: sc.id }, body: { expectedVersion: sc.version } })).data;
    };
    sc1563 = await createActive(exampleScorecard1563(), '1563-THU/QĐ-UBND', { rankingTarget: { op: '>', share: 90 } });
    scPercent = await createActive(exampleScorecardPercent(), 'VD-THU/QĐ-UBND');
  });
  beforeEach(() => t.setNow(null));
  afterAll(() => t.close());

  /** The province's plan of the year, with the self-assessment owed by departments and districts before 15/11. */
  const planOfYear = (year: number) =>
    publishedPlan(t, {
      issuerCode: 'TN',
      year,
      number: `999-${year}/KH-UBND`,
      title: `Kế hoạch thử nghiệm chấm điểm năm ${year}`,
      milestones: [
        {
          title: 'Gửi hồ sơ tự chấm điểm',
          dueDate: `${year}-11-15`,
          inclusive: false,
          deliverableKind: 'self_assessment',
          unitKinds: ['department', 'district'],
        },
      ],
    });

  const open = async (client: TestClient, unitCode: string, year: number, scorecardId = sc1563.id) =>
    (await client.call('openAssessment', { body: { unitId: await t.unitId(unitCode), year, scorecardId } })).data;
  const save = (
    client: TestClient,
    a: Pick<AssessmentDetailDto, 'id' | 'version'>,
    scores: SaveSelfAssessmentRequest['scores'],
    indicators?: Record<string, number>,
  ) =>
    client.call('saveSelfAssessment', {
      params: { id: a.id },
      body: { expectedVersion: a.version, scores, ...(indicators ? { indicators } : {}) },
    });
  const get = async (client: TestClient, id: string) => (await client.call('getAssessment', { params: { id } })).data;
  /** The head submits with the dossier's number, date (today in Vietnam) and signer. */
  const submit = (client: TestClient, a: Pick<AssessmentDetailDto, 'id' | 'version'>, signing: Partial<SubmitSelfAssessmentRequest> = {}) =>
    client.call('submitSelfAssessment', {
      params: { id: a.id },
      body: {
        expectedVersion: a.version,
        number: '45/BC-STTTT',
        dossierDate: localDateInProvince(t.now()),
        signerName: 'Trần Văn Minh',
        signerTitle: 'Phó Giám đốc',
        ...signing,
      },
    });

  /** A unit's assessment of the year, fully scored with explanations and submitted by its leader at `at`. */
  async function submitted(
    unit: { code: string; officer: string; leader: string },
    year: number,
    scores: Record<string, number>,
    at: Date,
  ) {
    t.setNow(at);
    const a = await open(await t.login(unit.officer), unit.code, year);
    const saved = (await save(await t.login(unit.officer), a, scoresWithExplanations(scores), { staff_trained_pct: 95 })).data;
    return (await submit(await t.login(unit.leader), saved)).data;
  }
  const STTTT = { code: 'TN.STTTT', officer: 'stttt.canbo', leader: 'stttt.lanhdao' };
  const TPTN = { code: 'TN.TPTN', officer: 'tptn.canbo', leader: 'tptn.lanhdao' };

  it('validates a scorecard tree and refuses to put an invalid one in force', async () => {
    const coordinator = await t.login('snv.dieuphoi');
    const def = definitionOf(exampleScorecard1563());
    const broken = { ...def, nodes: def.nodes.map((n) => (n.code === '3' ? { ...n, maxPoints: 25 } : n)) };
    const created = await coordinator.call('createScorecard', {
      body: { decisionNumber: 'LOI/QĐ-UBND', decisionDate: '2026-01-05', name: 'Bộ tiêu chí lỗi', definition: broken as never },
    });
    expect(created.statusCode).toBe(201);
    const sc = created.data;
    expect(sc.problems.map((p) => p.code)).toContain('scorecard.points.sum_mismatch');
    expect(sc.problems.find((p) => p.code === 'scorecard.points.sum_mismatch')!.message).toContain('khác điểm tối đa của 3 (25)');
    const act = await coordinator.call('activateScorecard', { params: { id: sc.id }, body: { expectedVersion: sc.version } });
    expect(act.statusCode).toBe(400);
    expect(act.error.code).toBe('scoring.scorecard_invalid');
    // a unit cannot create scorecards
    const officer = await t.login('stttt.canbo');
    expect(
      (
        await officer.call('createScorecard', {
          body: { decisionNumber: 'X', decisionDate: '2026-01-05', name: 'X', definition: def as never },
        })
      ).statusCode,
    ).toBe(403);
    // copy to the next version, export and import back the same tree
    const copy = await coordinator.call('copyScorecard', {
      params: { id: sc1563.id },
      body: { decisionNumber: '908-THU/QĐ-UBND', decisionDate: '2026-06-01' },
    });
    expect(copy.statusCode).toBe(201);
    expect(copy.data).toMatchObject({ status: 'draft', copiedFrom: sc1563.id, decisionNumber: '908-THU/QĐ-UBND' });
    const xlsx = await coordinator.call('exportScorecardXlsx', { params: { id: sc1563.id } });
    expect(xlsx.statusCode).toBe(200);
    const imported = await coordinator.call('importScorecardXlsx', {
      file: {
        filename: 'tieu-chi.xlsx',
        content: xlsx.raw.rawPayload,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    });
    const back = imported.data;
    expect(back.problems).toEqual([]);
    expect(back.decisionNumber).toBe('1563-THU/QĐ-UBND');
    expect(JSON.parse(JSON.stringify(back.definition.nodes))).toEqual(JSON.parse(JSON.stringify(def.nodes)));
    expect(back.definition.levels).toEqual(def.levels);
    expect(back.definition.rules).toEqual(def.rules);
  });

  it('refuses scores outside [0, max] or off the step with a clear message per criterion, keeping nothing half-written', async () => {
    const officer = await t.login('stttt.canbo');
    const a = await open(officer, 'TN.STTTT', 2026);
    expect(a.status).toBe('draft');
    const cases: [string, number, RegExp][] = [
      ['1.3', 2.3, /tiêu chí 1\.3 phải là bội số của 0,5/],
      ['1.3', 9, /Điểm tiêu chí 1\.3 phải từ 0 đến 3/],
      ['3.1', -1, /Điểm tiêu chí 3\.1 phải từ 0 đến 8/],
      ['2.2', 1.5, /Tiêu chí 2\.2 chỉ chấm 0 hoặc 3 điểm/],
    ];
    for (const [code, score, message] of cases) {
      const res = await save(officer, a, [
        { code: '1.1', selfScore: 4 },
        { code, selfScore: score },
      ]);
      expect(res.statusCode).toBe(400);
      expect(res.error.code).toBe('scoring.score_invalid');
      expect(res.error.fields![`scores.${code}`]).toMatch(message);
    }
    const derived = await save(officer, a, [{ code: '1.2', selfScore: 3 }]);
    expect(derived.error.fields!['scores.1.2']).toMatch(/tính tự động từ số liệu/);
    const after = await get(officer, a.id);
    expect(after.version).toBe(a.version);
    expect(after.scores).toEqual([]);
  });

  it('self-assesses with evidence; a missing required evidence needs an explanation; the leader submits on the last minute (Asia/Ho_Chi_Minh)', async () => {
    const year = 2028;
    const plan = await planOfYear(year);
    t.setNow(lastSecond(year));
    const officer = await t.login('stttt.canbo');
    const leader = await t.login('stttt.lanhdao');
    let a = await open(officer, 'TN.STTTT', year);
    const file = await officer.call('uploadFile', {
      query: { unitId: await t.unitId('TN.STTTT') },
      file: {
        filename: 'so-tiep-cong-dan.pdf',
        content: '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n',
        contentType: 'application/pdf',
      },
    });
    const fileId = file.data.id;
    const scores = Object.entries(SELF_1563).map(([code, selfScore]) => ({
      code,
      selfScore,
      ...(code === '2.1'
        ? { evidenceFileIds: [fileId] }
        : code === '4.2'
          ? { evidenceLinks: [{ url: 'https://stttt.tayninh.gov.vn/tin-tuc', title: 'Chuyên mục CCHC' }] }
          : {}),
    }));
    a = (await save(officer, a, scores, { staff_trained_pct: 95 })).data;
    expect(resultOf(a).total).toBe(98);
    expect(resultOf(a).level.name).toBe('Tốt');
    expect(a.scores.find((s) => s.code === '2.1')!.evidenceFiles.map((f) => f.id)).toEqual([fileId]);

    // The dossier exports before it is submitted, as a draft, with its table and evidence list.
    const draftDossier = await docxText(await officer.call('exportAssessmentDossierDocx', { params: { id: a.id } }));
    for (const s of ['DỰ THẢO', 'BÁO CÁO', 'Kính gửi', 'Sở Nội vụ', '98/100 điểm', 'Tự xếp loại: Tốt', 'DANH MỤC TÀI LIỆU MINH CHỨNG']) {
      expect(draftDossier, s).toContain(s);
    }
    expect(draftDossier).toMatch(/MC-01.*so-tiep-cong-dan.*2\.1.*so-tiep-cong-dan\.pdf/);
    expect(draftDossier).toMatch(/MC-02Chuyên mục CCHC.*4\.2https:\/\/stttt\.tayninh\.gov\.vn\/tin-tuc/);

    // an officer cannot submit; the leader can, but not without evidence or an explanation
    expect((await submit(officer, a)).statusCode).toBe(403);
    const incomplete = await submit(leader, a);
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.error.code).toBe('scoring.incomplete');
    expect(incomplete.error.fields!['scores.1.1.explanation']).toMatch(/chưa có minh chứng.*cần giải trình/);
    a = (
      await save(
        officer,
        a,
        [...Object.keys(SELF_1563), '1.2']
          .filter((c) => c !== '2.1' && c !== '4.2')
          .map((code) => ({ code, selfExplanation: 'Hồ sơ giấy lưu tại Văn phòng Sở, sẽ xuất trình khi thẩm định.' })),
      )
    ).data;

    // the dossier's number and signer are asked for: what is printed is what the head signs
    const unsigned = await submit(leader, a, { signerName: ' ', number: '' });
    expect(unsigned.statusCode).toBe(400);
    expect(Object.keys(unsigned.error.fields!).sort()).toEqual(['number', 'signerName']);

    // a stale version is refused without losing anything
    const stale = await submit(leader, { id: a.id, version: a.version - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.error.code).toBe('scoring.version_conflict');

    a = (await submit(leader, a)).data;
    expect(a.status).toBe('submitted');
    expect(a.late).toBe(false);
    expect(a.dossier).toEqual({ number: '45/BC-STTTT', date: `${year}-11-14`, signerName: 'Trần Văn Minh', signerTitle: 'Phó Giám đốc' });
    const [audit] = await t.db.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, a.id), eq(auditLog.action, 'assessment.submitted')));
    expect(audit!.after).toMatchObject({ status: 'submitted', dossierNumber: '45/BC-STTTT', dossierSignerName: 'Trần Văn Minh' });
    // Submitted, it is no longer a draft: it carries the number, the date and the signer the head gave,
    // the deputy signing for the director (Decree 30: KT.), and no placeholder is left to sign under.
    const dossierFile = await leader.call('exportAssessmentDossierDocx', { params: { id: a.id } });
    const dossier = await docxText(dossierFile);
    expect(dossier).not.toContain('DỰ THẢO');
    for (const s of ['Số: 45/BC-STTTT', `Tây Ninh, ngày 14 tháng 11 năm ${year}`, 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Văn Minh']) {
      expect(dossier, s).toContain(s);
    }
    expect(dossier).not.toMatch(/CHỨC VỤ NGƯỜI KÝ|Họ và tên người ký/u);
    expect(draftDossier).toMatch(/CHỨC VỤ NGƯỜI KÝ/u);
    // Opened in LibreOffice as a recipient without Word would: header block, number, date line,
    // addressee, closing and the signature block with the signer's name.
    const opened = await openInLibreOffice(dossierFile.raw.rawPayload);
    expect(
      missingInOrder(opened.text, [
        'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
        'Số: 45/BC-STTTT',
        `Tây Ninh, ngày 14 tháng 11 năm ${year}`,
        'BÁO CÁO',
        'Kính gửi: Sở Nội vụ.',
        'Nơi nhận:',
        'KT. GIÁM ĐỐC',
        'PHÓ GIÁM ĐỐC',
        'Trần Văn Minh',
      ]),
    ).toEqual([]);
    // (the number and the date line share a row: the motto's second line is read after them)
    expect(opened.text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(opened.text).not.toMatch(/CHỨC VỤ NGƯỜI KÝ|Họ và tên người ký/u);
    // Submitted before the signer was asked for (older data): the dossier stays a draft with placeholders.
    await t.db.database.db
      .update(assessments)
      .set({ dossierNumber: null, dossierDate: null, dossierSignerName: null, dossierSignerTitle: null })
      .where(eq(assessments.id, a.id));
    const older = await docxText(await leader.call('exportAssessmentDossierDocx', { params: { id: a.id } }));
    for (const s of ['DỰ THẢO', '[CHỨC VỤ NGƯỜI KÝ]', '[Họ và tên người ký]', `Tây Ninh, ngày 14 tháng 11 năm ${year}`]) {
      expect(older, s).toContain(s);
    }
    const [o] = await t.db.database.db
      .select()
      .from(obligations)
      .where(eq(obligations.id, await plan.obligationIdOf(0, 'TN.STTTT')));
    expect(o!.firstSubmittedAt?.toISOString()).toBe(`${year}-11-14T16:59:59.000Z`);
    expect(o!.submissionType).toBe('assessment');
    // nothing more can be changed by the unit
    expect((await save(officer, a, [{ code: '1.3', selfScore: 2 }])).statusCode).toBe(409);
  });

  it('a district submitting one second later (00:00 on 15/11 local) is late and downgraded one level', async () => {
    const year = 2030;
    await planOfYear(year);
    const a = await submitted(TPTN, year, CITY_1563, oneSecondLate(year));
    expect(a.late).toBe(true);
    expect(resultOf(a).total).toBe(92.5);
    expect(resultOf(a).levelBeforeRules.name).toBe('Tốt');
    expect(resultOf(a).level.name).toBe('Khá');
    expect(resultOf(a).rulesApplied).toEqual([
      {
        rule: 'downgrade_if_late',
        from: { code: 'tot', name: 'Tốt' },
        to: { code: 'kha', name: 'Khá' },
        explanation: 'Hạ một mức do nộp hồ sơ chấm điểm muộn (từ Tốt xuống Khá)',
      },
    ]);
  });

  it('the Inspectorate appraiser sees and changes only the Inspectorate criteria, with a reason where the score differs', async () => {
    const year = 2032;
    await planOfYear(year);
    const stttt = await submitted(STTTT, year, SELF_1563, lastSecond(year));
    const city = await submitted(TPTN, year, CITY_1563, oneSecondLate(year));
    const inspector = await t.login('thanhtra.thamdinh');
    const view = await get(inspector, stttt.id);
    expect(view.restrictedToAgencies).toEqual(['inspectorate']);
    expect(view.scores.map((s) => s.code).sort()).toEqual(['2.1', '2.2', '2.3']);
    expect(view.scorecard.definition.nodes.map((n) => n.code)).toEqual(['2']);
    expect(view.result).toBeNull();
    expect(view.total).toBeNull();

    const appraise = (client: TestClient, id: string, code: string, body: { score: number; reason?: string }) =>
      client.call('appraiseCriterion', { params: { id, code }, body });
    for (const code of ['4.2', '1.3', '6.1']) {
      const res = await appraise(inspector, stttt.id, code, { score: 1, reason: 'Không phải của Thanh tra' });
      expect(res.statusCode).toBe(403);
      expect(res.error.code).toBe('scoring.not_your_agency');
    }
    const off = await appraise(inspector, stttt.id, '2.1', { score: 2.25, reason: 'x' });
    expect(off.statusCode).toBe(400);
    expect(off.error.message).toMatch(/bội số của 0,5/);
    const noReason = await appraise(inspector, stttt.id, '2.1', { score: 2.5 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.error.code).toBe('scoring.reason_required');
    const ok = await appraise(inspector, stttt.id, '2.1', {
      score: 2.5,
      reason: 'Sổ tiếp công dân thiếu 3 tháng cuối năm; người đứng đầu tiếp công dân chưa đủ 1 ngày/tháng.',
    });
    expect(ok.data.scores.find((s) => s.code === '2.1')).toMatchObject({ selfScore: 4, appraisedScore: 2.5 });

    // the unit's people are told
    const officerNotes = (await (await t.login('stttt.canbo')).call('listNotifications')).data;
    expect(officerNotes.items.some((n) => n.kind === 'scoring.appraisal_changed' && n.title.includes('2.1'))).toBe(true);
    // with the scores written the Vietnamese way (2,5 not 2.5)
    expect(officerNotes.items.find((n) => n.kind === 'scoring.appraisal_changed')!.body).toContain('tự chấm 4, thẩm định 2,5.');

    // an appraiser whose scope is the city only cannot read or change a department's assessment
    const admin = await t.login('admin');
    const created = await admin.call('createUser', {
      body: {
        username: 'tt.tptn',
        fullName: 'Thẩm định viên thành phố',
        password: 'MatKhauManh2025',
        roles: [{ role: 'appraiser', unitId: await t.unitId('TN.TPTN') }],
      },
    });
    expect(created.statusCode).toBe(201);
    // works at the Inspectorate (its agency), though its grant covers the city only
    await t.db.database.db
      .update(users)
      .set({ homeUnitId: await t.unitId('TN.TTT') })
      .where(eq(users.username, 'tt.tptn'));
    const cityInspector = await t.loginChanging('tt.tptn', 'MatKhauManh2025');
    expect((await cityInspector.call('getAssessment', { params: { id: stttt.id } })).statusCode).toBe(403);
    const outside = await appraise(cityInspector, stttt.id, '2.1', { score: 0, reason: 'ngoài phạm vi' });
    expect(outside.statusCode).toBe(403);
    expect(outside.error.code).toBe('auth.out_of_scope');
    const list = (await cityInspector.call('listAssessments', { query: { year } })).data;
    expect(list.map((a) => a.id)).toEqual([city.id]);
    expect((await cityInspector.call('getAssessment', { params: { id: city.id } })).data).toMatchObject({
      restrictedToAgencies: ['inspectorate'],
    });
  });

  it('sends a criterion back for evidence; the unit adds it and resubmits without changing its timeliness', async () => {
    const year = 2034;
    await planOfYear(year);
    const city = await submitted(TPTN, year, CITY_1563, oneSecondLate(year));
    const inspector = await t.login('thanhtra.thamdinh');
    const officer = await t.login('tptn.canbo');
    const back = await inspector.call('sendBackCriterion', {
      params: { id: city.id, code: '2.3' },
      body: { note: 'Bổ sung kế hoạch phòng, chống tham nhũng.' },
    });
    expect(back.statusCode, back.raw.body).toBe(200);
    const a = await get(officer, city.id);
    expect(a.status).toBe('returned_for_evidence');
    const locked = await save(officer, a, [{ code: '3.1', selfScore: 7 }]);
    expect(locked.statusCode).toBe(409);
    expect(locked.error.code).toBe('scoring.criterion_locked');
    const added = (
      await save(officer, a, [{ code: '2.3', evidenceLinks: [{ url: 'https://tayninh.gov.vn/kh-pctn.pdf', title: 'Kế hoạch PCTN' }] }])
    ).data;
    t.setNow(new Date(`${year}-11-20T02:00:00Z`));
    const resubmitted = (await submit(await t.login('tptn.lanhdao'), added)).data;
    expect(resubmitted.status).toBe('submitted');
    expect(resubmitted.late).toBe(true);
  });

  it('the coordinator sees progress by agency, finalises, and the ranking shows levels, the downgrade and the target', async () => {
    const year = 2036;
    await planOfYear(year);
    const stttt = await submitted(STTTT, year, SELF_1563, lastSecond(year));
    const city = await submitted(TPTN, year, CITY_1563, oneSecondLate(year));
    const inspector = await t.login('thanhtra.thamdinh');
    const coordinator = await t.login('snv.dieuphoi');
    const officer = await t.login('stttt.canbo');
    const appraised = await inspector.call('appraiseCriterion', {
      params: { id: stttt.id, code: '2.1' },
      body: { score: 2.5, reason: 'Sổ tiếp công dân thiếu 3 tháng cuối năm.' },
    });
    expect(appraised.statusCode, appraised.raw.body).toBe(200);

    const progress = (await coordinator.call('getAppraisalProgress', { query: { scorecardId: sc1563.id, year } })).data;
    expect(progress.agencies.find((a) => a.code === 'inspectorate')).toMatchObject({ toReview: 6, reviewed: 1, changed: 1 });
    expect(progress.agencies.find((a) => a.code === 'science_tech')).toMatchObject({ toReview: 2, reviewed: 0 });

    expect((await inspector.call('finaliseAssessment', { params: { id: stttt.id }, body: { expectedVersion: 1 } })).statusCode).toBe(403);
    // Refused while criteria are unappraised, naming them; allowed with the coordinator's reason for each.
    const before = await get(coordinator, stttt.id);
    const refused = await coordinator.call('finaliseAssessment', { params: { id: stttt.id }, body: { expectedVersion: before.version } });
    expect(refused.statusCode).toBe(409);
    expect(refused.error.code).toBe('scoring.cannot_finalise');
    expect(refused.error.message).toBe(
      'Chưa thể kết thúc thẩm định: còn 16 tiêu chí chưa được thẩm định (1.1, 1.2, 1.3, 2.2, 2.3, 3.1, 3.2, 3.3 và 8 tiêu chí khác). ' +
        'Hãy thẩm định hoặc ghi lý do kết thúc thẩm định cho từng tiêu chí còn lại.',
    );
    expect(refused.error.fields!['unappraisedReasons.2.2']).toBe('Tiêu chí 2.2 chưa được thẩm định: cần ghi lý do.');
    expect((await get(coordinator, stttt.id)).status).toBe('submitted');
    const openCodes = (a: AssessmentDetailDto) =>
      checkFinalisation(
        exampleScorecard1563().nodes,
        a.unitGroup,
        a.scores.filter((x) => x.appraisedAt).map((x) => x.code),
      ).open;
    for (const id of [stttt.id, city.id]) {
      const a = await get(coordinator, id);
      const reasons = Object.fromEntries(openCodes(a).map((c) => [c, 'Cơ quan thẩm định thống nhất điểm tự chấm.']));
      const res = await coordinator.call('finaliseAssessment', {
        params: { id },
        body: { expectedVersion: a.version, unappraisedReasons: reasons },
      });
      expect(res.statusCode, res.raw.body).toBe(200);
      expect(res.data.status).toBe('finalised');
      expect(res.data.unappraisedReasons['1.1']).toBe('Cơ quan thẩm định thống nhất điểm tự chấm.');
    }
    const own = await get(officer, stttt.id);
    // 98 − (4 − 2,5) = 96,5 → Tốt
    expect(resultOf(own).total).toBe(96.5);
    expect(own.levelName).toBe('Tốt');
    expect(own.scores.find((s) => s.code === '2.1')!.appraisalReason).toMatch(/Sổ tiếp công dân/);

    const r = (await coordinator.call('getRanking', { query: { scorecardId: sc1563.id, year } })).data;
    const groups = (r.ranking as { groups: unknown }).groups as {
      unitGroup: string;
      units: { unitName: string; total: number; level: { name: string }; rank: number | null }[];
      target: { met: boolean } | null;
    }[];
    const prov = groups.find((g) => g.unitGroup === 'provincial')!;
    const dist = groups.find((g) => g.unitGroup === 'district_chain')!;
    expect(prov.units).toMatchObject([{ unitName: 'Sở Thông tin và Truyền thông', total: 96.5, level: { name: 'Tốt' }, rank: 1 }]);
    expect(dist.units).toMatchObject([{ unitName: 'Ủy ban nhân dân thành phố Tây Ninh', total: 92.5, level: { name: 'Khá' }, rank: 1 }]);
    expect(r.rules[await t.unitId('TN.TPTN')]![0]!.explanation).toBe('Hạ một mức do nộp hồ sơ chấm điểm muộn (từ Tốt xuống Khá)');
    expect(prov.target!.met).toBe(true);
    expect(dist.target!.met).toBe(false);
    expect(r.canIssue).toBe(true);

    // units cannot see the live ranking before it is issued; they see it once issued
    expect((await officer.call('getRanking', { query: { scorecardId: sc1563.id, year } })).statusCode).toBe(403);
    // The draft decision is dated on Vietnam's day: 20:30 UTC on 4/12 is 03:30 on 5/12 in Tây Ninh.
    t.setNow(new Date(`${year}-12-04T20:30:00Z`));
    const lateNight = await t.login('snv.dieuphoi');
    const draft = await lateNight.call('exportRankingDocx', { query: { scorecardId: sc1563.id, year } });
    expect(draft.statusCode, draft.raw.body).toBe(200);
    const draftText = await docxText(draft);
    expect(draftText).toContain(`ngày 05 tháng 12 năm ${year}`);
    // Built on the document model like every other document: a draft decision with its appendix.
    for (const s of [
      'DỰ THẢO',
      'QUYẾT ĐỊNH',
      'Căn cứ Luật Tổ chức chính quyền địa phương',
      'Điều 1.',
      'Phụ lục',
      'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CÔNG TÁC DÂN VẬN CHÍNH QUYỀN',
      'Ủy ban nhân dân thành phố Tây Ninh',
    ]) {
      expect(draftText, s).toContain(s);
    }
    t.setNow(null);
    // The city's dossier is reopened on appeal: the earlier result stays in its history.
    const cityNow = await get(coordinator, city.id);
    const reopened = await coordinator.call('reopenAssessment', {
      params: { id: city.id },
      body: { expectedVersion: cityNow.version, reason: 'Đơn vị đề nghị xem xét lại tiêu chí 6.1.' },
    });
    expect(reopened.statusCode, reopened.raw.body).toBe(200);
    expect(reopened.data.status).toBe('submitted');
    expect(reopened.data.history).toMatchObject([
      { total: 92.5, levelName: 'Khá', reason: 'Đơn vị đề nghị xem xét lại tiêu chí 6.1.', reopenedByName: expect.any(String) },
    ]);
    expect(reopened.data.history[0]!.unappraisedReasons['1.1']).toBe('Cơ quan thẩm định thống nhất điểm tự chấm.');
    expect(
      (await officer.call('reopenAssessment', { params: { id: stttt.id }, body: { expectedVersion: 1, reason: 'x' } })).statusCode,
    ).toBe(403);
    // The decision needs its signer, and every unit finalised or left out with a reason.
    const decision = { scorecardId: sc1563.id, year, number: '3100/QĐ-UBND', decisionDate: `${year}-12-10` };
    const unsigned = await coordinator.call('issueRanking', { body: decision as never });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.error.fields!.signerName).toBeTruthy();
    const pending = await coordinator.call('issueRanking', { body: { ...decision, signerName: 'Nguyễn Hồng Thanh' } });
    expect(pending.statusCode).toBe(409);
    expect(pending.error.message).toContain(
      'còn 1 đơn vị chưa kết thúc thẩm định mà chưa ghi lý do không xếp loại (Ủy ban nhân dân thành phố Tây Ninh)',
    );
    expect((await t.db.database.db.select().from(rankingDecisions).where(eq(rankingDecisions.year, year))).length).toBe(0);
    const issued = await coordinator.call('issueRanking', {
      body: {
        ...decision,
        signerName: 'Nguyễn Hồng Thanh',
        exclusions: [{ assessmentId: city.id, reason: 'Đang xem xét lại theo đề nghị của đơn vị.' }],
      },
    });
    expect(issued.statusCode, issued.raw.body).toBe(200);
    expect(issued.data.excluded).toEqual([
      { unitName: 'Ủy ban nhân dân thành phố Tây Ninh', reason: 'Đang xem xét lại theo đề nghị của đơn vị.' },
    ]);
    const sttttDone = await get(coordinator, stttt.id);
    expect(sttttDone.can.reopen).toBe(false);
    const late = await coordinator.call('reopenAssessment', {
      params: { id: stttt.id },
      body: { expectedVersion: sttttDone.version, reason: 'Xem lại' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.error.code).toBe('scoring.reopen_after_decision');
    expect(
      (
        await coordinator.call('issueRanking', {
          body: { scorecardId: sc1563.id, year, number: '3101/QĐ-UBND', decisionDate: `${year}-12-11`, signerName: 'Nguyễn Hồng Thanh' },
        })
      ).error.code,
    ).toBe('scoring.ranking_already_issued');
    const seen = await officer.call('getRanking', { query: { scorecardId: sc1563.id, year } });
    expect(seen.data.decision!.number).toBe('3100/QĐ-UBND');
    const told = (await officer.call('listNotifications')).data.items.find((n) =>
      n.title.includes(`xếp loại công tác dân vận chính quyền năm ${year}`),
    );
    expect(told!.body).toContain('(96,5 điểm)');

    const docx = await coordinator.call('exportRankingDocx', { query: { scorecardId: sc1563.id, year } });
    expect(docx.statusCode).toBe(200);
    const decisionText = await docxText(docx);
    for (const s of [
      'Số: 3100/QĐ-UBND',
      `ngày 10 tháng 12 năm ${year}`,
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Hồng Thanh',
    ]) {
      expect(decisionText, s).toContain(s);
    }
    expect(decisionText).not.toContain('DỰ THẢO');
    const openedDecision = await openInLibreOffice(docx.raw.rawPayload);
    expect(
      missingInOrder(openedDecision.text, [
        'ỦY BAN NHÂN DÂN',
        'Số: 3100/QĐ-UBND',
        `ngày 10 tháng 12 năm ${year}`,
        'QUYẾT ĐỊNH',
        'Điều 1.',
        'TM. ỦY BAN NHÂN DÂN',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Nguyễn Hồng Thanh',
      ]),
    ).toEqual([]);
    const xlsx = await coordinator.call('exportRankingXlsx', { query: { scorecardId: sc1563.id, year } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('the live ranking answers from its copy and follows a score appraised after it was read; the page gets its rows only', async () => {
    const year = 2040;
    await planOfYear(year);
    const stttt = await submitted(STTTT, year, SELF_1563, lastSecond(year));
    const city = await submitted(TPTN, year, CITY_1563, oneSecondLate(year));
    const coordinator = await t.login('snv.dieuphoi');
    const inspector = await t.login('thanhtra.thamdinh');
    const finalise = async (id: string) => {
      const a = await get(coordinator, id);
      const open = checkFinalisation(
        exampleScorecard1563().nodes,
        a.unitGroup,
        a.scores.filter((x) => x.appraisedAt).map((x) => x.code),
      ).open;
      const reasons = Object.fromEntries(open.map((c) => [c, 'Cơ quan thẩm định thống nhất điểm tự chấm.']));
      const res = await coordinator.call('finaliseAssessment', {
        params: { id },
        body: { expectedVersion: a.version, unappraisedReasons: reasons },
      });
      expect(res.statusCode, res.raw.body).toBe(200);
    };
    type Row = { unitId: string; unitName: string; total: number; rank: number | null; tiedWith?: unknown; percent?: unknown };
    const ranking = async () => {
      const res = await coordinator.call('getRanking', { query: { scorecardId: sc1563.id, year } });
      expect(res.statusCode, res.raw.body).toBe(200);
      // Served without response validation: the contract is checked here.
      rankingResponse.parse(JSON.parse(res.raw.body));
      const units = (res.data.ranking as { groups: { units: Row[] }[] }).groups.flatMap((g) => g.units);
      return { units, notFinalised: res.data.notFinalised.map((u) => u.unitName), rules: res.data.rules };
    };
    const STTTT_NAME = 'Sở Thông tin và Truyền thông';
    const CITY_NAME = 'Ủy ban nhân dân thành phố Tây Ninh';

    await finalise(stttt.id);
    const first = await ranking();
    expect(first.units.map((u) => [u.unitName, u.total])).toEqual([[STTTT_NAME, 98]]);
    expect(first.notFinalised).toEqual([CITY_NAME]);
    // Read again with nothing changed: the same answer (from the copy).
    expect(await ranking()).toEqual(first);

    // Reopened on appeal, a score appraised lower, finalised again: the ranking shows it at once.
    const reopened = await coordinator.call('reopenAssessment', {
      params: { id: stttt.id },
      body: { expectedVersion: (await get(coordinator, stttt.id)).version, reason: 'Xem lại tiêu chí 2.1.' },
    });
    expect(reopened.statusCode, reopened.raw.body).toBe(200);
    expect((await ranking()).notFinalised.sort()).toEqual([STTTT_NAME, CITY_NAME].sort());
    const appraised = await inspector.call('appraiseCriterion', {
      params: { id: stttt.id, code: '2.1' },
      body: { score: 2.5, reason: 'Sổ tiếp công dân thiếu 3 tháng cuối năm.' },
    });
    expect(appraised.statusCode, appraised.raw.body).toBe(200);
    await finalise(stttt.id);
    // 98 − (4 − 2,5) = 96,5
    expect((await ranking()).units.map((u) => [u.unitName, u.total])).toEqual([[STTTT_NAME, 96.5]]);

    // The late city joins: its rule is listed, the department's (none) is not; rows carry no tie partners nor percent.
    await finalise(city.id);
    const last = await ranking();
    expect(last.units.map((u) => [u.unitName, u.total, u.rank])).toEqual([
      [STTTT_NAME, 96.5, 1],
      [CITY_NAME, 92.5, 1],
    ]);
    expect(Object.keys(last.rules)).toEqual([await t.unitId('TN.TPTN')]);
    expect(last.units.every((u) => u.tiedWith === undefined && u.percent === undefined)).toBe(true);
    // A page of one group: the group alone, with its count; past its end, no rows.
    const page = async (query: { group: string; offset: number; limit?: number }) =>
      (await coordinator.call('getRanking', { query: { scorecardId: sc1563.id, year, ...query } })).data;
    const district = await page({ group: 'district_chain', offset: 0, limit: 1 });
    expect((district.ranking as RankingViewDto).groups.map((g) => [g.unitGroup, g.count, g.units.map((u) => u.unitName)])).toEqual([
      ['district_chain', 1, [CITY_NAME]],
    ]);
    expect(Object.keys(district.rules)).toEqual([await t.unitId('TN.TPTN')]);
    const past = await page({ group: 'provincial', offset: 1 });
    expect((past.ranking as RankingViewDto).groups.map((g) => [g.count, g.units.length])).toEqual([[1, 0]]);
    expect(past.rules).toEqual({});
    expect((await coordinator.call('getRanking', { query: { scorecardId: sc1563.id, year, limit: 501 } as never })).statusCode).toBe(400);
    // The Excel export keeps every detail.
    const xlsx = await coordinator.call('exportRankingXlsx', { query: { scorecardId: sc1563.id, year } });
    expect(xlsx.statusCode).toBe(200);
  });

  it('levels on a percentage of the unit’s own maximum (100 or 85 points), with penalty and bonus', async () => {
    const year = 2038;
    const coordinator = await t.login('snv.dieuphoi');
    const admin = await t.login('admin');
    // Báo Tây Ninh (public service, outside the PAR index): criterion 3 (15 points) does not apply → max 85.
    // 1: 10 + 10; 2: 15 + 10; 4: 12 + 8; 5: 8 + 5 → 78; penalty 1, bonus 1 → 78 → 78/85 = 91,76 % → Tốt.
    const common = { '1.1': 10, '1.2': 10, '2.1': 15, '2.2': 10, '4.1': 12, '4.2': 8, '5.1': 8, '5.2': 5, TRU: 1, THUONG: 1 };
    const bao = await open(coordinator, 'TN.BAOTN', year, scPercent.id);
    expect((await save(coordinator, bao, [])).statusCode).toBe(403); // a coordinator opens but does not self-assess
    const mk = await admin.call('createUser', {
      body: {
        username: 'bao.canbo',
        fullName: 'Cán bộ Báo',
        password: 'MatKhauManh2025',
        roles: [{ role: 'officer', unitId: await t.unitId('TN.BAOTN') }],
      },
    });
    expect(mk.statusCode).toBe(201);
    const baoOfficer = await t.loginChanging('bao.canbo', 'MatKhauManh2025');
    const res = await save(
      baoOfficer,
      bao,
      Object.entries(common).map(([code, selfScore]) => ({ code, selfScore })),
    );
    const r = resultOf(res.data);
    expect(r.unitMax).toBe(85);
    expect(r.total).toBe(78);
    expect(r.percent).toBe(91.76);
    expect(r.level.name).toBe('Tốt');
    // criterion 3 is refused for this group
    const na = await save(baoOfficer, res.data, [{ code: '3.2', selfScore: 5 }]);
    expect(na.statusCode).toBe(400);
    expect(na.error.fields!['scores.3.2']).toMatch(/không áp dụng/);

    // Sở Nội vụ (in the PAR index): + 3.1 derived from par_index 80 → (80 − 50)/50 × 10 = 6, 3.2 = 0 → 84/100 = 84 % → Khá
    const snv = await open(coordinator, 'TN.SNV', year, scPercent.id);
    const mk2 = await admin.call('createUser', {
      body: {
        username: 'snv.canbo',
        fullName: 'Cán bộ SNV',
        password: 'MatKhauManh2025',
        roles: [{ role: 'officer', unitId: await t.unitId('TN.SNV') }],
      },
    });
    expect(mk2.statusCode).toBe(201);
    const snvOfficer = await t.loginChanging('snv.canbo', 'MatKhauManh2025');
    const s2 = await save(
      snvOfficer,
      snv,
      [...Object.entries(common).map(([code, selfScore]) => ({ code, selfScore })), { code: '3.2', selfScore: 0 }],
      { par_index: 80 },
    );
    const r2 = resultOf(s2.data);
    expect(r2.unitMax).toBe(100);
    expect(r2.total).toBe(84);
    expect(r2.level.name).toBe('Khá');
  });
});
