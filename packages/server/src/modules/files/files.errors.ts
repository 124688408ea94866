// Errors of uploaded files. A file's own problems name the file, so a person sending several knows which.
import { appError } from '../../errors.ts';

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

export const FileErrors = {
  missing: () => appError('file.missing'),
  tooLarge: (filename: string, maxBytes: number) => appError('file.too_large', { filename, maxMb: megabytes(maxBytes) }),
  incomplete: (filename: string) => appError('file.upload_incomplete', { filename }),
  typeNotAllowed: (filename: string, accepted: string) => appError('file.type_not_allowed', { filename, accepted }),
  contentMismatch: (filename: string) => appError('file.content_mismatch', { filename }),
  empty: (filename: string) => appError('file.empty', { filename }),
  notFound: () => appError('file.not_found'),
  contentMissing: (filename: string) => appError('file.content_missing', { filename }),
  storageUnavailable: () => appError('service.storage_unavailable'),
  notPdf: (filename: string) => appError('file.not_pdf', { filename }),
};
