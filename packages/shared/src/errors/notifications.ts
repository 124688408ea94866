// Error codes of the notifications module ('notification.…'), with their Vietnamese messages. {placeholders} are filled
// by messageFor(code, params).
export const NOTIFICATION_ERRORS_VI = {
  'notification.not_found': 'Không tìm thấy thông báo.',
  'reminder.settings_version_conflict': 'Cài đặt nhắc việc vừa được người khác sửa. Hãy tải lại rồi thử lại.',
  'reminder.settings_invalid': 'Cài đặt nhắc việc không hợp lệ: {reason}',
  'dashboard.no_unit': 'Tài khoản chưa được phân quyền tại đơn vị nào để xem bảng điều khiển.',
} as const;
