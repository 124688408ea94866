// Ranking: the live ranking of a scorecard's finalised assessments for a year (levels, groups, the
// target, the change from last year), and the decision that fixes it: issued once, as a snapshot,
// and announced to every unit ranked. The live ranking is computed once per change of what it reads
// (ranking.cache.ts) and shown a page of rows at a time (rankingPage); exports keep every detail.
import { randomUUID } from 'node:crypto';
import {
  checkRankingIssue,
  figureAcrossRestructuring,
  formatNumberVi,
  rankUnits,
  type RankingInput,
  type RankingResult,
  type ScorecardVersion,
} from '@dvcq/domain';
import {
  RANKING_PAGE_SIZE,
  type AssessmentStatus,
  type issueRankingRequest,
  type rankingQuery,
  type RankingResponseDto,
} from '@dvcq/shared';
import type { z } from 'zod';
import type { Actor } from '../../authz/actor.ts';
import { assertCanOn, canOn } from '../../authz/permissions.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { toVersion, type ScorecardRow, type ScoringRepository, type UnitRow } from './scoring.repository.ts';
import { ScoringErrors } from './scoring.errors.ts';
import { assertCanReadScorecard, type ScoringContext } from './scoring.policies.ts';
import { presentDecision, presentRankingRows, rankingPage, type RankingRows } from './scoring.presenter.ts';
import { cachePerOwner } from './ranking.cache.ts';
import { computeFor, lateOf } from './scoring.compute.ts';
import { notifyUnit } from './assessments.usecases.ts';
import { loadScorecardWithIssuer } from './appraisal.usecases.ts';
import { lineageHistory, namesAsOf } from '../org/restructuring.usecases.ts';
import { placeOfUnit } from '../org/org.usecases.ts';

