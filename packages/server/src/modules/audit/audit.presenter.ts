import type { AuditEntryDto } from '@dvcq/shared';
import type { AuditEntryRow } from './audit.repository.ts';

export const presentAuditEntry = (entry: AuditEntryRow, unitName: string | null): AuditEntryDto => ({
  id: entry.id,
  at: entry.at.toISOString(),
  actorId: entry.actorId,
  actorName: entry.actorName,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  unitId: entry.unitId,
  unitName,
  before: entry.before ?? null,
  after: entry.after ?? null,
});
