// Vietnamese surnames, one list for the extractor: the signer's name gets its diacritics back from
// it, and the OCR repair pairs it with frequent middle names so "Nguyen Van" is not read as words.

export const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Hoàng',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trương',
  'Lâm',
  'Mai',
  'Trịnh',
  'Đoàn',
  'Cao',
  'Lưu',
  'Tạ',
  'Châu',
  'Thái',
  'Tô',
  'Hà',
  'Quách',
] as const;

/**
 * Surnames that are also everyday words ("cao", "thái", "hà", "tạ"): paired with a middle name they
 * would outvote ordinary phrases in the OCR repair, so only the signer lookup uses them.
 */
export const SURNAMES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(['Cao', 'Tạ', 'Thái', 'Hà']);
