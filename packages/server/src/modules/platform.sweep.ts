// Sweep cases for the platform routes: auth, org units, users, tokens, audit, files, health.
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
    const up = pdfUpload();
    const file = await admin.request({ method: 'POST', url: `/api/files?unitId=${ids.sttttId}`, payload: up.payload, headers: up.headers });
    ids.sttttFileId = (file.json() as { id: string }).id;
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
  },
};
