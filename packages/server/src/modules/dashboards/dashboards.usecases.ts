// Dashboards read live data: one query for the subtree's obligations of the year (≈ units × deadlines
// rows, judged with the same rule as getPlanCompliance), grouped queries for reports awaiting review and
// what came back, and the scoring module's own ranking and appraisal figures. No nightly job.
import { and, asc, desc, eq, inArray, isNull, like, lte, sql } from 'drizzle-orm';
import { COMPLIANCE_STATUS_LABELS, describeDeadline, isOpenComplianceStatus, localDateInProvince, summariseCompliance, timelinessOfFallenDue, type ComplianceEntry, type RankingResult } from '@dvcq/domain';
import type { DashboardDto } from '@dvcq/shared';
import type { Db } from '../../db/client.ts';
import { assessmentScores, assessments, obligations, orgUnits, planMilestones, plans, rankingDecisions, reports } from '../../db/schema.ts';
import type { Actor } from '../../authz/actor.ts';
import { assertCanOn, canOn } from '../../authz/permissions.ts';
import { AppError, appError, notFound } from '../../http/errors.ts';
import { findUnit } from '../org/org.repository.ts';
import { statusOf } from '../plans/compliance.ts';
import { activeScorecardFor } from '../scoring/scoring.repository.ts';
import { getAppraisalProgress, getRanking } from '../scoring/scoring.usecases.ts';
import { obligationLink } from '../reminders/reminders.rules.ts';


/** The unit a dashboard opens on: the one asked for, else the caller's widest coordination grant, else their own unit. */
async function dashboardUnit(db: Db, actor: Actor, unitId: string | undefined) {
  if (unitId) {
    const unit = await findUnit(db, unitId);
    if (!unit) throw notFound('org.not_found');
    assertCanOn(actor, 'dashboard.read', unit.path);
    return unit;
  }
  const order = ['coordinator', 'leader', 'officer', 'appraiser', 'viewer', 'admin'];
  const grant = [...actor.grants].sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || a.unitPath.length - b.unitPath.length)[0];
  if (!grant) throw appError(403, 'dashboard.no_unit');
  const unit = await findUnit(db, grant.unitId);
  if (!unit) throw notFound('org.not_found');
  assertCanOn(actor, 'dashboard.read', unit.path);
  return unit;
}

async function optional<T>(fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (err) {
    // out of the caller's scoring scope, or no scoring data: an empty section, never made-up numbers
    if (err instanceof AppError && err.status < 500) return null;
    throw err;
  }
}

