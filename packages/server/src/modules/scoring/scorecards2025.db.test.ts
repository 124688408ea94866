// Scorecards of the 2025 model stored and used through the HTTP API (issue 14): Cần Thơ 2579 entered as
// a version in force from 2026 beside a pre-merger version, the "no criterion at 0" level condition, a
// veto event recorded with evidence forcing the lowest level, the cap from a reprimand of the head, and
// the bonus proposed from a derived source that can only be typed over with a reason; the commendation
// proposal built from the issued classification within quotas, submitted and exported (Word, Excel). The
// units and their people are created here (not the demo's).
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkFinalisation,
  exampleScorecard1563,
  exampleScorecard2579,
  HEAD_DISCIPLINE_FLAGS,
  RECOGNISED_MODELS_SOURCE,
  type ScorecardVersion,
} from '@dvcq/domain';
import type { AssessmentDetailDto } from '@dvcq/shared';
import { missingInOrder, openInLibreOffice } from '@dvcq/docgen/src/test-support/libreoffice.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

const definitionOf = (v: ScorecardVersion) => {
  const { id: _id, decision: _d, name: _n, ...definition } = v;
  return definition;
};
interface Result {
  total: number;
  bonus: number;
  level: { name: string };
  levelBeforeRules: { name: string };
  rulesApplied: { rule: string; explanation: string }[];
  nodes: {
    code: string;
    final: number;
    source?: { indicator: string; value: number | null; points: number | null };
    overrideReason?: string;
  }[];
}
const resultOf = (a: Pick<AssessmentDetailDto, 'result'>) => a.result as unknown as Result;
/** The commune's chair signs the dossier on behalf of the People's Committee. */
const SIGNING = { number: '12/BC-UBND', dossierDate: '2028-11-10', signerName: 'Lê Thị Hoa', signerTitle: 'Chủ tịch' };

/** The running text of an exported Word file. */
async function docxText(res: { statusCode: number; raw: { rawPayload: Buffer; body: string } }): Promise<string> {
  expect(res.statusCode, res.raw.body).toBe(200);
  const xml = await (await JSZip.loadAsync(res.raw.rawPayload)).file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
}

/** Full marks on every manual criterion of 2579, except `over`. */
const full2579 = (over: Record<string, number> = {}) => {
  const out: { code: string; selfScore: number; selfExplanation: string }[] = [];
  const walk = (ns: ScorecardVersion['nodes']) => {
    for (const n of ns) {
      if (n.children?.length) walk(n.children);
      else if (n.method?.kind === 'points' || n.method?.kind === 'yes_no')
        out.push({ code: n.code, selfScore: over[n.code] ?? n.maxPoints, selfExplanation: 'Minh chứng bản giấy lưu tại đơn vị.' });
    }
  };
  walk(exampleScorecard2579().nodes);
  return out;
};

