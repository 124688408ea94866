import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: uuid.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  unitId: uuid.nullable(),
  unitName: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntryDto = z.infer<typeof auditEntry>;

export const auditQuery = z.object({
  userId: uuid.optional(),
  unitId: uuid.optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const auditPage = z.object({ items: z.array(auditEntry), total: z.number().int() });
