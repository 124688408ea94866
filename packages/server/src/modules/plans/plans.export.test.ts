import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildPlanDocument, renderDocx } from '@dvcq/docgen';
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

  it('prints lines pasted from Excel as a table in the Word file, the section’s other paragraphs in order', async () => {
    const tree = renumberSections([
      {
        label: '',
        heading: 'CHỈ TIÊU',
        text: [
          'Chỉ tiêu giao cho các đơn vị như sau:',
          'Đơn vị\tSố mô hình\tGhi chú',
          'phường Long An\t3\tmới',
          'xã Mỹ Yên\t2\t',
          'Các đơn vị báo cáo **đúng hạn**.',
        ].join('\n'),
        children: [],
      },
    ]);
    const { sections } = planSections(tree);
    expect(sections[0]!.blocks!.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const model = buildPlanDocument({
      issuer: { name: 'Ủy ban nhân dân tỉnh Tây Ninh', abbreviation: 'UBND', place: 'Tây Ninh' },
      signer: { name: 'Nguyễn Văn A', title: 'Phó Chủ tịch' },
      year: 2025,
      title: 'Thực hiện công tác dân vận chính quyền năm 2025',
      sections,
    });
    const zip = await JSZip.loadAsync(await renderDocx(model));
    const xml = await zip.file('word/document.xml')!.async('string');
    const words = (fragment: string) => [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    // The national header is a layout table too: the pasted one is the table holding the header row.
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => words(t).includes('Đơn vị'));
    expect(words(table ?? '')).toContain('Đơn vịSố mô hìnhGhi chú');
    expect(words(table ?? '')).toContain('phường Long An3mới');
    expect(words(table ?? '')).toContain('xã Mỹ Yên2');
    const at = (text: string) => xml.indexOf(text);
    expect(at('Chỉ tiêu giao cho các đơn vị như sau:')).toBeGreaterThan(0);
    expect(at('Chỉ tiêu giao cho các đơn vị như sau:')).toBeLessThan(xml.indexOf(table ?? '-'));
    expect(xml.indexOf(table ?? '-') + (table ?? '').length).toBeLessThan(at('đúng hạn'));
    expect(xml).not.toContain('\t');
  });
});
