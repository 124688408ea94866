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
