import { describe, expect, it } from 'vitest';
import { renumberSections } from '@dvcq/domain';
import { planSections } from './plans.export.ts';

describe('a section tree edited in the plan editor, as printed', () => {
  it('prints bold, italic and footnotes from the text’s marks, "- …" items as a list', () => {
    const tree = renumberSections([
      {
        label: '',
        heading: 'MỤC ĐÍCH, YÊU CẦU',
        text: '',
        children: [
          {
            label: '',
            heading: 'Mục đích',
            text: 'Thực hiện **nghiêm túc** *Quy chế dân chủ ở cơ sở*[^Luật số 10/2022/QH15 ngày 10/11/2022].',
            children: [
              { label: '-', heading: 'Dân biết, dân bàn;', text: '', children: [] },
              { label: '-', heading: 'Dân làm, dân kiểm tra.', text: '', children: [] },
            ],
          },
        ],
      },
    ]);
    const { sections } = planSections(tree);
    expect(sections[0]!.title).toBe('MỤC ĐÍCH, YÊU CẦU');
    const purpose = sections[0]!.children![0]!;
    expect(purpose.title).toBe('Mục đích');
    expect(purpose.blocks).toEqual([
      {
        kind: 'paragraph',
        text: [
          'Thực hiện ',
          { text: 'nghiêm túc', bold: true },
          ' ',
          { text: 'Quy chế dân chủ ở cơ sở', italic: true },
          { footnote: 'Luật số 10/2022/QH15 ngày 10/11/2022' },
          '.',
        ],
      },
      { kind: 'list', items: ['Dân biết, dân bàn;', 'Dân làm, dân kiểm tra.'] },
    ]);
  });

  it('leaves an imported text without marks as it was', () => {
    const { sections } = planSections([{ label: 'I', heading: 'NỘI DUNG', text: 'Các chỉ tiêu có dấu (*) là bắt buộc.', children: [] }]);
    expect(sections[0]!.blocks).toEqual([{ kind: 'paragraph', text: 'Các chỉ tiêu có dấu (*) là bắt buộc.' }]);
  });
});
