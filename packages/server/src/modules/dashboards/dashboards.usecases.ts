// Dashboards read live data: the subtree's obligations of the year counted in SQL by deadline and status
// (the same rule as getPlanCompliance), the heat map paged by units (keyset on name, id; HEATMAP_PAGE units
// per page, the Excel export takes them all), grouped queries for reports awaiting review and
// what came back, and the scoring module's own ranking and appraisal figures. No nightly job.
import { ancestorsInLineage, figureAcrossRestructuring, localDateInProvince } from '@dvcq/domain';
import type { DashboardDto, DashboardHeatmapPageDto } from '@dvcq/shared';
import type { Actor } from '../../authz/actor.ts';
import { AppError } from '../../errors.ts';
import { OrgErrors } from '../org/org.errors.ts';
import type { OrgUnitRow } from '../org/org.repository.ts';
import { lineageHistory, withNamedFieldsAsOf, withNamesAsOf } from '../org/restructuring.usecases.ts';
import { loadScorecardWithIssuer } from '../scoring/appraisal.usecases.ts';
import { agencyByCode, applicableLeaves } from '../scoring/scoring.policies.ts';
import { canOn } from '../../authz/permissions.ts';
import { getRanking } from '../scoring/ranking.usecases.ts';
import { cachePerOwner } from '../scoring/ranking.cache.ts';
import { ScoringErrors } from '../scoring/scoring.errors.ts';
import type { DashboardsRepository } from './dashboards.repository.ts';
import { DashboardErrors } from './dashboards.errors.ts';
import { assertCanSeeDashboard, coordinatesUnit, defaultDashboardGrant } from './dashboards.policies.ts';
import {
  presentAppraisal,
  decodeHeatmapCursor,
  heatmapCursor,
  presentComplianceCounts,
  presentHeatmapUnits,
  presentDialogueConclusions,
  presentComplaintTrend,
  presentModelCounts,
  presentMyUnit,
  presentRanking,
  yearTallies,
} from './dashboards.presenter.ts';

