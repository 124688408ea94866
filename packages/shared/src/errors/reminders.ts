// Errors of reminder settings ('reminder.…').
import type { ErrorTable } from './entry.ts';

export const REMINDER_ERRORS = {
  'reminder.settings_version_conflict': { status: 409, message: 'Cài đặt nhắc việc vừa được người khác sửa. Hãy tải lại rồi thử lại.' },
  'reminder.settings_invalid': { status: 400, message: 'Cài đặt nhắc việc không hợp lệ: {reason}' },
} as const satisfies ErrorTable;
