// The extractor throws its own ImportError ('import.…' codes, messages from the shared catalogue); at
// the server's boundary it becomes an AppError, which gives it its status.
import { isImportError } from '@dvcq/extractor';
import { AppError } from '../../errors.ts';

export function fromImportError(err: unknown): AppError | null {
  return isImportError(err) ? new AppError(err.code, err.params) : null;
}
