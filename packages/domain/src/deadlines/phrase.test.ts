import { describe, it, expect } from 'vitest';
import { classifyDeadlinePhrase, parseDeadlineText } from './phrase.ts';

describe('classifyDeadlinePhrase', () => {
  it.each([
    ['chậm nhất ngày 28/3/2025', true],
    ['Chậm nhất 28/3/2025', true],
    ['CHẬM NHẤT NGÀY', true],
    ['cham nhat ngay 01/11/2023', true],
    ['chdm nhat ngay 01/11/2023', true],
    ['cham nhdt', true],
    ['hạn chót 15/11', true],
    ['han chot', true],
    ['trước hoặc trong ngày 20/5', true],
    ['truoc hoac trong ngay 20/5', true],
    ['đến hết ngày 31/10/2025', true],
    ['không muộn hơn ngày 30/6', true],
    ['trước ngày 15/11/2025', false],
    ['Trước ngày 20/5/2025', false],
    ['truoc ngay 01/11/2025', false],
    ['trudc ngay 20 thang 10 nam 2023', false],
    ['trude ngay 28/02/2023', false],
    ['Trước   ngày', false],
  ])('%j → inclusive %s', (phrase, inclusive) => {
    expect(classifyDeadlinePhrase(phrase)).toBe(inclusive);
  });

  it('returns null for wording it does not understand instead of guessing', () => {
    expect(classifyDeadlinePhrase('ngày 15/11/2025')).toBeNull();
    expect(classifyDeadlinePhrase('đơn vị trực thuộc')).toBeNull();
    expect(classifyDeadlinePhrase('')).toBeNull();
  });

  it('works on decomposed (NFD) input', () => {
    expect(classifyDeadlinePhrase('chậm nhất'.normalize('NFD'))).toBe(true);
  });
});

describe('parseDeadlineText', () => {
  it('reads the seed 696 sentences', () => {
    expect(
      parseDeadlineText('Thời gian gửi kế hoạch về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) chậm nhất 28/3/2025.'),
    ).toEqual({ due: '2025-03-28', inclusive: true, phrase: 'chậm nhất 28/3/2025' });
    expect(parseDeadlineText('- Báo cáo 6 tháng: Trước ngày 20/5/2025.')).toEqual({
      due: '2025-05-20',
      inclusive: false,
      phrase: 'Trước ngày 20/5/2025',
    });
    expect(parseDeadlineText('gửi hồ sơ chấm điểm về Sở Nội vụ **trước ngày 15/11/2025**.')).toEqual({
      due: '2025-11-15',
      inclusive: false,
      phrase: 'trước ngày 15/11/2025',
    });
  });

  it('reads OCR text without diacritics and with worded dates', () => {
    expect(parseDeadlineText('han bao cao nam 2023: trudc ngay 20 thang 10 nam 2023.')).toEqual({
      due: '2023-10-20',
      inclusive: false,
      phrase: 'trudc ngay 20 thang 10 nam 2023',
    });
    expect(parseDeadlineText('ky quy I, trude ngay 28/02/2023; 6 thang, trude ngay 31/5/2023')?.due).toBe('2023-02-28');
    expect(parseDeadlineText('chdm nhat ngay30 thdng3 ndm 2023')).toEqual({
      due: '2023-03-30',
      inclusive: true,
      phrase: 'chdm nhat ngay30 thdng3 ndm 2023',
    });
  });

  it('uses the default year when the date has none, and skips phrases without a date', () => {
    expect(parseDeadlineText('chậm nhất ngày 27/10', { defaultYear: 2023 })?.due).toBe('2023-10-27');
    expect(parseDeadlineText('chậm nhất ngày 27/10')).toBeNull();
    expect(parseDeadlineText('hoàn thành trước tháng 11 năm 2023')).toBeNull();
    expect(parseDeadlineText('trước mắt, rồi trước ngày 01/11/2025')?.due).toBe('2025-11-01');
  });

  it('refuses impossible dates', () => {
    expect(parseDeadlineText('trước ngày 30/02/2025')).toBeNull();
    expect(parseDeadlineText('trước ngày 01/03/2024')).toMatchObject({ due: '2024-03-01', inclusive: false });
  });
});
