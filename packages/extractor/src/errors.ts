// Import errors: stable machine-readable codes with Vietnamese messages.

// The messages live in the shared error catalogue with their HTTP statuses (one home per code).
import { IMPORT_ERROR_MESSAGES_VI } from '@dvcq/shared/src/errors/imports.ts';

export { IMPORT_ERROR_MESSAGES_VI };

export type ImportErrorCode = keyof typeof IMPORT_ERROR_MESSAGES_VI;

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: ImportErrorCode, params: Record<string, string | number> = {}, options?: { cause?: unknown }) {
    super(
      IMPORT_ERROR_MESSAGES_VI[code].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)),
      options,
    );
    this.name = 'ImportError';
    this.code = code;
    this.params = params;
  }
}

export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}