async function computeRanking(
  repo: ScoringRepository,
  scorecardId: string,
  year: number,
): Promise<{
  sc: ScorecardRow;
  issuer: UnitRow;
  version: ScorecardVersion;
  ranking: RankingResult;
  rules: RankingResponseDto['rules'];
  notFinalised: RankingResponseDto['notFinalised'];
}> {
  const { sc, issuer, version } = await loadScorecardWithIssuer(repo, scorecardId);
  const rows = await repo.listAssessments({ scorecardId, year, within: issuer.path });
  const finalised = rows.filter((r) => r.a.status === 'finalised');
  const finalisedIds = finalised.map((r) => r.a.id);
  const scores = groupBy(await repo.scoreInputsOf(finalisedIds), (s) => s.assessmentId);
  const vetoes = await repo.vetoEventsOf(finalisedIds);
  const obls = new Map((await repo.obligations.byIds(finalised.map((r) => r.a.obligationId ?? ''))).map((o) => [o.id, o]));
  // Last year's finalised results of the same units, each computed with its own scorecard version; a unit
  // formed since (a merger) is compared with its predecessors' results (issue 11, domain figureAcrossRestructuring).
  // Only the units the comparison can reach are read: the ranked units and their predecessors along the lineage.
  const history = await lineageHistory(repo.org);
  const lastYear = await repo.listAssessments({
    year: year - 1,
    status: 'finalised',
    unitIds: predecessorsOf(
      history.edges,
      finalised.map((f) => f.a.unitId),
    ),
  });
  const lastYearOf = new Set(lastYear.map((r) => r.a.unitId));
  const comparedWith = new Map(
    finalised.map((f) => [
      f.a.unitId,
      figureAcrossRestructuring(history, f.a.unitId, year - 1, (id) => (lastYearOf.has(id) ? 0 : undefined))?.unitIds ?? [],
    ]),
  );
  const needed = new Set([...comparedWith.values()].flat());
  // One result per unit (the first listed, as before).
  const prevByUnit = new Map<string, (typeof lastYear)[number]>();
  for (const r of lastYear) if (needed.has(r.a.unitId) && !prevByUnit.has(r.a.unitId)) prevByUnit.set(r.a.unitId, r);
  const prevRows = [...prevByUnit.values()];
  const prevScores = groupBy(await repo.scoreInputsOf(prevRows.map((r) => r.a.id)), (s) => s.assessmentId);
  const prevVetoes = await repo.vetoEventsOf(prevRows.map((r) => r.a.id));
  const prevObls = new Map((await repo.obligations.byIds(prevRows.map((r) => r.a.obligationId ?? ''))).map((o) => [o.id, o]));
  const prevVersions = new Map<string, ScorecardVersion>();
  for (const r of prevRows)
    if (!prevVersions.has(r.a.scorecardId)) prevVersions.set(r.a.scorecardId, toVersion((await repo.getScorecard(r.a.scorecardId))!));
  // Each predecessor's result is computed once, however many units compare with it.
  const prevResults = new Map(
    prevRows.map((prev) => {
      const po = prev.a.obligationId ? (prevObls.get(prev.a.obligationId) ?? null) : null;
      const pr = computeFor(prevVersions.get(prev.a.scorecardId)!, prev.a, prevScores.get(prev.a.id) ?? [], lateOf(prev.a, po), prevVetoes);
      return [prev.a.unitId, pr] as const;
    }),
  );
  // Units are ranked under the names they had at the end of the year assessed (issue 11).
  const yearEnd = `${year}-12-31`;
  const namesThen = await namesAsOf(
    repo.org,
    rows.map((r) => ({ unitId: r.unit.id, date: yearEnd })),
  );
  const nameThen = (u: { id: string; name: string }) => namesThen.get(`${u.id}|${yearEnd}`) ?? u.name;
  const rules: RankingResponseDto['rules'] = {};
  const inputs: RankingInput[] = [];
  for (const [i, r] of finalised.entries()) {
    // A province's ~700 results take the event loop for most of a second: let other requests through now and then.
    if (i % 50 === 49) await yieldToOtherRequests();
    const o = r.a.obligationId ? (obls.get(r.a.obligationId) ?? null) : null;
    const result = computeFor(version, r.a, scores.get(r.a.id) ?? [], lateOf(r.a, o), vetoes);
    rules[r.unit.id] = result.rulesApplied.map((x) => ({ rule: x.rule, explanation: x.explanation }));
    const input: RankingInput = { unitId: r.unit.id, unitName: nameThen(r.unit), assessment: result };
    const compared = new Set(comparedWith.get(r.a.unitId));
    const figure = figureAcrossRestructuring(history, r.a.unitId, year - 1, (id) =>
      compared.has(id) ? prevResults.get(id)?.total : undefined,
    );
    if (figure) {
      const levels = [...new Set(figure.unitIds.map((id) => prevResults.get(id)!.level.code))];
      input.previous = {
        total: figure.value,
        ...(levels.length === 1 ? { levelCode: levels[0]! } : {}),
        ...(figure.label ? { label: figure.label } : {}),
      };
    }
    inputs.push(input);
  }
  const target = sc.rankingTarget ?? undefined;
  const ranking = rankUnits(inputs, version, target);
  const notFinalised = rows
    .filter((r) => r.a.status !== 'finalised')
    .map((r) => ({ assessmentId: r.a.id, unitName: nameThen(r.unit), status: r.a.status as AssessmentStatus }));
  return { sc, issuer, version, ranking, rules, notFinalised };
}

const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const item of items) {
    const list = m.get(key(item));
    if (list) list.push(item);
    else m.set(key(item), [item]);
  }
  return m;
}

/** The units and every unit that flowed into them through the lineage (merges, splits, transfers), at any date. */
function predecessorsOf(edges: readonly { fromUnitId: string; toUnitId: string }[], unitIds: readonly string[]): string[] {
  const into = groupBy(edges, (e) => e.toUnitId);
  const seen = new Set(unitIds);
  const queue = [...seen];
  while (queue.length) {
    for (const e of into.get(queue.pop()!) ?? []) {
      if (seen.has(e.fromUnitId)) continue;
      seen.add(e.fromUnitId);
      queue.push(e.fromUnitId);
    }
  }
  return [...seen];
}

