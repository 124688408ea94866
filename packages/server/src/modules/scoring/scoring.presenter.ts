// DTOs of the scoring module. Totals and levels come from the domain computation, never from storage.
import type { AssessmentResult, GroupRanking, RankedUnit, RankingResult, ScorecardVersion } from '@dvcq/domain';
import { categoryOf, firstYearOf } from '@dvcq/domain';
import type {
  AssessmentDetailDto,
  AssessmentStatus,
  CommendationProposalDto,
  AssessmentSummaryDto,
  CriterionScoreDto,
  RankingResponseDto,
  RankingViewDto,
  RankingViewUnit,
  ScorecardDefinitionDto,
  ScorecardSummaryDto,
  VetoEventDto,
} from '@dvcq/shared';
import type {
  AssessmentRow,
  CommendationProposalRow,
  RankingDecisionRow,
  ScoreRow,
  ScorecardRow,
  UnitRow,
  VetoEventRow,
} from './scoring.repository.ts';
import { leavesOf } from './scoring.policies.ts';

export function presentScorecardSummary(row: ScorecardRow, issuerName: string): ScorecardSummaryDto {
  const def = row.definition as unknown as ScorecardDefinitionDto;
  const nodes = (def.nodes ?? []) as ScorecardVersion['nodes'];
  const max = def.maxPoints ?? nodes.filter((n) => categoryOf(n) === 'regular').reduce((a, n) => a + n.maxPoints, 0);
  return {
    id: row.id,
    issuerUnitId: row.issuerUnitId,
    issuerUnitName: issuerName,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    name: row.name,
    status: row.status as 'draft' | 'active',
    copiedFrom: row.copiedFrom,
    version: row.version,
    maxPoints: max,
    fromYear: firstYearOf(def, row.decisionDate),
    criteriaCount: leavesOf(nodes).length,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentSummary(
  a: AssessmentRow,
  unit: UnitRow,
  opts: { late: boolean; deadlinePhrase: string | null; result: AssessmentResult | null },
): AssessmentSummaryDto {
  return {
    id: a.id,
    scorecardId: a.scorecardId,
    unitId: a.unitId,
    unitName: unit.name,
    unitCode: unit.code,
    year: a.year,
    unitGroup: a.unitGroup,
    status: a.status as AssessmentStatus,
    version: a.version,
    firstSubmittedAt: a.firstSubmittedAt?.toISOString() ?? null,
    late: opts.late,
    deadlinePhrase: opts.deadlinePhrase,
    total: opts.result?.total ?? null,
    unitMax: opts.result?.unitMax ?? null,
    levelName: opts.result?.level.name ?? null,
    finalisedAt: a.finalisedAt?.toISOString() ?? null,
  };
}

/** The dossier's number, date and signer as given at the last submit. */
export const presentDossierSigning = (a: AssessmentRow): AssessmentDetailDto['dossier'] => ({
  number: a.dossierNumber,
  date: a.dossierDate,
  signerName: a.dossierSignerName,
  signerTitle: a.dossierSignerTitle,
});

export function presentScore(
  s: ScoreRow,
  files: Map<string, { id: string; filename: string; sizeBytes: number }>,
  names: Map<string, string>,
): CriterionScoreDto {
  return {
    code: s.criterionCode,
    selfScore: s.selfScore,
    selfExplanation: s.selfExplanation,
    evidenceFiles: s.evidenceFileIds
      .map((id) => files.get(id))
      .filter((f): f is { id: string; filename: string; sizeBytes: number } => !!f),
    evidenceLinks: s.evidenceLinks.map((l) => ({ url: l.url, title: l.title ?? null })),
    appraisedScore: s.appraisedScore,
    appraisalReason: s.appraisalReason,
    appraiserAgency: s.appraiserAgency,
    appraisedByName: s.appraisedBy ? (names.get(s.appraisedBy) ?? null) : null,
    appraisedAt: s.appraisedAt?.toISOString() ?? null,
    sentBack: s.sentBack,
    sentBackNote: s.sentBackNote,
    overrideReason: s.overrideReason,
  };
}

export function presentVetoEvent(
  v: VetoEventRow,
  eventNames: ReadonlyMap<string, string>,
  files: Map<string, { id: string; filename: string; sizeBytes: number }>,
  names: Map<string, string>,
): VetoEventDto {
  return {
    id: v.id,
    code: v.code,
    name: eventNames.get(v.code) ?? v.code,
    note: v.note,
    occurredOn: v.occurredOn,
    evidenceFiles: v.evidenceFileIds
      .map((id) => files.get(id))
      .filter((f): f is { id: string; filename: string; sizeBytes: number } => !!f),
    evidenceLinks: v.evidenceLinks.map((l) => ({ url: l.url, title: l.title ?? null })),
    recordedByName: v.recordedBy ? (names.get(v.recordedBy) ?? null) : null,
    recordedAt: v.recordedAt.toISOString(),
    withdrawnAt: v.withdrawnAt?.toISOString() ?? null,
    withdrawnReason: v.withdrawnReason,
  };
}

export const presentDecision = (d: RankingDecisionRow, names: ReadonlyMap<string, string>) => ({
  id: d.id,
  number: d.number,
  decisionDate: d.decisionDate,
  issuedAt: d.issuedAt.toISOString(),
  issuedByName: d.issuedBy ? (names.get(d.issuedBy) ?? null) : null,
  signerName: ((d.snapshot as { signer?: { name?: string | null } }).signer?.name ?? null) || null,
  signerTitle: ((d.snapshot as { signer?: { title?: string | null } }).signer?.title ?? null) || null,
});

export const presentCommendationProposal = (p: CommendationProposalRow, rankingDecisionNumber: string): CommendationProposalDto => ({
  id: p.id,
  scorecardId: p.scorecardId,
  year: p.year,
  status: p.status,
  award: p.award,
  rankingDecisionNumber,
  items: p.items,
  individuals: p.individuals,
  number: p.number,
  proposalDate: p.proposalDate,
  signerName: p.signerName,
  signerTitle: p.signerTitle,
  updatedAt: p.updatedAt.toISOString(),
  submittedAt: p.submittedAt?.toISOString() ?? null,
  version: p.version,
});

/** Every row of the ranking page (kept with the live ranking's copy, then paged per request by rankingPage). */
export interface RankingRows {
  groups: (Omit<GroupRanking, 'units'> & { units: RankingViewUnit[] })[];
  overall: RankingResult['overall'];
  rules: RankingResponseDto['rules'];
}

/**
 * The ranking page's rows out of the domain's ranking (live or issued): without the tied units' ids nor
 * the percent, which the page does not show. A province's answer was half a megabyte, mostly those.
 */
export function presentRankingRows(ranking: RankingResult, rules: RankingResponseDto['rules']): RankingRows {
  const unitOf = ({ tiedWith: _tiedWith, percent: _percent, ...u }: RankedUnit): RankingViewUnit => u;
  return { groups: ranking.groups.map((g) => ({ ...g, units: g.units.map(unitOf) })), overall: ranking.overall, rules };
}

/** One page: the asked group's rows from `offset` (or the first page of every group), with the rules of those rows only. */
export function rankingPage(
  rows: RankingRows,
  page: { group?: string | undefined; offset: number; limit: number },
): { ranking: RankingViewDto; rules: RankingResponseDto['rules'] } {
  const offset = page.group === undefined ? 0 : page.offset;
  const groups = rows.groups
    .filter((g) => page.group === undefined || g.unitGroup === page.group)
    .map((g) => ({ ...g, count: g.units.length, offset, units: g.units.slice(offset, offset + page.limit) }));
  const rules: RankingResponseDto['rules'] = {};
  for (const g of groups)
    for (const u of g.units) {
      const list = rows.rules[u.unitId];
      if (list?.length) rules[u.unitId] = list;
    }
  return { ranking: { groups, overall: rows.overall }, rules };
}
