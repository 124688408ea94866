// Walks every operation of the OpenAPI document: without a session each one answers 401 (unless it is
// declared public with `security: []`), and a user whose roles lie in another subtree gets 403.
// A new route fails this test until it is classified below, so no route ships unchecked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { pdfUpload, type Ids, type SweepCase } from '../testing/sweep.ts';
import { SWEEP_MODULES } from '../testing/sweep-modules.ts';

const CASES: Record<string, SweepCase> = Object.assign({}, ...SWEEP_MODULES.map((m) => m.cases));

interface Operation {
  method: string;
  path: string;
  operationId: string;
  isPublic: boolean;
}

describe('authorisation on every route of the OpenAPI document', () => {
  let t: TestApp;
  const f: Ids = {};
  let operations: Operation[];
  const outsiders: Record<string, TestClient> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.login('admin');
    for (const m of SWEEP_MODULES) await m.prepare?.({ t, admin, ids: f });
    const svhttdlId = await t.unitId('TN.SVHTTDL');
    // Two kinds of outsider: an administrator of another department (all rights, wrong subtree) and a
    // viewer of that department (few rights, wrong subtree).
    for (const [username, role] of [
      ['svh.quantri', 'admin'],
      ['svh.theodoi', 'viewer'],
    ] as const) {
      const res = await admin.post('/api/users', {
        username,
        fullName: `Người dùng ${role}`,
        password: 'MatKhauManh2025',
        roles: [{ role, unitId: svhttdlId }],
      });
      expect(res.statusCode).toBe(201);
      outsiders[role] = await t.loginChanging(username, 'MatKhauManh2025');
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

  const urlFor = (op: Operation, c: SweepCase) => {
    const params = c.kind === 'target' && c.params ? c.params(f) : {};
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '00000000-0000-4000-8000-000000000000');
    const query = (c.kind === 'target' || c.kind === 'scoped-list') && c.query ? `?${c.query(f)}` : '';
    return path + query;
  };

  it('every operation has an operationId and a classification here', () => {
    expect(operations.length).toBeGreaterThan(20);
    for (const op of operations) {
      expect(op.operationId, `${op.method} ${op.path}`).not.toBe('');
      expect(CASES[op.operationId], `classify ${op.operationId} in a module's sweep cases (testing/sweep-modules.ts)`).toBeDefined();
    }
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
  });

  it('answers 401 with a Vietnamese message to every non-public operation without a session', async () => {
    for (const op of operations) {
      const c = CASES[op.operationId]!;
      expect(op.isPublic, `${op.operationId} public flag`).toBe(c.kind === 'public');
      if (op.isPublic) continue;
      const body = c.kind === 'target' && c.body ? c.body(f) : op.method === 'GET' || op.method === 'DELETE' ? undefined : {};
      const res = await t.anonymous.request({
        method: op.method as 'GET',
        url: urlFor(op, c),
        ...(body === undefined ? {} : { payload: body as object }),
      });
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
        const upload = c.kind === 'target' && c.multipart ? pdfUpload() : null;
        const res = await client.request({
          method: op.method as 'GET',
          url: urlFor(op, c),
          ...(upload ? { payload: upload.payload, headers: upload.headers } : body === undefined ? {} : { payload: body as object }),
        });
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
