// The bell and "Cách nhận thông báo".
import { registerMessages } from '../messages.ts';

export const notifications = {
  'notifications.title': 'Thông báo',
  'notifications.bellLabel': 'Thông báo',
  'notifications.bellLabelUnread': 'Thông báo ({count} chưa đọc)',
  'notifications.empty': 'Chưa có thông báo.',
  'notifications.preferencesLink': 'Cách nhận thông báo',

  'preferences.title': 'Cách nhận thông báo',
  'preferences.saved': 'Đã lưu cách nhận thông báo.',
  'preferences.noSmtp': 'Máy chủ chưa cấu hình gửi thư điện tử; lựa chọn vẫn được lưu và áp dụng khi có.',
  'preferences.noAddress': 'Tài khoản chưa có địa chỉ thư điện tử; hãy nhờ quản trị viên bổ sung.',
  'preferences.inApp': 'Nhắc hạn trong ứng dụng (biểu tượng chuông)',
  'preferences.email': 'Nhận thư điện tử',
  'preferences.emailTo': 'Nhận thư điện tử ({address})',
  'preferences.emailDigest': 'Thư nhắc việc tổng hợp, tối đa một thư mỗi ngày',
  'preferences.emailEvents': 'Thư báo ngay khi hồ sơ bị trả lại, điểm thẩm định thay đổi, có kết quả xếp loại',
} as const;

registerMessages(notifications);
