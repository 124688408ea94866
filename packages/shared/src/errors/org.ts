// Errors of the org tree and its CSV import ('org.…').
import type { ErrorTable } from './entry.ts';

export const ORG_ERRORS = {
  'org.not_found': { status: 404, message: 'Không tìm thấy đơn vị.' },
  'org.code_taken': { status: 409, message: 'Mã đơn vị đã được sử dụng.' },
  'org.parent_not_found': { status: 400, message: 'Không tìm thấy đơn vị cấp trên.' },
  'org.cycle': { status: 400, message: 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.' },
  'org.root_exists': { status: 409, message: 'Hệ thống đã có đơn vị gốc cấp tỉnh.' },
  'org.closed': { status: 409, message: 'Đơn vị đã ngừng hoạt động.' },
  'org.has_open_children': {
    status: 409,
    message: 'Đơn vị còn đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc đóng các đơn vị đó trước.',
  },
  'org.invalid_dates': { status: 400, message: 'Ngày kết thúc phải sau ngày bắt đầu hiệu lực.' },
  'org.parent_closed': { status: 400, message: 'Không thể đặt đơn vị dưới một đơn vị đã ngừng hoạt động.' },
  'org.version_conflict': { status: 409, message: 'Đơn vị vừa được người khác sửa. Hãy tải lại để xem thay đổi mới nhất rồi thử lại.' },
  'org.import_has_errors': { status: 400, message: 'Tệp danh sách đơn vị còn lỗi; chưa có dữ liệu nào được ghi.' },
  'org.import_empty': { status: 400, message: 'Tệp danh sách đơn vị không có dòng dữ liệu nào.' },
  'org.import_bad_header': { status: 400, message: 'Dòng tiêu đề của tệp CSV không đúng mẫu. Cần có các cột: {columns}.' },
} as const satisfies ErrorTable;
