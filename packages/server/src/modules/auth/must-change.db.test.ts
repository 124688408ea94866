// A temporary password (new account, administrator's reset) must be changed before the account can do
// anything else, whatever client calls the API; new passwords follow the policy (12 characters, not common).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('temporary passwords and the password policy', () => {
  let t: TestApp;
  let admin: TestClient;
  let userId: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    const created = await admin.call('createUser', {
      body: {
        username: 'tam.thoi',
        fullName: 'Người dùng mới',
        password: 'KhoiDau#2026abc',
        roles: [{ role: 'officer', unitId: await t.unitId('TN.TPTN') }],
      },
    });
    userId = created.data.id;
  });
  afterAll(() => t.close());

  it('allows only reading oneself, changing the password and signing out until the password is changed', async () => {
    const c = await t.login('tam.thoi', 'KhoiDau#2026abc');
    expect((await c.call('getCurrentUser')).data.user.mustChangePassword).toBe(true);
    for (const res of [await c.get('/api/org-units'), await c.get('/api/plans'), await c.get('/api/notifications')]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toEqual({
        code: 'auth.password_change_required',
        message: 'Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.',
      });
    }
    const weak = await c.call('changePassword', { body: { currentPassword: 'KhoiDau#2026abc', newPassword: 'Ngan#2026a' } });
    expect(weak.error.code).toBe('auth.weak_password');
    const common = await c.call('changePassword', { body: { currentPassword: 'KhoiDau#2026abc', newPassword: 'Password2025!' } });
    expect(common.error.code).toBe('auth.common_password');
    expect(common.error.fields!.newPassword).toBeTruthy();
    expect(
      (await c.call('changePassword', { body: { currentPassword: 'KhoiDau#2026abc', newPassword: 'CayDaTayNinh#77' } })).statusCode,
    ).toBe(200);
    expect((await c.get('/api/org-units')).statusCode).toBe(200);
  });

  it('an administrator’s reset makes the password temporary again; resets and new accounts follow the policy', async () => {
    const common = await admin.call('resetUserPassword', { params: { id: userId }, body: { newPassword: 'Iloveyou12345' } });
    expect(common.error.code).toBe('auth.common_password');
    const short = await admin.call('createUser', {
      body: {
        username: 'ngan.qua',
        fullName: 'Mật khẩu ngắn',
        password: 'Ngan#2026a',
        roles: [{ role: 'viewer', unitId: await t.unitId('TN.TPTN') }],
      },
    });
    expect(short.error.code).toBe('auth.weak_password');
    expect((await admin.call('resetUserPassword', { params: { id: userId }, body: { newPassword: 'DatLai#2026xyz' } })).statusCode).toBe(
      200,
    );
    const c = await t.login('tam.thoi', 'DatLai#2026xyz');
    expect((await c.get('/api/org-units')).json().error.code).toBe('auth.password_change_required');
  });
});
