// Sweep cases for the scoring routes. Fixtures live in the STTTT subtree: a scorecard issued by the
// department itself (a department coordinator scoring its own sub-units) and the department's
// assessment for a year no demo data uses.
import { exampleScorecard1563 } from '@dvcq/domain';
import type { SweepModule } from '../../testing/sweep.ts';

const YEAR = 2031;

export const scoringSweep: SweepModule = {
  name: 'scoring',
  async prepare({ t, ids }) {
    const coordinator = await t.login('snv.dieuphoi');
    const { id: _id, decision, name, ...definition } = exampleScorecard1563();
    const created = await coordinator.post('/api/scoring/scorecards', {
      issuerUnitId: ids.sttttId ?? (await t.unitId('TN.STTTT')),
      decisionNumber: `SWEEP/${decision.number}`,
      decisionDate: decision.date,
      name: `Thử phân quyền — ${name}`,
      definition,
    });
    if (created.statusCode !== 201) throw new Error(`scoring sweep: createScorecard ${created.statusCode} ${created.body}`);
    const sc = created.json() as { id: string; version: number };
    ids.scoringScorecardId = sc.id;
    const act = await coordinator.post(`/api/scoring/scorecards/${sc.id}/activate`, { expectedVersion: sc.version });
    if (act.statusCode !== 200) throw new Error(`scoring sweep: activate ${act.statusCode} ${act.body}`);
    const officer = await t.login('stttt.canbo');
    const opened = await officer.post('/api/scoring/assessments', { unitId: await t.unitId('TN.STTTT'), year: YEAR, scorecardId: sc.id });
    if (opened.statusCode !== 200) throw new Error(`scoring sweep: openAssessment ${opened.statusCode} ${opened.body}`);
    ids.scoringAssessmentId = (opened.json() as { id: string }).id;
    ids.scoringUnitId = await t.unitId('TN.STTTT');
  },
  cases: {
    listScorecards: {
      kind: 'scoped-list',
      why: 'lists only scorecards issued in or above the caller’s subtree',
      mustNotContain: (ids) => ids.scoringScorecardId!,
    },
    createScorecard: {
      kind: 'target',
      body: (ids) => {
        const { id: _id, decision, name, ...definition } = exampleScorecard1563();
        return { issuerUnitId: ids.scoringUnitId, decisionNumber: decision.number, decisionDate: decision.date, name, definition };
      },
    },
    getScorecard: { kind: 'target', params: (ids) => ({ id: ids.scoringScorecardId! }) },
    updateScorecard: {
      kind: 'target',
      params: (ids) => ({ id: ids.scoringScorecardId! }),
      body: () => {
        const { id: _id, decision, name, ...definition } = exampleScorecard1563();
        return { decisionNumber: decision.number, decisionDate: decision.date, name, definition, expectedVersion: 1 };
      },
    },
    activateScorecard: { kind: 'target', params: (ids) => ({ id: ids.scoringScorecardId! }), body: () => ({ expectedVersion: 1 }) },
    copyScorecard: {
      kind: 'target',
      params: (ids) => ({ id: ids.scoringScorecardId! }),
      body: () => ({ decisionNumber: '999/QĐ-UBND', decisionDate: '2031-01-02' }),
    },
    exportScorecardXlsx: { kind: 'target', params: (ids) => ({ id: ids.scoringScorecardId! }) },
    importScorecardXlsx: { kind: 'target', multipart: true },
    getExampleScorecard: { kind: 'target' },
    listAssessments: {
      kind: 'scoped-list',
      why: 'lists only assessments of units in the caller’s subtree',
      mustNotContain: (ids) => ids.scoringAssessmentId!,
    },
    openAssessment: { kind: 'target', body: (ids) => ({ unitId: ids.scoringUnitId, year: YEAR, scorecardId: ids.scoringScorecardId }) },
    getAssessment: { kind: 'target', params: (ids) => ({ id: ids.scoringAssessmentId! }) },
    exportAssessmentDossierDocx: { kind: 'target', params: (ids) => ({ id: ids.scoringAssessmentId! }) },
    saveSelfAssessment: {
      kind: 'target',
      params: (ids) => ({ id: ids.scoringAssessmentId! }),
      body: () => ({ expectedVersion: 1, scores: [{ code: '1.3', selfScore: 3 }] }),
    },
    submitSelfAssessment: {
      kind: 'target',
      params: (ids) => ({ id: ids.scoringAssessmentId! }),
      body: () => ({ expectedVersion: 1, number: '1/BC', dossierDate: '2025-11-10', signerName: 'Người ký trái phép' }),
    },
    appraiseCriterion: {
      kind: 'target',
      params: (ids) => ({ id: ids.scoringAssessmentId!, code: '2.1' }),
      body: () => ({ score: 1, reason: 'Trái phép' }),
    },
    sendBackCriterion: {
      kind: 'target',
      params: (ids) => ({ id: ids.scoringAssessmentId!, code: '2.1' }),
      body: () => ({ note: 'Trái phép' }),
    },
    recordVetoEvent: {
      kind: 'target',
      params: (ids) => ({ id: ids.scoringAssessmentId! }),
      body: () => ({ code: 'corruption', note: 'Trái phép' }),
    },
    reopenAssessment: {
      kind: 'target',
      params: (ids) => ({ id: ids.scoringAssessmentId! }),
      body: () => ({ expectedVersion: 1, reason: 'Trái phép' }),
    },
    withdrawVetoEvent: {
      kind: 'target',
      params: (ids) => ({ id: ids.scoringAssessmentId!, vetoId: '00000000-0000-4000-8000-000000000001' }),
      body: () => ({ reason: 'Trái phép' }),
    },
    finaliseAssessment: { kind: 'target', params: (ids) => ({ id: ids.scoringAssessmentId! }), body: () => ({ expectedVersion: 1 }) },
    getAppraisalProgress: { kind: 'target', query: (ids) => `scorecardId=${ids.scoringScorecardId}&year=${YEAR}` },
    getRanking: { kind: 'target', query: (ids) => `scorecardId=${ids.scoringScorecardId}&year=${YEAR}` },
    issueRanking: {
      kind: 'target',
      body: (ids) => ({
        scorecardId: ids.scoringScorecardId,
        year: YEAR,
        number: '1/QĐ-UBND',
        decisionDate: '2031-12-10',
        signerName: 'Người ký trái phép',
      }),
    },
    getCommendationCandidates: { kind: 'target', query: (ids) => `scorecardId=${ids.scoringScorecardId}&year=${YEAR}` },
    saveCommendationProposal: {
      kind: 'target',
      body: (ids) => ({ scorecardId: ids.scoringScorecardId, year: YEAR, expectedVersion: 0, items: [] }),
    },
    submitCommendationProposal: {
      kind: 'target',
      body: (ids) => ({
        scorecardId: ids.scoringScorecardId,
        year: YEAR,
        expectedVersion: 1,
        number: '1/TTr-SNV',
        proposalDate: '2031-12-10',
        signerName: 'Người ký trái phép',
      }),
    },
    exportCommendationProposalDocx: { kind: 'target', query: (ids) => `scorecardId=${ids.scoringScorecardId}&year=${YEAR}` },
    exportCommendationProposalXlsx: { kind: 'target', query: (ids) => `scorecardId=${ids.scoringScorecardId}&year=${YEAR}` },
    exportRankingDocx: { kind: 'target', query: (ids) => `scorecardId=${ids.scoringScorecardId}&year=${YEAR}` },
    exportRankingXlsx: { kind: 'target', query: (ids) => `scorecardId=${ids.scoringScorecardId}&year=${YEAR}` },
  },
};
