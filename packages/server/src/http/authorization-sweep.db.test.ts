// Walks every operation of the OpenAPI document: without a session each one answers 401 (unless it is
// declared public with `security: []`), and a user whose roles lie in another subtree gets 403.
// A new route fails this test until it is classified below, so no route ships unchecked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';

type Case =
  | { kind: 'public' }
  | { kind: 'self'; why: string }
  | { kind: 'scoped-list'; why: string; mustNotContain: (f: Fixtures) => string }
  | { kind: 'target'; params?: (f: Fixtures) => Record<string, string>; query?: (f: Fixtures) => string; body?: (f: Fixtures) => unknown };

interface Fixtures {
  sttttId: string;
  sttttOfficeId: string;
  svhttdlId: string;
  sttttOfficerId: string;
  sttttOfficerRoleId: string;
  sttttLeaderId: string;
  sttttTokenId: string;
}

const CASES: Record<string, Case> = {
  getHealth: { kind: 'public' },
  login: { kind: 'public' },
  logout: { kind: 'self', why: 'ends the caller’s own session' },
  getCurrentUser: { kind: 'self', why: 'the caller’s own profile' },
  changePassword: { kind: 'self', why: 'the caller’s own password' },
  listOrgUnits: { kind: 'scoped-list', why: 'lists only the caller’s subtree and its ancestors', mustNotContain: (f) => f.sttttId },
  getOrgUnit: { kind: 'target', params: (f) => ({ id: f.sttttId }) },
  createOrgUnit: { kind: 'target', body: (f) => ({ parentId: f.sttttId, kind: 'division', code: 'SWEEP.X1', name: 'Phòng thử nghiệm', validFrom: '2025-01-01' }) },
  updateOrgUnit: { kind: 'target', params: (f) => ({ id: f.sttttId }), body: () => ({ name: 'Tên bị sửa trái phép' }) },
  moveOrgUnit: { kind: 'target', params: (f) => ({ id: f.sttttOfficeId }), body: (f) => ({ newParentId: f.svhttdlId }) },
  closeOrgUnit: { kind: 'target', params: (f) => ({ id: f.sttttOfficeId }), body: () => ({ closedOn: '2025-06-30', reason: 'Sáp nhập đơn vị' }) },
  importOrgUnits: {
    kind: 'target',
    body: () => ({ csv: 'Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Loại đơn vị\nSWEEP.X2,Phòng thử nghiệm,TN.STTTT,division', apply: true }),
  },
  listUsers: { kind: 'scoped-list', why: 'lists only users holding roles in the caller’s subtree', mustNotContain: (f) => f.sttttOfficerId },
  getUser: { kind: 'target', params: (f) => ({ id: f.sttttOfficerId }) },
  createUser: {
    kind: 'target',
    body: (f) => ({ username: 'sweep.user', fullName: 'Người thử', password: 'MatKhauManh2025', roles: [{ role: 'officer', unitId: f.sttttId }] }),
  },
  updateUser: { kind: 'target', params: (f) => ({ id: f.sttttOfficerId }), body: () => ({ fullName: 'Tên bị sửa' }) },
  disableUser: { kind: 'target', params: (f) => ({ id: f.sttttOfficerId }) },
  enableUser: { kind: 'target', params: (f) => ({ id: f.sttttOfficerId }) },
  resetUserPassword: { kind: 'target', params: (f) => ({ id: f.sttttOfficerId }), body: () => ({ newPassword: 'MatKhauManh2025' }) },
  grantRole: { kind: 'target', params: (f) => ({ id: f.sttttOfficerId }), body: (f) => ({ role: 'leader', unitId: f.sttttId }) },
  revokeRole: { kind: 'target', params: (f) => ({ id: f.sttttOfficerId, assignmentId: f.sttttOfficerRoleId }) },
  listApiTokens: { kind: 'target', params: (f) => ({ id: f.sttttLeaderId }) },
  createApiToken: { kind: 'target', params: (f) => ({ id: f.sttttLeaderId }), body: () => ({ name: 'Mã trái phép' }) },
  revokeApiToken: { kind: 'target', params: (f) => ({ id: f.sttttLeaderId, tokenId: f.sttttTokenId }) },
  listAuditLog: { kind: 'target', query: (f) => `unitId=${f.sttttId}` },
};

interface Operation {
  method: string;
  path: string;
  operationId: string;
  isPublic: boolean;
}

