// SQL of plans: the plan document and its items (content areas, targets, activities, milestones),
// amendments, assignments of people to items, and personal calendar feeds.
import { and, asc, desc, eq, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { defineRepository } from '../../db/repository.ts';
import {
  calendarFeeds,
  obligations,
  orgUnits,
  planActivities,
  planAmendments,
  planAssignments,
  planContentAreas,
  planMilestones,
  plans,
  planTargets,
  users,
} from '../../db/schema.ts';
import { containsPattern } from '../../db/like.ts';
import { unitInSubtrees } from '../../db/subtree.ts';
import { fold } from '../../text.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createFilesRepository } from '../files/files.repository.ts';
import { createObligationsRepository } from '../obligations/obligations.repository.ts';
import { createOrgRepository } from '../org/org.repository.ts';
import { createUsersRepository } from '../users/users.repository.ts';
import { createAuthRepository } from '../auth/auth.repository.ts';

export type PlanRow = typeof plans.$inferSelect;
export type NewPlanRow = typeof plans.$inferInsert;
export type MilestoneRow = typeof planMilestones.$inferSelect;
export type NewMilestoneRow = typeof planMilestones.$inferInsert;
export type ContentAreaRow = typeof planContentAreas.$inferSelect;
export type TargetRow = typeof planTargets.$inferSelect;
export type ActivityRow = typeof planActivities.$inferSelect;
export type AssignmentRow = typeof planAssignments.$inferSelect;

export interface PlanSearch {
  /** Plans issued inside these subtrees, or by these units above them. */
  roots: readonly string[];
  ancestorIds: readonly string[];
  text?: string | null;
  year?: number | undefined;
  status?: string | undefined;
  issuerUnitId?: string | undefined;
  limit: number;
  offset: number;
}

export type ItemType = 'activity' | 'target' | 'milestone' | 'content_area';

export const createPlansRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),
  org: createOrgRepository(db),
  obligations: createObligationsRepository(db),
  files: createFilesRepository(db),
  users: createUsersRepository(db),
  auth: createAuthRepository(db),

  async findPlan(id: string): Promise<PlanRow | null> {
    const [row] = await db.select().from(plans).where(eq(plans.id, id)).limit(1);
    return row ?? null;
  },

  async findPlanByNumber(number: string, year: number): Promise<PlanRow | null> {
    const [row] = await db
      .select()
      .from(plans)
      .where(and(eq(plans.number, number), eq(plans.year, year)))
      .limit(1);
    return row ?? null;
  },

  /** The plan a unit derived to fulfil an obligation (its own plan under a parent plan). */
  async derivedPlanFor(obligationId: string): Promise<PlanRow | null> {
    const [row] = await db.select().from(plans).where(eq(plans.obligationId, obligationId)).limit(1);
    return row ?? null;
  },

  async numberTaken(plan: { id: string; issuerUnitId: string; year: number }, number: string): Promise<boolean> {
    const rows = await db
      .select({ id: plans.id })
      .from(plans)
      .where(
        and(
          eq(plans.issuerUnitId, plan.issuerUnitId),
          eq(plans.year, plan.year),
          sql`lower(${plans.number}) = lower(${number})`,
          sql`${plans.id} <> ${plan.id}`,
        ),
      );
    return rows.length > 0;
  },

  async search(q: PlanSearch) {
    if (!q.roots.length) return [];
    const scope = q.ancestorIds.length
      ? or(unitInSubtrees(plans.issuerUnitId, q.roots), inArray(plans.issuerUnitId, [...q.ancestorIds]))!
      : unitInSubtrees(plans.issuerUnitId, q.roots);
    const conditions: (SQL | undefined)[] = [scope];
    if (q.text) {
      const folded = containsPattern(fold(q.text));
      conditions.push(or(like(plans.searchText, folded), like(orgUnits.searchText, folded)));
    }
    if (q.year) conditions.push(eq(plans.year, q.year));
    if (q.status) conditions.push(eq(plans.status, q.status));
    if (q.issuerUnitId) conditions.push(eq(plans.issuerUnitId, q.issuerUnitId));
    return db
      .select({ plan: plans, issuerName: orgUnits.name, issuerPath: orgUnits.path })
      .from(plans)
      .innerJoin(orgUnits, eq(orgUnits.id, plans.issuerUnitId))
      .where(and(...conditions))
      .orderBy(desc(plans.year), asc(orgUnits.depth), desc(plans.updatedAt))
      .limit(q.limit)
      .offset(q.offset);
  },

  async insertPlan(row: NewPlanRow): Promise<void> {
    await db.insert(plans).values(row);
  },

  async updatePlan(id: string, changes: Partial<NewPlanRow>): Promise<void> {
    await db.update(plans).set(changes).where(eq(plans.id, id));
  },

  /** The plan's items, each in its order, amendments with their author. */
  async parts(planId: string) {
    const [contentAreas, targets, activities, milestones, amendments] = await Promise.all([
      db.select().from(planContentAreas).where(eq(planContentAreas.planId, planId)).orderBy(asc(planContentAreas.position)),
      db.select().from(planTargets).where(eq(planTargets.planId, planId)).orderBy(asc(planTargets.position)),
      db
        .select({ activity: planActivities, leadUnitName: orgUnits.name })
        .from(planActivities)
        .leftJoin(orgUnits, eq(orgUnits.id, planActivities.leadUnitId))
        .where(eq(planActivities.planId, planId))
        .orderBy(asc(planActivities.position)),
      db.select().from(planMilestones).where(eq(planMilestones.planId, planId)).orderBy(asc(planMilestones.position)),
      db
        .select({ amendment: planAmendments, createdBy: users.fullName })
        .from(planAmendments)
        .leftJoin(users, eq(users.id, planAmendments.createdBy))
        .where(eq(planAmendments.planId, planId))
        .orderBy(asc(planAmendments.number)),
    ]);
    return { contentAreas, targets, activities, milestones, amendments };
  },

  async contentAreasOf(planId: string): Promise<ContentAreaRow[]> {
    return db.select().from(planContentAreas).where(eq(planContentAreas.planId, planId)).orderBy(asc(planContentAreas.position));
  },

  async milestonesOf(planId: string, opts: { liveOnly?: boolean } = {}): Promise<MilestoneRow[]> {
    return db
      .select()
      .from(planMilestones)
      .where(and(eq(planMilestones.planId, planId), ...(opts.liveOnly ? [isNull(planMilestones.cancelledAt)] : [])))
      .orderBy(asc(planMilestones.position));
  },

  async milestonesByIds(ids: readonly string[]): Promise<MilestoneRow[]> {
    if (!ids.length) return [];
    return db
      .select()
      .from(planMilestones)
      .where(inArray(planMilestones.id, [...ids]));
  },

  async findMilestone(id: string): Promise<MilestoneRow | null> {
    const [m] = await db.select().from(planMilestones).where(eq(planMilestones.id, id));
    return m ?? null;
  },

  async insertMilestone(row: NewMilestoneRow): Promise<void> {
    await db.insert(planMilestones).values(row);
  },

  async updateMilestone(id: string, changes: Partial<NewMilestoneRow>): Promise<void> {
    await db.update(planMilestones).set(changes).where(eq(planMilestones.id, id));
  },

  async deleteMilestone(id: string): Promise<void> {
    await db.delete(planMilestones).where(eq(planMilestones.id, id));
  },

  async replaceContentAreas(planId: string, rows: readonly (typeof planContentAreas.$inferInsert)[]): Promise<void> {
    await db.delete(planContentAreas).where(eq(planContentAreas.planId, planId));
    if (rows.length) await db.insert(planContentAreas).values([...rows]);
  },

  async replaceTargets(planId: string, rows: readonly (typeof planTargets.$inferInsert)[]): Promise<void> {
    await db.delete(planTargets).where(eq(planTargets.planId, planId));
    if (rows.length) await db.insert(planTargets).values([...rows]);
  },

  async replaceActivities(planId: string, rows: readonly (typeof planActivities.$inferInsert)[]): Promise<void> {
    await db.delete(planActivities).where(eq(planActivities.planId, planId));
    if (rows.length) await db.insert(planActivities).values([...rows]);
  },

  async insertAmendment(row: typeof planAmendments.$inferInsert): Promise<void> {
    await db.insert(planAmendments).values(row);
  },

  // ——— Assignments of people to plan items ———

  /** The text and date of a plan item, or null when the plan has no such item. */
  async item(planId: string, itemType: string, itemId: string): Promise<{ text: string; dueDate: string | null } | null> {
    switch (itemType as ItemType) {
      case 'activity': {
        const [a] = await db
          .select()
          .from(planActivities)
          .where(and(eq(planActivities.id, itemId), eq(planActivities.planId, planId)));
        return a ? { text: a.content, dueDate: a.dueDate } : null;
      }
      case 'target': {
        const [t] = await db
          .select()
          .from(planTargets)
          .where(and(eq(planTargets.id, itemId), eq(planTargets.planId, planId)));
        return t ? { text: t.text, dueDate: null } : null;
      }
      case 'milestone': {
        const [m] = await db
          .select()
          .from(planMilestones)
          .where(and(eq(planMilestones.id, itemId), eq(planMilestones.planId, planId)));
        return m ? { text: m.title, dueDate: m.dueDate } : null;
      }
      default: {
        const [c] = await db
          .select()
          .from(planContentAreas)
          .where(and(eq(planContentAreas.id, itemId), eq(planContentAreas.planId, planId)));
        return c ? { text: c.title, dueDate: null } : null;
      }
    }
  },

  async insertAssignment(row: typeof planAssignments.$inferInsert): Promise<void> {
    await db.insert(planAssignments).values(row);
  },

  async liveAssignmentsOf(userId: string): Promise<{ a: AssignmentRow; planTitle: string }[]> {
    return db
      .select({ a: planAssignments, planTitle: plans.title })
      .from(planAssignments)
      .innerJoin(plans, eq(plans.id, planAssignments.planId))
      .where(and(eq(planAssignments.userId, userId), isNull(planAssignments.revokedAt)));
  },

  // ——— Calendar feeds ———

  /** One live feed per person: a new link replaces the old one (e.g. after it was shared by mistake). */
  async replaceCalendarFeed(userId: string, tokenHash: string, now: Date, id: string): Promise<void> {
    await db
      .update(calendarFeeds)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
    await db.insert(calendarFeeds).values({ id, userId, tokenHash, createdAt: now });
  },

  async calendarFeedOwner(tokenHash: string): Promise<{ userId: string; disabledAt: Date | null } | null> {
    const [feed] = await db
      .select({ userId: calendarFeeds.userId, disabledAt: users.disabledAt })
      .from(calendarFeeds)
      .innerJoin(users, eq(users.id, calendarFeeds.userId))
      .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)));
    return feed ?? null;
  },

  /** What these units owe (not cancelled, not exempted), with names for a calendar. */
  async owedBy(unitIds: readonly string[]) {
    if (!unitIds.length) return [];
    return db
      .select({ o: obligations, unitName: orgUnits.name, milestoneTitle: planMilestones.title, planNumber: plans.number })
      .from(obligations)
      .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
      .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
      .innerJoin(plans, eq(plans.id, obligations.planId))
      .where(and(inArray(obligations.unitId, [...unitIds]), isNull(obligations.cancelledAt), isNull(obligations.exemptReason)));
  },

  /** Live milestones of the published plans these units issued. */
  async milestonesIssuedBy(unitIds: readonly string[]) {
    if (!unitIds.length) return [];
    return db
      .select({ m: planMilestones, planNumber: plans.number, planId: plans.id })
      .from(planMilestones)
      .innerJoin(plans, eq(plans.id, planMilestones.planId))
      .where(and(inArray(plans.issuerUnitId, [...unitIds]), eq(plans.status, 'published'), isNull(planMilestones.cancelledAt)));
  },
}));

export type PlansRepository = ReturnType<typeof createPlansRepository>;
