import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract.ts';

describe('genre', () => {
  it('uses the type line', () => {
    expect(extractDocument('QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n').kind).toBe('decision');
    expect(extractDocument('BÁO CÁO\nKết quả công tác năm 2024\n').kind).toBe('report');
  });
  it('falls back to the number symbol, then the closing sentence and title', () => {
    expect(extractDocument('Số: 5/BC-UBND\nNội dung.\n').kind).toBe('report');
    expect(extractDocument('Kết quả thực hiện công tác dân vận năm 2024\n\nNội dung.\n').kind).toBe('report');
    expect(extractDocument('Nội dung.\nTrên đây là kế hoạch thực hiện./.\n').kind).toBe('plan');
    expect(extractDocument('Một ghi chú.\n').kind).toBe('other');
  });
  it('takes the year from the title', () => {
    expect(extractDocument('KẾ HOẠCH\nThực hiện công tác dân vận chính quyền năm 2025\n').year).toBe(2025);
  });
});
