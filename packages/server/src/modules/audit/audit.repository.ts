// SQL of the audit log: one insert per state change, and the filtered, paged read for administrators.
import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { defineRepository } from '../../db/repository.ts';
import { auditLog, orgUnits } from '../../db/schema.ts';
import { unitInSubtrees } from '../../db/subtree.ts';

export type AuditEntryRow = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;

export interface AuditFilter {
  /** Entries about units inside these subtrees; 'all' includes entries about no unit (sign-ins). */
  subtrees: readonly string[] | 'all';
  userId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  offset: number;
}

export const createAuditRepository = defineRepository((db) => ({
  async insert(entry: NewAuditEntry): Promise<void> {
    await db.insert(auditLog).values(entry);
  },

  async search(f: AuditFilter): Promise<{ total: number; rows: { entry: AuditEntryRow; unitName: string | null }[] }> {
    const where: SQL[] = [];
    if (f.subtrees !== 'all') where.push(unitInSubtrees(auditLog.unitId, f.subtrees));
    if (f.userId) where.push(eq(auditLog.actorId, f.userId));
    if (f.entityType) where.push(eq(auditLog.entityType, f.entityType));
    if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
    if (f.from) where.push(gte(auditLog.at, f.from));
    if (f.to) where.push(lte(auditLog.at, f.to));
    const condition = where.length ? and(...where) : undefined;
    const [rows, [count]] = await Promise.all([
      db
        .select({ entry: auditLog, unitName: orgUnits.name })
        .from(auditLog)
        .leftJoin(orgUnits, eq(orgUnits.id, auditLog.unitId))
        .where(condition)
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(f.limit)
        .offset(f.offset),
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(auditLog)
        .where(condition),
    ]);
    return { total: count?.n ?? 0, rows };
  },
}));

export type AuditRepository = ReturnType<typeof createAuditRepository>;
