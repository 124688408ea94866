// The search box (Ctrl+K).
import { registerMessages } from '../messages.ts';

export const search = {
  'search.button': 'Tìm kiếm',
  'search.shortcut': 'Ctrl K',
  'search.title': 'Tìm kiếm',
  'search.placeholder': 'Tìm đơn vị, kế hoạch, báo cáo, người dùng, tài liệu…',
  'search.results': 'Kết quả tìm kiếm',
  'search.hint': 'Gõ ít nhất 2 ký tự, không cần gõ dấu. Dùng phím mũi tên để chọn, Enter để mở, Esc để đóng.',
  'search.empty': 'Không tìm thấy kết quả nào cho “{q}”.',
  'search.group.unit': 'Đơn vị',
  'search.group.plan': 'Kế hoạch',
  'search.group.report': 'Báo cáo',
  'search.group.person': 'Người dùng',
  'search.group.document': 'Tài liệu',
} as const;

registerMessages(search);
