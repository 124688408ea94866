import { appError } from '../../errors.ts';

export const NotificationErrors = {
  notFound: () => appError('notification.not_found'),
};
