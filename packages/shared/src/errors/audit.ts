// Errors of the audit log ('audit.…').
import type { ErrorTable } from './entry.ts';

export const AUDIT_ERRORS = {
  'audit.invalid_filter': { status: 400, message: 'Điều kiện lọc nhật ký không hợp lệ.' },
} as const satisfies ErrorTable;
