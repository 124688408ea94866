export * from './types.ts';
export { validateScore, categoryOf, type ScoreRole } from './points.ts';
export { validateScorecard, unitMaxForGroup, nodeMaxForGroup } from './validate-scorecard.ts';
export { computeAssessment, levelFor, derivedPoints } from './assessment.ts';
export * from './ranking.ts';
export { exampleScorecard1563, exampleScorecardPercent } from './examples.ts';
