import { describe, expect, it } from 'vitest';
import { decisionNoticeBody } from './reports.notice.ts';

const sections = [
  { code: 'ND1', title: 'Công tác lãnh đạo, chỉ đạo' },
  { code: 'ND4', title: 'Xây dựng đội ngũ cán bộ, công chức' },
];

describe('the notice of a decided report', () => {
  it('says who returned it and puts each section comment under its section’s title, in the form’s order', () => {
    const body = decisionNoticeBody({
      decision: 'returned',
      deciderName: 'Trần Thị Mai',
      comment: 'Đề nghị bổ sung.',
      sectionComments: { ND4: 'Nêu rõ số người tham gia.', ND1: 'Thiếu số văn bản chỉ đạo.' },
      sections,
    });
    expect(body.split('\n')).toEqual([
      'Người trả lại: Trần Thị Mai.',
      'Ý kiến chung: Đề nghị bổ sung.',
      'Ý kiến theo từng mục:',
      '- Mục “Công tác lãnh đạo, chỉ đạo”: Thiếu số văn bản chỉ đạo.',
      '- Mục “Xây dựng đội ngũ cán bộ, công chức”: Nêu rõ số người tham gia.',
    ]);
  });

  it('names who accepted it when there is no comment, and keeps a comment on a section the form no longer has', () => {
    expect(decisionNoticeBody({ decision: 'accepted', deciderName: 'Trần Thị Mai', comment: null, sectionComments: {}, sections })).toBe(
      'Người tiếp nhận: Trần Thị Mai.',
    );
    expect(
      decisionNoticeBody({ decision: 'returned', deciderName: 'A', comment: null, sectionComments: { CU: 'Sửa lại.' }, sections }),
    ).toContain('- Mục CU: Sửa lại.');
  });
});
