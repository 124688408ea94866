// Errors of in-app notifications ('notification.…').
import type { ErrorTable } from './entry.ts';

export const NOTIFICATION_ERRORS = {
  'notification.not_found': { status: 404, message: 'Không tìm thấy thông báo.' },
} as const satisfies ErrorTable;
