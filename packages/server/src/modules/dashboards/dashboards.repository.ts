// SQL of dashboards: live reads over obligations, reports and scoring for a unit's subtree (no nightly
// job). Ranking and appraisal figures come from the scoring use cases, through the scoring repository.
import { and, asc, desc, eq, isNull, lte, sql } from 'drizzle-orm';
import { defineRepository } from '../../db/repository.ts';
import { obligations, orgUnits, planMilestones, plans, reports } from '../../db/schema.ts';
import { unitInSubtree } from '../../db/subtree.ts';
import { createDialoguesRepository } from '../dialogues/dialogues.repository.ts';
import { createOrgRepository } from '../org/org.repository.ts';
import { createScoringRepository } from '../scoring/scoring.repository.ts';

export const createDashboardsRepository = defineRepository((db) => ({
  org: createOrgRepository(db),
  scoring: createScoringRepository(db),
  dialogues: createDialoguesRepository(db),

  /** Live obligations of the subtree under the year's published plans, created by `now`: one query. */
  async obligationsOfYear(root: string, year: number, now: Date) {
    return db
      .select({ o: obligations, unitName: orgUnits.name, title: planMilestones.title, planNumber: plans.number })
      .from(obligations)
      .innerJoin(plans, and(eq(plans.id, obligations.planId), eq(plans.status, 'published'), eq(plans.year, year)))
      .innerJoin(planMilestones, and(eq(planMilestones.id, obligations.milestoneId), isNull(planMilestones.cancelledAt)))
      .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
      .where(and(isNull(obligations.cancelledAt), unitInSubtree(obligations.unitId, root), lte(obligations.createdAt, now)));
  },

  /** Reports of the subtree waiting for review: how many, and the oldest first. */
  async awaitingReview(root: string, limit: number) {
    const where = and(eq(reports.status, 'submitted'), unitInSubtree(reports.unitId, root));
    const [[count], items] = await Promise.all([
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(reports)
        .where(where),
      db
        .select({
          obligationId: reports.obligationId,
          unitName: orgUnits.name,
          title: planMilestones.title,
          submittedAt: reports.submittedAt,
          submissionCount: reports.submissionCount,
        })
        .from(reports)
        .innerJoin(orgUnits, eq(orgUnits.id, reports.unitId))
        .innerJoin(obligations, eq(obligations.id, reports.obligationId))
        .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
        .where(where)
        .orderBy(asc(reports.submittedAt))
        .limit(limit),
    ]);
    return { count: count?.n ?? 0, items };
  },

  /** The unit's returned reports with the last return comment, latest first. */
  async returnedReports(unitId: string, limit: number) {
    return db
      .select({
        obligationId: reports.obligationId,
        title: planMilestones.title,
        comment: sql<
          string | null
        >`(select rv.comment from report_reviews rv where rv.report_id = ${reports.id} and rv.decision = 'returned' order by rv.decided_at desc limit 1)`,
        at: reports.decidedAt,
      })
      .from(reports)
      .innerJoin(obligations, eq(obligations.id, reports.obligationId))
      .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
      .where(and(eq(reports.unitId, unitId), eq(reports.status, 'returned')))
      .orderBy(desc(reports.decidedAt))
      .limit(limit);
  },

  /** Every live obligation of the unit under published plans, of every year, created by `now`. */
  async obligationsOfUnit(unitId: string, now: Date) {
    return db
      .select({ o: obligations, year: plans.year, title: planMilestones.title, planNumber: plans.number })
      .from(obligations)
      .innerJoin(plans, and(eq(plans.id, obligations.planId), eq(plans.status, 'published')))
      .innerJoin(planMilestones, and(eq(planMilestones.id, obligations.milestoneId), isNull(planMilestones.cancelledAt)))
      .where(and(eq(obligations.unitId, unitId), isNull(obligations.cancelledAt), lte(obligations.createdAt, now)));
  },
}));

export type DashboardsRepository = ReturnType<typeof createDashboardsRepository>;
