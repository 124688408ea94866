// Sweep cases for plans, obligations and compliance. Fixtures: a published plan of the STTTT
// department owing reports from its divisions, and a draft of the same department.
import type { SweepModule } from '../../testing/sweep.ts';

const draftBody = (ids: Record<string, string>) => ({
  issuerUnitId: ids.sttttId,
  year: 2025,
  title: 'Kế hoạch trái phép',
  milestones: [],
});

export const plansSweep: SweepModule = {
  name: 'plans',
  async prepare({ t, ids }) {
    const coordinator = await t.login('snv.dieuphoi');
    const created = await coordinator.post('/api/plans', {
      issuerUnitId: ids.sttttId,
      year: 2025,
      title: 'Kế hoạch công tác dân vận của Sở Thông tin và Truyền thông',
      milestones: [
        {
          title: 'Kế hoạch của các phòng',
          dueDate: '2025-04-10',
          inclusive: true,
          phrase: 'chậm nhất ngày 10/4/2025',
          deliverableKind: 'unit_plan',
          audience: { unitKinds: ['division'] },
        },
      ],
    });
    ids.sttttPlanId = (created.json() as { id: string }).id;
    await coordinator.post(`/api/plans/${ids.sttttPlanId}/publish`, {
      number: '12/KH-STTTT',
      issuedOn: '2025-03-20',
      signerName: 'Lê Văn Hải',
    });
    const owed = (await coordinator.get(`/api/obligations?planId=${ids.sttttPlanId}`)).json() as { id: string }[];
    ids.sttttObligationId = owed[0]!.id;
    ids.sttttMilestoneId = (
      (await coordinator.get(`/api/plans/${ids.sttttPlanId}`)).json() as { milestones: { id: string }[] }
    ).milestones[0]!.id;
    ids.sttttDraftPlanId = ((await coordinator.post('/api/plans', draftBody(ids))).json() as { id: string }).id;
  },
  cases: {
    listPlans: {
      kind: 'scoped-list',
      why: 'lists plans of the caller’s subtree and of the units above it',
      mustNotContain: (ids) => ids.sttttPlanId!,
    },
    getPlan: { kind: 'target', params: (ids) => ({ id: ids.sttttPlanId! }) },
    createPlan: { kind: 'target', body: draftBody },
    updatePlanDraft: {
      kind: 'target',
      params: (ids) => ({ id: ids.sttttDraftPlanId! }),
      body: (ids) => ({ ...draftBody(ids), issuerUnitId: undefined, expectedVersion: 1 }),
    },
    publishPlan: {
      kind: 'target',
      params: (ids) => ({ id: ids.sttttDraftPlanId! }),
      body: () => ({ number: '99/KH-X', issuedOn: '2025-03-20', signerName: 'Người lạ' }),
    },
    amendPlan: {
      kind: 'target',
      params: (ids) => ({ id: ids.sttttPlanId! }),
      body: () => ({ reason: 'Sửa đổi trái phép', expectedVersion: 2, targets: [] }),
    },
    derivePlan: { kind: 'target', params: (ids) => ({ id: ids.sttttPlanId! }), body: (ids) => ({ unitId: ids.sttttOfficeId }) },
    submitUnitPlan: {
      kind: 'target',
      params: (ids) => ({ id: ids.sttttDraftPlanId! }),
      body: () => ({ number: '98/KH-X', issuedOn: '2025-03-20', signerName: 'Người lạ' }),
    },
    getPlanCompliance: { kind: 'target', params: (ids) => ({ id: ids.sttttPlanId! }) },
    exportPlanComplianceXlsx: { kind: 'target', params: (ids) => ({ id: ids.sttttPlanId! }) },
    listPlanComplianceUnits: { kind: 'target', params: (ids) => ({ id: ids.sttttPlanId! }) },
    exportPlanDocx: { kind: 'target', params: (ids) => ({ id: ids.sttttPlanId! }) },
    exportReminderLetterDocx: {
      kind: 'target',
      params: (ids) => ({ id: ids.sttttPlanId! }),
      query: () => 'milestoneId=00000000-0000-4000-8000-000000000000',
    },
    listObligations: { kind: 'target', query: (ids) => `unitId=${ids.sttttOfficeId}` },
    assignPlanItem: {
      kind: 'target',
      params: (ids) => ({ id: ids.sttttPlanId! }),
      body: (ids) => ({ itemType: 'milestone', itemId: ids.sttttMilestoneId, userId: ids.sttttOfficerId }),
    },
    listMyAssignments: { kind: 'self', why: 'the caller’s own assignments' },
    listAssignableUsers: { kind: 'target', params: (ids) => ({ id: ids.sttttPlanId! }) },
    createCalendarFeed: { kind: 'self', why: 'the caller’s own calendar link' },
    getCalendarFeed: { kind: 'public' },
    extractDocument: { kind: 'target', query: (ids) => `issuerUnitId=${ids.sttttId}`, multipart: true },
    exemptObligation: { kind: 'target', params: (ids) => ({ id: ids.sttttObligationId! }), body: () => ({ reason: 'Miễn trái phép' }) },
  },
};
