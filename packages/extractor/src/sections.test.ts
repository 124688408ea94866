import { describe, expect, it } from 'vitest';
import { classifyLine, buildOutline } from './sections.ts';
import { splitLines } from './lines.ts';
import { fold } from './text.ts';

const line = (t: string) => splitLines(t, fold(t))[0]!;

describe('sections', () => {
  it('classifies markers including OCR damage', () => {
    expect(classifyLine(line('I11. MOT SO CHI TIEU'))).toMatchObject({ kind: 'part', label: 'III' });
    expect(classifyLine(line('|. KET QUA'))).toMatchObject({ kind: 'part', label: 'I' });
    expect(classifyLine(line('1. KINH PHI THUC HIEN'))).toMatchObject({ kind: 'part' });
    expect(classifyLine(line('1.100% can bo'))).toMatchObject({ kind: 'clause', label: '1' });
    expect(classifyLine(line('~ b) Co quan phoi hop'))).toMatchObject({ kind: 'point', label: 'b' });
    expect(classifyLine(line('~ Can cu Quyet dinh'))).toMatchObject({ kind: 'bullet' });
    expect(classifyLine(line('1.000 lượt truy cập'))).toBeNull();
  });
  it('builds a tree with spans and splits glued markdown headings', () => {
    const t =
      'I. MỤC ĐÍCH, YÊU CẦU**1. Mục đích**\n\n- Làm tốt\nviệc này.\n\nII. NỘI DUNG\n\n1. Một\n\na) Điểm a\n\n- gạch\n\nNơi nhận:\n- Lưu: VT.\n\nPHỤ LỤC\nCác chỉ tiêu\n\nI. Nhóm\n\na) Có ít nhất 02 tin\n';
    const o = buildOutline(t, splitLines(t, fold(t)), 0);
    expect(o.body.map((n) => n.marker)).toEqual(['I', 'II']);
    expect(o.body[0]!.children[0]!.heading).toBe('Mục đích');
    expect(o.body[0]!.children[0]!.children[0]!.heading).toBe('Làm tốt việc này.');
    expect(o.body[1]!.children[0]!.children[0]!.children[0]!.kind).toBe('bullet');
    expect(o.appendices[0]!.kind).toBe('appendix');
    expect(o.appendices[0]!.heading).toContain('Các chỉ tiêu');
    const s = o.body[1]!;
    expect(t.slice(s.span.start, s.span.end)).toContain('- gạch');
  });
});
