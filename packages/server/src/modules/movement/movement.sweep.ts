// Sweep cases for the "Dân vận khéo" movement: a model of the STTTT department (proposed, so every
// step has a target) and an exemplary person of it; outsiders get 403 and lists without them.
import type { SweepModule } from '../../testing/sweep.ts';

const model = (ids: Record<string, string>) => ({
  field: 'digital_transformation' as const,
  unitId: ids.sttttId,
  registeredOn: '2025-02-01',
  name: 'Mô hình thử',

  problem: 'Vấn đề',
  goals: 'Mục tiêu',
  activities: 'Hoạt động',
});

export const movementSweep: SweepModule = {
  name: 'movement',
  async prepare({ t, ids }) {
    const officer = await t.login('stttt.canbo');
    ids.provinceId = await t.unitId('TN');
    const m = await officer.call('saveModel', {
      body: { ...model(ids), name: 'Tổ công nghệ số cộng đồng hỗ trợ người dân', unitId: ids.sttttId! },
    });
    ids.movementModelId = m.data.id;
    await officer.call('changeModelState', { params: { id: m.data.id }, body: { action: 'start' } });
    await officer.call('changeModelState', { params: { id: m.data.id }, body: { action: 'propose' } });
    const p = await officer.call('saveExemplaryPerson', {
      body: { unitId: ids.sttttId!, year: 2025, fullName: 'Nguyễn Văn Điển Hình', achievements: 'Hướng dẫn dịch vụ công trực tuyến' },
    });
    ids.movementPersonId = p.data.id;
  },
  cases: {
    listModels: { kind: 'scoped-list', why: 'models of the caller’s subtrees', mustNotContain: (ids) => ids.movementModelId! },
    getModel: { kind: 'target', params: (ids) => ({ id: ids.movementModelId! }) },
    saveModel: { kind: 'target', body: (ids) => model(ids) },
    changeModelState: { kind: 'target', params: (ids) => ({ id: ids.movementModelId! }), body: () => ({ action: 'withdraw' }) },
    recogniseModel: {
      kind: 'target',
      params: (ids) => ({ id: ids.movementModelId! }),
      body: () => ({ decisionNumber: '1/QĐ-UBND', decisionDate: '2025-10-01', decisionIssuer: 'UBND tỉnh', level: 'province' }),
    },
    addModelResult: {
      kind: 'target',
      params: (ids) => ({ id: ids.movementModelId! }),
      body: () => ({ reportedOn: '2025-06-30', summary: 'Kết quả' }),
    },
    deleteModel: { kind: 'target', params: (ids) => ({ id: ids.movementModelId! }) },
    deleteExemplaryPerson: { kind: 'target', params: (ids) => ({ id: ids.movementPersonId! }) },
    listExemplaryPeople: { kind: 'scoped-list', why: 'people of the caller’s subtrees', mustNotContain: (ids) => ids.movementPersonId! },
    saveExemplaryPerson: {
      kind: 'target',
      body: (ids) => ({ unitId: ids.sttttId, year: 2025, fullName: 'Người thử', achievements: 'Thành tích' }),
    },
    saveCommendation: {
      kind: 'target',
      body: (ids) => ({
        modelId: ids.movementModelId,
        form: 'certificate_of_merit',
        level: 'province',
        decisionNumber: '2/QĐ-UBND',
        decisionDate: '2025-10-02',
        decisionIssuer: 'UBND tỉnh',
      }),
    },
    exportMovementXlsx: { kind: 'scoped-list', why: 'registry of the caller’s subtrees', mustNotContain: (ids) => ids.movementModelId! },
    exportRecognisedModelsDocx: { kind: 'target', query: (ids) => `year=2025&unitId=${ids.sttttId}` },
    getMovementPublicPage: { kind: 'target', params: (ids) => ({ provinceId: ids.provinceId! }) },
    setMovementPublicPage: { kind: 'target', params: (ids) => ({ provinceId: ids.provinceId! }), body: () => ({ enabled: true }) },
    listPublicModels: { kind: 'public' },
  },
};
