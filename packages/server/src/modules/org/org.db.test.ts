import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import type { OrgUnitDto } from '@dvcq/shared';

describe('org tree', () => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('shows the Tây Ninh demo tree: province, departments, districts, communes and divisions', async () => {
    const units = (await admin.get('/api/org-units')).json() as OrgUnitDto[];
    const names = units.map((u) => u.name);
    expect(names).toContain('Ủy ban nhân dân tỉnh Tây Ninh');
    expect(names).toContain('Sở Nội vụ');
    expect(names).toContain('Ủy ban nhân dân thành phố Tây Ninh');
    expect(names).toContain('Thư viện tỉnh');
    const kinds = new Set(units.map((u) => u.kind));
    for (const k of ['province', 'department', 'district', 'commune', 'division', 'public_service', 'central_agency']) expect(kinds).toContain(k);
    const root = units.find((u) => u.parentId === null)!;
    expect(root.childCount).toBeGreaterThan(20);
  });

  it('finds units ignoring diacritics and case', async () => {
    const found = (await admin.get(`/api/org-units?q=${encodeURIComponent('so noi VU')}`)).json() as OrgUnitDto[];
    expect(found.map((u) => u.name)).toEqual(['Sở Nội vụ']);
  });

  it('a unit officer sees their own subtree and the units above it, nothing beside it', async () => {
    const officer = await t.login('tptn.canbo');
    const units = (await officer.get('/api/org-units')).json() as OrgUnitDto[];
    const names = units.map((u) => u.name);
    expect(names).toContain('Ủy ban nhân dân thành phố Tây Ninh');
    expect(names).toContain('Ủy ban nhân dân Phường 1');
    expect(names).toContain('Ủy ban nhân dân tỉnh Tây Ninh');
    expect(names).not.toContain('Sở Nội vụ');
    expect(names).not.toContain('Ủy ban nhân dân huyện Gò Dầu');
  });

  it('creates, renames (keeping the old name in history), moves a subtree and closes a unit', async () => {
    const parentId = await t.unitId('TN.SNV');
    const created = await admin.post('/api/org-units', { parentId, kind: 'division', code: 'TN.SNV.PTDKT', name: 'Phòng Thi đua, khen thưởng', validFrom: '2024-01-01' });
    expect(created.statusCode).toBe(201);
    const unit = created.json() as OrgUnitDto;
    const child = (await admin.post('/api/org-units', { parentId: unit.id, kind: 'division', code: 'TN.SNV.PTDKT.T1', name: 'Tổ tổng hợp', validFrom: '2024-01-01' })).json() as OrgUnitDto;

    const renamed = await admin.patch(`/api/org-units/${unit.id}`, { name: 'Ban Thi đua - Khen thưởng', renamedOn: '2025-03-01', expectedVersion: unit.version });
    expect(renamed.statusCode).toBe(200);
    const detail = (await admin.get(`/api/org-units/${unit.id}`)).json() as { nameHistory: { name: string; validFrom: string; validTo: string | null }[] };
    expect(detail.nameHistory).toEqual([
      { name: 'Phòng Thi đua, khen thưởng', validFrom: '2024-01-01', validTo: '2025-02-28' },
      { name: 'Ban Thi đua - Khen thưởng', validFrom: '2025-03-01', validTo: null },
    ]);
    // A stale edit is refused instead of silently overwriting.
    const stale = await admin.patch(`/api/org-units/${unit.id}`, { name: 'Tên cũ', expectedVersion: unit.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('org.version_conflict');

    const newParent = await t.unitId('TN.SVHTTDL');
    expect((await admin.post(`/api/org-units/${unit.id}/move`, { newParentId: newParent })).statusCode).toBe(200);
    const movedChild = (await admin.get(`/api/org-units/${child.id}`)).json() as { ancestors: { name: string }[]; depth: number };
    expect(movedChild.ancestors.map((a) => a.name)).toEqual(['Ủy ban nhân dân tỉnh Tây Ninh', 'Sở Văn hóa, Thể thao và Du lịch', 'Ban Thi đua - Khen thưởng']);
    expect(movedChild.depth).toBe(3);
    // A unit cannot move under its own descendant.
    const cycle = await admin.post(`/api/org-units/${unit.id}/move`, { newParentId: child.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.code).toBe('org.cycle');

    const blocked = await admin.post(`/api/org-units/${unit.id}/close`, { closedOn: '2025-07-01', reason: 'Sáp nhập' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.message).toContain('đơn vị trực thuộc');
    expect((await admin.post(`/api/org-units/${child.id}/close`, { closedOn: '2025-07-01', reason: 'Sáp nhập vào Văn phòng Sở' })).statusCode).toBe(200);
    const closed = (await admin.post(`/api/org-units/${unit.id}/close`, { closedOn: '2025-07-01', reason: 'Sáp nhập vào Văn phòng Sở' })).json() as OrgUnitDto;
    expect(closed.validTo).toBe('2025-07-01');
    const open = (await admin.get('/api/org-units')).json() as OrgUnitDto[];
    expect(open.map((u) => u.id)).not.toContain(unit.id);
    const all = (await admin.get('/api/org-units?includeClosed=true')).json() as OrgUnitDto[];
    expect(all.map((u) => u.id)).toContain(unit.id);
    // As of a date before closing, the unit is there under the name it had then.
    const asOf = (await admin.get('/api/org-units?asOf=2025-05-01')).json() as OrgUnitDto[];
    expect(asOf.map((u) => u.id)).toContain(unit.id);
  });

  it('refuses bad input with field messages and writes nothing', async () => {
    const parentId = await t.unitId('TN.SNV');
    const before = ((await admin.get('/api/org-units')).json() as OrgUnitDto[]).length;
    const bad = await admin.post('/api/org-units', { parentId, kind: 'planet', code: 'có dấu', name: '', validFrom: '31/12/2025' });
    expect(bad.statusCode).toBe(400);
    const body = bad.json();
    expect(body.error.code).toBe('request.invalid');
    expect(Object.keys(body.error.fields)).toEqual(expect.arrayContaining(['kind', 'code', 'name', 'validFrom']));
    const dup = await admin.post('/api/org-units', { parentId, kind: 'division', code: 'tn.snv', name: 'Trùng mã', validFrom: '2025-01-01' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toBe('Mã đơn vị đã được sử dụng.');
    expect(((await admin.get('/api/org-units')).json() as OrgUnitDto[]).length).toBe(before);
  });

  it('imports a CSV saved by Excel (BOM, semicolons, dd/mm/yyyy): preview with per-row errors, then all-or-nothing', async () => {
    const bad = '\uFEFFMã đơn vị;Tên đơn vị;Mã đơn vị cấp trên;Loại đơn vị;Tên viết tắt;Ngày hiệu lực\r\n' +
      'TN.GODAU.THANHPHUOC;Ủy ban nhân dân xã Thạnh Phước;TN.GODAU;Xã;;01/01/2025\r\n' +
      'TN.GODAU.X2;Ủy ban nhân dân xã Phước Đông;TN.KHONGCO;commune;;01/01/2025\r\n' +
      'TN.GODAU.X3;Ủy ban nhân dân xã Bàu Đồn;TN.GODAU;hành tinh;;31/02/2025\r\n';
    const preview = (await admin.post('/api/org-units/import', { csv: bad, apply: false })).json();
    expect(preview.createCount).toBe(3);
    expect(preview.rows[0].errors).toEqual([]);
    expect(preview.rows[1].errors.join(' ')).toContain('TN.KHONGCO');
    expect(preview.rows[2].errors.join(' ')).toContain('hành tinh');
    expect(preview.rows[2].errors.join(' ')).toContain('31/02/2025');
    const refused = await admin.post('/api/org-units/import', { csv: bad, apply: true });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('org.import_has_errors');
    expect((await admin.get(`/api/org-units?q=Thanh Phuoc`)).json()).toEqual([]);

    const good = '\uFEFFMã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Loại đơn vị,Tên viết tắt,Ngày hiệu lực\r\n' +
      'TN.GODAU.PNV,Phòng Nội vụ huyện Gò Dầu,TN.GODAU,Phòng,,01/01/2025\r\n' +
      'TN.GODAU.PNV.T1,"Tổ công tác dân vận, dân chủ",TN.GODAU.PNV,division,,01/01/2025\r\n' +
      'TN.SNV,Sở Nội vụ tỉnh Tây Ninh,TN,department,SNV,\r\n';
    const applied = (await admin.post('/api/org-units/import', { csv: good, apply: true })).json();
    expect(applied).toMatchObject({ applied: true, createCount: 2, updateCount: 1, errorCount: 0 });
    const found = (await admin.get(`/api/org-units?q=${encodeURIComponent('to cong tac dan van')}`)).json() as OrgUnitDto[];
    expect(found[0]!.name).toBe('Tổ công tác dân vận, dân chủ');
    expect(((await admin.get(`/api/org-units/${await t.unitId('TN.SNV')}`)).json() as OrgUnitDto).name).toBe('Sở Nội vụ tỉnh Tây Ninh');
  });

  it('says which columns are expected when the header is wrong', async () => {
    const res = await admin.post('/api/org-units/import', { csv: 'a,b,c\n1,2,3', apply: false });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Mã đơn vị,Tên đơn vị');
  });
});