describe('authorisation on every route of the OpenAPI document', () => {
  let t: TestApp;
  let f: Fixtures;
  let operations: Operation[];
  const outsiders: Record<string, TestClient> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.login('admin');
    const [sttttId, sttttOfficeId, svhttdlId] = await Promise.all([t.unitId('TN.STTTT'), t.unitId('TN.STTTT.VP'), t.unitId('TN.SVHTTDL')]);
    const find = async (username: string) => ((await admin.get(`/api/users?q=${username}`)).json() as { id: string; username: string; roles: { id: string }[] }[]).find((u) => u.username === username)!;
    const officer = await find('stttt.canbo');
    const leader = await find('stttt.lanhdao');
    const token = (await admin.post(`/api/users/${leader.id}/tokens`, { name: 'Tích hợp' })).json() as { id: string };
    f = { sttttId, sttttOfficeId, svhttdlId, sttttOfficerId: officer.id, sttttOfficerRoleId: officer.roles[0]!.id, sttttLeaderId: leader.id, sttttTokenId: token.id };
    // Two kinds of outsider: an administrator of another department (all rights, wrong subtree) and a
    // viewer of that department (few rights, wrong subtree).
    for (const [username, role] of [['svh.quantri', 'admin'], ['svh.theodoi', 'viewer']] as const) {
      const res = await admin.post('/api/users', { username, fullName: `Người dùng ${role}`, password: 'MatKhauManh2025', roles: [{ role, unitId: svhttdlId }] });
      expect(res.statusCode).toBe(201);
      outsiders[role] = await t.login(username, 'MatKhauManh2025');
    }
    const doc = (await t.anonymous.get('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { operationId?: string; security?: unknown[] }>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId ?? '',
        isPublic: Array.isArray(op.security) && op.security.length === 0,
      })),
    );
  });
  afterAll(() => t.close());

  const urlFor = (op: Operation, c: Case) => {
    const params = c.kind === 'target' && c.params ? c.params(f) : {};
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '00000000-0000-4000-8000-000000000000');
    const query = c.kind === 'target' && c.query ? `?${c.query(f)}` : '';
    return path + query;
  };

  it('every operation has an operationId and a classification here', () => {
    expect(operations.length).toBeGreaterThan(20);
    for (const op of operations) {
      expect(op.operationId, `${op.method} ${op.path}`).not.toBe('');
      expect(CASES[op.operationId], `classify ${op.operationId} in CASES`).toBeDefined();
    }
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
  });

  it('answers 401 with a Vietnamese message to every non-public operation without a session', async () => {
    for (const op of operations) {
      const c = CASES[op.operationId]!;
      expect(op.isPublic, `${op.operationId} public flag`).toBe(c.kind === 'public');
      if (op.isPublic) continue;
      const body = c.kind === 'target' && c.body ? c.body(f) : op.method === 'GET' || op.method === 'DELETE' ? undefined : {};
      const res = await t.anonymous.request({ method: op.method as 'GET', url: urlFor(op, c), ...(body === undefined ? {} : { payload: body as object }) });
      expect(res.statusCode, `${op.operationId} without session`).toBe(401);
      expect(res.json().error.message, op.operationId).toMatch(/đăng nhập/);
    }
  });

  it('answers 403 to users whose roles lie in another subtree, and their lists leave that subtree out', async () => {
    for (const [role, client] of Object.entries(outsiders)) {
      for (const op of operations) {
        const c = CASES[op.operationId]!;
        if (c.kind === 'public' || c.kind === 'self') continue;
        const body = c.kind === 'target' && c.body ? c.body(f) : undefined;
        const res = await client.request({ method: op.method as 'GET', url: urlFor(op, c), ...(body === undefined ? {} : { payload: body as object }) });
        if (c.kind === 'scoped-list') {
          if (res.statusCode === 200) expect(res.body, `${role} ${op.operationId}`).not.toContain(c.mustNotContain(f));
          else expect(res.statusCode, `${role} ${op.operationId}`).toBe(403);
          continue;
        }
        expect(res.statusCode, `${role} ${op.operationId}: ${res.body}`).toBe(403);
        expect(res.json().error.code, `${role} ${op.operationId}`).toMatch(/^auth\.(forbidden|out_of_scope)$/);
      }
    }
    // Nothing changed in the other subtree.
    const admin = await t.login('admin');
    const unit = (await admin.get(`/api/org-units/${f.sttttId}`)).json() as { name: string };
    expect(unit.name).toBe('Sở Thông tin và Truyền thông');
  });
});