/** The unit a dashboard opens on: the one asked for, else the caller's widest coordination grant, else their own unit. */
async function dashboardUnit(repo: DashboardsRepository, actor: Actor, unitId: string | undefined): Promise<OrgUnitRow> {
  const id = unitId ?? defaultDashboardGrant(actor)?.unitId;
  if (!id) throw DashboardErrors.noUnit();
  const unit = await repo.org.findUnit(id);
  if (!unit) throw OrgErrors.notFound();
  assertCanSeeDashboard(actor, unit.path);
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

/** Units per page of the heat map. */
export const HEATMAP_PAGE = 50;

/** One page of heat map units (limit + 1 read, the extra one only telling that more follow); all of them without a limit. */
async function heatmapUnits(
  repo: DashboardsRepository,
  f: { root: string; year: number; now: Date; q?: string | undefined; cursor?: string | undefined; limit?: number | undefined },
  deadlines: DashboardDto['heatmap']['deadlines'],
) {
  const after = f.cursor ? decodeHeatmapCursor(f.cursor) : null;
  if (f.cursor && !after) throw DashboardErrors.badCursor();
  const cells = await repo.heatmapPage({
    root: f.root,
    year: f.year,
    now: f.now,
    q: f.q,
    after,
    limit: f.limit === undefined ? undefined : f.limit + 1,
  });
  const units = presentHeatmapUnits(cells, deadlines);
  const page = {
    ...(f.limit === undefined
      ? { units, nextCursor: null }
      : { units: units.slice(0, f.limit), nextCursor: heatmapCursor(units, f.limit) }),
    // Units from this page on: without a cursor, every unit of the heat map.
    unitsFromHere: cells[0]?.unitsFromHere ?? 0,
  };
  // Shown under the names of the year (issue 11); the cursor keeps today's name, the key the units are ordered by.
  const date = yearEndOrToday(f.year, f.now);
  return { ...page, units: await withNamesAsOf(repo.org, page.units, (u) => ({ unitId: u.unitId, date })) };
}

/** The day a year's figures are named after: its last day, or today while it runs (a batch dated ahead is not yet in force). */
const yearEndOrToday = (year: number, now: Date) => {
  const today = localDateInProvince(now);
  return `${year}-12-31` < today ? `${year}-12-31` : today;
};

export async function getDashboard(
  repo: DashboardsRepository,
  actor: Actor,
  now: Date,
  q: { unitId?: string | undefined; year?: number | undefined },
  /** Every heat map unit (the Excel export) instead of the first page. */
  opts: { allHeatmapUnits?: boolean } = {},
): Promise<DashboardDto> {
  const unit = await dashboardUnit(repo, actor, q.unitId);
  const year = q.year ?? Number(localDateInProvince(now).slice(0, 4));
  const [counts, review, scorecard, all, returnedReports, sentBack, conclusions, modelCounts, complaintTotals] = await Promise.all([
    repo.complianceCountsOfYear(unit.path, year, now),
    repo.awaitingReview(unit.path, 50),
    repo.scoring.activeScorecardFor(unit.path),
    repo.obligationsOfUnit(unit.id, now),
    repo.returnedReports(unit.id, 20),
    repo.scoring.sentBackOf(unit.id, 20),
    repo.dialogues.conclusionsInSubtree(unit.path),
    repo.movement.countsByFieldAndState(unit.path, year),
    repo.complaints.periodTotalsInSubtree(unit.path, [year - 1, year]),
  ]);
  const { compliance, deadlines } = presentComplianceCounts(counts);
  // Past items under the names units had then (issue 11): the year's, a report's due date, a dialogue's day and a conclusion's deadline.
  const [ranking, progress, decisions, page, [shown], reviewItems, namedConclusions] = await Promise.all([
    scorecard ? optional(() => getRanking(repo.scoring, actor, scorecard.id, year)) : null,
    scorecard ? optional(() => appraisalByAgency(repo, actor, scorecard.id, year)) : null,
    repo.scoring.rankingDecisionsOfYears([...yearTallies(all, now).keys()]),
    heatmapUnits(repo, { root: unit.path, year, now, limit: opts.allHeatmapUnits ? undefined : HEATMAP_PAGE }, deadlines),
    withNamesAsOf(repo.org, [{ unitId: unit.id, unitName: unit.name }], (u) => ({ unitId: u.unitId, date: yearEndOrToday(year, now) })),
    withNamesAsOf(repo.org, review.items, (r) => ({ unitId: r.unitId, date: r.dueDate })),
    withNamedFieldsAsOf(repo.org, conclusions, (r) => ({
      dialogueUnitName: { unitId: r.dialogueUnitId, date: r.heldOn },
      assigneeUnitName: { unitId: r.c.assigneeUnitId, date: r.c.dueDate },
    })),
  ]);
  return {
    unit: { id: unit.id, name: shown!.unitName },
    year,
    asOf: now.toISOString(),
    coordinator: coordinatesUnit(actor, unit.path),
    compliance,
    heatmap: { deadlines, units: page.units, unitCount: page.unitsFromHere, nextCursor: page.nextCursor },
    ranking: presentRanking(ranking, scorecard?.name ?? null),
    review: {
      count: review.count,
      items: reviewItems.map(({ obligationId, unitName, title, submittedAt, submissionCount }) => ({
        obligationId,
        unitName,
        title,
        submittedAt: submittedAt?.toISOString() ?? null,
        submissionCount,
      })),
    },
    appraisal: presentAppraisal(progress),
    dialogues: presentDialogueConclusions(namedConclusions, year, localDateInProvince(now)),
    models: presentModelCounts(modelCounts),
    complaints: presentComplaintTrend(await withPredecessorsLastYear(repo, unit.id, year, complaintTotals)),
    myUnit: presentMyUnit(unit, { all, returnedReports, sentBack, decisions }, now),
  };
}

const appraisalCounts = cachePerOwner<Awaited<ReturnType<typeof countAppraisal>>>();

/**
 * The appraisal card: per appraising agency, what the scoring module's progress counts (criteria of
 * assessments past draft to review, reviewed, changed, sent back), counted in SQL; which criteria apply to a
 * unit group and who appraises each come from the scorecard through the scoring module's rules. Null for
 * whoever may neither appraise nor manage the scorecard.
 *
 * The counts read every score of the year (the costliest query of the dashboard, issue 19), so an instance
 * keeps them under the ranking's stamps, as the ranking itself: every score write bumps its assessment
 * (bumpAssessment), whose trigger renews the year's stamp, and scorecards and the org tree renew 'all'.
 * Who may see the card is checked on each request.
 */
export async function appraisalByAgency(repo: DashboardsRepository, actor: Actor, scorecardId: string, year: number) {
  const head = await repo.scoring.rankingHead(scorecardId, year);
  if (!head) throw ScoringErrors.scorecardNotFound();
  const { issuer } = head;
  if (!canOn(actor, 'scoring.appraise', issuer.path) && !canOn(actor, 'scoring.manage', issuer.path)) return null;
  return appraisalCounts(repo)(`${scorecardId}|${year}`, head.stamp, () => countAppraisal(repo, scorecardId, year));
}

async function countAppraisal(repo: DashboardsRepository, scorecardId: string, year: number) {
  const { sc, issuer, version } = await loadScorecardWithIssuer(repo.scoring, scorecardId);
  const agencyOf = agencyByCode(version.nodes);
  const groups = await repo.assessedUnitGroups(scorecardId, year, issuer.path);
  const leaves = groups.flatMap((unitGroup) =>
    applicableLeaves(version.nodes, unitGroup).map((leaf) => ({ unitGroup, code: leaf.code, agency: agencyOf.get(leaf.code)! })),
  );
  const counts = new Map((await repo.appraisalByAgency({ scorecardId, year, within: issuer.path }, leaves)).map((c) => [c.agency, c]));
  // The scorecard's agencies in its order, then any other agency a criterion names.
  const named = sc.agencies.map((a) => ({ code: a.code, name: a.name }));
  const others = [...new Set(leaves.map((l) => l.agency))].filter((code) => !named.some((a) => a.code === code));
  return {
    agencies: [...named, ...others.map((code) => ({ code, name: code }))].map((a) => {
      const c = counts.get(a.code);
      return { ...a, toReview: c?.toReview ?? 0, reviewed: c?.reviewed ?? 0, changed: c?.changed ?? 0, sentBack: c?.sentBack ?? 0 };
    }),
  };
}

type ComplaintTotals = Awaited<ReturnType<DashboardsRepository['complaints']['periodTotalsInSubtree']>>;

/**
 * The year before, for a unit formed since (a merger): its predecessors' complaint figures, added up and
 * labelled as such ("Năm 2024 (tổng của 3 xã trước sáp nhập)") by the domain's across-restructuring rule,
 * as the ranking compares scores (issue 11). A unit with figures of its own keeps them.
 */
async function withPredecessorsLastYear(
  repo: DashboardsRepository,
  unitId: string,
  year: number,
  totals: ComplaintTotals,
): Promise<(ComplaintTotals[number] & { note?: string })[]> {
  if (totals.some((t) => t.year === year - 1)) return totals;
  const history = await lineageHistory(repo.org);
  const predecessors = ancestorsInLineage(history, unitId).map((p) => p.unitId);
  if (predecessors.length === 0) return totals;
  const rows = await repo.complaints.periodTotalsOfUnits(predecessors, year - 1);
  const received = new Map<string, number>();
  for (const r of rows) received.set(r.unitId, (received.get(r.unitId) ?? 0) + r.received);
  const figure = figureAcrossRestructuring(history, unitId, year - 1, (id) => (id === unitId ? undefined : received.get(id)), 'sum');
  if (!figure || figure.from !== 'predecessors') return totals;
  const byPeriod = new Map<string, ComplaintTotals[number]>();
  for (const r of rows.filter((x) => figure.unitIds.includes(x.unitId))) {
    const s = byPeriod.get(r.periodKind) ?? {
      year: year - 1,
      periodKind: r.periodKind,
      unitsReported: 0,
      received: 0,
      resolved: 0,
      resolvedOnTime: 0,
      pending: 0,
    };
    byPeriod.set(r.periodKind, {
      ...s,
      unitsReported: s.unitsReported + r.unitsReported,
      received: s.received + r.received,
      resolved: s.resolved + r.resolved,
      resolvedOnTime: s.resolvedOnTime + r.resolvedOnTime,
      pending: s.pending + r.pending,
    });
  }
  const note = figure.label?.replace(/^\d{4}: /, '');
  return [...[...byPeriod.values()].map((p) => ({ ...p, ...(note ? { note } : {}) })), ...totals];
}

/** A further page of the heat map (units by name), optionally only units whose name or code matches `q`. */
export async function getDashboardHeatmapPage(
  repo: DashboardsRepository,
  actor: Actor,
  now: Date,
  q: {
    unitId?: string | undefined;
    year?: number | undefined;
    q?: string | undefined;
    cursor?: string | undefined;
    limit?: number | undefined;
  },
): Promise<DashboardHeatmapPageDto> {
  const unit = await dashboardUnit(repo, actor, q.unitId);
  const year = q.year ?? Number(localDateInProvince(now).slice(0, 4));
  const search = q.q?.trim() || undefined;
  const [counts, countAll] = await Promise.all([
    repo.complianceCountsOfYear(unit.path, year, now),
    // A first page counts its units itself (heatmapPage); a further one only those from it on.
    q.cursor ? repo.heatmapUnitCount(unit.path, year, now, search) : null,
  ]);
  const { deadlines } = presentComplianceCounts(counts);
  const page = await heatmapUnits(
    repo,
    { root: unit.path, year, now, q: search, cursor: q.cursor, limit: q.limit ?? HEATMAP_PAGE },
    deadlines,
  );
  return { deadlines, units: page.units, unitCount: countAll ?? page.unitsFromHere, nextCursor: page.nextCursor };
}
