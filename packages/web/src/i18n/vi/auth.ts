// Signing in, passwords, the home page.
import { registerMessages } from '../messages.ts';

export const auth = {
  'login.title': 'Đăng nhập',
  'login.username': 'Tên đăng nhập',
  'login.password': 'Mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.usernameRequired': 'Vui lòng nhập tên đăng nhập.',
  'login.passwordRequired': 'Vui lòng nhập mật khẩu.',
  'login.showPassword': 'Hiện mật khẩu',
  'login.hidePassword': 'Ẩn mật khẩu',
  'login.sessionExpired': 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại để tiếp tục.',
  'login.forgot': 'Quên mật khẩu? Hãy liên hệ quản trị viên của đơn vị để được đặt lại.',
  'login.footer': 'UBND tỉnh Tây Ninh · Sở Nội vụ',
  'password.title': 'Đổi mật khẩu',
  'password.forcedTitle': 'Bạn cần đổi mật khẩu trước khi tiếp tục',
  'password.forcedHint': 'Mật khẩu hiện tại do quản trị viên cấp hoặc đã được đặt lại. Hãy đặt mật khẩu mới chỉ mình bạn biết.',
  'password.current': 'Mật khẩu hiện tại',
  'password.new': 'Mật khẩu mới',
  'password.confirm': 'Nhập lại mật khẩu mới',
  'password.rule': 'Ít nhất 12 ký tự, gồm chữ hoa, chữ thường và chữ số; không dùng mật khẩu phổ biến.',
  'password.mismatch': 'Hai lần nhập mật khẩu mới không khớp.',
  'password.submit': 'Đổi mật khẩu',
  'password.changed': 'Đã đổi mật khẩu.',
  'home.greeting': 'Xin chào, {name}',
  'home.rolesTitle': 'Vai trò và phạm vi của bạn',
  'home.noRoles': 'Tài khoản chưa được phân vai trò tại đơn vị nào. Hãy liên hệ quản trị viên.',
  'home.validity': 'Hiệu lực',
  'home.from': 'từ {date}',
  'home.to': 'đến {date}',
  'home.indefinite': 'Không thời hạn',
  'home.availableNow': 'Truy cập nhanh',
} as const;

registerMessages(auth);
