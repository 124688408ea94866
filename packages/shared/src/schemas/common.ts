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

/** A calendar date; years outside 1900–2999 are typing slips (and year 0000 does not exist in PostgreSQL). */
export const isoDate = z.iso
  .date({ error: 'Ngày phải có dạng YYYY-MM-DD.' })
  .refine((v) => v >= '1900-01-01' && v <= '2999-12-31', { error: 'Ngày phải nằm trong khoảng năm 1900–2999.' });
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
