// Classification gates commendation (issue 14): the units eligible from the ISSUED ranking decision, and
// the coordinator's proposal built from them — one per scorecard and year, within the quotas of the
// version, a reason per unit, and the exemplary people of those units where a quota counts individuals;
// a draft until it is submitted with the number, date and signer of its tờ trình, then fixed. Each save
// and the submission carry the version they started from, so two coordinators cannot overwrite each
// other. Exported as a Word tờ trình with its list and as an Excel table.
import { randomUUID } from 'node:crypto';
import { checkCommendationProposal, commendationCandidates, type CommendationPerson, type RankingResult } from '@dvcq/domain';
import type {
  CommendationCandidatesDto,
  RankingResponseDto,
  saveCommendationProposalRequest,
  submitCommendationProposalRequest,
} from '@dvcq/shared';
import type { z } from 'zod';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { assertCanOn } from '../../authz/permissions.ts';
import type { FieldErrors } from '../../errors.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { placeOfUnit } from '../org/org.usecases.ts';
import type { ProposedIndividual, ProposedUnit } from '../../db/schema.ts';
import type { ScoringRepository, UnitRow } from './scoring.repository.ts';
import { ScoringErrors } from './scoring.errors.ts';
import { presentCommendationProposal } from './scoring.presenter.ts';
import { loadScorecardWithIssuer } from './appraisal.usecases.ts';

/** The scorecard, its commendation rule, the issued decision and the candidates from its snapshot; coordinator only. */
async function loadCommendation(repo: ScoringRepository, actor: Actor, scorecardId: string, year: number) {
  const { sc, issuer, version } = await loadScorecardWithIssuer(repo, scorecardId);
  assertCanOn(actor, 'scoring.manage', issuer.path);
  const decision = await repo.findRankingDecision(scorecardId, year);
  const rule = version.commendation ?? null;
  const minLevelName = rule ? (version.levels.levels.find((l) => l.code === rule.minLevel)?.name ?? rule.minLevel) : null;
  if (!decision || !rule) return { sc, issuer, version, decision, rule, minLevelName, candidates: null };
  const snap = decision.snapshot as unknown as RankingResponseDto;
  const ranked = (snap.ranking as RankingResult).groups.flatMap((g) => g.units);
  const rows = await repo.org.unitsByIds(ranked.map((u) => u.unitId));
  const kinds = new Map(rows.map((u) => [u.id, u.kind]));
  const people = rule.quotas.some((q) => (q.individuals ?? 0) > 0) ? await exemplaryPeople(repo, issuer.path, year, rows) : [];
  const candidates = commendationCandidates(
    version,
    ranked.map((u) => ({
      unitId: u.unitId,
      unitName: u.unitName,
      unitKind: kinds.get(u.unitId) ?? '',
      levelCode: u.level.code,
      total: u.total,
    })),
    people,
  )!;
  return { sc, issuer, version, decision, rule, minLevelName, candidates };
}

/**
 * The year's exemplary people of the movement recorded within the issuer's tree, each placed under the
 * ranked unit it belongs to (its own unit or the nearest ranked unit above it); people outside every
 * ranked unit are left out.
 */
async function exemplaryPeople(
  repo: ScoringRepository,
  issuerPath: string,
  year: number,
  rankedUnits: readonly Pick<UnitRow, 'id' | 'path'>[],
): Promise<CommendationPerson[]> {
  const views = await repo.movement.personViews({ roots: [issuerPath], year });
  const byDepth = [...rankedUnits].sort((a, b) => b.path.length - a.path.length);
  return views.flatMap((v) => {
    const unit = byDepth.find((u) => v.unitPath.startsWith(u.path));
    if (!unit) return [];
    return [
      {
        personId: v.p.id,
        fullName: v.p.fullName,
        position: v.p.position,
        achievements: v.p.achievements,
        ownUnitName: v.unitName,
        unitId: unit.id,
      },
    ];
  });
}

/**
 * Units eligible for the commendation the scorecard version names, from the issued ranking decision
 * (its snapshot: levels and totals as decided), by points within each quota, with the proposal saved.
 * Before the decision is issued, nothing is listed: the classification gates commendation.
 */
