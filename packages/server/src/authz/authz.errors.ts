// The two answers of authorisation: no right to do this at all, or the right but not on this unit.
import { appError } from '../errors.ts';

export const AuthzErrors = {
  unauthenticated: () => appError('auth.unauthenticated'),
  forbidden: () => appError('auth.forbidden'),
  outOfScope: () => appError('auth.out_of_scope'),
};
