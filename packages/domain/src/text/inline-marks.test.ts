import { describe, expect, it } from 'vitest';
import { hasInlineMarks, parseInlineMarks, stripInlineMarks, wrapInlineMark } from './inline-marks.ts';

describe('emphasis and footnotes in a section text', () => {
  it('reads bold, italic and footnotes in place', () => {
    expect(parseInlineMarks('Thực hiện **nghiêm túc** các nội dung *Quy chế dân chủ*[^Luật số 10/2022/QH15].')).toEqual([
      { text: 'Thực hiện ' },
      { text: 'nghiêm túc', bold: true },
      { text: ' các nội dung ' },
      { text: 'Quy chế dân chủ', italic: true },
      { footnote: 'Luật số 10/2022/QH15' },
      { text: '.' },
    ]);
  });

  it('leaves text read from a printed plan as it is', () => {
    for (const text of [
      'Các chỉ tiêu có dấu (*) là chỉ tiêu bắt buộc (*).',
      'Diện tích 3 * 4 m',
      '* Nhiệm vụ trọng tâm',
      'Giai đoạn 2021 - 2025¹',
      'ngày 30/7/2021 [bản chụp]',
      '',
    ]) {
      expect(hasInlineMarks(text), text).toBe(false);
      expect(stripInlineMarks(text)).toBe(text);
    }
    expect(parseInlineMarks('')).toEqual([]);
  });

  it('strips the marks for reading and searching', () => {
    expect(stripInlineMarks('**Đậm** và *nghiêng*[^ghi chú].')).toBe('Đậm và nghiêng.');
  });

  it('wraps the selection, spaces outside the marks, and offers a placeholder with nothing selected', () => {
    expect(wrapInlineMark('Thực hiện nghiêm túc', 10, 20, 'bold')).toEqual({ text: 'Thực hiện **nghiêm túc**', caret: 24 });
    expect(wrapInlineMark('a nghiêng b', 1, 10, 'italic').text).toBe('a *nghiêng* b');
    expect(wrapInlineMark('Kế hoạch.', 8, 8, 'footnote').text).toBe('Kế hoạch[^nội dung chú thích].');
    const marked = wrapInlineMark('Thực hiện nghiêm túc', 10, 20, 'italic').text;
    expect(parseInlineMarks(marked)).toEqual([{ text: 'Thực hiện ' }, { text: 'nghiêm túc', italic: true }]);
  });
});
