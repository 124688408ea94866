import { appError } from '../../errors.ts';

export const DashboardErrors = {
  noUnit: () => appError('dashboard.no_unit'),
};
