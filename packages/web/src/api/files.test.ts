import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './files.ts';

describe('saving a file under the name the server gives', () => {
  it('reads the UTF-8 name (Vietnamese file names) before the plain one', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="Bao-cao.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p.docx`,
      ),
    ).toBe('Báo cáo tổng hợp.docx');
    expect(fileNameFromDisposition('attachment; filename="Bang-dieu-khien.xlsx"')).toBe('Bang-dieu-khien.xlsx');
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition('inline')).toBeNull();
  });
});
