// Validation messages in plain Vietnamese for every Zod schema (server and client alike): what a
// civil servant can act on ("Cần ít nhất 3 ký tự."), never the library's wording ("mong đợi string có
// >=3 ký tự") nor internal type names. Installed with `z.config({ localeError: vietnameseValidationMessage })`.
import { formatNumberVi } from '@dvcq/domain';
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const count = (n: number | bigint) => (Number.isFinite(Number(n)) ? formatNumberVi(Number(n)) : String(n));

const SIZE_UNIT: Record<string, string> = { string: 'ký tự', array: 'mục', set: 'mục', map: 'mục', file: 'byte' };

const FORMAT: Record<string, string> = {
  email: 'Địa chỉ thư điện tử không hợp lệ.',
  url: 'Địa chỉ trang web không hợp lệ.',
  uuid: 'Mã định danh không hợp lệ.',
  guid: 'Mã định danh không hợp lệ.',
  date: 'Ngày không hợp lệ.',
  datetime: 'Thời điểm không hợp lệ.',
  time: 'Giờ không hợp lệ.',
};

const TYPE: Record<string, string> = {
  string: 'Phải là văn bản.',
  number: 'Phải là một số.',
  int: 'Phải là số nguyên.',
  boolean: 'Phải chọn có hoặc không.',
  array: 'Phải là một danh sách.',
  object: 'Thông tin gửi lên không đúng dạng.',
  date: 'Ngày không hợp lệ.',
};

function limit(issue: Issue & { origin?: string; inclusive?: boolean }, value: number | bigint, small: boolean): string {
  const unit = SIZE_UNIT[issue.origin ?? ''];
  if (unit) {
    if (small && Number(value) === 1 && issue.origin === 'string') return 'Vui lòng nhập nội dung.';
    const n = issue.inclusive === false ? Number(value) + (small ? 1 : -1) : Number(value);
    return small ? `Cần ít nhất ${count(n)} ${unit}.` : `Tối đa ${count(n)} ${unit}.`;
  }
  if (issue.origin === 'date') return small ? 'Ngày sớm hơn mức cho phép.' : 'Ngày muộn hơn mức cho phép.';
  if (small) return issue.inclusive === false ? `Phải lớn hơn ${count(value)}.` : `Phải từ ${count(value)} trở lên.`;
  return issue.inclusive === false ? `Phải nhỏ hơn ${count(value)}.` : `Phải không quá ${count(value)}.`;
}

export function vietnameseValidationMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Thiếu thông tin bắt buộc.';
      return TYPE[issue.expected] ?? 'Giá trị không đúng dạng.';
    case 'too_small':
      return limit(issue, issue.minimum as number | bigint, true);
    case 'too_big':
      return limit(issue, issue.maximum as number | bigint, false);
    case 'invalid_format':
      return FORMAT[issue.format] ?? 'Không đúng định dạng yêu cầu.';
    case 'invalid_value':
      return 'Giá trị không nằm trong các lựa chọn cho phép.';
    case 'not_multiple_of':
      return `Phải là bội số của ${count(issue.divisor as number)}.`;
    case 'unrecognized_keys':
      return 'Có thông tin không được phép gửi kèm.';
    default:
      return 'Giá trị không hợp lệ.';
  }
}
