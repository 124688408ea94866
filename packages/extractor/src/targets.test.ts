import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract.ts';
import { findQuantity } from './targets.ts';

describe('targets', () => {
  it('finds percentages and counts, not years or dates', () => {
    expect(findQuantity('trên 90% cơ quan')).toMatchObject({ value: 90, unit: 'percent' });
    expect(findQuantity('Có ít nhất 10.000 lượt truy cập/năm')).toMatchObject({ value: 10000, unit: 'count' });
    expect(findQuantity('C6 08 tin, bài')).toMatchObject({ value: 8, unit: 'count' });
    expect(findQuantity('so với năm 2024 và ngày 06/11/2023')).toBeNull();
  });
  it('takes every item of a plan CHỈ TIÊU section', () => {
    const e = extractDocument(
      'KẾ HOẠCH\nThực hiện năm 2025\n\nIII. MỘT SỐ CHỈ TIÊU CỤ THỂ NĂM 2025\n\n1. 100% cán bộ, công chức được học tập.\n\n2. Tăng cường chỉ đạo. Phấn đấu nâng cao chỉ số cải cách hành chính so với năm 2024.\n\n3. Phấn đấu có trên 90% cơ quan được xếp loại Tốt.\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n',
    );
    expect(e.targets.map((t) => [t.value, t.unit])).toEqual([
      [100, 'percent'],
      [null, null],
      [90, 'percent'],
    ]);
    expect(e.targets[1]!.text).toBe('Phấn đấu nâng cao chỉ số cải cách hành chính so với năm 2024');
    expect(e.targets[2]!.text).toBe('trên 90% cơ quan được xếp loại Tốt');
  });
  it('takes only numeric rows of a KPI appendix, with the unit heading as subject', () => {
    const e = extractDocument(
      'KẾ HOẠCH\nTuyên truyền năm 2023\n\nI. NỘI DUNG\n\nNơi nhận:\n- Lưu: VT.\n\nPHỤ LỤC\nCác chỉ tiêu tuyên truyền\n\nI. UBND phường, xã\n\na) Có ít nhất 02 tin, bài đăng báo;\n\nb) Xây dựng chuyên mục trên Cổng thông tin điện tử gồm:\n\n- Thông tin về lãnh đạo.\n\n- Có ít nhất 10.000 lượt truy cập/năm.\n',
    );
    expect(e.targets.map((t) => [t.value, t.text])).toEqual([
      [2, 'UBND phường, xã có ít nhất 02 tin, bài đăng báo'],
      [10000, 'Xây dựng chuyên mục trên Cổng thông tin điện tử: ít nhất 10.000 lượt truy cập/năm'],
    ]);
  });
  it('does not read targets from a report', () => {
    expect(extractDocument('BÁO CÁO\nKết quả năm 2024\n\nI. CHỈ TIÊU\n\n1. 100% cán bộ được học tập.\n').targets).toEqual([]);
  });
});
