import { appError } from '../../errors.ts';

export const DashboardErrors = {
  noUnit: () => appError('dashboard.no_unit'),
  badCursor: () => appError('request.invalid', undefined, { cursor: 'Con trỏ trang không hợp lệ; hãy tải lại từ trang đầu.' }),
};