export async function getCommendationCandidates(
  repo: ScoringRepository,
  actor: Actor,
  scorecardId: string,
  year: number,
): Promise<CommendationCandidatesDto> {
  const { sc, decision, rule, minLevelName, candidates: c } = await loadCommendation(repo, actor, scorecardId, year);
  const proposal = decision ? await repo.findCommendationProposal(scorecardId, year) : null;
  return {
    scorecardId: sc.id,
    year,
    decisionNumber: decision?.number ?? null,
    hasRule: !!rule,
    award: rule?.award ?? null,
    minLevelName,
    quotas: (c?.quotas ?? []).map((q) => ({
      name: q.quota.name,
      collectives: q.quota.collectives,
      individuals: q.quota.individuals ?? null,
      candidates: q.candidates,
      individualCandidates: q.individuals,
    })),
    outsideQuotas: (c?.outsideQuotas ?? []).map((u) => ({ unitId: u.unitId, unitName: u.unitName, total: u.total })),
    proposal: proposal && decision ? presentCommendationProposal(proposal, decision.number) : null,
  };
}

/** First of each id: one entry per unit or person (the first reason given). */
const firstOfEach = <T>(list: readonly T[], key: (x: T) => string) => list.filter((x, i) => list.findIndex((o) => key(o) === key(x)) === i);

export async function saveCommendationProposal(
  repo: ScoringRepository,
  ctx: RequestContext,
  input: z.output<typeof saveCommendationProposalRequest>,
) {
  return repo.transaction(async (tx) => {
    const { issuer, version, decision, rule, minLevelName, candidates } = await loadCommendation(
      tx,
      ctx.actor,
      input.scorecardId,
      input.year,
    );
    if (!rule) throw ScoringErrors.commendationNoRule();
    if (!decision || !candidates) throw ScoringErrors.commendationNoDecision(input.year);
    const existing = await tx.findCommendationProposal(input.scorecardId, input.year);
    if (existing?.status === 'submitted') throw ScoringErrors.commendationProposalSubmitted(input.year, existing.number ?? '');
    if ((existing?.version ?? 0) !== input.expectedVersion) throw ScoringErrors.commendationVersionConflict();
    const items = firstOfEach(input.items, (it) => it.unitId);
    const people = firstOfEach(input.individuals, (it) => it.personId);
    const indexOf = new Map(items.map((it, i) => [it.unitId, i]));
    const personIndexOf = new Map(people.map((it, i) => [it.personId, i]));
    const problems = checkCommendationProposal(
      candidates,
      items.map((it) => it.unitId),
      people.map((it) => it.personId),
    );
    const level = minLevelName ?? rule.minLevel;
    const notEligible = problems.flatMap((p) => (p.kind === 'not_eligible' ? [p] : []));
    if (notEligible.length) {
      const fields: FieldErrors = Object.fromEntries(notEligible.map((p) => [`items.${indexOf.get(p.unitId)}.unitId`, p.message]));
      throw ScoringErrors.commendationNotEligible(notEligible.length, rule.award, level, fields);
    }
    const personNotEligible = problems.flatMap((p) => (p.kind === 'person_not_eligible' ? [p] : []));
    if (personNotEligible.length) {
      const fields: FieldErrors = Object.fromEntries(
        personNotEligible.map((p) => [`individuals.${personIndexOf.get(p.personId)}.personId`, p.message]),
      );
      throw ScoringErrors.commendationPersonNotEligible(personNotEligible.length, level, fields);
    }
    const overQuota = problems.flatMap((p) => (p.kind === 'over_quota' ? [p] : []));
    if (overQuota.length) {
      const fields: FieldErrors = {};
      for (const p of overQuota) {
        const q = candidates.quotas.find((c) => c.quota.name === p.quota)!;
        if (p.of === 'collectives')
          for (const u of q.candidates) if (indexOf.has(u.unitId)) fields[`items.${indexOf.get(u.unitId)}.unitId`] = p.message;
        if (p.of === 'individuals')
          for (const u of q.individuals)
            if (personIndexOf.has(u.personId)) fields[`individuals.${personIndexOf.get(u.personId)}.personId`] = p.message;
      }
      throw ScoringErrors.commendationOverQuota(overQuota.map((p) => p.message).join(' '), fields);
    }
    const reasonOf = new Map(items.map((it) => [it.unitId, it.reason]));
    const personReasonOf = new Map(people.map((it) => [it.personId, it.reason]));
    const levelName = (code: string) => version.levels.levels.find((l) => l.code === code)?.name ?? code;
    const proposed: ProposedUnit[] = candidates.quotas.flatMap((q) =>
      q.candidates
        .filter((u) => reasonOf.has(u.unitId))
        .map((u) => ({
          unitId: u.unitId,
          unitName: u.unitName,
          quotaName: q.quota.name,
          levelName: levelName(u.levelCode),
          total: u.total,
          reason: reasonOf.get(u.unitId)!,
        })),
    );
    const proposedPeople: ProposedIndividual[] = candidates.quotas.flatMap((q) =>
      q.individuals
        .filter((p) => personReasonOf.has(p.personId))
        .map((p) => ({
          personId: p.personId,
          fullName: p.fullName,
          position: [p.position, p.ownUnitName].filter(Boolean).join(', '),
          unitId: p.unitId,
          unitName: q.candidates.find((u) => u.unitId === p.unitId)!.unitName,
          quotaName: q.quota.name,
          reason: personReasonOf.get(p.personId)!,
        })),
    );
    const changes = {
      award: rule.award,
      rankingDecisionId: decision.id,
      items: proposed,
      individuals: proposedPeople,
      updatedBy: ctx.actor.userId,
      updatedAt: ctx.now,
    };
    const id = existing?.id ?? randomUUID();
    const written = existing
      ? await tx.updateCommendationProposal(id, existing.version, changes)
      : await tx.insertCommendationProposal({ id, scorecardId: input.scorecardId, year: input.year, status: 'draft', ...changes });
    if (!written) throw ScoringErrors.commendationVersionConflict();
    await recordAudit(tx, ctx, {
      action: 'commendation_proposal.saved',
      entityType: 'commendation_proposal',
      entityId: id,
      unitId: issuer.id,
      ...(existing
        ? { before: { units: existing.items.map((u) => u.unitName), individuals: existing.individuals.map((p) => p.fullName) } }
        : {}),
      after: {
        year: input.year,
        award: rule.award,
        units: proposed.map((u) => u.unitName),
        individuals: proposedPeople.map((p) => p.fullName),
      },
    });
    return presentCommendationProposal((await tx.findCommendationProposal(input.scorecardId, input.year))!, decision.number);
  });
}

