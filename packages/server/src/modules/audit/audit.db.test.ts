import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import type { AuditEntryDto } from '@dvcq/shared';

describe('audit log', () => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('records who changed what, when, with before and after, and never a secret', async () => {
    t.setNow(new Date('2025-04-10T03:00:00Z'));
    const unitId = await t.unitId('TN.TANBIEN');
    await admin.patch(`/api/org-units/${unitId}`, { shortName: 'UBND Tân Biên' });
    const page = (await admin.get(`/api/audit?entityType=org_unit&entityId=${unitId}`)).json() as { items: AuditEntryDto[]; total: number };
    const entry = page.items.find((e) => e.action === 'org.unit_updated')!;
    expect(entry.actorName).toBe('Quản trị hệ thống (admin)');
    expect(entry.at).toBe('2025-04-10T03:00:00.000Z');
    expect(entry.unitName).toBe('Ủy ban nhân dân huyện Tân Biên');
    expect((entry.before as { shortName: string | null }).shortName).toBeNull();
    expect((entry.after as { shortName: string }).shortName).toBe('UBND Tân Biên');

    const created = await admin.post('/api/users', { username: 'audit.user', fullName: 'Người kiểm tra', password: 'MatKhauManh2025', roles: [{ role: 'viewer', unitId }] });
    const log = (await admin.get(`/api/audit?entityType=user&entityId=${created.json().id}`)).body;
    expect(log).toContain('user.created');
    expect(log).not.toContain('argon2');
    expect(log).not.toContain('MatKhauManh2025');
    t.setNow(new Date());
  });

  it('filters by user, unit subtree and dates judged in the province’s calendar', async () => {
    const officer = await t.login('tptn.canbo');
    const me = (await officer.get('/api/auth/me')).json().user;
    const byUser = (await admin.get(`/api/audit?userId=${me.id}`)).json() as { items: AuditEntryDto[] };
    expect(byUser.items.length).toBeGreaterThan(0);
    expect(byUser.items.every((e) => e.actorId === me.id)).toBe(true);

    const tptn = await t.unitId('TN.TPTN');
    t.setNow(new Date('2025-04-30T17:30:00Z')); // 00:30 on 1 May in Tây Ninh
    await admin.patch(`/api/org-units/${await t.unitId('TN.TPTN.P1')}`, { shortName: 'P1' });
    t.setNow(new Date());
    const inSubtree = (await admin.get(`/api/audit?unitId=${tptn}`)).json() as { items: AuditEntryDto[] };
    expect(inSubtree.items.map((e) => e.unitName)).toContain('Ủy ban nhân dân Phường 1');
    const onMay1 = (await admin.get(`/api/audit?unitId=${tptn}&from=2025-05-01&to=2025-05-01`)).json() as { items: AuditEntryDto[] };
    expect(onMay1.items).toHaveLength(1);
    const onApr30 = (await admin.get(`/api/audit?unitId=${tptn}&from=2025-04-30&to=2025-04-30`)).json() as { items: AuditEntryDto[] };
    expect(onApr30.items).toHaveLength(0);
  });

  it('is for administrators only', async () => {
    const coordinator = await t.login('snv.dieuphoi');
    const res = await coordinator.get('/api/audit');
    expect(res.statusCode).toBe(403);
  });
});