describe('scorecards of the 2025 model', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let admin: TestClient;
  let issuerId: string;
  let sc2579: string;
  let scOld: string;
  let seq = 0;

  /** A commune of its own under a district of its own, with an officer. */
  async function commune() {
    const tag = `CT${++seq}${randomUUID().slice(0, 4)}`.toUpperCase();
    const id = (
      await admin.call('createOrgUnit', {
        body: { parentId: issuerId, kind: 'commune', code: `${tag}.XA`, name: `Ủy ban nhân dân xã Thử ${tag}`, validFrom: '2020-01-01' },
      })
    ).data.id;
    const username = `${tag.toLowerCase()}.canbo`;
    const temp = `XaThuNghiem#${tag}2026`;
    await admin.call('createUser', {
      body: { username, fullName: `Cán bộ xã ${tag}`, password: temp, roles: [{ role: 'officer', unitId: id }] },
    });
    return { id, officer: await t.loginChanging(username, temp) };
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    coordinator = await t.login('snv.dieuphoi');
    // An issuer of its own (a district under the province) so this file's versions apply only to its communes.
    const provinceId = await t.unitId('TN');
    issuerId = (
      await admin.call('createOrgUnit', {
        body: {
          parentId: provinceId,
          kind: 'district',
          code: `CT25${randomUUID().slice(0, 4)}`.toUpperCase(),
          name: 'Huyện Thử Bộ Tiêu Chí',
          validFrom: '2020-01-01',
        },
      })
    ).data.id;
    const createActive = async (v: ScorecardVersion, number: string) => {
      const sc = (
        await coordinator.call('createScorecard', {
          body: {
            issuerUnitId: issuerId,
            decisionNumber: number,
            decisionDate: v.decision.date,
            name: v.name,
            definition: definitionOf(v) as never,
          },
        })
      ).data;
      expect(sc.problems.filter((p) => p.severity === 'error')).toEqual([]);
      return (await coordinator.call('activateScorecard', { params: { id: sc.id }, body: { expectedVersion: sc.version } })).data;
    };
    // The pre-merger version (Tốt / Khá / Trung bình / Yếu) with a commune group, in force from 2022.
    const old = exampleScorecard1563();
    scOld = (await createActive(old, `THU-${old.decision.number}`)).id;
    sc2579 = (await createActive(exampleScorecard2579(), `THU-2579/QĐ-UBND`)).id;
  });
  afterAll(() => t.close());

  it('stores 2579 as written and each year uses the version in force that year', async () => {
    const stored = (await coordinator.call('getScorecard', { params: { id: sc2579 } })).data;
    expect(stored.definition.fromYear).toBe(2026);
    expect(stored.definition.levels.levels.map((l) => [l.name, l.min, !!l.requiresNoZeroCriterion])).toEqual([
      ['Hoàn thành xuất sắc', 95, true],
      ['Hoàn thành tốt', 85, true],
      ['Hoàn thành', 75, false],
      ['Không hoàn thành', 0, false],
    ]);
    expect(stored.definition.rules.map((r) => r.kind)).toEqual(['veto', 'max_level_if_flag', 'max_level_if_flag']);
    const c = await commune();
    const y2025 = (await c.officer.call('openAssessment', { body: { unitId: c.id, year: 2025 } })).data;
    const y2026 = (await c.officer.call('openAssessment', { body: { unitId: c.id, year: 2026 } })).data;
    expect(y2025.scorecardId).toBe(scOld);
    expect(y2026.scorecardId).toBe(sc2579);
    expect(y2026.unitGroup).toBe('commune');
    // a second version from the same year for the same groups is refused, naming the one in force
    const copy = (
      await coordinator.call('copyScorecard', {
        params: { id: sc2579 },
        body: { decisionNumber: 'THU-2580/QĐ-UBND', decisionDate: '2025-12-01' },
      })
    ).data;
    const clash = await coordinator.call('activateScorecard', { params: { id: copy.id }, body: { expectedVersion: copy.version } });
    expect(clash.statusCode).toBe(409);
    expect(clash.error.code).toBe('scoring.version_in_force_clash');
    expect(clash.error.message).toContain('(Quyết định số THU-2579/QĐ-UBND) đang áp dụng từ năm 2026 cho');
    expect((await coordinator.call('getScorecard', { params: { id: copy.id } })).data.status).toBe('draft');
  });

  it('goes through Excel and back without losing the 2025 shapes', async () => {
    const def = definitionOf(exampleScorecard2579());
    const xlsx = await coordinator.call('exportScorecardXlsx', { params: { id: sc2579 } });
    expect(xlsx.statusCode).toBe(200);
    const back = (
      await coordinator.call('importScorecardXlsx', {
        file: {
          filename: 'tieu-chi-2579.xlsx',
          content: xlsx.raw.rawPayload,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
      })
    ).data;
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(back.definition.fromYear).toBe(2026);
    expect(JSON.parse(JSON.stringify(back.definition.nodes))).toEqual(JSON.parse(JSON.stringify(def.nodes)));
    expect(back.definition.levels).toEqual(def.levels);
    expect(JSON.parse(JSON.stringify(back.definition.rules))).toEqual(JSON.parse(JSON.stringify(def.rules)));
    expect(back.definition.commendation).toEqual(def.commendation);
  });

  it('96 points with one criterion at 0 is Hoàn thành tốt; a reprimand of the head caps at Hoàn thành tốt when finalising', async () => {
    const c = await commune();
    const a = (await c.officer.call('openAssessment', { body: { unitId: c.id, year: 2026 } })).data;
    const saved = (
      await c.officer.call('saveSelfAssessment', {
        params: { id: a.id },
        body: { expectedVersion: a.version, scores: full2579({ '1.1': 0 }) },
      })
    ).data;
    const r = resultOf(saved);
    expect(r.total).toBe(96);
    expect(r.levelBeforeRules.name).toBe('Hoàn thành xuất sắc');
    expect(r.level.name).toBe('Hoàn thành tốt');
    expect(r.rulesApplied[0]!.explanation).toContain('1.1');

    const d = await commune();
    const b = (await d.officer.call('openAssessment', { body: { unitId: d.id, year: 2026 } })).data;
    const full = (
      await d.officer.call('saveSelfAssessment', { params: { id: b.id }, body: { expectedVersion: b.version, scores: full2579() } })
    ).data;
    expect(resultOf(full).level.name).toBe('Hoàn thành xuất sắc');
    // the commune's leader submits; the coordinator records the head's discipline when finalising
    const leaderName = `xa${randomUUID().slice(0, 6)}.lanhdao`;
    await admin.call('createUser', {
      body: { username: leaderName, fullName: 'Chủ tịch xã thử', password: 'ChuTichXaThu#2026', roles: [{ role: 'leader', unitId: d.id }] },
    });
    const leader = await t.loginChanging(leaderName, 'ChuTichXaThu#2026');
    const submitted = (
      await leader.call('submitSelfAssessment', { params: { id: b.id }, body: { expectedVersion: full.version, ...SIGNING } })
    ).data;
    expect(submitted.status).toBe('submitted');
    const fin = await coordinator.call('finaliseAssessment', {
      params: { id: b.id },
      body: {
        expectedVersion: submitted.version,
        flags: [HEAD_DISCIPLINE_FLAGS.reprimand],
        flagsNote: 'Chủ tịch UBND xã bị khiển trách (QĐ 15/QĐ-UBND)',
        // nobody appraised: the coordinator closes every criterion as self-scored, with the reason
        unappraisedReasons: Object.fromEntries(
          checkFinalisation(exampleScorecard2579().nodes, 'commune', []).open.map((code) => [code, 'Thống nhất điểm tự chấm.']),
        ),
      },
    });
    expect(fin.statusCode).toBe(200);
    expect(resultOf(fin.data).level.name).toBe('Hoàn thành tốt');
    expect(resultOf(fin.data).rulesApplied.map((x) => x.rule)).toEqual(['max_level_if_flag']);
  });

  it('a veto event recorded with its evidence forces Không hoàn thành whatever the points; only listed events, only the coordinator', async () => {
    const c = await commune();
    const a = (await c.officer.call('openAssessment', { body: { unitId: c.id, year: 2026 } })).data;
    const saved = (
      await c.officer.call('saveSelfAssessment', { params: { id: a.id }, body: { expectedVersion: a.version, scores: full2579() } })
    ).data;
    expect(resultOf(saved)).toMatchObject({ total: 100, level: { name: 'Hoàn thành xuất sắc' } });

    const byOfficer = await c.officer.call('recordVetoEvent', { params: { id: a.id }, body: { code: 'corruption', note: 'Tự ghi' } });
    expect(byOfficer.statusCode).toBe(403);
    const unknown = await coordinator.call('recordVetoEvent', {
      params: { id: a.id },
      body: { code: 'late_report', note: 'Không có trong quy định' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.error.code).toBe('scoring.veto_unknown');

    const rec = await coordinator.call('recordVetoEvent', {
      params: { id: a.id },
      body: {
        code: 'corruption',
        note: 'Cán bộ bộ phận một cửa bị khởi tố về hành vi nhận hối lộ',
        occurredOn: '2026-08-12',
        evidenceLinks: [{ url: 'https://example.gov.vn/ket-luan-thanh-tra-12', title: 'Kết luận thanh tra số 12/KL-TTr' }],
      },
    });
    expect(rec.statusCode).toBe(200);
    const r = resultOf(rec.data);
    expect(r.total).toBe(100);
    expect(r.level.name).toBe('Không hoàn thành');
    expect(r.rulesApplied).toEqual([
      expect.objectContaining({ rule: 'veto', explanation: expect.stringContaining('Để xảy ra tham nhũng') }),
    ]);
    expect(rec.data.vetoEvents).toEqual([
      expect.objectContaining({
        code: 'corruption',
        name: 'Để xảy ra tham nhũng',
        occurredOn: '2026-08-12',
        evidenceLinks: [{ url: 'https://example.gov.vn/ket-luan-thanh-tra-12', title: 'Kết luận thanh tra số 12/KL-TTr' }],
        withdrawnAt: null,
      }),
    ]);
    // the list and the unit's own view agree
    const listed = (await coordinator.call('listAssessments', { query: { year: 2026, unitId: c.id } })).data;
    expect(listed[0]!.levelName).toBe('Không hoàn thành');
    expect(resultOf((await c.officer.call('getAssessment', { params: { id: a.id } })).data).level.name).toBe('Không hoàn thành');

    // recorded in error: the coordinator withdraws it with a reason; it stays, marked, and no longer counts
    const vetoId = rec.data.vetoEvents[0]!.id;
    expect((await c.officer.call('withdrawVetoEvent', { params: { id: a.id, vetoId }, body: { reason: 'Tự rút' } })).statusCode).toBe(403);
    const out = await coordinator.call('withdrawVetoEvent', {
      params: { id: a.id, vetoId },
      body: { reason: 'Ghi nhầm đơn vị: vụ việc thuộc xã khác.' },
    });
    expect(out.statusCode, out.raw.body).toBe(200);
    expect(resultOf(out.data).level.name).toBe('Hoàn thành xuất sắc');
    expect(out.data.vetoEvents[0]).toMatchObject({
      withdrawnReason: 'Ghi nhầm đơn vị: vụ việc thuộc xã khác.',
      withdrawnAt: expect.any(String),
    });
    const again = await coordinator.call('withdrawVetoEvent', { params: { id: a.id, vetoId }, body: { reason: 'Lần nữa' } });
    expect(again.error.code).toBe('scoring.veto_already_withdrawn');
  });

  it('the bonus from recognised models is proposed from the source; typing over it needs a reason, which is kept', async () => {
    const c = await commune();
    const a = (await c.officer.call('openAssessment', { body: { unitId: c.id, year: 2026 } })).data;
    const saved = (
      await c.officer.call('saveSelfAssessment', {
        params: { id: a.id },
        body: { expectedVersion: a.version, scores: full2579({ '1.1': 0 }), indicators: { [RECOGNISED_MODELS_SOURCE]: 2 } },
      })
    ).data;
    const r = resultOf(saved);
    expect(r.nodes.find((n) => n.code === '3.1')).toMatchObject({
      final: 2,
      source: { indicator: RECOGNISED_MODELS_SOURCE, value: 2, points: 2 },
    });
    expect(r).toMatchObject({ bonus: 2, total: 98, level: { name: 'Hoàn thành tốt' } });

    const typed = await c.officer.call('saveSelfAssessment', {
      params: { id: a.id },
      body: { expectedVersion: saved.version, scores: [{ code: '3.1', selfScore: 3 }], indicators: { [RECOGNISED_MODELS_SOURCE]: 2 } },
    });
    expect(typed.statusCode).toBe(400);
    expect(typed.error.code).toBe('scoring.score_invalid');
    const reason = 'Quyết định công nhận mô hình thứ ba số 45/QĐ-UBND ngày 02/12/2026 chưa có trong hệ thống';
    const over = await c.officer.call('saveSelfAssessment', {
      params: { id: a.id },
      // The count stays as typed: this unit's models are not in the system (the movement module's own
      // test proves the count read from recognised models).
      body: {
        expectedVersion: saved.version,
        scores: [{ code: '3.1', selfScore: 3, overrideReason: reason }],
        indicators: { [RECOGNISED_MODELS_SOURCE]: 2 },
      },
    });
    expect(over.statusCode).toBe(200);
    expect(over.data.scores.find((s) => s.code === '3.1')!.overrideReason).toBe(reason);
    expect(resultOf(over.data).nodes.find((n) => n.code === '3.1')).toMatchObject({
      final: 3,
      overrideReason: reason,
      source: { points: 2 },
    });
    expect(resultOf(over.data)).toMatchObject({ bonus: 3, total: 99 });
  });

  it('the issued classification gates commendation: only Hoàn thành xuất sắc, by points, within the quota of its kind', async () => {
    const year = 2027;
    const finalisedCommune = async (over: Record<string, number>) => {
      const c = await commune();
      const a = (await c.officer.call('openAssessment', { body: { unitId: c.id, year } })).data;
      const saved = (
        await c.officer.call('saveSelfAssessment', { params: { id: a.id }, body: { expectedVersion: a.version, scores: full2579(over) } })
      ).data;
      const leader = `l${randomUUID().slice(0, 8)}`;
      await admin.call('createUser', {
        body: { username: leader, fullName: 'Chủ tịch xã', password: 'ChuTichXaThu#2027', roles: [{ role: 'leader', unitId: c.id }] },
      });
      const sent = (
        await (
          await t.loginChanging(leader, 'ChuTichXaThu#2027')
        ).call('submitSelfAssessment', {
          params: { id: a.id },
          body: { expectedVersion: saved.version, ...SIGNING },
        })
      ).data;
      const open = checkFinalisation(exampleScorecard2579().nodes, 'commune', []).open;
      const fin = await coordinator.call('finaliseAssessment', {
        params: { id: a.id },
        body: { expectedVersion: sent.version, unappraisedReasons: Object.fromEntries(open.map((code) => [code, 'Thống nhất.'])) },
      });
      expect(fin.statusCode, fin.raw.body).toBe(200);
      return { id: c.id, level: resultOf(fin.data).level.name };
    };
    const best = await finalisedCommune({});
    const good = await finalisedCommune({ '2.1': 10 });
    expect([best.level, good.level]).toEqual(['Hoàn thành xuất sắc', 'Hoàn thành tốt']);

    // nothing before the decision is issued
    const before = (await coordinator.call('getCommendationCandidates', { query: { scorecardId: sc2579, year } })).data;
    expect(before).toMatchObject({ hasRule: true, decisionNumber: null, quotas: [] });
    const issued = await coordinator.call('issueRanking', {
      body: { scorecardId: sc2579, year, number: '27/QĐ-UBND', decisionDate: `${year}-12-30`, signerName: 'Chủ tịch thử' },
    });
    expect(issued.statusCode, issued.raw.body).toBe(200);
    const after = (await coordinator.call('getCommendationCandidates', { query: { scorecardId: sc2579, year } })).data;
    expect(after).toMatchObject({
      decisionNumber: '27/QĐ-UBND',
      award: 'Bằng khen Chủ tịch Ủy ban nhân dân thành phố',
      minLevelName: 'Hoàn thành xuất sắc',
    });
    const communes = after.quotas.find((q) => q.name === 'Ủy ban nhân dân xã, phường')!;
    expect(communes.collectives).toBe(15);
    expect(communes.candidates.map((u) => [u.unitId, u.withinQuota])).toEqual([[best.id, true]]);
    const officer = await t.login('stttt.canbo');
    expect((await officer.call('getCommendationCandidates', { query: { scorecardId: sc2579, year } })).statusCode).toBe(403);
  });

  it('the commendation proposal: from the issued ranking, within the quota, a reason per unit and person, versioned, submitted once, exported', async () => {
    const YEAR = 2028;
    // An issuer of its own whose 2579-shaped version allows one commune collective and one individual.
    const issuerId = (
      await admin.call('createOrgUnit', {
        body: {
          parentId: await t.unitId('TN'),
          kind: 'district',
          code: `KT28${randomUUID().slice(0, 4)}`.toUpperCase(),
          name: 'Ủy ban nhân dân huyện Thử Khen Thưởng',
          validFrom: '2020-01-01',
        },
      })
    ).data.id;
    const v = exampleScorecard2579();
    const definition = definitionOf(v);
    const commendation = {
      ...definition.commendation!,
      quotas: definition.commendation!.quotas.map((q) => (q.unitKinds.includes('commune') ? { ...q, collectives: 1, individuals: 1 } : q)),
    };
    const draftSc = (
      await coordinator.call('createScorecard', {
        body: {
          issuerUnitId: issuerId,
          decisionNumber: 'KT-2579/QĐ-UBND',
          decisionDate: v.decision.date,
          name: v.name,
          definition: { ...definition, commendation } as never,
        },
      })
    ).data;
    const scorecardId = (
      await coordinator.call('activateScorecard', { params: { id: draftSc.id }, body: { expectedVersion: draftSc.version } })
    ).data.id;
    const finalisedCommune = async (tag: string, over: Record<string, number>) => {
      const code = `KT${tag}${randomUUID().slice(0, 4)}`.toUpperCase();
      const name = `Ủy ban nhân dân xã Khen ${tag}`;
      const id = (await admin.call('createOrgUnit', { body: { parentId: issuerId, kind: 'commune', code, name, validFrom: '2020-01-01' } }))
        .data.id;
      const account = async (role: 'officer' | 'leader') => {
        const username = `${code.toLowerCase()}.${role}`;
        await admin.call('createUser', {
          body: { username, fullName: `Người dùng xã ${tag}`, password: 'XaKhenThuong#2028', roles: [{ role, unitId: id }] },
        });
        return t.loginChanging(username, 'XaKhenThuong#2028');
      };
      const officer = await account('officer');
      const a = (await officer.call('openAssessment', { body: { unitId: id, year: YEAR } })).data;
      const saved = (
        await officer.call('saveSelfAssessment', { params: { id: a.id }, body: { expectedVersion: a.version, scores: full2579(over) } })
      ).data;
      const sent = (
        await (
          await account('leader')
        ).call('submitSelfAssessment', { params: { id: a.id }, body: { expectedVersion: saved.version, ...SIGNING } })
      ).data;
      const open = checkFinalisation(v.nodes, 'commune', []).open;
      const fin = await coordinator.call('finaliseAssessment', {
        params: { id: a.id },
        body: { expectedVersion: sent.version, unappraisedReasons: Object.fromEntries(open.map((c) => [c, 'Thống nhất.'])) },
      });
      expect(fin.statusCode, fin.raw.body).toBe(200);
      return { id, name, officer, assessmentId: a.id };
    };
    const best = await finalisedCommune('A', {});
    const second = await finalisedCommune('B', { '1.2': 5 });
    const good = await finalisedCommune('C', { '2.1': 10 });
    const save = (
      items: { unitId: string; reason: string }[],
      o: { client?: TestClient; expectedVersion?: number; individuals?: { personId: string; reason: string }[] } = {},
    ) =>
      (o.client ?? coordinator).call('saveCommendationProposal', {
        body: { scorecardId, year: YEAR, expectedVersion: o.expectedVersion ?? 0, items, individuals: o.individuals ?? [] },
      });
    // exemplary people of the movement: two in the best commune, one in a commune below the level
    const person = async (c: { id: string; officer: TestClient }, fullName: string) =>
      (
        await c.officer.call('saveExemplaryPerson', {
          body: {
            unitId: c.id,
            year: YEAR,
            fullName,
            position: 'Công chức văn hóa - xã hội',
            achievements: 'Vận động nhân dân hiến đất mở rộng đường giao thông nông thôn.',
          },
        })
      ).data;
    const mai = await person(best, 'Nguyễn Thị Mai');
    const nam = await person(best, 'Trần Văn Nam');
    const tu = await person(good, 'Lê Văn Tư');

    // only from an issued ranking
    const early = await save([{ unitId: best.id, reason: 'Thành tích xuất sắc.' }]);
    expect(early.statusCode).toBe(409);
    expect(early.error.code).toBe('scoring.commendation_no_decision');
    const issued = await coordinator.call('issueRanking', {
      body: { scorecardId, year: YEAR, number: '28/QĐ-UBND', decisionDate: `${YEAR}-12-30`, signerName: 'Chủ tịch thử' },
    });
    expect(issued.statusCode, issued.raw.body).toBe(200);
    const candidates = (await coordinator.call('getCommendationCandidates', { query: { scorecardId, year: YEAR } })).data;
    expect(candidates.proposal).toBeNull();
    const communeQuota = candidates.quotas.find((q) => q.collectives === 1)!;
    expect(communeQuota.candidates.map((u) => u.unitName)).toEqual([best.name, second.name]);
    // individuals: the exemplary people of the eligible communes only, by name
    expect(communeQuota.individualCandidates.map((p) => [p.fullName, p.unitId])).toEqual([
      ['Nguyễn Thị Mai', best.id],
      ['Trần Văn Nam', best.id],
    ]);
    expect(candidates.quotas.filter((q) => q.collectives !== 1).flatMap((q) => q.individualCandidates)).toEqual([]);

    // over the quota: refused, naming the quota
    const over = await save([
      { unitId: best.id, reason: 'Thành tích xuất sắc.' },
      { unitId: second.id, reason: 'Thành tích tốt.' },
    ]);
    expect(over.statusCode).toBe(409);
    expect(over.error.code).toBe('scoring.commendation_over_quota');
    expect(over.error.message).toBe(
      'Vượt chỉ tiêu khen thưởng: Ủy ban nhân dân xã, phường: đề nghị 2 tập thể, vượt chỉ tiêu tối đa 1 tập thể.',
    );
    // below the level: refused
    const below = await save([{ unitId: good.id, reason: 'Có cố gắng.' }]);
    expect(below.statusCode).toBe(409);
    expect(below.error.code).toBe('scoring.commendation_not_eligible');
    expect(below.error.message).toContain('cần xếp loại từ Hoàn thành xuất sắc trở lên');
    // a reason for each unit
    expect((await save([{ unitId: best.id, reason: '  ' }])).statusCode).toBe(400);
    // the coordinator's only: a commune officer cannot
    expect((await save([{ unitId: best.id, reason: 'Tự đề nghị.' }], { client: best.officer })).statusCode).toBe(403);

    const reason = 'Mô hình "Dân vận khéo" về chuyển đổi số được công nhận cấp tỉnh; 100% hồ sơ đúng hạn.';
    const draft = await save([{ unitId: best.id, reason }]);
    expect(draft.statusCode, draft.raw.body).toBe(200);
    expect(draft.data).toMatchObject({
      version: 1,
      status: 'draft',
      award: 'Bằng khen Chủ tịch Ủy ban nhân dân thành phố',
      rankingDecisionNumber: '28/QĐ-UBND',
    });
    expect(draft.data.items).toEqual([
      {
        unitId: best.id,
        unitName: best.name,
        quotaName: 'Ủy ban nhân dân xã, phường',
        levelName: 'Hoàn thành xuất sắc',
        total: 100,
        reason,
      },
    ]);
    expect((await coordinator.call('getCommendationCandidates', { query: { scorecardId, year: YEAR } })).data.proposal?.id).toBe(
      draft.data.id,
    );

    // a second coordinator's save from the same starting point is refused, not written over the first
    const otherName = `dp${randomUUID().slice(0, 8)}`;
    await admin.call('createUser', {
      body: {
        username: otherName,
        fullName: 'Điều phối thứ hai',
        password: 'DieuPhoiHai#2028',
        roles: [{ role: 'coordinator', unitId: issuerId }],
      },
    });
    const otherCoordinator = await t.loginChanging(otherName, 'DieuPhoiHai#2028');
    const stale = await save([{ unitId: second.id, reason: 'Đề nghị của người thứ hai.' }], { client: otherCoordinator });
    expect(stale.statusCode).toBe(409);
    expect(stale.error.code).toBe('scoring.commendation_version_conflict');
    expect(stale.error.message).toContain('vừa được người khác sửa');

    // individuals: within the individuals quota, only people of eligible units
    const mine = { expectedVersion: 1 };
    const twoPeople = await save([{ unitId: best.id, reason }], {
      ...mine,
      individuals: [
        { personId: mai.id, reason: 'Vận động hiến đất.' },
        { personId: nam.id, reason: 'Vận động hiến đất.' },
      ],
    });
    expect(twoPeople.statusCode).toBe(409);
    expect(twoPeople.error.message).toBe(
      'Vượt chỉ tiêu khen thưởng: Ủy ban nhân dân xã, phường: đề nghị 2 cá nhân, vượt chỉ tiêu tối đa 1 cá nhân.',
    );
    expect(Object.keys(twoPeople.error.fields!)).toEqual(['individuals.0.personId', 'individuals.1.personId']);
    const outsider = await save([{ unitId: best.id, reason }], { ...mine, individuals: [{ personId: tu.id, reason: 'Có cố gắng.' }] });
    expect(outsider.statusCode).toBe(409);
    expect(outsider.error.code).toBe('scoring.commendation_person_not_eligible');
    const withPerson = await save([{ unitId: best.id, reason }], {
      ...mine,
      individuals: [{ personId: mai.id, reason: 'Vận động hiến đất.' }],
    });
    expect(withPerson.statusCode, withPerson.raw.body).toBe(200);
    expect(withPerson.data.version).toBe(2);
    expect(withPerson.data.individuals).toEqual([
      {
        personId: mai.id,
        fullName: 'Nguyễn Thị Mai',
        position: `Công chức văn hóa - xã hội, ${best.name}`,
        unitId: best.id,
        unitName: best.name,
        quotaName: 'Ủy ban nhân dân xã, phường',
        reason: 'Vận động hiến đất.',
      },
    ]);
    const query = { scorecardId, year: YEAR };
    const draftText = await docxText(await coordinator.call('exportCommendationProposalDocx', { query }));
    expect(draftText).toContain('DỰ THẢO');
    expect(draftText).toContain('TỜ TRÌNH');
    expect(draftText).toContain('DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ NĂM 2028');
    expect(draftText).toContain(best.name);
    expect(draftText).toContain('Hoàn thành xuất sắc (100 điểm)');
    expect(draftText).toContain('28/QĐ-UBND');
    expect(draftText).not.toContain(second.name);
    expect(draftText).toContain('cho 01 tập thể và 01 cá nhân');
    expect(draftText).toContain('II. CÁ NHÂN (01 CÁ NHÂN)');
    expect(draftText).toContain('Nguyễn Thị Mai');
    expect(draftText).not.toContain('Trần Văn Nam');
    // the commune's own dossier is dated at the commune, not at the issuer of the scorecard
    const dossier = await docxText(await best.officer.call('exportAssessmentDossierDocx', { params: { id: best.assessmentId } }));
    expect(dossier).toContain('Khen A, ngày 10 tháng 11 năm 2028');
    // signed by the chair on behalf of the commune's People's Committee (Decree 30: TM.)
    for (const s of ['Số: 12/BC-UBND', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Thị Hoa']) expect(dossier, s).toContain(s);
    expect(dossier).not.toContain('DỰ THẢO');

    // submitted with number, date and signer; then fixed
    const submit = (expectedVersion: number) =>
      coordinator.call('submitCommendationProposal', {
        body: { scorecardId, year: YEAR, expectedVersion, number: '45/TTr-SNV', proposalDate: '2029-01-15', signerName: 'Phạm Minh Tâm' },
      });
    // what is submitted is what was seen: an older version is refused
    expect((await submit(1)).error.code).toBe('scoring.commendation_version_conflict');
    const submitted = await submit(2);
    expect(submitted.statusCode, submitted.raw.body).toBe(200);
    expect(submitted.data).toMatchObject({
      status: 'submitted',
      number: '45/TTr-SNV',
      proposalDate: '2029-01-15',
      signerName: 'Phạm Minh Tâm',
    });
    const again = await save([{ unitId: second.id, reason: 'Sửa sau khi trình.' }], { expectedVersion: 3 });
    expect(again.statusCode).toBe(409);
    expect(again.error.code).toBe('scoring.commendation_proposal_submitted');
    expect(again.error.message).toContain('45/TTr-SNV');

    const proposalFile = await coordinator.call('exportCommendationProposalDocx', { query });
    const text = await docxText(proposalFile);
    expect(text).not.toContain('DỰ THẢO');
    expect(text).toContain('45/TTr-SNV');
    // dated at the place of the scorecard's issuer
    expect(text).toContain('Thử Khen Thưởng, ngày 15 tháng 01 năm 2029');
    expect(text).toContain('Phạm Minh Tâm');
    expect(text).toContain('GIÁM ĐỐC');
    // Opened in LibreOffice as a recipient without Word would: header, number, date line and signer.
    const opened = await openInLibreOffice(proposalFile.raw.rawPayload);
    expect(
      missingInOrder(opened.text, [
        'SỞ NỘI VỤ',
        'Số: 45/TTr-SNV',
        'ngày 15 tháng 01 năm 2029',
        'TỜ TRÌNH',
        'Kính gửi',
        'GIÁM ĐỐC',
        'Phạm Minh Tâm',
      ]),
    ).toEqual([]);

    const xlsx = await coordinator.call('exportCommendationProposalXlsx', { query });
    expect(xlsx.statusCode, xlsx.raw.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    const rows: string[] = [];
    wb.worksheets[0]!.eachRow((row) =>
      rows.push(
        (row.values as ExcelJS.CellValue[])
          .slice(1)
          .map((v) => String(v ?? ''))
          .join(' | '),
      ),
    );
    expect(rows.join('\n')).toContain('Kèm theo Tờ trình số 45/TTr-SNV ngày 15/01/2029');
    expect(rows.find((r) => r.includes(best.name))).toContain(reason);
    expect(rows.find((r) => r.includes(best.name))).toContain('Hoàn thành xuất sắc');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Đề nghị khen thưởng', 'Cá nhân']);
    const people: string[] = [];
    wb.worksheets[1]!.eachRow((row) => people.push((row.values as ExcelJS.CellValue[]).map((v) => String(v ?? '')).join(' | ')));
    expect(people.find((r) => r.includes('Nguyễn Thị Mai'))).toContain(best.name);

    const audit = (await admin.call('listAuditLog', { query: { entityType: 'commendation_proposal', entityId: draft.data.id } })).data;
    expect(audit.items.map((a) => a.action).sort()).toEqual([
      'commendation_proposal.saved',
      'commendation_proposal.saved',
      'commendation_proposal.submitted',
    ]);
  });
});
