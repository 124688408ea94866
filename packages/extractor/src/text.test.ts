import { describe, expect, it } from 'vitest';
import { fold, tokens, diacriticRatio, ellipsize, isUpperText } from './text.ts';

describe('text helpers', () => {
  it('folds to the same length without diacritics', () => {
    const s = 'Ủy ban nhân dân tỉnh Tây Ninh, ĐỘC LẬP';
    expect(fold(s)).toBe('uy ban nhan dan tinh tay ninh, doc lap');
    expect(fold(s).length).toBe(s.length);
  });
  it('maps OCR € and ¢ to e', () => {
    expect(fold('hi€n nghi¢m')).toBe('hien nghiem');
  });
  it('tokenises loosely', () => {
    expect(tokens('Báo cáo 6 tháng, 100%')).toEqual(['bao', 'cao', '6', 'thang', '100%']);
  });
  it('measures diacritics', () => {
    expect(diacriticRatio('Thực hiện công tác dân vận')).toBeGreaterThan(0.2);
    expect(diacriticRatio('Thuc hien cong tac dan van')).toBe(0);
  });
  it('ellipsizes long text and detects capitals', () => {
    expect(ellipsize('a '.repeat(200), 50).length).toBeLessThanOrEqual(60);
    expect(isUpperText('KẾ HOẠCH')).toBe(true);
    expect(isUpperText('Kế hoạch')).toBe(false);
  });
});
