// Errors of dashboards ('dashboard.…').
import type { ErrorTable } from './entry.ts';

export const DASHBOARD_ERRORS = {
  'dashboard.no_unit': { status: 403, message: 'Tài khoản chưa được phân quyền tại đơn vị nào để xem bảng điều khiển.' },
} as const satisfies ErrorTable;
