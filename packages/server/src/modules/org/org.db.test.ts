// The org tree through the HTTP API: what each person sees, creating, renaming (with history), moving
// and closing units, and the CSV import. Tests change only units they create themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('org tree', () => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('shows the Tây Ninh demo tree: province, departments, districts, communes and divisions', async () => {
    const units = (await admin.call('listOrgUnits')).data;
    const names = units.map((u) => u.name);
    expect(names).toContain('Ủy ban nhân dân tỉnh Tây Ninh');
    expect(names).toContain('Sở Nội vụ');
    expect(names).toContain('Ủy ban nhân dân thành phố Tây Ninh');
    expect(names).toContain('Thư viện tỉnh');
    const kinds = new Set(units.map((u) => u.kind));
    for (const k of ['province', 'department', 'district', 'commune', 'division', 'public_service', 'central_agency'])
      expect(kinds).toContain(k);
    const root = units.find((u) => u.parentId === null)!;
    expect(root.childCount).toBeGreaterThan(20);
  });

  it('finds units ignoring diacritics and case', async () => {
    const found = (await admin.call('listOrgUnits', { query: { q: 'so noi VU' } })).data;
    expect(found.map((u) => u.name)).toEqual(['Sở Nội vụ']);
  });

  it('a unit officer sees their own subtree and the units above it, nothing beside it', async () => {
    const officer = await t.login('tptn.canbo');
    const units = (await officer.call('listOrgUnits')).data;
    const names = units.map((u) => u.name);
    expect(names).toContain('Ủy ban nhân dân thành phố Tây Ninh');
    expect(names).toContain('Ủy ban nhân dân Phường 1');
    expect(names).toContain('Ủy ban nhân dân tỉnh Tây Ninh');
    expect(names).not.toContain('Sở Nội vụ');
    expect(names).not.toContain('Ủy ban nhân dân huyện Gò Dầu');
  });

  it('creates, renames (keeping the old name in history), moves a subtree and closes a unit', async () => {
    const parentId = await t.unitId('TN.SNV');
    const created = await admin.call('createOrgUnit', {
      body: { parentId, kind: 'division', code: 'TN.SNV.PTDKT', name: 'Phòng Thi đua, khen thưởng', validFrom: '2024-01-01' },
    });
    expect(created.statusCode).toBe(201);
    const unit = created.data;
    const child = (
      await admin.call('createOrgUnit', {
        body: { parentId: unit.id, kind: 'division', code: 'TN.SNV.PTDKT.T1', name: 'Tổ tổng hợp', validFrom: '2024-01-01' },
      })
    ).data;

    const renamed = await admin.call('updateOrgUnit', {
      params: { id: unit.id },
      body: { name: 'Ban Thi đua - Khen thưởng', renamedOn: '2025-03-01', expectedVersion: unit.version },
    });
    expect(renamed.statusCode).toBe(200);
    const detail = (await admin.call('getOrgUnit', { params: { id: unit.id } })).data;
    expect(detail.nameHistory).toEqual([
      { name: 'Phòng Thi đua, khen thưởng', validFrom: '2024-01-01', validTo: '2025-02-28' },
      { name: 'Ban Thi đua - Khen thưởng', validFrom: '2025-03-01', validTo: null },
    ]);
    // A stale edit is refused instead of silently overwriting.
    const stale = await admin.call('updateOrgUnit', { params: { id: unit.id }, body: { name: 'Tên cũ', expectedVersion: unit.version } });
    expect(stale.statusCode).toBe(409);
    expect(stale.error.code).toBe('org.version_conflict');

    const newParent = await t.unitId('TN.SVHTTDL');
    expect((await admin.call('moveOrgUnit', { params: { id: unit.id }, body: { newParentId: newParent } })).statusCode).toBe(200);
    const movedChild = (await admin.call('getOrgUnit', { params: { id: child.id } })).data;
    expect(movedChild.ancestors.map((a) => a.name)).toEqual([
      'Ủy ban nhân dân tỉnh Tây Ninh',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Ban Thi đua - Khen thưởng',
    ]);
    expect(movedChild.depth).toBe(3);
    // A unit cannot move under its own descendant.
    const cycle = await admin.call('moveOrgUnit', { params: { id: unit.id }, body: { newParentId: child.id } });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.error.code).toBe('org.cycle');

    const close = (id: string) =>
      admin.call('closeOrgUnit', { params: { id }, body: { closedOn: '2025-07-01', reason: 'Sáp nhập vào Văn phòng Sở' } });
    const blocked = await close(unit.id);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.error.message).toContain('đơn vị trực thuộc');
    expect((await close(child.id)).statusCode).toBe(200);
    const closed = (await close(unit.id)).data;
    expect(closed.validTo).toBe('2025-07-01');
    const open = (await admin.call('listOrgUnits')).data;
    expect(open.map((u) => u.id)).not.toContain(unit.id);
    const all = (await admin.call('listOrgUnits', { query: { includeClosed: 'true' } })).data;
    expect(all.map((u) => u.id)).toContain(unit.id);
    // As of a date before closing, the unit is there under the name it had then.
    const asOf = (await admin.call('listOrgUnits', { query: { asOf: '2025-05-01' } })).data;
    expect(asOf.map((u) => u.id)).toContain(unit.id);
  });

  it('refuses bad input with field messages and writes nothing', async () => {
    const parentId = await t.unitId('TN.SNV');
    const count = async () => (await admin.call('listOrgUnits')).data.length;
    const before = await count();
    // raw: the body breaks the contract on purpose
    const bad = await admin.post('/api/org-units', { parentId, kind: 'planet', code: 'có dấu', name: '', validFrom: '31/12/2025' });
    expect(bad.statusCode).toBe(400);
    const body = bad.json();
    expect(body.error.code).toBe('request.invalid');
    expect(Object.keys(body.error.fields)).toEqual(expect.arrayContaining(['kind', 'code', 'name', 'validFrom']));
    const dup = await admin.call('createOrgUnit', {
      body: { parentId, kind: 'division', code: 'tn.snv', name: 'Trùng mã', validFrom: '2025-01-01' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.error.message).toBe('Mã đơn vị đã được sử dụng.');
    expect(await count()).toBe(before);
  });

  it('imports a CSV saved by Excel (BOM, semicolons, dd/mm/yyyy): preview with per-row errors, then all-or-nothing', async () => {
    const bad =
      '\uFEFFMã đơn vị;Tên đơn vị;Mã đơn vị cấp trên;Loại đơn vị;Tên viết tắt;Ngày hiệu lực\r\n' +
      'TN.GODAU.THANHPHUOC;Ủy ban nhân dân xã Thạnh Phước;TN.GODAU;Xã;;01/01/2025\r\n' +
      'TN.GODAU.X2;Ủy ban nhân dân xã Phước Đông;TN.KHONGCO;commune;;01/01/2025\r\n' +
      'TN.GODAU.X3;Ủy ban nhân dân xã Bàu Đồn;TN.GODAU;hành tinh;;31/02/2025\r\n';
    const importCsv = (csv: string, apply: boolean) => admin.call('importOrgUnits', { body: { csv, apply } });
    const preview = (await importCsv(bad, false)).data;
    expect(preview.createCount).toBe(3);
    expect(preview.rows[0]!.errors).toEqual([]);
    expect(preview.rows[1]!.errors.join(' ')).toContain('TN.KHONGCO');
    expect(preview.rows[2]!.errors.join(' ')).toContain('hành tinh');
    expect(preview.rows[2]!.errors.join(' ')).toContain('31/02/2025');
    const refused = await importCsv(bad, true);
    expect(refused.statusCode).toBe(400);
    expect(refused.error.code).toBe('org.import_has_errors');
    expect((await admin.call('listOrgUnits', { query: { q: 'Thanh Phuoc' } })).data).toEqual([]);

    // A unit the file renames (units already there are updated in place).
    const godau = await t.unitId('TN.GODAU');
    await admin.call('createOrgUnit', {
      body: { parentId: godau, kind: 'division', code: 'TN.GODAU.PVH', name: 'Phòng Văn hóa huyện Gò Dầu', validFrom: '2020-01-01' },
    });

    const good =
      '\uFEFFMã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Loại đơn vị,Tên viết tắt,Ngày hiệu lực\r\n' +
      'TN.GODAU.PNV,Phòng Nội vụ huyện Gò Dầu,TN.GODAU,Phòng,,01/01/2025\r\n' +
      'TN.GODAU.PNV.T1,"Tổ công tác dân vận, dân chủ",TN.GODAU.PNV,division,,01/01/2025\r\n' +
      'TN.GODAU.PVH,Phòng Văn hóa và Thông tin huyện Gò Dầu,TN.GODAU,division,PVHTT,\r\n';
    const applied = (await importCsv(good, true)).data;
    expect(applied).toMatchObject({ applied: true, createCount: 2, updateCount: 1, errorCount: 0 });
    const found = (await admin.call('listOrgUnits', { query: { q: 'to cong tac dan van' } })).data;
    expect(found[0]!.name).toBe('Tổ công tác dân vận, dân chủ');
    expect((await admin.call('getOrgUnit', { params: { id: await t.unitId('TN.GODAU.PVH') } })).data.name).toBe(
      'Phòng Văn hóa và Thông tin huyện Gò Dầu',
    );
  });

  it('says which columns are expected when the header is wrong', async () => {
    const res = await admin.call('importOrgUnits', { body: { csv: 'a,b,c\n1,2,3', apply: false } });
    expect(res.statusCode).toBe(400);
    expect(res.error.message).toContain('Mã đơn vị,Tên đơn vị');
  });
});
