import type { StoredFileDto } from '@dvcq/shared';
import type { FileRow } from './files.repository.ts';

export const presentFile = (f: Pick<FileRow, 'id' | 'filename' | 'contentType' | 'sizeBytes' | 'sha256' | 'createdAt'>): StoredFileDto => ({
  id: f.id,
  filename: f.filename,
  contentType: f.contentType,
  sizeBytes: f.sizeBytes,
  sha256: f.sha256,
  createdAt: f.createdAt.toISOString(),
});
