// The shape of one entry of the error catalogue. A code carries its HTTP status with it, so a code is
// always answered with the same status, wherever it is thrown: 4xx for what the caller can fix, 503 when
// a dependency is down (with Retry-After), 500 only for a bug.
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 414 | 415 | 429 | 431 | 500 | 503;

export interface ErrorEntry {
  readonly status: ErrorStatus;
  /** Vietnamese, with {placeholders} filled by messageFor(code, params). */
  readonly message: string;
}

export type ErrorTable = Readonly<Record<string, ErrorEntry>>;
