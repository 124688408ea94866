import { z } from 'zod';
import { UNIT_KINDS } from '../vocabulary.ts';
import { isoDate, optionalText, text, uuid } from './common.ts';

export const orgUnit = z.object({
  id: uuid,
  parentId: uuid.nullable(),
  kind: z.enum(UNIT_KINDS),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  closedReason: z.string().nullable(),
  depth: z.number().int(),
  childCount: z.number().int(),
  version: z.number().int(),
});
export type OrgUnitDto = z.infer<typeof orgUnit>;

export const orgUnitNameHistory = z.object({
  name: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const orgUnitDetail = orgUnit.extend({
  ancestors: z.array(z.object({ id: uuid, name: z.string(), kind: z.enum(UNIT_KINDS) })),
  nameHistory: z.array(orgUnitNameHistory),
});

export const unitCode = text(1, 50).pipe(
  z.string().regex(/^[A-Za-z0-9._-]+$/, 'Mã đơn vị chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang.'),
);

export const createUnitRequest = z.object({
  parentId: uuid,
  kind: z.enum(UNIT_KINDS),
  code: unitCode,
  name: text(2, 300),
  shortName: optionalText(100),
  validFrom: isoDate,
});

export const updateUnitRequest = z.object({
  name: text(2, 300).optional(),
  shortName: optionalText(100),
  kind: z.enum(UNIT_KINDS).optional(),
  /** The date the new name takes effect; history keeps the old one until the day before. */
  renamedOn: isoDate.optional(),
  expectedVersion: z.number().int().optional(),
});

export const moveUnitRequest = z.object({ newParentId: uuid, expectedVersion: z.number().int().optional() });
export const closeUnitRequest = z.object({ closedOn: isoDate, reason: text(3, 500) });

export const listUnitsQuery = z.object({
  q: optionalText(100),
  includeClosed: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  asOf: isoDate.optional(),
});

export const importRowResult = z.object({
  row: z.number().int(),
  code: z.string(),
  name: z.string(),
  parentCode: z.string(),
  kind: z.string(),
  action: z.enum(['create', 'update', 'unchanged']),
  errors: z.array(z.string()),
});
export const importPreview = z.object({
  rows: z.array(importRowResult),
  errorCount: z.number().int(),
  createCount: z.number().int(),
  updateCount: z.number().int(),
  applied: z.boolean(),
});
export type ImportPreviewDto = z.infer<typeof importPreview>;
export const importUnitsRequest = z.object({
  csv: z.string().min(1).max(5_000_000),
  apply: z.boolean().default(false),
});
