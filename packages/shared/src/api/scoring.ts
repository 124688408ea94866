// Scorecards, self-assessment, appraisal by agency, finalisation and the ranking decision.
import { z } from 'zod';
import { defineOperations } from './operation.ts';
import { idParams } from '../schemas/common.ts';
import {
  appraisalProgress,
  appraiseCriterionRequest,
  assessmentDetail,
  assessmentSummary,
  copyScorecardRequest,
  createScorecardRequest,
  criterionParams,
  expectedVersionBody,
  finaliseAssessmentRequest,
  importedScorecard,
  issueRankingRequest,
  listAssessmentsQuery,
  listScorecardsQuery,
  openAssessmentRequest,
  rankingResponse,
  saveSelfAssessmentRequest,
  scorecardDetail,
  scorecardSummary,
  scorecardYearQuery,
  sendBackCriterionRequest,
  updateScorecardRequest,
} from '../schemas/scoring.ts';

export const SCORING_OPERATIONS = defineOperations({
  listScorecards: { method: 'GET', path: '/api/scoring/scorecards', query: listScorecardsQuery, response: z.array(scorecardSummary) },
  createScorecard: { method: 'POST', path: '/api/scoring/scorecards', body: createScorecardRequest, status: 201, response: scorecardDetail },
  getScorecard: { method: 'GET', path: '/api/scoring/scorecards/:id', params: idParams, response: scorecardDetail },
  updateScorecard: { method: 'PUT', path: '/api/scoring/scorecards/:id', params: idParams, body: updateScorecardRequest, response: scorecardDetail },
  activateScorecard: { method: 'POST', path: '/api/scoring/scorecards/:id/activate', params: idParams, body: expectedVersionBody, response: scorecardDetail },
  copyScorecard: { method: 'POST', path: '/api/scoring/scorecards/:id/copy', params: idParams, body: copyScorecardRequest, status: 201, response: scorecardDetail },
  exportScorecardXlsx: { method: 'GET', path: '/api/scoring/scorecards/:id/xlsx', params: idParams },
  importScorecardXlsx: { method: 'POST', path: '/api/scoring/scorecards/import-xlsx', upload: true, response: importedScorecard },
  getExampleScorecard: { method: 'GET', path: '/api/scoring/scorecards/example', response: importedScorecard },

  listAssessments: { method: 'GET', path: '/api/scoring/assessments', query: listAssessmentsQuery, response: z.array(assessmentSummary) },
  openAssessment: { method: 'POST', path: '/api/scoring/assessments', body: openAssessmentRequest, response: assessmentDetail },
  getAssessment: { method: 'GET', path: '/api/scoring/assessments/:id', params: idParams, response: assessmentDetail },
  saveSelfAssessment: { method: 'PUT', path: '/api/scoring/assessments/:id/self', params: idParams, body: saveSelfAssessmentRequest, response: assessmentDetail },
  submitSelfAssessment: { method: 'POST', path: '/api/scoring/assessments/:id/submit', params: idParams, body: expectedVersionBody, response: assessmentDetail },

  appraiseCriterion: { method: 'PUT', path: '/api/scoring/assessments/:id/criteria/:code/appraisal', params: criterionParams, body: appraiseCriterionRequest, response: assessmentDetail },
  sendBackCriterion: { method: 'POST', path: '/api/scoring/assessments/:id/criteria/:code/send-back', params: criterionParams, body: sendBackCriterionRequest, response: assessmentDetail },
  finaliseAssessment: { method: 'POST', path: '/api/scoring/assessments/:id/finalise', params: idParams, body: finaliseAssessmentRequest, response: assessmentDetail },
  getAppraisalProgress: { method: 'GET', path: '/api/scoring/progress', query: scorecardYearQuery, response: appraisalProgress },

  getRanking: { method: 'GET', path: '/api/scoring/ranking', query: scorecardYearQuery, response: rankingResponse },
  issueRanking: { method: 'POST', path: '/api/scoring/ranking/issue', body: issueRankingRequest, response: rankingResponse },
  exportRankingDocx: { method: 'GET', path: '/api/scoring/ranking/docx', query: scorecardYearQuery },
  exportRankingXlsx: { method: 'GET', path: '/api/scoring/ranking/xlsx', query: scorecardYearQuery },
});
