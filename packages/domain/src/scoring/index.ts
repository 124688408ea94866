export * from './types.ts';
export { validateScore, categoryOf, derivedSourceOf, type ScoreRole } from './points.ts';
export { validateScorecard, unitMaxForGroup, nodeMaxForGroup, firstYearOf, versionInForce } from './validate-scorecard.ts';
export { computeAssessment, levelFor, derivedPoints } from './assessment.ts';
export * from './ranking.ts';
export {
  exampleScorecard1563,
  exampleScorecardPercent,
  exampleScorecard2579,
  RECOGNISED_MODELS_SOURCE,
  VETO_EVENTS_2579,
} from './examples.ts';
export {
  applicableLeavesOf,
  checkFinalisation,
  checkRankingIssue,
  listCodesVi,
  unappraisedMessage,
  versionClash,
  type FinalisationCheck,
  type RankingIssueCheck,
  type VersionInForce,
} from './finalisation.ts';
export {
  checkCommendationProposal,
  commendationCandidates,
  eligibleLevelCodes,
  type CommendationCandidate,
  type CommendationCandidates,
  type CommendationPerson,
  type CommendationUnit,
  type ProposalProblem,
  type QuotaCandidates,
} from './commendation.ts';
export { compareYears, type YearChange, type YearComparison, type YearResult } from './year-over-year.ts';
