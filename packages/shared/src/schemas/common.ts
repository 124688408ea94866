import { z } from 'zod';

/** Text as people type it: trimmed and NFC-normalised so that search and uniqueness behave. */
export const text = (min = 1, max = 500) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(min).max(max));

export const optionalText = (max = 2000) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max))
    .nullish()
    .transform((s) => (s ? s : null));

export const isoDate = z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD.' });
export const uuid = z.uuid({ error: 'Mã định danh không hợp lệ.' });
export const idParams = z.object({ id: uuid });

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

export const okBody = z.object({ ok: z.literal(true) });

export const page = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
