import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract.ts';
import { classifyDeadline, detectPeriod } from './deadlines.ts';
import { fold } from './text.ts';

const plan = (body: string): string => `KẾ HOẠCH\nThực hiện công tác năm 2025\n\n${body}\n`;

describe('deadlines', () => {
  it('reads inclusive and exclusive markers', () => {
    const e = extractDocument(
      plan(
        '- Thời gian gửi kế hoạch về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) chậm nhất 28/3/2025.\n\n- Báo cáo 6 tháng: Trước ngày 20/5/2025.',
      ),
    );
    expect(e.deadlines.map((d) => [d.due, d.inclusive, d.kind, d.period])).toEqual([
      ['2025-03-28', true, 'unit_plan', null],
      ['2025-05-20', false, 'report', 'H1'],
    ]);
    expect(e.deadlines[0]!.subject).toBe('gửi kế hoạch về Ủy ban nhân dân tỉnh (qua Sở Nội vụ)');
    expect(e.deadlines[1]!.phrase).toBe('Trước ngày 20/5/2025');
  });
  it('splits a chain of report periods', () => {
    const e = extractDocument(
      plan(
        'Tổ chức theo dõi; định kỳ quý I, trước ngày 28/02/2025; 6 tháng, trước ngày 31/5/2025 và năm trước ngày 06/11/2025 tham mưu báo cáo kết quả.',
      ),
    );
    expect(e.deadlines.map((d) => [d.due, d.period, d.subject])).toEqual([
      ['2025-02-28', 'Q1', 'báo cáo quý I'],
      ['2025-05-31', 'H1', 'báo cáo 6 tháng'],
      ['2025-11-06', 'Y', 'báo cáo năm'],
    ]);
    expect(e.deadlines[0]!.phrase).toBe('quý I, trước ngày 28/02/2025');
  });
  it('reads "trước tháng M năm Y" and OCR markers', () => {
    const e = extractDocument(
      plan(
        'Trong nam 2023 va hoan thanh cac noi dung trudc thang 11 ndm 2023.\n\nThoi han bao cao nam 2023: trude ngay 25 thang 10 nam 2023.',
      ),
    );
    expect(e.deadlines.map((d) => [d.due, d.inclusive, d.kind, d.period])).toEqual([
      ['2023-11-01', false, 'completion', null],
      ['2023-10-25', false, 'report', 'Y'],
    ]);
  });
  it('reads every wording the domain reads, as one deadline each', () => {
    const e = extractDocument(
      plan(
        '- Các sở gửi báo cáo quý I đến hết ngày 31/3/2025.\n\n- Các huyện gửi kế hoạch trước hoặc trong ngày 20/4/2025.\n\n- Gửi hồ sơ tự đánh giá, chấm điểm không quá ngày 15/11/2025.\n\n- Báo cáo năm không muộn hơn ngày 01/11/2025.',
      ),
    );
    expect(e.deadlines.map((d) => [d.due, d.inclusive, d.kind, d.phrase])).toEqual([
      ['2025-03-31', true, 'report', 'quý I đến hết ngày 31/3/2025'],
      ['2025-04-20', true, 'unit_plan', 'trước hoặc trong ngày 20/4/2025'],
      ['2025-11-15', true, 'self_assessment', 'không quá ngày 15/11/2025'],
      ['2025-11-01', true, 'report', 'năm không muộn hơn ngày 01/11/2025'],
    ]);
  });
  it('rebuilds the new wordings with diacritics from OCR text', () => {
    const e = extractDocument(
      plan('- Cac so gui bao cao den het ngay 31/3/2025.\n\n- Cac huyen gui ke hoach trudc hoac trong ngay 20/4/2025.'),
    );
    expect(e.deadlines.map((d) => [d.due, d.inclusive, d.phrase])).toEqual([
      ['2025-03-31', true, 'đến hết ngày 31/3/2025'],
      ['2025-04-20', true, 'trước hoặc trong ngày 20/4/2025'],
    ]);
  });
  it('ignores cut-off and effective dates', () => {
    const e = extractDocument(
      plan('Tính đến ngày 28/10/2024 có 55 công chức. Luật có hiệu lực từ 01/7/2023. Lấy ý kiến trước khi ban hành.'),
    );
    expect(e.deadlines).toEqual([]);
  });
  it('classifies kinds', () => {
    expect(classifyDeadline(fold('gửi hồ sơ tự đánh giá, chấm điểm về Sở Nội vụ'))).toBe('self_assessment');
    expect(classifyDeadline(fold('tham mưu quyết định đánh giá, xếp loại'))).toBe('ranking');
    expect(classifyDeadline(fold('báo cáo kết quả và tự đánh giá, chấm điểm'))).toBe('report');
    expect(classifyDeadline(fold('thẩm định hồ sơ'))).toBe('appraisal');
    expect(detectPeriod(fold('báo cáo 6 tháng đầu năm'))).toBe('H1');
    expect(detectPeriod(fold('báo cáo quý III'))).toBe('Q3');
  });
});
