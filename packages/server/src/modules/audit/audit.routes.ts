import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, desc, eq, gte, like, lte, or, sql, type SQL } from 'drizzle-orm';
import { endOfLocalDay, startOfLocalDay } from '../../clock.ts';
import { auditPage, auditQuery } from '@dvcq/shared';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { assertCanOn, assertPermission, scopeRoots } from '../../authz/permissions.ts';
import { auditLog, orgUnits } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { escapeLike } from '../../text.ts';
import { findUnit } from '../org/org.repository.ts';
import { managesEveryone } from '../users/users.policies.ts';


export function auditRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  r.get(
    '/api/audit',
    { schema: { operationId: 'listAuditLog', tags: ['Nhật ký'], summary: 'Nhật ký thay đổi (lọc theo người, đơn vị, đối tượng, ngày)', querystring: auditQuery, response: { 200: auditPage } } },
    async (request) => {
      const ctx = contextOf(request, deps);
      assertPermission(ctx.actor, 'audit.read');
      const q = request.query;
      const where: SQL[] = [];
      if (q.unitId) {
        const unit = await findUnit(db, q.unitId);
        if (!unit) throw notFound('org.not_found');
        assertCanOn(ctx.actor, 'audit.read', unit.path);
        where.push(like(orgUnits.path, `${escapeLike(unit.path)}%`));
      } else if (!managesEveryone(ctx.actor)) {
        const roots = scopeRoots(ctx.actor, 'audit.read');
        where.push(or(...roots.map((p) => like(orgUnits.path, `${escapeLike(p)}%`)))!);
      }
      if (q.userId) where.push(eq(auditLog.actorId, q.userId));
      if (q.entityType) where.push(eq(auditLog.entityType, q.entityType));
      if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
      if (q.from) where.push(gte(auditLog.at, startOfLocalDay(q.from)));
      if (q.to) where.push(lte(auditLog.at, endOfLocalDay(q.to)));
      const condition = where.length ? and(...where) : undefined;
      const [rows, [count]] = await Promise.all([
        db
          .select({ entry: auditLog, unitName: orgUnits.name })
          .from(auditLog)
          .leftJoin(orgUnits, eq(orgUnits.id, auditLog.unitId))
          .where(condition)
          .orderBy(desc(auditLog.at), desc(auditLog.id))
          .limit(q.limit)
          .offset(q.offset),
        db.select({ n: sql<number>`count(*)::int` }).from(auditLog).leftJoin(orgUnits, eq(orgUnits.id, auditLog.unitId)).where(condition),
      ]);
      return {
        total: count?.n ?? 0,
        items: rows.map(({ entry, unitName }) => ({
          id: entry.id,
          at: entry.at.toISOString(),
          actorId: entry.actorId,
          actorName: entry.actorName,
          action: entry.action,
          entityType: entry.entityType,
          entityId: entry.entityId,
          unitId: entry.unitId,
          unitName: unitName ?? null,
          before: entry.before ?? null,
          after: entry.after ?? null,
        })),
      };
    },
  );
}
