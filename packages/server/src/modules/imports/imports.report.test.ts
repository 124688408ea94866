import { describe, expect, it } from 'vitest';
import { reportDraftFromReading, similarity } from './imports.report.ts';

const form = {
  sections: [
    { code: 'ND1', title: 'Công tác lãnh đạo của cấp ủy, chi bộ', hint: null },
    { code: 'ND2', title: 'Công tác chỉ đạo và triển khai của cấp chính quyền', hint: null },
    { code: 'KIEN_NGHI', title: 'Kiến nghị, đề xuất', hint: null },
  ],
  indicators: [
    {
      code: 'civil',
      name: 'Số công chức',
      type: 'integer' as const,
      unit: null,
      required: false,
      min: null,
      max: null,
      rollup: 'sum' as const,
      group: null,
    },
    {
      code: 'insp',
      name: 'Số cuộc thanh tra, kiểm tra',
      type: 'integer' as const,
      unit: null,
      required: false,
      min: null,
      max: null,
      rollup: 'sum' as const,
      group: null,
    },
    {
      code: 'pct',
      name: 'Tỷ lệ hồ sơ đúng hạn',
      type: 'percent' as const,
      unit: null,
      required: false,
      min: null,
      max: null,
      rollup: 'none' as const,
      group: null,
    },
    {
      code: 'note',
      name: 'Ghi chú về thanh tra',
      type: 'text' as const,
      unit: null,
      required: false,
      min: null,
      max: null,
      rollup: 'none' as const,
      group: null,
    },
  ],
};
const span = { start: 0, end: 1 };
const fig = (label: string, value: number, asOf: string | null, unit: 'count' | 'percent' = 'count') => ({
  label,
  value,
  unit,
  asOf,
  text: `${value} ${label}`,
  span,
});

describe('a report file read into the report’s draft', () => {
  it('puts each area under the form section it names, keeping the report’s words; unknown areas stay unmatched', () => {
    const r = reportDraftFromReading(
      form,
      [
        { heading: '1. Công tác lãnh đạo của cấp ủy chỉ bộ', narrative: 'Đảng ủy đã ban hành 3 văn bản.', span },
        { heading: '2. Cong tac chi dao va trien khai cua cap chinh quyen', narrative: 'UBND chỉ đạo…', span },
        { heading: '3. Kết quả chuyển đổi số', narrative: 'Không thuộc mẫu.', span },
      ],
      [],
    );
    expect(r.areas.map((a) => a.sectionCode)).toEqual(['ND1', 'ND2', null]);
    expect(r.proposal.sections).toEqual({ ND1: 'Đảng ủy đã ban hành 3 văn bản.', ND2: 'UBND chỉ đạo…' });
    expect(r.proposal.values).toEqual({});
    expect(r.proposal.cutOffDate).toBeNull();
  });

  it('proposes a figure only where it is unambiguous, of the matching kind, with the cut-off it is given for', () => {
    const r = reportDraftFromReading(
      form,
      [],
      [
        fig('công chức', 55, '2024-10-28'),
        fig('công chức', 25, '2024-10-28'),
        fig('cuộc thanh tra', 7, '2024-10-28'),
        fig('hồ sơ đúng hạn', 98, '2024-10-28'), // a count cannot fill a percentage
      ],
    );
    expect(r.indicators.map((i) => i.indicatorCode)).toEqual([null, null, 'insp', null]);
    expect(r.proposal.values).toEqual({ insp: 7 });
    expect(r.proposal.cutOffDate).toBe('2024-10-28');
    expect(similarity('Số công chức', 'công chức')).toBe(1);
  });
});
