// Error codes of the notifications module ('notification.…'), with their Vietnamese messages. {placeholders} are filled
// by messageFor(code, params).
export const NOTIFICATION_ERRORS_VI = {
  'notification.not_found': 'Không tìm thấy thông báo.',
} as const;
