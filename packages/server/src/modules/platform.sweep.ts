// Sweep cases for the platform routes: auth, org units, users, tokens, audit, files, health.
import { randomUUID } from 'node:crypto';
import type { SweepModule } from '../testing/sweep.ts';
import { pdfUpload } from '../testing/sweep.ts';

export const platformSweep: SweepModule = {
  name: 'platform',
  async prepare({ t, admin, ids }) {
    ids.sttttId = await t.unitId('TN.STTTT');
    ids.sttttOfficeId = await t.unitId('TN.STTTT.VP');
    ids.svhttdlId = await t.unitId('TN.SVHTTDL');
    const find = async (username: string) =>
      ((await admin.get(`/api/users?q=${username}`)).json() as { id: string; username: string; roles: { id: string }[] }[]).find(
        (u) => u.username === username,
      )!;
    const officer = await find('stttt.canbo');
    const leader = await find('stttt.lanhdao');
    ids.sttttOfficerId = officer.id;
    ids.sttttOfficerRoleId = officer.roles[0]!.id;
    ids.sttttLeaderId = leader.id;
    ids.sttttTokenId = ((await admin.post(`/api/users/${leader.id}/tokens`, { name: 'Tích hợp' })).json() as { id: string }).id;
    // The department's officer uploads it: administrators do not upload into units' files.
    const up = pdfUpload();
    const sttttOfficer = await t.login('stttt.canbo');
    const file = await sttttOfficer.request({
      method: 'POST',
      url: `/api/files?unitId=${ids.sttttId}`,
      payload: up.payload,
      headers: up.headers,
    });
    ids.sttttFileId = (file.json() as { id: string }).id;
    const division = {
      unitId: randomUUID(),
      name: 'Phòng thử nghiệm sắp xếp',
      code: 'SWEEP.ORG1',
      kind: 'division',
      parentId: ids.sttttId,
    };
    const applied = await admin.post('/api/org-batches', { ...sweepBatch(ids), events: [{ kind: 'establish', unit: division }] });
    ids.sttttBatchId = (applied.json() as { id: string }).id;
  },
  cases: {
    getHealth: { kind: 'public' },
    login: { kind: 'public' },
    logout: { kind: 'self', why: 'ends the caller’s own session' },
    getCurrentUser: { kind: 'self', why: 'the caller’s own profile' },
    changePassword: { kind: 'self', why: 'the caller’s own password' },
    listOrgUnits: { kind: 'scoped-list', why: 'lists only the caller’s subtree and its ancestors', mustNotContain: (ids) => ids.sttttId! },
    getOrgUnit: { kind: 'target', params: (ids) => ({ id: ids.sttttId! }) },
    createOrgUnit: {
      kind: 'target',
      body: (ids) => ({ parentId: ids.sttttId, kind: 'division', code: 'SWEEP.X1', name: 'Phòng thử nghiệm', validFrom: '2025-01-01' }),
    },
    updateOrgUnit: { kind: 'target', params: (ids) => ({ id: ids.sttttId! }), body: () => ({ name: 'Tên bị sửa trái phép' }) },
    moveOrgUnit: { kind: 'target', params: (ids) => ({ id: ids.sttttOfficeId! }), body: (ids) => ({ newParentId: ids.svhttdlId }) },
    closeOrgUnit: {
      kind: 'target',
      params: (ids) => ({ id: ids.sttttOfficeId! }),
      body: () => ({ closedOn: '2025-06-30', reason: 'Sáp nhập đơn vị' }),
    },
    importOrgUnits: {
      kind: 'target',
      body: () => ({
        csv: 'Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Loại đơn vị\nSWEEP.X2,Phòng thử nghiệm,TN.STTTT,division',
        apply: true,
      }),
    },
    getOrgTree: {
      kind: 'scoped-list',
      why: 'the tree as of a date, within the caller’s subtree and its ancestors',
      query: () => 'asOf=2025-05-01',
      mustNotContain: (ids) => ids.sttttId!,
    },
    getUnitLineage: { kind: 'target', params: (ids) => ({ id: ids.sttttId! }) },
    listOrgEvents: { kind: 'target', query: (ids) => `unitId=${ids.sttttId}` },
    previewOrgBatch: { kind: 'target', body: (ids) => sweepBatch(ids) },
    applyOrgBatch: { kind: 'target', body: (ids) => sweepBatch(ids) },
    revertOrgBatch: { kind: 'target', params: (ids) => ({ id: ids.sttttBatchId! }) },
    importOrgBatchFromDocument: {
      kind: 'target',
      body: (ids) => ({
        text: 'Sắp xếp toàn bộ diện tích tự nhiên của xã A thành xã mới có tên gọi là xã B.',
        effectiveDate: '2025-07-01',
        parentId: ids.sttttId,
      }),
    },
    importOrgBatchFromFile: {
      kind: 'target',
      query: (ids) => `effectiveDate=2025-07-01&parentId=${ids.sttttId}`,
      multipart: true,
    },
    listUsers: {
      kind: 'scoped-list',
      why: 'lists only users holding roles in the caller’s subtree',
      mustNotContain: (ids) => ids.sttttOfficerId!,
    },
    getUser: { kind: 'target', params: (ids) => ({ id: ids.sttttOfficerId! }) },
    createUser: {
      kind: 'target',
      body: (ids) => ({
        username: 'sweep.user',
        fullName: 'Người thử',
        password: 'MatKhauManh2025',
        roles: [{ role: 'officer', unitId: ids.sttttId }],
      }),
    },
    updateUser: { kind: 'target', params: (ids) => ({ id: ids.sttttOfficerId! }), body: () => ({ fullName: 'Tên bị sửa' }) },
    disableUser: { kind: 'target', params: (ids) => ({ id: ids.sttttOfficerId! }) },
    enableUser: { kind: 'target', params: (ids) => ({ id: ids.sttttOfficerId! }) },
    resetUserPassword: { kind: 'target', params: (ids) => ({ id: ids.sttttOfficerId! }), body: () => ({ newPassword: 'MatKhauManh2025' }) },
    grantRole: { kind: 'target', params: (ids) => ({ id: ids.sttttOfficerId! }), body: (ids) => ({ role: 'leader', unitId: ids.sttttId }) },
    revokeRole: { kind: 'target', params: (ids) => ({ id: ids.sttttOfficerId!, assignmentId: ids.sttttOfficerRoleId! }) },
    listApiTokens: { kind: 'target', params: (ids) => ({ id: ids.sttttLeaderId! }) },
    createApiToken: { kind: 'target', params: (ids) => ({ id: ids.sttttLeaderId! }), body: () => ({ name: 'Mã trái phép' }) },
    revokeApiToken: { kind: 'target', params: (ids) => ({ id: ids.sttttLeaderId!, tokenId: ids.sttttTokenId! }) },
    listAuditLog: { kind: 'target', query: (ids) => `unitId=${ids.sttttId}` },
    uploadFile: { kind: 'target', query: (ids) => `unitId=${ids.sttttId}`, multipart: true },
    downloadFile: { kind: 'target', params: (ids) => ({ id: ids.sttttFileId! }) },
    checkFileSignatures: { kind: 'target', params: (ids) => ({ id: ids.sttttFileId! }) },
    globalSearch: {
      kind: 'scoped-list',
      why: 'finds only what the caller may read: the department’s uploaded file stays out of an outsider’s results',
      query: () => 'q=tai-lieu',
      mustNotContain: (ids) => ids.sttttFileId!,
    },
  },
};

const sweepBatch = (ids: Record<string, string>) => ({
  title: 'Đổi tên trái phép',
  legalBasis: { number: '1/QĐ-X', date: '2025-06-01', issuer: 'Không rõ' },
  effectiveDate: '2025-07-01',
  events: [{ kind: 'rename', unitId: ids.sttttId, name: 'Tên bị sửa trái phép' }],
});
