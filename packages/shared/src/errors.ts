// Error codes are stable, machine-readable, and double as translation keys (the logto pattern):
// the server answers {"error":{"code","message","fields"?}} with the message in Vietnamese, and a
// client in another language can translate by code.

import { PLAN_ERRORS_VI } from './errors/plans.ts';
import { REPORT_ERRORS_VI } from './errors/reports.ts';
import { SCORING_ERRORS_VI } from './errors/scoring.ts';
import { NOTIFICATION_ERRORS_VI } from './errors/notifications.ts';

export const ERROR_MESSAGES_VI = {
  ...PLAN_ERRORS_VI,
  ...REPORT_ERRORS_VI,
  ...SCORING_ERRORS_VI,
  ...NOTIFICATION_ERRORS_VI,
  'request.invalid': 'Dữ liệu gửi lên không hợp lệ.',
  'request.malformed_json': 'Nội dung yêu cầu không phải JSON hợp lệ.',
  'request.too_large': 'Dữ liệu gửi lên vượt quá dung lượng cho phép.',
  'request.unsupported_media_type': 'Kiểu nội dung không được hỗ trợ.',
  'request.not_found': 'Không tìm thấy đường dẫn yêu cầu.',
  'request.rate_limited': 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
  'internal': 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại; nếu lỗi lặp lại, hãy báo quản trị viên.',

  'auth.unauthenticated': 'Bạn cần đăng nhập để tiếp tục.',
  'auth.session_expired': 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  'auth.invalid_credentials': 'Tên đăng nhập hoặc mật khẩu không đúng.',
  'auth.locked': 'Tài khoản tạm thời bị khoá do đăng nhập sai nhiều lần. Vui lòng thử lại sau {minutes} phút.',
  'auth.throttled': 'Có quá nhiều lần đăng nhập sai từ máy này. Vui lòng thử lại sau {minutes} phút.',
  'auth.disabled': 'Tài khoản đã bị vô hiệu hoá. Vui lòng liên hệ quản trị viên.',
  'auth.csrf_invalid': 'Yêu cầu thiếu hoặc sai mã chống giả mạo (CSRF). Vui lòng tải lại trang.',
  'auth.token_invalid': 'Mã truy cập API không hợp lệ hoặc đã bị thu hồi.',
  'auth.wrong_password': 'Mật khẩu hiện tại không đúng.',
  'auth.weak_password': 'Mật khẩu mới phải có ít nhất 10 ký tự, gồm chữ hoa, chữ thường và chữ số.',
  'auth.same_password': 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  'auth.forbidden': 'Bạn không có quyền thực hiện thao tác này.',
  'auth.out_of_scope': 'Đơn vị này nằm ngoài phạm vi được phân quyền của bạn.',

  'user.not_found': 'Không tìm thấy người dùng.',
  'user.username_taken': 'Tên đăng nhập đã được sử dụng.',
  'user.cannot_disable_self': 'Bạn không thể tự vô hiệu hoá tài khoản của mình.',
  'user.role_not_found': 'Không tìm thấy phân quyền.',
  'user.role_duplicate': 'Người dùng đã có vai trò này tại đơn vị này.',
  'token.not_found': 'Không tìm thấy mã truy cập API.',

  'org.not_found': 'Không tìm thấy đơn vị.',
  'org.code_taken': 'Mã đơn vị đã được sử dụng.',
  'org.parent_not_found': 'Không tìm thấy đơn vị cấp trên.',
  'org.cycle': 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.',
  'org.root_exists': 'Hệ thống đã có đơn vị gốc cấp tỉnh.',
  'org.closed': 'Đơn vị đã ngừng hoạt động.',
  'org.has_open_children': 'Đơn vị còn đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc đóng các đơn vị đó trước.',
  'org.invalid_dates': 'Ngày kết thúc phải sau ngày bắt đầu hiệu lực.',
  'org.parent_closed': 'Không thể đặt đơn vị dưới một đơn vị đã ngừng hoạt động.',
  'org.version_conflict': 'Đơn vị vừa được người khác sửa. Hãy tải lại để xem thay đổi mới nhất rồi thử lại.',
  'org.import_has_errors': 'Tệp danh sách đơn vị còn lỗi; chưa có dữ liệu nào được ghi.',
  'org.import_empty': 'Tệp danh sách đơn vị không có dòng dữ liệu nào.',
  'org.import_bad_header': 'Dòng tiêu đề của tệp CSV không đúng mẫu. Cần có các cột: {columns}.',

  'file.missing': 'Chưa chọn tệp để tải lên.',
  'file.too_large': 'Tệp "{filename}" vượt quá dung lượng cho phép ({maxMb} MB).',
  'file.type_not_allowed': 'Loại tệp "{filename}" không được chấp nhận. Chỉ nhận: {accepted}.',
  'file.content_mismatch': 'Nội dung tệp "{filename}" không đúng định dạng như phần mở rộng (tệp bị hỏng hoặc bị đổi tên).',
  'file.empty': 'Tệp "{filename}" rỗng.',
  'file.not_found': 'Không tìm thấy tệp.',

  'audit.invalid_filter': 'Điều kiện lọc nhật ký không hợp lệ.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES_VI;

/** Fills {placeholders} of a message template. */
export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

export function messageFor(code: ErrorCode, params?: Record<string, string | number>): string {
  return formatMessage(ERROR_MESSAGES_VI[code], params);
}

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}
