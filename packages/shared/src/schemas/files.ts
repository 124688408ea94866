import { z } from 'zod';
import { uuid } from './common.ts';

/** A stored attachment as the API returns it after an upload. */
export const storedFile = z.object({
  id: uuid,
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type StoredFileDto = z.infer<typeof storedFile>;

export const uploadFileQuery = z.object({ unitId: uuid });
