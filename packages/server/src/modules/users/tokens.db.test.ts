// API tokens: a read-only scope, an expiry that cannot lie in the past, and revocation for good when
// the account is disabled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('API tokens', () => {
  let t: TestApp;
  let admin: TestClient;
  let leaderId: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    leaderId = (await admin.call('listUsers', { query: { q: 'stttt.lanhdao' } })).data[0]!.id;
  });
  afterAll(() => t.close());

  const bearer = (token: string) => clientFor(t.app, null, null, { authorization: `Bearer ${token}` });

  it('a read-only token reads but cannot change anything', async () => {
    const created = await admin.call('createApiToken', { params: { id: leaderId }, body: { name: 'Bảng điều khiển', scope: 'read' } });
    expect(created.data.scope).toBe('read');
    const c = bearer(created.data.token);
    expect((await c.get('/api/org-units')).statusCode).toBe(200);
    const write = await c.post('/api/notifications/read-all');
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('auth.token_scope');
    const full = await admin.call('createApiToken', { params: { id: leaderId }, body: { name: 'Tích hợp đầy đủ' } });
    expect(full.data.scope).toBe('full');
  });

  it('a token limited to some modules is refused every other module, whatever the route', async () => {
    const created = await admin.call('createApiToken', {
      params: { id: leaderId },
      body: { name: 'Đồng bộ kế hoạch', modules: ['reports', 'plans'] },
    });
    expect(created.statusCode).toBe(201);
    // Stored and shown in the contract's order.
    expect(created.data.modules).toEqual(['plans', 'reports']);
    const c = bearer(created.data.token);
    expect((await c.get('/api/plans')).statusCode).toBe(200);
    expect((await c.get('/api/reports')).statusCode).toBe(200);
    // The org structure and who the token acts for: every integration needs them.
    expect((await c.get('/api/org-units')).statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    for (const [method, url] of [
      ['GET', '/api/scoring/scorecards'],
      ['GET', '/api/kpi/sets'],
      ['GET', '/api/users'],
      ['GET', '/api/audit'],
      ['POST', '/api/notifications/read-all'],
      ['GET', '/api/no-such-route'],
    ] as const) {
      const res = method === 'GET' ? await c.get(url) : await c.post(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error, url).toMatchObject({ code: 'auth.token_module', message: expect.stringContaining('phân hệ') });
    }
    const listed = (await admin.call('listApiTokens', { params: { id: leaderId } })).data.find((tk) => tk.id === created.data.id);
    expect(listed).toMatchObject({ scope: 'full', modules: ['plans', 'reports'] });
    // Read-only and module limits add up; an empty or repeated list is refused with a Vietnamese message.
    const readPlans = await admin.call('createApiToken', {
      params: { id: leaderId },
      body: { name: 'Đọc kế hoạch', scope: 'read', modules: ['plans'] },
    });
    expect((await bearer(readPlans.data.token).post('/api/plans', { title: 'x' })).json().error.code).toBe('auth.token_scope');
    const empty = await admin.call('createApiToken', { params: { id: leaderId }, body: { name: 'Rỗng', modules: [] } });
    expect(empty.statusCode).toBe(400);
    expect(empty.error.fields!.modules).toContain('phân hệ');
    const twice = await admin.call('createApiToken', { params: { id: leaderId }, body: { name: 'Lặp', modules: ['kpi', 'kpi'] } });
    expect(twice.statusCode).toBe(400);
  });

  it('refuses an expiry date in the past', async () => {
    t.setNow(new Date('2026-12-02T03:00:00Z'));
    const res = await admin.call('createApiToken', { params: { id: leaderId }, body: { name: 'Hết hạn sẵn', expiresOn: '2026-12-01' } });
    expect(res.statusCode).toBe(400);
    expect(res.error.fields!.expiresOn).toContain('quá khứ');
    expect(
      (await admin.call('createApiToken', { params: { id: leaderId }, body: { name: 'Hôm nay', expiresOn: '2026-12-02' } })).statusCode,
    ).toBe(201);
    t.setNow(null);
  });

  it('a disabled user’s tokens stay revoked when the user is enabled again', async () => {
    const { id } = (
      await admin.call('createUser', {
        body: {
          username: 'tich.hop',
          fullName: 'Tài khoản tích hợp',
          password: 'KetNoiBaoCao#26x',
          roles: [{ role: 'viewer', unitId: await t.unitId('TN.TPTN') }],
        },
      })
    ).data;
    const token = (await admin.call('createApiToken', { params: { id }, body: { name: 'Kết nối', scope: 'read' } })).data.token;
    expect((await bearer(token).get('/api/org-units')).statusCode).toBe(200);
    await admin.call('disableUser', { params: { id } });
    await admin.call('enableUser', { params: { id } });
    expect((await bearer(token).get('/api/org-units')).json().error.code).toBe('auth.token_invalid');
    expect((await admin.call('listApiTokens', { params: { id } })).data.every((tk) => tk.revokedAt)).toBe(true);
  });
});
