// Errors of signing in, sessions and authorisation ('auth.…').
import type { ErrorTable } from './entry.ts';

export const AUTH_ERRORS = {
  'auth.unauthenticated': { status: 401, message: 'Bạn cần đăng nhập để tiếp tục.' },
  'auth.session_expired': { status: 401, message: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.' },
  'auth.invalid_credentials': { status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  'auth.locked': { status: 429, message: 'Tài khoản tạm thời bị khoá do đăng nhập sai nhiều lần. Vui lòng thử lại sau {minutes} phút.' },
  'auth.throttled': { status: 429, message: 'Có quá nhiều lần đăng nhập sai từ máy này. Vui lòng thử lại sau {minutes} phút.' },
  'auth.disabled': { status: 403, message: 'Tài khoản đã bị vô hiệu hoá. Vui lòng liên hệ quản trị viên.' },
  'auth.csrf_invalid': { status: 403, message: 'Yêu cầu thiếu hoặc sai mã chống giả mạo (CSRF). Vui lòng tải lại trang.' },
  'auth.token_invalid': { status: 401, message: 'Mã truy cập API không hợp lệ hoặc đã bị thu hồi.' },
  'auth.wrong_password': { status: 400, message: 'Mật khẩu hiện tại không đúng.' },
  'auth.weak_password': { status: 400, message: 'Mật khẩu mới phải có ít nhất 12 ký tự, gồm chữ hoa, chữ thường và chữ số.' },
  'auth.common_password': {
    status: 400,
    message: 'Mật khẩu này quá phổ biến hoặc đã bị lộ trong các vụ rò rỉ dữ liệu. Vui lòng chọn mật khẩu khác.',
  },
  'auth.password_change_required': { status: 403, message: 'Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.' },
  'auth.token_scope': { status: 403, message: 'Mã truy cập API này không được cấp quyền cho thao tác này.' },
  'auth.token_module': { status: 403, message: 'Mã truy cập API này không được cấp cho phân hệ này.' },
  'auth.same_password': { status: 400, message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' },
  'auth.forbidden': { status: 403, message: 'Bạn không có quyền thực hiện thao tác này.' },
  'auth.out_of_scope': { status: 403, message: 'Đơn vị này nằm ngoài phạm vi được phân quyền của bạn.' },
} as const satisfies ErrorTable;
