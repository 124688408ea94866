// Errors of user accounts, roles and API tokens ('user.…', 'token.…').
import type { ErrorTable } from './entry.ts';

export const USER_ERRORS = {
  'user.not_found': { status: 404, message: 'Không tìm thấy người dùng.' },
  'user.username_taken': { status: 409, message: 'Tên đăng nhập đã được sử dụng.' },
  'user.cannot_disable_self': { status: 400, message: 'Bạn không thể tự vô hiệu hoá tài khoản của mình.' },
  'user.role_not_found': { status: 404, message: 'Không tìm thấy phân quyền.' },
  'user.role_duplicate': { status: 409, message: 'Người dùng đã có vai trò này tại đơn vị này.' },
  'token.not_found': { status: 404, message: 'Không tìm thấy mã truy cập API.' },
} as const satisfies ErrorTable;