export async function submitCommendationProposal(
  repo: ScoringRepository,
  ctx: RequestContext,
  input: z.output<typeof submitCommendationProposalRequest>,
) {
  return repo.transaction(async (tx) => {
    const { issuer, decision } = await loadCommendation(tx, ctx.actor, input.scorecardId, input.year);
    const p = await tx.findCommendationProposal(input.scorecardId, input.year);
    if (!p || !decision) throw ScoringErrors.commendationProposalNotFound();
    if (p.status === 'submitted') throw ScoringErrors.commendationProposalSubmitted(input.year, p.number ?? '');
    if (p.version !== input.expectedVersion) throw ScoringErrors.commendationVersionConflict();
    if (p.items.length === 0 && p.individuals.length === 0) throw ScoringErrors.commendationProposalEmpty();
    const changes = {
      status: 'submitted' as const,
      number: input.number,
      proposalDate: input.proposalDate,
      signerName: input.signerName,
      signerTitle: input.signerTitle || null,
      submittedBy: ctx.actor.userId,
      submittedAt: ctx.now,
    };
    if (!(await tx.updateCommendationProposal(p.id, p.version, changes))) throw ScoringErrors.commendationVersionConflict();
    await recordAudit(tx, ctx, {
      action: 'commendation_proposal.submitted',
      entityType: 'commendation_proposal',
      entityId: p.id,
      unitId: issuer.id,
      before: { status: p.status },
      after: {
        status: 'submitted',
        number: input.number,
        proposalDate: input.proposalDate,
        signerName: input.signerName,
        units: p.items.map((u) => u.unitName),
        individuals: p.individuals.map((u) => u.fullName),
      },
    });
    return presentCommendationProposal((await tx.findCommendationProposal(input.scorecardId, input.year))!, decision.number);
  });
}

/** What the Word and Excel exports need: the proposal, the decision it rests on, the scorecard and its issuer. */
export async function commendationProposalForExport(repo: ScoringRepository, actor: Actor, scorecardId: string, year: number) {
  const { sc, issuer, decision } = await loadCommendation(repo, actor, scorecardId, year);
  const p = await repo.findCommendationProposal(scorecardId, year);
  if (!p || !decision) throw ScoringErrors.commendationProposalNotFound();
  return { proposal: presentCommendationProposal(p, decision.number), decision, sc, issuer, place: await placeOfUnit(repo.org, issuer) };
}
