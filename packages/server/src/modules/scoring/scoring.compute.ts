// A stored assessment as the domain computes it: late or on time (judged on the first submission
// against its obligation's deadline), and the totals, level and rules applied. Pure.
import { computeAssessment, isOnTime, type AssessmentResult, type CriterionScore, type ScorecardVersion } from '@dvcq/domain';
import type { AssessmentRow, ScoreRow } from './scoring.repository.ts';

export function lateOf(a: Pick<AssessmentRow, 'firstSubmittedAt'>, o: { dueDate: string; inclusive: boolean; phrase: string } | null): boolean {
  if (!o || !a.firstSubmittedAt) return false;
  return !isOnTime({ due: o.dueDate, inclusive: o.inclusive, phrase: o.phrase }, a.firstSubmittedAt);
}

export function computeFor(version: ScorecardVersion, a: AssessmentRow, scores: readonly ScoreRow[], late: boolean): AssessmentResult {
  const list: CriterionScore[] = scores.map((s) => {
    const c: CriterionScore = { code: s.criterionCode, self: s.selfScore, appraised: s.appraisedScore };
    if (s.appraisalReason) c.appraisalReason = s.appraisalReason;
    if (s.selfExplanation) c.selfExplanation = s.selfExplanation;
    return c;
  });
  return computeAssessment(version, a.unitGroup, list, { late, flags: a.flags, indicators: a.indicators });
}
