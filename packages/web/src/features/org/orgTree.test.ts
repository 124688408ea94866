// The org tree as people read it: the province at the top, departments before districts, Vietnamese
// alphabetical order, closed units last; searching without diacritics finds and opens the right branch.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { orgUnit, type OrgUnitDto, type UnitKind } from '@dvcq/shared';
import { buildOrgTree, filterOrgTree, highlightRanges, subtreeIds, unitSearchText, type OrgNode } from './orgTree.ts';

/** A small province: UBND tỉnh → departments, a city with communes, a closed department. */
function province() {
  const units: OrgUnitDto[] = [];
  const add = (name: string, kind: UnitKind, parent: OrgUnitDto | null, extra: Partial<OrgUnitDto> = {}): OrgUnitDto => {
    const u = orgUnit.parse({
      id: randomUUID(),
      parentId: parent?.id ?? null,
      kind,
      code: extra.code ?? `TN.${units.length}`,
      name,
      shortName: extra.shortName ?? null,
      validFrom: '2025-07-01',
      validTo: extra.validTo ?? null,
      closedReason: extra.validTo ? 'Sáp nhập' : null,
      depth: parent ? parent.depth + 1 : 0,
      childCount: 0,
      version: 1,
    });
    units.push(u);
    return u;
  };
  const tinh = add('Ủy ban nhân dân tỉnh Tây Ninh', 'province', null, { code: 'TN' });
  const city = add('Ủy ban nhân dân thành phố Tây Ninh', 'district', tinh, { code: 'TN.TPTN' });
  const yte = add('Sở Y tế', 'department', tinh, { code: 'TN.SYT' });
  const noivu = add('Sở Nội vụ', 'department', tinh, { code: 'TN.SNV', shortName: 'SNV' });
  const closed = add('Sở Khoa học và Công nghệ', 'department', tinh, { code: 'TN.SKHCN', validTo: '2025-03-01' });
  const ward3 = add('Phường 3', 'commune', city, { code: 'TN.TPTN.P3' });
  const ward1 = add('Phường 1', 'commune', city, { code: 'TN.TPTN.P1' });
  const vanPhong = add('Văn phòng Sở Nội vụ', 'division', noivu, { code: 'TN.SNV.VP' });
  return { units, tinh, city, yte, noivu, closed, ward1, ward3, vanPhong };
}

const names = (nodes: OrgNode[]) => nodes.map((n) => n.unit.name);

describe('the org tree', () => {
  it('puts departments before districts, in Vietnamese order, and closed units last', () => {
    const p = province();
    const roots = buildOrgTree(p.units);
    expect(names(roots)).toEqual(['Ủy ban nhân dân tỉnh Tây Ninh']);
    expect(names(roots[0]!.children)).toEqual(['Sở Nội vụ', 'Sở Y tế', 'Ủy ban nhân dân thành phố Tây Ninh', 'Sở Khoa học và Công nghệ']);
    const city = roots[0]!.children.find((n) => n.unit.id === p.city.id)!;
    expect(names(city.children)).toEqual(['Phường 1', 'Phường 3']);
  });

  it("shows a unit whose parent is outside the user's scope as a root", () => {
    const p = province();
    const scoped = p.units.filter((u) => u.id === p.city.id || u.parentId === p.city.id);
    expect(names(buildOrgTree(scoped))).toEqual(['Ủy ban nhân dân thành phố Tây Ninh']);
    expect(buildOrgTree([])).toEqual([]);
  });

  it('finds "noi vu" typed without diacritics: the matches, their ancestors opened, everything else hidden', () => {
    const p = province();
    const f = filterOrgTree(buildOrgTree(p.units), 'noi vu')!;
    expect(f.matches).toEqual(new Set([p.noivu.id, p.vanPhong.id]));
    expect(f.visible).toEqual(new Set([p.tinh.id, p.noivu.id, p.vanPhong.id]));
    expect(f.expand).toEqual(new Set([p.tinh.id, p.noivu.id]));
  });

  it('searches codes and short names too, and treats a blank query as no filter', () => {
    const p = province();
    const roots = buildOrgTree(p.units);
    expect(filterOrgTree(roots, 'tptn.p3')!.matches).toEqual(new Set([p.ward3.id]));
    expect(filterOrgTree(roots, 'SNV')!.matches.has(p.noivu.id)).toBe(true);
    expect(filterOrgTree(roots, '   ')).toBeNull();
    expect(filterOrgTree(roots, 'không có đơn vị này')!.visible.size).toBe(0);
    expect(unitSearchText(p.noivu)).toBe('Sở Nội vụ SNV TN.SNV');
  });

  it('marks the matching letters of the name, whatever diacritics were typed', () => {
    const mark = (text: string, query: string) => highlightRanges(text, query).map(([a, b]) => Array.from(text).slice(a, b).join(''));
    expect(mark('Sở Nội vụ', 'noi vu')).toEqual(['Nội vụ']);
    expect(mark('Sở Nội vụ', 'NỘI')).toEqual(['Nội']);
    expect(mark('Ủy ban nhân dân tỉnh Tây Ninh', 'tay ninh')).toEqual(['Tây Ninh']);
    expect(mark('Sở Y tế', 'giáo dục')).toEqual([]);
  });

  it('will not let a unit move under itself or its own units', () => {
    const p = province();
    expect(subtreeIds(p.units, p.city.id)).toEqual(new Set([p.city.id, p.ward1.id, p.ward3.id]));
    expect(subtreeIds(p.units, p.ward1.id)).toEqual(new Set([p.ward1.id]));
  });
});
