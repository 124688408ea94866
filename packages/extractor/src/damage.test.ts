import { describe, expect, it } from 'vitest';
import { damageText } from './damage.ts';

describe('OCR-like damage for the evaluation', () => {
  const text = 'Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 như sau.'.repeat(20);
  it('is deterministic for a seed and loses every diacritic', () => {
    const a = damageText(text, { seed: 7 });
    expect(damageText(text, { seed: 7 })).toBe(a);
    expect(a).not.toMatch(/[^\x00-\x7f€]/);
    expect(a).toContain('2025');
  });
  it('adds typical glyph confusions on a share of the words', () => {
    const a = damageText(text, { seed: 7, confusionRate: 0.3, joinRate: 0 });
    const plain = damageText(text, { seed: 7, confusionRate: 0, joinRate: 0 });
    expect(plain).toBe(
      text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D'),
    );
    expect(a).not.toBe(plain);
    expect(a.split(' ').length).toBe(plain.split(' ').length);
  });
});
