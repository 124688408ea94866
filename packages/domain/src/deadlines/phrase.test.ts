import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { classifyDeadlinePhrase, isCanonicalDeadlinePhrase, matchDeadlines, parseDeadlineText } from './phrase.ts';
import { describeDeadline, lastAllowedDay } from './deadline.ts';
import { foldKeepingOffsets } from '../text/fold.ts';
import { toLocalDate } from '../calendar/local-date.ts';

describe('classifyDeadlinePhrase', () => {
  it.each([
    ['chậm nhất ngày 28/3/2025', true],
    ['Chậm nhất 28/3/2025', true],
    ['chậm nhất là ngày 28/3/2025', true],
    ['CHẬM NHẤT NGÀY', true],
    ['cham nhat ngay 01/11/2023', true],
    ['chdm nhat ngay 01/11/2023', true],
    ['cham nhdt', true],
    ['hạn chót 15/11', true],
    ['han chot', true],
    ['trước hoặc trong ngày 20/5', true],
    ['truoc hoac trong ngay 20/5', true],
    ['trước hoặc đúng ngày 20/5', true],
    ['đến hết ngày 31/10/2025', true],
    ['không muộn hơn ngày 30/6', true],
    ['không trễ hơn ngày 30/6', true],
    ['không quá ngày 30/6/2025', true],
    ['trong ngày 20/5/2025', true],
    ['trước ngày 15/11/2025', false],
    ['Trước ngày 20/5/2025', false],
    ['truoc ngay 01/11/2025', false],
    ['trudc ngay 20 thang 10 nam 2023', false],
    ['trude ngay 28/02/2023', false],
    ['tru6c ngay 28/02/2023', false],
    ['Trước   ngày', false],
  ])('%j → inclusive %s', (phrase, inclusive) => {
    expect(classifyDeadlinePhrase(phrase)).toBe(inclusive);
  });

  it('returns null for wording it does not understand instead of guessing', () => {
    expect(classifyDeadlinePhrase('ngày 15/11/2025')).toBeNull();
    expect(classifyDeadlinePhrase('tính đến ngày 28/10/2024')).toBeNull();
    expect(classifyDeadlinePhrase('đơn vị trực thuộc')).toBeNull();
    expect(classifyDeadlinePhrase('trong năm 2025')).toBeNull();
    expect(classifyDeadlinePhrase('')).toBeNull();
  });

  it('works on decomposed (NFD) input', () => {
    expect(classifyDeadlinePhrase('chậm nhất'.normalize('NFD'))).toBe(true);
    expect(classifyDeadlinePhrase('trước hoặc trong ngày 20/5'.normalize('NFD'))).toBe(true);
  });
});

