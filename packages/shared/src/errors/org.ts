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
  'org.batch_invalid': { status: 400, message: 'Đợt sắp xếp tổ chức có {count} lỗi; chưa có thay đổi nào được ghi.' },
  'org.batch_not_found': { status: 404, message: 'Không tìm thấy đợt sắp xếp tổ chức.' },
  'org.batch_reverted': { status: 409, message: 'Đợt sắp xếp tổ chức này đã được hoàn tác.' },
  'org.batch_not_last': { status: 409, message: 'Chỉ hoàn tác được đợt sắp xếp ghi sau cùng; hãy hoàn tác các đợt ghi sau trước.' },
  'org.batch_in_use': {
    status: 409,
    message: 'Không thể hoàn tác: đã có dữ liệu (tài khoản, kế hoạch, báo cáo, …) ghi cho đơn vị mới của đợt sắp xếp này.',
  },
  'org.import_no_restructuring': {
    status: 400,
    message: 'Không đọc được nội dung sắp xếp đơn vị hành chính nào trong văn bản (dạng "Sắp xếp toàn bộ … thành xã mới có tên gọi là …").',
  },
  'org.event_bad_date': { status: 400, message: 'Ngày hiệu lực của sự kiện không hợp lệ.' },
  'org.event_unit_missing': { status: 400, message: 'Đơn vị không tồn tại vào ngày hiệu lực của sự kiện.' },
  'org.event_unit_exists': { status: 409, message: 'Đơn vị mới đã có trong cây đơn vị.' },
  'org.event_parent_missing': { status: 400, message: 'Đơn vị cấp trên không tồn tại vào ngày hiệu lực.' },
  'org.event_cycle': { status: 400, message: 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.' },
  'org.event_changed_later': {
    status: 409,
    message: 'Đơn vị đã có thay đổi sau ngày hiệu lực; hãy ghi các sự kiện theo thứ tự thời gian.',
  },
  'org.event_open_children': {
    status: 409,
    message: 'Đơn vị còn đơn vị trực thuộc vào ngày hiệu lực; hãy chuyển hoặc sắp xếp các đơn vị đó trước.',
  },
  'org.event_no_change': { status: 400, message: 'Sự kiện không làm thay đổi gì.' },
  'org.event_bad_sources': { status: 400, message: 'Danh sách đơn vị nguồn của sự kiện không hợp lệ.' },
  'org.event_code_taken': { status: 409, message: 'Mã đơn vị đã được sử dụng.' },
} as const satisfies ErrorTable;
