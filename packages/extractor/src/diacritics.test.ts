import { describe, expect, it } from 'vitest';
import { restoreText, splitGluedWords, undoRestoration } from './diacritics.ts';
import { restoreDiacritics } from './ocr-normalise.ts';

describe('diacritics restoration', () => {
  it('chooses each word from its neighbours, not word by word', () => {
    const r = restoreText('Noi dung ke hoach: xay dung chinh quyen trong sach');
    expect(r.text).toBe('Nội dung kế hoạch: xây dựng chính quyền trong sạch');
  });

  it('does not turn correct words into wrong ones ("nội dựng", "sau đẩy")', () => {
    expect(restoreDiacritics('cac noi dung sau day')).toBe('các nội dung sau đây');
  });

  it('keeps the length, lists every change with its original, and can undo any of them', () => {
    const src = 'UBND cac xa, phuong bao cao ket qua';
    const r = restoreText(src);
    expect(r.text.length).toBe(src.length);
    expect(r.text).toBe('UBND các xã, phường báo cáo kết quả');
    const bao = r.words.find((w) => w.from === 'bao')!;
    expect(bao).toMatchObject({ to: 'báo', start: src.indexOf('bao') });
    expect(bao.confidence).toBeGreaterThan(0.5);
    expect(undoRestoration(src, r, new Set([bao.start]))).toBe('UBND các xã, phường bao cáo kết quả');
  });

  it('leaves words with marks and unknown words as they are', () => {
    const r = restoreText('Báo cáo quy trinh Xyzt');
    expect(r.text.startsWith('Báo cáo quy trình')).toBe(true);
    expect(r.text.endsWith('Xyzt')).toBe(true);
    expect(r.words.every((w) => w.from !== 'Báo')).toBe(true);
  });

  it('re-separates words a converter glued together', () => {
    expect(splitGluedWords('BANHÀNH KẾ HOẠCH')).toBe('BAN HÀNH KẾ HOẠCH');
    expect(splitGluedWords('Thủ tướng Chínhphủ')).toBe('Thủ tướng Chính phủ');
    expect(splitGluedWords('Thực hiện nhiệm vụ')).toBe('Thực hiện nhiệm vụ');
  });
});
