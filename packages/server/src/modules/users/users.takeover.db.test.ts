// A sub-unit administrator manages only people whose every role lies inside the sub-unit: one extra
// viewer role on the sub-unit must not hand them a province-wide account (password reset, token, disable,
// role changes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('sub-unit administrators and province-wide accounts', () => {
  let t: TestApp;
  let subAdmin: TestClient;
  let coordinatorId: string;
  let cityOfficerId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.login('admin');
    const city = await t.unitId('TN.TPTN');
    // The province coordinator also gets a viewer role on the city: the lever of the attack.
    const coordinator = (await admin.call('listUsers', { query: { q: 'snv.dieuphoi' } })).data[0]!;
    coordinatorId = coordinator.id;
    expect((await admin.call('grantRole', { params: { id: coordinatorId }, body: { role: 'viewer', unitId: city } })).statusCode).toBe(200);
    cityOfficerId = (await admin.call('listUsers', { query: { q: 'tptn.canbo' } })).data[0]!.id;
    await admin.call('createUser', {
      body: {
        username: 'tptn.quantri',
        fullName: 'Quản trị thành phố',
        password: 'QuanTriThanhPho#2026',
        roles: [{ role: 'admin', unitId: city }],
      },
    });
    subAdmin = await t.loginChanging('tptn.quantri', 'QuanTriThanhPho#2026');
  });
  afterAll(() => t.close());

  it('cannot reset the password of, mint a token for, disable, edit or re-role a province-wide account', async () => {
    const id = coordinatorId;
    const attempts = [
      await subAdmin.call('resetUserPassword', { params: { id }, body: { newPassword: 'ChiemQuyen#2026xyz' } }),
      await subAdmin.call('createApiToken', { params: { id }, body: { name: 'chiếm quyền' } }),
      await subAdmin.call('disableUser', { params: { id } }),
      await subAdmin.call('updateUser', { params: { id }, body: { fullName: 'Đã bị chiếm' } }),
      await subAdmin.call('grantRole', { params: { id }, body: { role: 'officer', unitId: await t.unitId('TN.TPTN') } }),
      await subAdmin.call('getUser', { params: { id } }),
      await subAdmin.call('listApiTokens', { params: { id } }),
    ];
    for (const res of attempts) {
      expect(res.statusCode).toBe(403);
      expect(res.error.code).toBe('auth.out_of_scope');
    }
    // The coordinator still signs in with the demo password and is still enabled.
    expect((await t.login('snv.dieuphoi')).cookie).toBeTruthy();
  });

  it('still manages the people wholly inside the city', async () => {
    const res = await subAdmin.call('createApiToken', { params: { id: cityOfficerId }, body: { name: 'Tích hợp thành phố' } });
    expect(res.statusCode).toBe(201);
    expect((await subAdmin.call('getUser', { params: { id: cityOfficerId } })).statusCode).toBe(200);
  });
});
