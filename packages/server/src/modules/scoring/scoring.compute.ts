// A stored assessment as the domain computes it: late or on time (judged on the obligation's first
// submission against its deadline), and the totals, level and rules applied. Pure.
import { computeAssessment, submissionTimeliness, type AssessmentResult, type CriterionScore, type ScorecardVersion } from '@dvcq/domain';
import type { AssessmentRow, ScoreInput, VetoEventRow } from './scoring.repository.ts';

/** Late as compliance sees it: the obligation's first submission (the dossier's own when none is recorded there). */
export function lateOf(
  a: Pick<AssessmentRow, 'firstSubmittedAt'>,
  o: { dueDate: string; inclusive: boolean; firstSubmittedAt?: Date | null } | null,
): boolean {
  if (!o) return false;
  return submissionTimeliness({ due: o.dueDate, inclusive: o.inclusive }, o.firstSubmittedAt ?? a.firstSubmittedAt) === 'late';
}

/** `vetoes` may hold other assessments' events: only this one's, not withdrawn, count. */
export function computeFor(
  version: ScorecardVersion,
  a: AssessmentRow,
  scores: readonly ScoreInput[],
  late: boolean,
  vetoes: readonly Pick<VetoEventRow, 'assessmentId' | 'code' | 'withdrawnAt'>[] = [],
): AssessmentResult {
  const list: CriterionScore[] = scores.map((s) => {
    const c: CriterionScore = { code: s.criterionCode, self: s.selfScore, appraised: s.appraisedScore };
    if (s.appraisalReason) c.appraisalReason = s.appraisalReason;
    if (s.selfExplanation) c.selfExplanation = s.selfExplanation;
    if (s.overrideReason) c.overrideReason = s.overrideReason;
    return c;
  });
  const mine = vetoes.filter((v) => v.assessmentId === a.id && !v.withdrawnAt).map((v) => ({ code: v.code }));
  return computeAssessment(version, a.unitGroup, list, { late, flags: a.flags, indicators: a.indicators, vetoes: mine });
}