/** "A, B, C và 2 đơn vị khác" */
const listNamesVi = (names: readonly string[], max = 5) =>
  names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} và ${names.length - max} đơn vị khác`;

async function rankingAccess(repo: ScoringRepository, actor: Actor, scorecardId: string, year: number) {
  const head = await repo.rankingHead(scorecardId, year);
  if (!head) throw ScoringErrors.scorecardNotFound();
  const { issuer, decision } = head;
  // The live ranking is for whoever reads the whole scope; once issued, the decision is read by every unit assessed with it.
  if (!canOn(actor, 'scoring.read', issuer.path)) {
    if (decision) assertCanReadScorecard(actor, issuer.path);
    else assertCanOn(actor, 'scoring.read', issuer.path);
  }
  return head;
}

interface LiveRanking {
  ranking: RankingResult;
  rules: RankingResponseDto['rules'];
  notFinalised: RankingResponseDto['notFinalised'];
  /** What the page shows, presented once per copy. */
  rows: RankingRows;
}

const liveRankings = cachePerOwner<LiveRanking>();

/**
 * The live ranking, from this instance's copy while the database's stamps are those it was computed under
 * (ranking.cache.ts). `stamp` is read before computing (rankingHead): whatever the computation reads is at
 * least as new as the stamp it is kept under.
 */
async function liveRanking(repo: ScoringRepository, scorecardId: string, year: number, stamp: string): Promise<LiveRanking> {
  return liveRankings(repo)(`${scorecardId}|${year}`, stamp, async () => {
    const { ranking, rules, notFinalised } = await computeRanking(repo, scorecardId, year);
    return { ranking, rules, notFinalised, rows: presentRankingRows(ranking, rules) };
  });
}

/** The ranking with every detail (tie partners and notes, rules of every unit): exports, dashboards, issued snapshots. */
export async function getRanking(repo: ScoringRepository, actor: Actor, scorecardId: string, year: number): Promise<RankingResponseDto> {
  return rankingAnswer(repo, actor, scorecardId, year, null);
}

/** The ranking as the page shows it, a page of rows at a time (scoring.presenter.ts rankingPage). */
export async function getRankingPage(repo: ScoringRepository, actor: Actor, q: z.output<typeof rankingQuery>): Promise<RankingResponseDto> {
  return rankingAnswer(repo, actor, q.scorecardId, q.year, q);
}

async function rankingAnswer(
  repo: ScoringRepository,
  actor: Actor,
  scorecardId: string,
  year: number,
  page: Parameters<typeof rankingPage>[1] | null,
): Promise<RankingResponseDto> {
  const { sc, issuer, decision, stamp } = await rankingAccess(repo, actor, scorecardId, year);
  if (decision) {
    const { signer: _signer, ...snap } = decision.snapshot as unknown as RankingResponseDto & { signer?: unknown };
    const names = await repo.users.namesOf([decision.issuedBy]);
    const shown = page ? rankingPage(presentRankingRows(snap.ranking as RankingResult, snap.rules), page) : {};
    return { ...snap, ...shown, decision: presentDecision(decision, names), canIssue: false };
  }
  const live = await liveRanking(repo, scorecardId, year, stamp);
  return {
    scorecardId,
    scorecardName: sc.name,
    decisionNumber: sc.decisionNumber,
    year,
    ...(page ? rankingPage(live.rows, page) : { ranking: live.ranking, rules: live.rules }),
    notFinalised: live.notFinalised,
    decision: null,
    canIssue: canOn(actor, 'scoring.manage', issuer.path),
  };
}

export async function issueRanking(
  repo: ScoringRepository,
  ctx: ScoringContext,
  input: z.output<typeof issueRankingRequest>,
): Promise<RankingResponseDto> {
  await repo.transaction(async (tx) => {
    const { sc, issuer } = await loadScorecardWithIssuer(tx, input.scorecardId);
    if (ctx.actor) assertCanOn(ctx.actor, 'scoring.manage', issuer.path);
    const existing = await tx.findRankingDecision(sc.id, input.year);
    if (existing) throw ScoringErrors.rankingAlreadyIssued(input.year, existing.number);
    const c = await computeRanking(tx, sc.id, input.year);
    // Every unit finalised, or left out with a reason.
    const exclusions = input.exclusions ?? [];
    const check = checkRankingIssue(
      c.notFinalised.map((u) => ({ assessmentId: u.assessmentId!, unitName: u.unitName })),
      exclusions,
    );
    if (check.badExclusions.length) throw ScoringErrors.rankingExclusionInvalid();
    if (!check.ok) {
      throw ScoringErrors.rankingUnitsPending(
        check.pending.length,
        listNamesVi(check.pending.map((u) => u.unitName)),
        Object.fromEntries(check.pending.map((u) => [`exclusions.${u.assessmentId}`, `${u.unitName}: cần ghi lý do không xếp loại.`])),
      );
    }
    if (c.ranking.overall.count === 0) throw ScoringErrors.nothingToRank();
    const reasonOf = new Map(exclusions.map((e) => [e.assessmentId, e.reason]));
    const excluded = c.notFinalised.map((u) => ({ unitName: u.unitName, reason: reasonOf.get(u.assessmentId!)! }));
    const id = randomUUID();
    const snapshot: RankingResponseDto = {
      scorecardId: sc.id,
      scorecardName: sc.name,
      decisionNumber: sc.decisionNumber,
      year: input.year,
      ranking: c.ranking,
      rules: c.rules,
      notFinalised: c.notFinalised,
      excluded,
      decision: null,
      canIssue: false,
    };
    const stored = { ...snapshot, signer: { name: input.signerName, title: input.signerTitle } };
    await tx.insertRankingDecision({
      id,
      scorecardId: sc.id,
      year: input.year,
      unitGroup: null,
      number: input.number,
      decisionDate: input.decisionDate,
      issuedBy: ctx.actor?.userId ?? null,
      issuedAt: ctx.now,
      snapshot: stored as unknown as Record<string, unknown>,
    });
    await recordAudit(tx, ctx, {
      action: 'ranking.issued',
      entityType: 'ranking_decision',
      entityId: id,
      unitId: issuer.id,
      after: {
        number: input.number,
        year: input.year,
        units: c.ranking.overall.count,
        signerName: input.signerName,
        ...(excluded.length ? { excluded } : {}),
      },
    });
    for (const g of c.ranking.groups) {
      for (const u of g.units) {
        await notifyUnit(tx, ctx, u.unitId, {
          kind: 'scoring.ranking_issued',
          title: `Kết quả xếp loại công tác dân vận chính quyền năm ${input.year}`,
          body: `Đơn vị được xếp loại ${u.level.name} (${formatNumberVi(u.total)} điểm) theo Quyết định số ${input.number}.`,
          link: `/cham-diem/xep-loai?scorecardId=${sc.id}&year=${input.year}`,
          entityType: 'ranking_decision',
          entityId: id,
        });
      }
    }
  });
  if (!ctx.actor) return (await repo.findRankingDecision(input.scorecardId, input.year))!.snapshot as unknown as RankingResponseDto;
  return getRankingPage(repo, ctx.actor, { scorecardId: input.scorecardId, year: input.year, offset: 0, limit: RANKING_PAGE_SIZE });
}

export async function rankingForExport(repo: ScoringRepository, actor: Actor, scorecardId: string, year: number) {
  const r = await getRanking(repo, actor, scorecardId, year);
  const { sc, issuer } = await loadScorecardWithIssuer(repo, scorecardId);
  return { r, sc, issuer, place: await placeOfUnit(repo.org, issuer) };
}
