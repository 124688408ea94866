// Restructuring resolutions: Tây Ninh's Resolution 1682 (fixtures/documents) and Lai Châu's 1670 as a
// converter left it (fixtures/corpus/dev: pandoc escapes, hard wraps, glued words).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocument, toGoldenJson } from './extract.ts';
import { deglue, parseClause } from './restructuring.ts';

const FIX = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const TAY_NINH = readFileSync(`${FIX}documents/2025-NQ-1682-UBTVQH15-tay-ninh-communes.md`, 'utf8');
const LAI_CHAU = readFileSync(`${FIX}corpus/dev/2025-NQ-1670-UBTVQH15-lai-chau-communes.md`, 'utf8');

/** The names the resolution prints in bold ("**xã Hưng Điền**"), read independently of the importer. */
function boldNames(md: string): string[] {
  const flat = md.replace(/\*\*\*\*/g, '').replace(/\s*\n\s*/g, ' ');
  return [...flat.matchAll(/tên gọi là \*\*(?:xã|phường|đặc khu)\s+([^*]+?)\*\*/g)].map((m) => m[1]!.trim());
}

describe('restructuring resolutions', () => {
  it('reads all 96 units of Resolution 1682 in order, with their kinds', () => {
    const r = extractDocument(TAY_NINH).restructuring;
    expect(r).toHaveLength(96);
    expect(r.map((x) => x.name)).toEqual(boldNames(TAY_NINH));
    // "Sau khi sắp xếp, tỉnh Tây Ninh có 96 đơn vị hành chính cấp xã, gồm 82 xã và 14 phường."
    expect(r.filter((x) => x.kind === 'xã')).toHaveLength(82);
    expect(r.filter((x) => x.kind === 'phường')).toHaveLength(14);
    expect(r.every((x) => x.from.length > 0)).toBe(true);
  });

  it('keeps qualifiers, parts and remainders', () => {
    const r = extractDocument(TAY_NINH).restructuring;
    expect(r[1]).toMatchObject({ name: 'Vĩnh Thạnh', kind: 'xã' });
    expect(r[1]!.from[0]).toEqual({ name: 'Thạnh Hưng', kind: 'xã', qualifier: 'huyện Tân Hưng', whole: true });
    expect(r[2]!.from[0]).toEqual({ name: 'Tân Hưng', kind: 'thị trấn', qualifier: null, whole: true });
    expect(r[4]!.from).toEqual([
      { name: 'Tuyên Bình', kind: 'xã', qualifier: null, whole: true },
      { name: 'Tuyên Bình Tây', kind: 'xã', qualifier: null, whole: true },
      { name: 'Vĩnh Bình', kind: 'xã', qualifier: null, whole: false },
      { name: 'Vĩnh Thuận', kind: 'xã', qualifier: null, whole: false },
      { name: 'Thái Bình Trung', kind: 'xã', qualifier: null, whole: false },
    ]);
    // "… và phần còn lại của các xã Vĩnh Thuận, Vĩnh Bình sau khi sắp xếp theo quy định tại khoản 5 Điều này"
    expect(r[5]!.from.map((f) => `${f.name}:${f.whole}`)).toEqual([
      'Vĩnh Hưng:true',
      'Vĩnh Trị:false',
      'Thái Trị:false',
      'Khánh Hưng:false',
      'Thái Bình Trung:false',
      'Vĩnh Thuận:false',
      'Vĩnh Bình:false',
    ]);
    expect(r[95]!.from).toEqual([
      { name: 'Phước Đông', kind: 'xã', qualifier: 'huyện Gò Dầu', whole: true },
      { name: 'Gia Lộc', kind: 'phường', qualifier: null, whole: true },
    ]);
  });

  it('reads another province as a converter left it (Lai Châu, 1670/NQ-UBTVQH15)', () => {
    const e = extractDocument(LAI_CHAU);
    expect(e.number).toBe('1670/NQ-UBTVQH15');
    expect(e.issuer).toBe('Ủy ban Thường vụ Quốc hội');
    const r = e.restructuring;
    // "… trong đó có 34 xã và 02 phường hình thành sau sắp xếp quy định tại Điều này"
    expect(r).toHaveLength(36);
    expect(r.map((x) => x.name)).toEqual(boldNames(LAI_CHAU));
    expect(r.filter((x) => x.kind === 'phường').map((x) => x.name)).toEqual(['Tân Phong', 'Đoàn Kết']);
    expect(r[2]!.from.map((f) => `${f.kind} ${f.name}`)).toEqual(['thị trấn Than Uyên', 'xã Mường Than', 'xã Hua Nà', 'xã Mường Cang']);
    expect(r[18]!.from.map((f) => `${f.kind} ${f.name}`)).toEqual(['thị trấn Sìn Hồ', 'xã Sà Dề Phìn', 'xã Phăng Sô Lin', 'xã Tả Phìn']);
    expect(r[35]!.from.map((f) => `${f.kind} ${f.name}`)).toEqual([
      'phường Đoàn Kết',
      'phường Quyết Tiến',
      'phường Quyết Thắng',
      'xã Lản Nhì Thàng',
      'xã Sùng Phài',
    ]);
  });

  it('prints the proposal in the CLI JSON only for a resolution', () => {
    const j = toGoldenJson(extractDocument(LAI_CHAU));
    expect(j.restructuring?.[0]).toEqual({
      name: 'Mường Kim',
      kind: 'xã',
      from: [
        { name: 'Tà Mung', kind: 'xã', qualifier: null, whole: true },
        { name: 'Tà Hừa', kind: 'xã', qualifier: null, whole: true },
        { name: 'Pha Mu', kind: 'xã', qualifier: null, whole: true },
        { name: 'Mường Kim', kind: 'xã', qualifier: null, whole: true },
      ],
    });
    expect('restructuring' in toGoldenJson(extractDocument('KẾ HOẠCH\nThực hiện công tác dân vận năm 2025\n'))).toBe(false);
  });

  it('re-separates glued words and reads a special zone', () => {
    expect(deglue('của cácxãNậm Xe,Thèn Sin vàSin Suối Hồthành xã mới có tên gọi là')).toBe(
      'của các xã Nậm Xe, Thèn Sin và Sin Suối Hồ thành xã mới có tên gọi là',
    );
    expect(
      parseClause('Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của huyện Côn Đảo thành đặc khu có tên gọi là đặc khu Côn Đảo.'),
    ).toEqual({
      name: 'Côn Đảo',
      kind: 'đặc khu',
      from: [{ name: 'Côn Đảo', kind: 'huyện', qualifier: null, whole: true }],
    });
  });
});
