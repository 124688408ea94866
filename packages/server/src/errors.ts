// The one error type use cases throw for anything the caller can act on. It takes a code from the shared
// catalogue (packages/shared/src/errors*) and nothing else: the HTTP status and the Vietnamese message
// come with the code, so a code is answered the same way wherever it is thrown. Features name their
// situations in `<feature>.errors.ts` factories; http/errors.ts turns an AppError into the response.
import { ERROR_CATALOGUE, messageFor, type ErrorCode, type ErrorParamName, type ErrorParams, type ErrorStatus } from '@dvcq/shared';

/** Messages per field path ('values.fine_amount' → 'Số tiền phải là số đồng…'), shown beside the inputs. */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly status: ErrorStatus;

  constructor(
    readonly code: ErrorCode,
    params?: Record<string, string | number>,
    readonly fields?: FieldErrors,
  ) {
    super(messageFor(code, params));
    this.name = 'AppError';
    this.status = ERROR_CATALOGUE[code].status;
  }
}

/** A code whose message has placeholders must be given them all; one without takes none. */
type ParamArgs<C extends ErrorCode> = [ErrorParamName<C>] extends [never]
  ? [params?: undefined, fields?: FieldErrors]
  : [params: ErrorParams<C>, fields?: FieldErrors];

export function appError<C extends ErrorCode>(code: C, ...[params, fields]: ParamArgs<C>): AppError {
  return new AppError(code, params as Record<string, string | number> | undefined, fields);
}
