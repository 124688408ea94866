import { appError } from '../../errors.ts';

export const ObligationErrors = {
  notFound: () => appError('obligation.not_found'),
  alreadyExempt: () => appError('obligation.already_exempt'),
  alreadySubmitted: () => appError('obligation.already_submitted'),
};