describe('parseDeadlineText', () => {
  // Every deadline sentence of fixtures/seeds, as the seed writes it.
  it.each([
    ['Thời gian gửi kế hoạch về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) **chậm nhất 28/3/2025**.', '2025-03-28', true, 'chậm nhất 28/3/2025'],
    ['gửi hồ sơ chấm điểm về Sở Nội vụ **trước ngày 15/11/2025**.', '2025-11-15', false, 'trước ngày 15/11/2025'],
    ['Ủy ban nhân dân tỉnh quyết định đánh giá, xếp loại **trước ngày 15/12/2025**.', '2025-12-15', false, 'trước ngày 15/12/2025'],
    ['- Báo cáo 6 tháng: Trước ngày 20/5/2025.', '2025-05-20', false, 'Trước ngày 20/5/2025'],
    ['- Báo cáo năm 2025: Trước ngày 01/11/2025.', '2025-11-01', false, 'Trước ngày 01/11/2025'],
    ['về UBND tỉnh (qua Sở Nội vụ) **chậm nhất ngày 01/11/2023**', '2023-11-01', true, 'chậm nhất ngày 01/11/2023'],
    ['địa chỉ email: loandtm@tayninh.gov.vn **chậm nhất ngày 27/10/2023**.', '2023-10-27', true, 'chậm nhất ngày 27/10/2023'],
    ['Thoi han bao cédo nam 2023: trude ngay 25 thang 10 nam 2023.', '2023-10-25', false, 'trude ngay 25 thang 10 nam 2023'],
    ['han bao cao nam 2023: trudc ngay 20 thang 10 nam 2023.', '2023-10-20', false, 'trudc ngay 20 thang 10 nam 2023'],
    ['ky quy I, trude ngay 28/02/2023; 6 thang, trude ngay 31/5/2023', '2023-02-28', false, 'trude ngay 28/02/2023'],
    ['9 thang, trude ngay\n31/8/2023 va ndm', '2023-08-31', false, 'trude ngay\n31/8/2023'],
    ['va hoan thanh cac ndi dung trudc thang 11 ndm 2023.', '2023-11-01', false, 'trudc thang 11 ndm 2023'],
  ])('reads %j', (text, due, inclusive, phrase) => {
    expect(parseDeadlineText(text)).toEqual({ due, inclusive, phrase });
  });

  it('reads the phrasings the importer used to miss', () => {
    expect(parseDeadlineText('Các đơn vị gửi báo cáo đến hết ngày 31/10/2025.')).toEqual({
      due: '2025-10-31',
      inclusive: true,
      phrase: 'đến hết ngày 31/10/2025',
    });
    expect(parseDeadlineText('gửi trước hoặc trong ngày 20/5/2025')).toEqual({
      due: '2025-05-20',
      inclusive: true,
      phrase: 'trước hoặc trong ngày 20/5/2025',
    });
    expect(parseDeadlineText('thời hạn không quá ngày 30/6/2025')).toEqual({
      due: '2025-06-30',
      inclusive: true,
      phrase: 'không quá ngày 30/6/2025',
    });
    expect(parseDeadlineText('nộp không muộn hơn ngày 15 tháng 7 năm 2025')).toMatchObject({ due: '2025-07-15', inclusive: true });
    expect(parseDeadlineText('hạn chót: 15/11/2025')).toMatchObject({ due: '2025-11-15', inclusive: true });
    expect(parseDeadlineText('chậm nhất là vào ngày 28/3/2025')).toMatchObject({ due: '2025-03-28', inclusive: true });
  });

  it('reads OCR text glued together', () => {
    expect(parseDeadlineText('chdm nhat ngay30 thdng3 ndm 2023')).toEqual({
      due: '2023-03-30',
      inclusive: true,
      phrase: 'chdm nhat ngay30 thdng3 ndm 2023',
    });
  });

  it('reads a month as a deadline: before it means its first day, "by" it means its last day', () => {
    const before = parseDeadlineText('hoàn thành trước tháng 11 năm 2023')!;
    expect(before).toMatchObject({ due: '2023-11-01', inclusive: false });
    expect(lastAllowedDay(before)).toBe('2023-10-31');
    expect(parseDeadlineText('chậm nhất tháng 2/2024')).toMatchObject({ due: '2024-02-29', inclusive: true });
    expect(parseDeadlineText('đến hết tháng 12 năm 2025')).toMatchObject({ due: '2025-12-31', inclusive: true });
  });

  it('uses the default year when the date has none, and skips phrases without a date', () => {
    expect(parseDeadlineText('chậm nhất ngày 27/10', { defaultYear: 2023 })?.due).toBe('2023-10-27');
    expect(parseDeadlineText('chậm nhất ngày 27/10')).toBeNull();
    expect(parseDeadlineText('trước mắt, rồi trước ngày 01/11/2025')?.due).toBe('2025-11-01');
    expect(parseDeadlineText('Tính đến ngày 28/10/2024 có 55 công chức.')).toBeNull();
    expect(parseDeadlineText('Luật có hiệu lực từ 01/7/2023.')).toBeNull();
  });

  it('refuses impossible dates', () => {
    expect(parseDeadlineText('trước ngày 30/02/2025')).toBeNull();
    expect(parseDeadlineText('trước ngày 01/03/2024')).toMatchObject({ due: '2024-03-01', inclusive: false });
  });

  it('reads back what describeDeadline writes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2090 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.boolean(),
        (y, m, d, inclusive) => {
          const due = toLocalDate(y, m, d);
          const phrase = describeDeadline({ due, inclusive });
          expect(parseDeadlineText(`Các đơn vị gửi báo cáo ${phrase}.`)).toEqual({ due, inclusive, phrase });
          expect(isCanonicalDeadlinePhrase(phrase)).toBe(true);
        },
      ),
    );
  });
});

describe('matchDeadlines', () => {
  it('finds every deadline of a chain with source offsets and the marker it used', () => {
    const text = 'định kỳ quý I, trước ngày 28/02/2025; 6 tháng, trước ngày 31/5/2025 và năm chậm nhất ngày 06/11/2025.';
    const found = matchDeadlines(foldKeepingOffsets(text));
    expect(found.map((d) => [text.slice(d.start, d.end), d.due, d.marker.kind, d.marker.words])).toEqual([
      ['trước ngày 28/02/2025', '2025-02-28', 'truoc', 'trước'],
      ['trước ngày 31/5/2025', '2025-05-31', 'truoc', 'trước'],
      ['chậm nhất ngày 06/11/2025', '2025-11-06', 'cham_nhat', 'chậm nhất'],
    ]);
  });

  it('does not read "trước hoặc trong" as two deadlines', () => {
    const found = matchDeadlines(foldKeepingOffsets('trước hoặc trong ngày 20/5/2025'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ inclusive: true, marker: { kind: 'truoc_hoac_trong' } });
  });
});

describe('isCanonicalDeadlinePhrase', () => {
  it('is true only for the wording the system writes itself', () => {
    expect(isCanonicalDeadlinePhrase('chậm nhất ngày 28/03/2025')).toBe(true);
    expect(isCanonicalDeadlinePhrase(' trước ngày 15/11/2025 ')).toBe(true);
    expect(isCanonicalDeadlinePhrase('chậm nhất 28/3/2025')).toBe(false);
    expect(isCanonicalDeadlinePhrase('Trước ngày 20/05/2025')).toBe(false);
    expect(isCanonicalDeadlinePhrase('trước ngày 30/02/2025')).toBe(false);
    expect(isCanonicalDeadlinePhrase('trước ngày 15/11/2025, báo cáo bằng văn bản')).toBe(false);
    expect(isCanonicalDeadlinePhrase('')).toBe(false);
  });
});
