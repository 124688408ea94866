// Errors of scorecards, self-assessment, appraisal and ranking.
import { appError, type FieldErrors } from '../../errors.ts';

export const ScoringErrors = {
  scorecardNotFound: () => appError('scoring.scorecard_not_found'),
  scorecardInvalid: (count: number, first: string, fields: FieldErrors) => appError('scoring.scorecard_invalid', { count, first }, fields),
  scorecardNotDraft: () => appError('scoring.scorecard_not_draft'),
  scorecardVersionConflict: () => appError('scoring.scorecard_version_conflict'),
  noActiveScorecard: (unit: string) => appError('scoring.no_active_scorecard', { unit }),
  unitGroupUnknown: (unit: string) => appError('scoring.unit_group_unknown', { unit }),
  assessmentNotFound: () => appError('scoring.assessment_not_found'),
  versionConflict: () => appError('scoring.version_conflict'),
  notEditable: (status: string) => appError('scoring.not_editable', { status }),
  criterionLocked: (code: string, fields: FieldErrors) => appError('scoring.criterion_locked', { code }, fields),
  criterionNotFound: (code: string) =>
    appError(
      'scoring.criterion_not_found',
      { code },
      { [`scores.${code}`]: `Không có tiêu chí mã ${code} trong bộ tiêu chí (hoặc tiêu chí không áp dụng cho nhóm đơn vị này)` },
    ),
  scoreInvalid: (message: string, fields: FieldErrors) => appError('scoring.score_invalid', { message }, fields),
  incomplete: (count: number, fields: FieldErrors) => appError('scoring.incomplete', { count }, fields),
  notSubmitted: (status: string) => appError('scoring.not_submitted', { status }),
  notYourAgency: (code: string, agency: string) => appError('scoring.not_your_agency', { code, agency }),
  notAnAppraiser: () => appError('scoring.not_an_appraiser'),
  reasonRequired: () => appError('scoring.reason_required', undefined, { reason: 'Điểm thẩm định khác điểm tự chấm: cần ghi lý do.' }),
  cannotFinalise: (reason: string, fields?: FieldErrors) => appError('scoring.cannot_finalise', { reason }, fields),
  alreadyFinalised: () => appError('scoring.already_finalised'),
  notFinalised: () => appError('scoring.not_finalised'),
  reopenAfterDecision: (year: number, number: string) => appError('scoring.reopen_after_decision', { year, number }),
  vetoNotFound: () => appError('scoring.veto_not_found'),
  vetoAlreadyWithdrawn: () => appError('scoring.veto_already_withdrawn'),
  rankingUnitsPending: (count: number, units: string, fields: FieldErrors) =>
    appError('scoring.ranking_units_pending', { count, units }, fields),
  rankingExclusionInvalid: () =>
    appError('scoring.ranking_exclusion_invalid', undefined, { exclusions: 'Hồ sơ không thuộc danh sách chưa kết thúc thẩm định.' }),
  versionInForceClash: (name: string, number: string, year: number, groups: string) =>
    appError('scoring.version_in_force_clash', { name, number, year, groups }),
  vetoUnknown: (code: string) => appError('scoring.veto_unknown', { code }, { code: `Bộ tiêu chí không có sự việc mã "${code}"` }),
  rankingAlreadyIssued: (year: number, number: string) => appError('scoring.ranking_already_issued', { year, number }),
  nothingToRank: () => appError('scoring.nothing_to_rank'),
  importInvalid: (detail: string) => appError('scoring.import_invalid', { detail }),
  commendationNoRule: () => appError('scoring.commendation_no_rule'),
  commendationNoDecision: (year: number) => appError('scoring.commendation_no_decision', { year }),
  commendationNotEligible: (count: number, award: string, level: string, fields: FieldErrors) =>
    appError('scoring.commendation_not_eligible', { count, award, level }, fields),
  commendationPersonNotEligible: (count: number, level: string, fields: FieldErrors) =>
    appError('scoring.commendation_person_not_eligible', { count, level }, fields),
  commendationVersionConflict: () => appError('scoring.commendation_version_conflict'),
  commendationOverQuota: (details: string, fields: FieldErrors) => appError('scoring.commendation_over_quota', { details }, fields),
  commendationProposalNotFound: () => appError('scoring.commendation_proposal_not_found'),
  commendationProposalEmpty: () => appError('scoring.commendation_proposal_empty'),
  commendationProposalSubmitted: (year: number, number: string) => appError('scoring.commendation_proposal_submitted', { year, number }),
};
