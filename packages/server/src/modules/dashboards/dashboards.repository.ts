// SQL of dashboards: live reads over obligations, reports and scoring for a unit's subtree (no nightly
// job). Ranking and appraisal figures come from the scoring use cases, through the scoring repository.
import { and, asc, desc, eq, isNull, like, lte, sql, type SQL } from 'drizzle-orm';
import type { ComplianceStatus } from '@dvcq/domain';
import { defineRepository } from '../../db/repository.ts';
import { assessments, obligations, orgUnits, planMilestones, plans, reports } from '../../db/schema.ts';
import { containsPattern } from '../../db/like.ts';
import { unitInSubtree } from '../../db/subtree.ts';
import { fold } from '../../text.ts';
import { complianceStatusSql } from '../obligations/obligations.repository.ts';
import { createComplaintsRepository } from '../complaints/complaints.repository.ts';
import { createDialoguesRepository } from '../dialogues/dialogues.repository.ts';
import { createMovementRepository } from '../movement/movement.repository.ts';
import { createOrgRepository } from '../org/org.repository.ts';
import { createScoringRepository } from '../scoring/scoring.repository.ts';

/** The subtree's live obligations under the year's published plans, created by `now` (what the dashboard covers). */
function yearConditions(root: string, year: number, now: Date): SQL[] {
  return [
    isNull(obligations.cancelledAt),
    unitInSubtree(obligations.unitId, root),
    lte(obligations.createdAt, now),
    // Uncorrelated (the year's live deadlines are a handful of ids): served by obligations_active_key (milestone_id, unit_id).
    sql`${obligations.milestoneId} in (select m.id from ${planMilestones} m join ${plans} p on p.id = m.plan_id
      where m.cancelled_at is null and p.status = 'published' and p.year = ${year})`,
  ];
}

/** Heat map page: keyset (unit name, unit id) of the last unit of the previous page. */
export interface HeatmapPageFilter {
  root: string;
  year: number;
  now: Date;
  q?: string | undefined;
  after?: readonly [string, string] | null | undefined;
  /** Units at most; undefined = all of them (the Excel export). */
  limit?: number | undefined;
}

