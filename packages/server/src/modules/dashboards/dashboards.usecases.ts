// Dashboards read live data: one query for the subtree's obligations of the year (≈ units × deadlines
// rows, judged with the same rule as getPlanCompliance), grouped queries for reports awaiting review and
// what came back, and the scoring module's own ranking and appraisal figures. No nightly job.
import { localDateInProvince } from '@dvcq/domain';
import type { DashboardDto } from '@dvcq/shared';
import type { Actor } from '../../authz/actor.ts';
import { AppError } from '../../errors.ts';
import { OrgErrors } from '../org/org.errors.ts';
import type { OrgUnitRow } from '../org/org.repository.ts';
import { getAppraisalProgress } from '../scoring/appraisal.usecases.ts';
import { getRanking } from '../scoring/ranking.usecases.ts';
import type { DashboardsRepository } from './dashboards.repository.ts';
import { DashboardErrors } from './dashboards.errors.ts';
import { assertCanSeeDashboard, coordinatesUnit, defaultDashboardGrant } from './dashboards.policies.ts';
import {
  presentAppraisal,
  presentCompliance,
  presentDialogueConclusions,
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

export async function getDashboard(
  repo: DashboardsRepository,
  actor: Actor,
  now: Date,
  q: { unitId?: string | undefined; year?: number | undefined },
): Promise<DashboardDto> {
  const unit = await dashboardUnit(repo, actor, q.unitId);
  const year = q.year ?? Number(localDateInProvince(now).slice(0, 4));
  const [rows, review, scorecard, all, returnedReports, sentBack, conclusions] = await Promise.all([
    repo.obligationsOfYear(unit.path, year, now),
    repo.awaitingReview(unit.path, 50),
    repo.scoring.activeScorecardFor(unit.path),
    repo.obligationsOfUnit(unit.id, now),
    repo.returnedReports(unit.id, 20),
    repo.scoring.sentBackOf(unit.id, 20),
    repo.dialogues.conclusionsInSubtree(unit.path),
  ]);
  const ranking = scorecard ? await optional(() => getRanking(repo.scoring, actor, scorecard.id, year)) : null;
  const progress = scorecard ? await optional(() => getAppraisalProgress(repo.scoring, actor, scorecard.id, year)) : null;
  const decisions = await repo.scoring.rankingDecisionsOfYears([...yearTallies(all, now).keys()]);
  return {
    unit: { id: unit.id, name: unit.name },
    year,
    asOf: now.toISOString(),
    coordinator: coordinatesUnit(actor, unit.path),
    ...presentCompliance(rows, now),
    ranking: presentRanking(ranking, scorecard?.name ?? null),
    review: { count: review.count, items: review.items.map((r) => ({ ...r, submittedAt: r.submittedAt?.toISOString() ?? null })) },
    appraisal: presentAppraisal(progress),
    dialogues: presentDialogueConclusions(conclusions, year, localDateInProvince(now)),
    myUnit: presentMyUnit(unit, { all, returnedReports, sentBack, decisions }, now),
  };
}
