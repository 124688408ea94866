import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { vietnameseValidationMessage } from './validation-messages.ts';

z.config({ localeError: vietnameseValidationMessage });

const messageOf = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected a refusal');
  return r.error.issues[0]!.message;
};

describe('validation messages in plain Vietnamese', () => {
  it('says what to fix, with Vietnamese numbers and no library wording', () => {
    expect(messageOf(z.string().min(3), 'ab')).toBe('Cần ít nhất 3 ký tự.');
    expect(messageOf(z.string().min(1), '')).toBe('Vui lòng nhập nội dung.');
    expect(messageOf(z.string().max(2000), 'x'.repeat(2001))).toBe('Tối đa 2.000 ký tự.');
    expect(messageOf(z.array(z.string()).min(1), [])).toBe('Cần ít nhất 1 mục.');
    expect(messageOf(z.number().min(0), -1)).toBe('Phải từ 0 trở lên.');
    expect(messageOf(z.number().max(100), 100.5)).toBe('Phải không quá 100.');
    expect(messageOf(z.number().gt(0), 0)).toBe('Phải lớn hơn 0.');
    expect(messageOf(z.number().int(), 1.5)).toBe('Phải là số nguyên.');
    expect(messageOf(z.number(), 'abc')).toBe('Phải là một số.');
    expect(messageOf(z.object({ name: z.string() }), {})).toBe('Thiếu thông tin bắt buộc.');
    expect(messageOf(z.enum(['tot', 'kha']), 'xuat_sac')).toBe('Giá trị không nằm trong các lựa chọn cho phép.');
    expect(messageOf(z.email(), 'a@')).toBe('Địa chỉ thư điện tử không hợp lệ.');
    expect(messageOf(z.iso.date(), '28/3/2026')).toBe('Ngày không hợp lệ.');
    expect(messageOf(z.strictObject({}), { extra: 1 })).toBe('Có thông tin không được phép gửi kèm.');
  });

  it('never shows the library’s words or internal type names', () => {
    const schemas: [z.ZodType, unknown][] = [
      [z.string().length(5), 'abc'],
      [z.number().multipleOf(5), 7],
      [z.union([z.string(), z.number()]), true],
      [z.record(z.string(), z.number()), { a: 'x' }],
      [z.string().regex(/^\d+$/), 'x'],
    ];
    for (const [schema, input] of schemas) expect(messageOf(schema, input)).not.toMatch(/mong đợi|string|number|>=|<=|undefined/);
  });
});
