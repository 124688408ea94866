// Sweep cases for the reports module. Fixtures live in the TN.STTTT subtree: a plan of the department
// with a six-month report owed by its divisions, a form, and a submitted report of its office.
import type { SweepModule } from '../../testing/sweep.ts';
import { publishedPlan } from '../../testing/factories.ts';

const period = { periodKind: 'H1', periodYear: 2025 };

export const reportsSweep: SweepModule = {
  name: 'reports',
  async prepare({ t, ids }) {
    const plan = await publishedPlan(t, {
      issuerCode: 'TN.STTTT',
      year: 2025,
      number: '55/KH-STTTT',
      title: 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 của Sở Thông tin và Truyền thông',
      milestones: [
        {
          title: 'Báo cáo 6 tháng',
          dueDate: '2025-05-15',
          inclusive: true,
          deliverableKind: 'period_report',
          periodKind: 'H1',
          periodYear: 2025,
          unitKinds: ['division'],
        },
      ],
    });
    ids.reportsPlanId = plan.planId;
    ids.reportsObligationId = await plan.obligationIdOf(0, 'TN.STTTT.VP');
    ids.reportsAcceptedObligationId = await plan.obligationIdOf(0, 'TN.STTTT.TTRA');
    ids.reportsUnitId = await t.unitId('TN.STTTT');
    const coordinator = await t.login('snv.dieuphoi');
    const form = await coordinator.request({
      method: 'PUT',
      url: '/api/report-forms',
      payload: {
        planId: plan.planId,
        ...period,
        sections: [{ code: 'ND1', title: 'Kết quả' }],
        indicators: [{ code: 'so_cuoc', name: 'Số cuộc', type: 'integer', rollup: 'sum' }],
        rules: [],
        expectedVersion: 0,
      },
    });
    if (form.statusCode !== 200) throw new Error(`sweep form: ${form.body}`);
    const officer = await t.login('stttt.canbo');
    const leader = await t.login('stttt.lanhdao');
    for (const [key, obligationId] of [
      ['a', ids.reportsObligationId],
      ['b', ids.reportsAcceptedObligationId],
    ] as const) {
      const draft = await officer.request({
        method: 'PUT',
        url: `/api/reports/${obligationId}/draft`,
        payload: {
          expectedVersion: 0,
          saveId: `sweep-save-${key}`,
          sections: { ND1: 'Nội dung' },
          values: { so_cuoc: 2 },
          cutOffDate: '2025-05-10',
        },
      });
      if (draft.statusCode !== 200) throw new Error(`sweep draft: ${draft.body}`);
      const sub = await leader.post(`/api/reports/${obligationId}/submit`, { expectedVersion: 1, requestKey: `sweep-submit-${key}` });
      if (sub.statusCode !== 200) throw new Error(`sweep submit: ${sub.body}`);
    }
    const acc = await coordinator.post(`/api/reports/${ids.reportsAcceptedObligationId}/accept`, {
      expectedVersion: 2,
      requestKey: 'sweep-accept-b',
    });
    if (acc.statusCode !== 200) throw new Error(`sweep accept: ${acc.body}`);
  },
  cases: {
    getReportForm: { kind: 'target', query: (ids) => `planId=${ids.reportsPlanId}&periodKind=H1&periodYear=2025` },
    saveReportForm: {
      kind: 'target',
      body: (ids) => ({
        planId: ids.reportsPlanId,
        ...period,
        sections: [{ code: 'ND1', title: 'Sửa trái phép' }],
        indicators: [],
        rules: [],
        expectedVersion: 1,
      }),
    },
    listReports: {
      kind: 'scoped-list',
      why: 'lists only reports of units in the caller’s subtree',
      mustNotContain: (ids) => ids.reportsObligationId!,
    },
    getReport: { kind: 'target', params: (ids) => ({ obligationId: ids.reportsObligationId! }) },
    saveReportDraft: {
      kind: 'target',
      params: (ids) => ({ obligationId: ids.reportsObligationId! }),
      body: () => ({ expectedVersion: 2, saveId: 'outsider-save', sections: { ND1: 'Sửa trái phép' }, values: {}, cutOffDate: null }),
    },
    submitReport: {
      kind: 'target',
      params: (ids) => ({ obligationId: ids.reportsObligationId! }),
      body: () => ({ expectedVersion: 2, requestKey: 'outsider-submit' }),
    },
    returnReport: {
      kind: 'target',
      params: (ids) => ({ obligationId: ids.reportsObligationId! }),
      body: () => ({ expectedVersion: 2, requestKey: 'outsider-return', comment: 'Trả lại trái phép' }),
    },
    acceptReport: {
      kind: 'target',
      params: (ids) => ({ obligationId: ids.reportsObligationId! }),
      body: () => ({ expectedVersion: 2, requestKey: 'outsider-accept' }),
    },
    reopenReport: {
      kind: 'target',
      params: (ids) => ({ obligationId: ids.reportsAcceptedObligationId! }),
      body: () => ({ expectedVersion: 3, requestKey: 'outsider-reopen', reason: 'Mở lại trái phép' }),
    },
    getConsolidation: {
      kind: 'target',
      query: (ids) => `planId=${ids.reportsPlanId}&periodKind=H1&periodYear=2025&unitId=${ids.reportsUnitId}`,
    },
    getConsolidationMissing: {
      kind: 'target',
      query: (ids) => `planId=${ids.reportsPlanId}&periodKind=H1&periodYear=2025&unitId=${ids.reportsUnitId}`,
    },
    exportConsolidationXlsx: {
      kind: 'target',
      query: (ids) => `planId=${ids.reportsPlanId}&periodKind=H1&periodYear=2025&unitId=${ids.reportsUnitId}`,
    },
    exportConsolidationDocx: { kind: 'target', body: (ids) => ({ planId: ids.reportsPlanId, ...period, unitId: ids.reportsUnitId }) },
    getConsolidationText: {
      kind: 'target',
      query: (ids) => `planId=${ids.reportsPlanId}&periodKind=H1&periodYear=2025&unitId=${ids.reportsUnitId}`,
    },
    saveConsolidationText: {
      kind: 'target',
      body: (ids) => ({ planId: ids.reportsPlanId, ...period, unitId: ids.reportsUnitId, expectedVersion: 0, sections: {} }),
    },
  },
};
