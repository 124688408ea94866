import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract.ts';
import { unitsFromHeading, unitsFromParagraph } from './assignments.ts';

describe('assignments', () => {
  it('splits headings listing several bodies', () => {
    expect(unitsFromHeading('Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng, Công an tỉnh', false)).toEqual([
      'Bộ Chỉ huy Quân sự tỉnh',
      'Bộ Chỉ huy Bộ đội Biên phòng',
      'Công an tỉnh',
    ]);
    expect(unitsFromHeading('Sở Khoa học và Công nghệ; Sở Văn hóa, Thể thao và Du lịch', false)).toEqual([
      'Sở Khoa học và Công nghệ',
      'Sở Văn hóa, Thể thao và Du lịch',
    ]);
    expect(
      unitsFromHeading('Ủy ban nhân dân các huyện, thị xã, thành phố; các đơn vị sự nghiệp, theo chức năng thực hiện:', false),
    ).toEqual(['Ủy ban nhân dân các huyện, thị xã, thành phố']);
    expect(unitsFromHeading('Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND phường, xã', false)).toEqual([
      'Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND phường, xã',
    ]);
    expect(unitsFromHeading('Đề nghị Ủy ban Mặt trận Tổ quốc thành phố', false)).toEqual(['Ủy ban Mặt trận Tổ quốc thành phố']);
    expect(unitsFromHeading('Chế độ thông tin, báo cáo', false)).toEqual([]);
    expect(unitsFromHeading('Trên cơ sở Kế hoạch này, Thủ trưởng các sở có trách nhiệm:', false)).toEqual([]);
  });
  it('reads a unit opening a paragraph', () => {
    expect(unitsFromParagraph('Phòng Thông tin Báo chí và Xuất bản chủ động phối hợp với các cơ quan.', false)?.unit).toBe(
      'Phòng Thông tin Báo chí và Xuất bản',
    );
    expect(unitsFromParagraph('Các cơ quan, đơn vị thực hiện nghiêm túc.', false)).toBeNull();
  });
  it('collects units and duties from the organisation section only', () => {
    const e = extractDocument(
      'KẾ HOẠCH\nThực hiện năm 2025\n\nII. NỘI DUNG\n\n1. Sở Tư pháp\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng Sở\n\n- Tham mưu xây dựng kế hoạch.\n\n2. Thanh tra Sở\n\nChủ trì kiểm tra.\n\nNơi nhận:\n- Lưu: VT.\n',
    );
    expect(e.assignments.map((a) => [a.unit, a.duties])).toEqual([
      ['Văn phòng Sở', ['Tham mưu xây dựng kế hoạch.']],
      ['Thanh tra Sở', ['Chủ trì kiểm tra.']],
    ]);
  });
});
