import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('audit log', () => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    t.setNow(null);
    admin = await t.login('admin');
  });
  afterAll(() => t.close());
  const audit = async (
    query: { entityType?: string; entityId?: string; userId?: string; unitId?: string; from?: string; to?: string },
    client = admin,
  ) => client.call('listAuditLog', { query });

  it('records who changed what, when, with before and after, and never a secret', async () => {
    t.setNow(new Date('2025-04-10T03:00:00Z'));
    const unitId = await t.unitId('TN.TANBIEN');
    admin = await t.login('admin');
    await admin.call('updateOrgUnit', { params: { id: unitId }, body: { shortName: 'UBND Tân Biên' } });
    const page = (await audit({ entityType: 'org_unit', entityId: unitId })).data;
    const entry = page.items.find((e) => e.action === 'org.unit_updated')!;
    expect(entry.actorName).toBe('Quản trị hệ thống (admin)');
    expect(entry.at).toBe('2025-04-10T03:00:00.000Z');
    expect(entry.unitName).toBe('Ủy ban nhân dân huyện Tân Biên');
    expect((entry.before as { shortName: string | null }).shortName).toBeNull();
    expect((entry.after as { shortName: string }).shortName).toBe('UBND Tân Biên');

    const created = await admin.call('createUser', {
      body: { username: 'audit.user', fullName: 'Người kiểm tra', password: 'MatKhauManh2025', roles: [{ role: 'viewer', unitId }] },
    });
    const log = (await audit({ entityType: 'user', entityId: created.data.id })).raw.body;
    expect(log).toContain('user.created');
    expect(log).not.toContain('argon2');
    expect(log).not.toContain('MatKhauManh2025');
  });

  it('filters by user, unit subtree and dates judged in the province’s calendar', async () => {
    const officer = await t.login('tptn.canbo');
    const me = (await officer.call('getCurrentUser')).data.user;
    const byUser = (await audit({ userId: me.id })).data;
    expect(byUser.items.length).toBeGreaterThan(0);
    expect(byUser.items.every((e) => e.actorId === me.id)).toBe(true);

    const tptn = await t.unitId('TN.TPTN');
    t.setNow(new Date('2025-04-30T17:30:00Z')); // 00:30 on 1 May in Tây Ninh
    admin = await t.login('admin');
    await admin.call('updateOrgUnit', { params: { id: await t.unitId('TN.TPTN.P1') }, body: { shortName: 'P1' } });
    t.setNow(null);
    admin = await t.login('admin');
    const inSubtree = (await audit({ unitId: tptn })).data;
    expect(inSubtree.items.map((e) => e.unitName)).toContain('Ủy ban nhân dân Phường 1');
    const onMay1 = (await audit({ unitId: tptn, from: '2025-05-01', to: '2025-05-01' })).data;
    expect(onMay1.items).toHaveLength(1);
    const onApr30 = (await audit({ unitId: tptn, from: '2025-04-30', to: '2025-04-30' })).data;
    expect(onApr30.items).toHaveLength(0);
  });

  it('is for administrators only', async () => {
    const coordinator = await t.login('snv.dieuphoi');
    expect((await audit({}, coordinator)).statusCode).toBe(403);
  });
});
