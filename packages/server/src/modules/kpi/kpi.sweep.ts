// Sweep cases for communication KPIs: a KPI set on the STTTT plan (prepared by the plans sweep), with
// one evidence entry of an STTTT division; outsiders get 403 on all of it and an empty list.
import type { SweepModule } from '../../testing/sweep.ts';

export const kpiSweep: SweepModule = {
  name: 'kpi',
  async prepare({ t, ids }) {
    const coordinator = await t.login('snv.dieuphoi');
    const set = await coordinator.call('saveKpiSet', {
      body: {
        planId: ids.sttttPlanId!,
        title: 'Chỉ tiêu tuyên truyền của Sở Thông tin và Truyền thông',
        rows: [
          {
            label: 'Tin trên cổng',
            target: 4,
            measure: 'items',
            channel: 'provincial_portal',
            unitKind: 'division',
            periodKind: 'quarter',
          },
        ],
      },
    });
    ids.kpiSetId = set.data.id;
    ids.kpiRowId = set.data.rows[0]!.id;
    ids.kpiUnitId = await t.unitId('TN.STTTT.VP');
    const evidence = await coordinator.call('recordKpiEvidence', {
      params: { id: ids.kpiSetId },
      body: {
        unitId: ids.kpiUnitId,
        publishedOn: '2025-03-01',
        title: 'Tin cải cách hành chính',
        channel: 'provincial_portal',
        url: 'https://tayninh.gov.vn/tin/1',
        rowIds: [ids.kpiRowId],
      },
    });
    ids.kpiEvidenceId = evidence.data.id;
  },
  cases: {
    listKpiSets: { kind: 'scoped-list', why: 'sets of the caller’s subtrees', mustNotContain: (ids) => ids.kpiSetId! },
    getKpiSet: { kind: 'target', params: (ids) => ({ id: ids.kpiSetId! }) },
    saveKpiSet: {
      kind: 'target',
      body: (ids) => ({ id: ids.kpiSetId, planId: ids.sttttPlanId, title: 'Đổi tên', rows: [] }),
    },
    importKpiSetFromDocument: { kind: 'target', query: (ids) => `planId=${ids.sttttPlanId}`, multipart: true },
    recordKpiEvidence: {
      kind: 'target',
      params: (ids) => ({ id: ids.kpiSetId! }),
      body: (ids) => ({
        unitId: ids.kpiUnitId,
        publishedOn: '2025-03-02',
        title: 'Tin',
        channel: 'provincial_portal',
        url: 'https://tayninh.gov.vn/tin/2',
        rowIds: [ids.kpiRowId],
      }),
    },
    listKpiEvidence: { kind: 'target', params: (ids) => ({ id: ids.kpiSetId! }) },
    reviewKpiEvidence: { kind: 'target', params: (ids) => ({ id: ids.kpiEvidenceId! }), body: () => ({ decision: 'accepted' }) },
    checkKpiEvidenceLink: { kind: 'target', params: (ids) => ({ id: ids.kpiEvidenceId! }) },
    getKpiProgress: { kind: 'target', params: (ids) => ({ id: ids.kpiSetId! }) },
    exportKpiXlsx: { kind: 'target', params: (ids) => ({ id: ids.kpiSetId! }) },
  },
};