export async function getDashboard(db: Db, actor: Actor, now: Date, q: { unitId?: string | undefined; year?: number | undefined }): Promise<DashboardDto> {
  const unit = await dashboardUnit(db, actor, q.unitId);
  const year = q.year ?? Number(localDateInProvince(now).slice(0, 4));
  const coordinator = canOn(actor, 'plans.manage', unit.path) || canOn(actor, 'reports.review', unit.path);

  // ——— Obligations of the subtree for the year: one query ———
  const rows = await db
    .select({
      o: obligations,
      unitName: orgUnits.name,
      title: planMilestones.title,
      planNumber: plans.number,
    })
    .from(obligations)
    .innerJoin(plans, and(eq(plans.id, obligations.planId), eq(plans.status, 'published'), eq(plans.year, year)))
    .innerJoin(planMilestones, and(eq(planMilestones.id, obligations.milestoneId), isNull(planMilestones.cancelledAt)))
    .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
    .where(and(isNull(obligations.cancelledAt), like(orgUnits.path, `${unit.path}%`), lte(obligations.createdAt, now)));
  const judged = rows.map((r) => ({ ...r, status: statusOf(r.o, now) }));
  const entries: ComplianceEntry[] = judged.map((r) => ({ unitId: r.o.unitId, milestoneId: r.o.milestoneId, status: r.status.status }));
  const summary = summariseCompliance(entries);

  const columns = new Map<string, DashboardDto['heatmap']['deadlines'][number]>();
  for (const r of judged) {
    if (!columns.has(r.o.milestoneId)) {
      columns.set(r.o.milestoneId, { milestoneId: r.o.milestoneId, planId: r.o.planId, planNumber: r.planNumber, title: r.title, dueDate: r.o.dueDate, deadlineText: describeDeadline({ due: r.o.dueDate, inclusive: r.o.inclusive }) });
    }
  }
  const deadlines = [...columns.values()].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || (a.planNumber ?? '').localeCompare(b.planNumber ?? '') || a.title.localeCompare(b.title, 'vi'));
  const index = new Map(deadlines.map((d, i) => [d.milestoneId, i]));
  const heatUnits = new Map<string, DashboardDto['heatmap']['units'][number]>();
  for (const r of judged) {
    let u = heatUnits.get(r.o.unitId);
    if (!u) heatUnits.set(r.o.unitId, (u = { unitId: r.o.unitId, unitName: r.unitName, statuses: deadlines.map(() => null) }));
    u.statuses[index.get(r.o.milestoneId)!] = r.status.status;
  }

  // ——— Reports awaiting review (reports module tables) ———
  const reviewWhere = and(eq(reports.status, 'submitted'), like(orgUnits.path, `${unit.path}%`));
  const [reviewCount] = await db.select({ n: sql<number>`count(*)::int` }).from(reports).innerJoin(orgUnits, eq(orgUnits.id, reports.unitId)).where(reviewWhere);
  const reviewRows = await db
    .select({ obligationId: reports.obligationId, unitName: orgUnits.name, title: planMilestones.title, submittedAt: reports.submittedAt, submissionCount: reports.submissionCount })
    .from(reports)
    .innerJoin(orgUnits, eq(orgUnits.id, reports.unitId))
    .innerJoin(obligations, eq(obligations.id, reports.obligationId))
    .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
    .where(reviewWhere)
    .orderBy(asc(reports.submittedAt))
    .limit(50);

  // ——— Scoring: ranking distribution against the target, appraisal progress by agency ———
  const scorecard = await activeScorecardFor(db, unit.path);
  const ranking = scorecard ? await optional(() => getRanking(db, actor, scorecard.id, year)) : null;
  const rr = ranking?.ranking as RankingResult | undefined;
  const progress = scorecard ? await optional(() => getAppraisalProgress(db, actor, scorecard.id, year)) : null;

  return {
    unit: { id: unit.id, name: unit.name },
    year,
    asOf: now.toISOString(),
    coordinator,
    compliance: {
      overall: summary.overall,
      byDeadline: deadlines.map((d) => ({ ...d, tally: summary.byMilestone[d.milestoneId]! })),
    },
    heatmap: { deadlines, units: [...heatUnits.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi')) },
    ranking:
      rr && rr.overall.count > 0
        ? {
            available: true,
            scorecardName: ranking!.scorecardName,
            decisionNumber: ranking!.decision?.number ?? null,
            issued: Boolean(ranking!.decision),
            count: rr.overall.count,
            distribution: rr.overall.distribution.map((d) => ({ levelCode: d.level.code, levelName: d.level.name, count: d.count, share: d.share })),
            target: rr.overall.target
              ? { levelName: rr.overall.target.level.name, op: rr.overall.target.op, threshold: rr.overall.target.threshold, share: rr.overall.target.share, met: rr.overall.target.met, message: rr.overall.target.message }
              : null,
          }
        : { available: false, scorecardName: scorecard?.name ?? null, decisionNumber: null, issued: false, count: 0, distribution: [], target: null },
    review: {
      count: reviewCount?.n ?? 0,
      items: reviewRows.map((r) => ({ ...r, submittedAt: r.submittedAt?.toISOString() ?? null })),
    },
    appraisal: progress
      ? { available: true, agencies: progress.agencies.map((a) => ({ code: a.code, name: a.name, toReview: a.toReview, reviewed: a.reviewed, changed: a.changed, sentBack: a.sentBack })) }
      : { available: false, agencies: [] },
    myUnit: await myUnitView(db, unit, now),
  };
}

async function myUnitView(db: Db, unit: { id: string; name: string }, now: Date): Promise<DashboardDto['myUnit']> {
  // What came back: returned reports (with the last comment) and criteria sent back for evidence.
  const returnedReports = await db
    .select({
      obligationId: reports.obligationId,
      title: planMilestones.title,
      comment: sql<string | null>`(select rv.comment from report_reviews rv where rv.report_id = ${reports.id} and rv.decision = 'returned' order by rv.decided_at desc limit 1)`,
      at: reports.decidedAt,
    })
    .from(reports)
    .innerJoin(obligations, eq(obligations.id, reports.obligationId))
    .innerJoin(planMilestones, eq(planMilestones.id, obligations.milestoneId))
    .where(and(eq(reports.unitId, unit.id), eq(reports.status, 'returned')))
    .orderBy(desc(reports.decidedAt))
    .limit(20);
  const sentBack = await db
    .select({ assessmentId: assessments.id, year: assessments.year, code: assessmentScores.criterionCode, note: assessmentScores.sentBackNote, at: assessmentScores.sentBackAt })
    .from(assessmentScores)
    .innerJoin(assessments, eq(assessments.id, assessmentScores.assessmentId))
    .where(and(eq(assessments.unitId, unit.id), eq(assessmentScores.sentBack, true)))
    .orderBy(desc(assessmentScores.sentBackAt))
    .limit(20);

  // Trend over years: the unit's obligations of every year, judged the same way, plus its level in issued rankings.
  // (one query for every year: what the unit owes next need not belong to the year on screen)
  const all = await db
    .select({ o: obligations, year: plans.year, title: planMilestones.title, planNumber: plans.number })
    .from(obligations)
    .innerJoin(plans, and(eq(plans.id, obligations.planId), eq(plans.status, 'published')))
    .innerJoin(planMilestones, and(eq(planMilestones.id, obligations.milestoneId), isNull(planMilestones.cancelledAt)))
    .where(and(eq(obligations.unitId, unit.id), isNull(obligations.cancelledAt), lte(obligations.createdAt, now)));
  const owesNext = all
    .map((r) => ({ ...r, status: statusOf(r.o, now) }))
    .filter((r) => isOpenComplianceStatus(r.status.status))
    .sort((a, b) => a.o.dueDate.localeCompare(b.o.dueDate))
    .slice(0, 20)
    .map((r) => ({
      obligationId: r.o.id,
      title: r.title,
      planNumber: r.planNumber,
      dueDate: r.o.dueDate,
      deadlineText: describeDeadline({ due: r.o.dueDate, inclusive: r.o.inclusive }),
      daysUntilDue: r.status.daysUntilDue,
      status: r.status.status,
      statusLabel: COMPLIANCE_STATUS_LABELS[r.status.status],
      link: obligationLink(r.o),
    }));
  const byYear = new Map<number, ComplianceEntry[]>();
  for (const r of all) {
    const status = statusOf(r.o, now).status;
    if (status === 'exempt') continue;
    const entries = byYear.get(r.year) ?? [];
    entries.push({ unitId: r.o.unitId, milestoneId: r.o.milestoneId, status });
    byYear.set(r.year, entries);
  }
  const decisions = byYear.size ? await db.select({ year: rankingDecisions.year, snapshot: rankingDecisions.snapshot }).from(rankingDecisions).where(inArray(rankingDecisions.year, [...byYear.keys()])) : [];
  const levelOf = new Map<number, { levelName: string; total: number }>();
  for (const d of decisions) {
    const groups = ((d.snapshot as { ranking?: RankingResult }).ranking?.groups ?? []) as RankingResult['groups'];
    for (const g of groups) for (const u of g.units) if (u.unitId === unit.id) levelOf.set(d.year, { levelName: u.level.name, total: u.total });
  }
  const trend = [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([y, entries]) => {
      const t = summariseCompliance(entries).overall;
      const rate = timelinessOfFallenDue(t);
      return { year: y, owed: t.owed, onTime: t.onTime, late: t.late, missing: t.overdue, timelinessRate: rate === null ? null : Math.round(rate * 1000) / 1000, levelName: levelOf.get(y)?.levelName ?? null, total: levelOf.get(y)?.total ?? null };
    });

  return {
    unitId: unit.id,
    unitName: unit.name,
    owesNext,
    returned: [
      ...returnedReports.map((r) => ({ kind: 'report' as const, title: `Báo cáo bị trả lại: ${r.title}`, comment: r.comment, at: r.at?.toISOString() ?? null, link: `/bao-cao/${r.obligationId}` })),
      ...sentBack.map((s) => ({ kind: 'assessment' as const, title: `Bổ sung minh chứng tiêu chí ${s.code} (năm ${s.year})`, comment: s.note, at: s.at?.toISOString() ?? null, link: `/cham-diem/ho-so/${s.assessmentId}` })),
    ],
    trend,
  };
}