export const createDashboardsRepository = defineRepository((db) => ({
  org: createOrgRepository(db),
  scoring: createScoringRepository(db),
  dialogues: createDialoguesRepository(db),
  movement: createMovementRepository(db),
  complaints: createComplaintsRepository(db),

  /**
   * Counts of the subtree's obligations of the year by deadline and status at `now` (judged in SQL), each
   * deadline with its plan: the compliance chart and the heat map's columns, without loading the rows.
   */
  async complianceCountsOfYear(root: string, year: number, now: Date) {
    const status = complianceStatusSql(now);
    return (
      db
        .select({
          milestoneId: obligations.milestoneId,
          planId: obligations.planId,
          planNumber: plans.number,
          title: planMilestones.title,
          dueDate: planMilestones.dueDate,
          inclusive: planMilestones.inclusive,
          status,
          n: sql<number>`count(*)::int`,
        })
        .from(obligations)
        .innerJoin(plans, eq(plans.id, obligations.planId))
        .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
        .where(and(...yearConditions(root, year, now)))
        // By position: the status expression carries bound parameters.
        .groupBy(sql`1`, sql`2`, sql`3`, sql`4`, sql`5`, sql`6`, sql`7`)
    );
  },

  /** How many units of the subtree owe something in the year (rows of the whole heat map). */
  async heatmapUnitCount(root: string, year: number, now: Date, q?: string): Promise<number> {
    const conditions = yearConditions(root, year, now);
    if (q)
      conditions.push(
        sql`${obligations.unitId} in (select su.id from ${orgUnits} su where su.search_text like ${containsPattern(fold(q))})`,
      );
    const [row] = await db
      .select({ n: sql<number>`count(distinct ${obligations.unitId})::int` })
      .from(obligations)
      .where(and(...conditions));
    return row?.n ?? 0;
  },

  /**
   * A page of the heat map: the next `limit` units (by name, id) owing something in the year, each with
   * its status per deadline judged in SQL at `now`. One query: the page of units, then their cells; each
   * row also carries how many units there are from this page on (counted before the limit), which on a
   * first page is the heat map's unit count without another pass over the obligations.
   */
  async heatmapPage(
    f: HeatmapPageFilter,
  ): Promise<{ unitId: string; unitName: string; milestoneId: string; status: ComplianceStatus; unitsFromHere: number }[]> {
    const status = complianceStatusSql(f.now);
    const unitConditions: SQL[] = [
      sql`u.id in (select ${obligations.unitId} from ${obligations} where ${and(...yearConditions(f.root, f.year, f.now))})`,
    ];
    if (f.q) unitConditions.push(like(sql`u.search_text`, containsPattern(fold(f.q))));
    if (f.after) unitConditions.push(sql`(u.name, u.id) > (${f.after[0]}, ${f.after[1]}::uuid)`);
    const page = sql`(select u.id, u.name, count(*) over () units_from_here from ${orgUnits} u where ${and(...unitConditions)} order by u.name, u.id ${
      f.limit === undefined ? sql`` : sql`limit ${f.limit}`
    })`;
    return db
      .select({
        unitId: sql<string>`page.id`,
        unitName: sql<string>`page.name`,
        milestoneId: obligations.milestoneId,
        status,
        unitsFromHere: sql<number>`page.units_from_here::int`,
      })
      .from(sql`${page} page`)
      .innerJoin(obligations, sql`${obligations.unitId} = page.id`)
      .where(and(...yearConditions(f.root, f.year, f.now)))
      .orderBy(sql`page.name`, sql`page.id`);
  },

  /** The unit groups of a scorecard's assessments of the year inside the subtree. */
  async assessedUnitGroups(scorecardId: string, year: number, within: string): Promise<string[]> {
    const rows = await db
      .selectDistinct({ group: assessments.unitGroup })
      .from(assessments)
      .where(and(eq(assessments.scorecardId, scorecardId), eq(assessments.year, year), unitInSubtree(assessments.unitId, within)));
    return rows.map((r) => r.group);
  },

  /**
   * The appraisal card counted in SQL: per appraising agency, the criteria of assessments past draft to
   * review, reviewed, changed (appraised score other than the self score) and sent back. `leaves` says, from the
   * scorecard (domain), which criteria apply to each unit group and which agency appraises each.
   */
  async appraisalByAgency(
    f: { scorecardId: string; year: number; within: string },
    leaves: readonly { unitGroup: string; code: string; agency: string }[],
  ) {
    if (leaves.length === 0) return [];
    const leafRows = JSON.stringify(leaves.map((l) => ({ unit_group: l.unitGroup, code: l.code, agency: l.agency })));
    const counted = (condition: SQL) => sql<number>`(count(*) filter (where a.status <> 'draft' and ${condition}))::int`;
    return db
      .select({
        agency: sql<string>`l.agency`,
        toReview: counted(sql`true`),
        reviewed: counted(sql`s.appraised_at is not null`),
        changed: counted(sql`s.appraised_score is not null and s.self_score is distinct from s.appraised_score`),
        sentBack: counted(sql`s.sent_back`),
      })
      .from(sql`${assessments} a`)
      .innerJoin(sql`jsonb_to_recordset(${leafRows}::jsonb) l(unit_group text, code text, agency text)`, sql`l.unit_group = a.unit_group`)
      .leftJoin(sql`assessment_scores s`, sql`s.assessment_id = a.id and s.criterion_code = l.code`)
      .where(sql`a.scorecard_id = ${f.scorecardId} and a.year = ${f.year} and ${unitInSubtree(sql`a.unit_id`, f.within)}`)
      .groupBy(sql`l.agency`);
  },

  /** Reports of the subtree waiting for review: how many (counted before the limit, in the same query), and the oldest first. */
  async awaitingReview(root: string, limit: number) {
    const rows = await db
      .select({
        obligationId: reports.obligationId,
        unitId: reports.unitId,
        unitName: orgUnits.name,
        dueDate: obligations.dueDate,
        title: planMilestones.title,
        submittedAt: reports.submittedAt,
        submissionCount: reports.submissionCount,
        total: sql<number>`(count(*) over ())::int`,
      })
      .from(reports)
      .innerJoin(orgUnits, eq(orgUnits.id, reports.unitId))
      .innerJoin(obligations, eq(obligations.id, reports.obligationId))
      .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
      .where(and(eq(reports.status, 'submitted'), unitInSubtree(reports.unitId, root)))
      .orderBy(asc(reports.submittedAt))
      .limit(limit);
    return { count: rows[0]?.total ?? 0, items: rows.map(({ total: _, ...item }) => item) };
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
