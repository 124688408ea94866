// API calls and query keys of scoring: scorecards (with Excel import/export), assessments (self-assessment,
// appraisal, finalisation), progress and the ranking decision. The client computes running totals with
// the same domain code as the server.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { yearInProvince } from '@dvcq/domain';
import type {
  AppraisalProgressDto,
  AppraisingAgencyDto,
  AssessmentDetailDto,
  AssessmentSummaryDto,
  CommendationCandidatesDto,
  CommendationProposalDto,
  SaveCommendationProposalRequest,
  SubmitCommendationProposalRequest,
  SubmitSelfAssessmentRequest,
  RankingResponseDto,
  ScorecardDefinitionDto,
  ScorecardDetailDto,
  ScorecardSummaryDto,
} from '@dvcq/shared';
import { api } from '../../api/client.ts';
import { downloadFile, uploadMultipart, uploadUnitFile } from '../../api/files.ts';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/scoring.ts';

export const scoringKeys = {
  all: ['scoring'] as const,
  scorecards: ['scoring', 'scorecards'] as const,
  scorecard: (id: string) => ['scoring', 'scorecard', id] as const,
  assessments: (year: number) => ['scoring', 'assessments', year] as const,
  unitAssessments: (unitId: string) => ['scoring', 'assessments', 'unit', unitId] as const,
  assessment: (id: string) => ['scoring', 'assessment', id] as const,
  ranking: (scorecardId: string, year: number) => ['scoring', 'ranking', scorecardId, year] as const,
  progress: (scorecardId: string, year: number) => ['scoring', 'progress', scorecardId, year] as const,
  commendation: (scorecardId: string, year: number) => ['scoring', 'ranking', scorecardId, year, 'commendation'] as const,
};

/** A scorecard read from an Excel file or the built-in example, ready to become a draft version. */
export interface ScorecardSource {
  definition: ScorecardDefinitionDto;
  agencies: AppraisingAgencyDto[];
  decisionNumber: string | null;
  decisionDate: string | null;
  name: string | null;
}

export interface ScorecardBody {
  decisionNumber: string;
  decisionDate: string;
  name: string;
  definition: ScorecardDefinitionDto;
  agencies: AppraisingAgencyDto[];
}

export interface SelfAssessmentBody {
  expectedVersion: number;
  scores: {
    code: string;
    selfScore?: number | null;
    selfExplanation?: string;
    evidenceFileIds?: string[];
    evidenceLinks?: { url: string; title: string | null }[];
    overrideReason?: string;
  }[];
  indicators: Record<string, number>;
}

export interface RecordVetoBody {
  code: string;
  note: string;
  evidenceLinks?: { url: string; title: string | null }[];
}

export interface IssueRankingBody {
  scorecardId: string;
  year: number;
  number: string;
  decisionDate: string;
  signerName: string;
  signerTitle: string | null;
  /** Units not finalised, left out with a reason. */
  exclusions: { assessmentId: string; reason: string }[];
}

const rankingQuery = (scorecardId: string, year: number) => new URLSearchParams({ scorecardId, year: String(year) });

export const scoringApi = {
  scorecards: () => api.get<ScorecardSummaryDto[]>('/api/scoring/scorecards'),
  scorecard: (id: string) => api.get<ScorecardDetailDto>(`/api/scoring/scorecards/${id}`),
  /** The illustrative scorecard (structure of Decision 1563) to start a new version from. */
  exampleScorecard: () => api.get<ScorecardSource>('/api/scoring/scorecards/example'),
  /** Reads a scorecard from Excel; nothing is stored until it is created as a draft. */
  importScorecardXlsx: (file: File) => uploadMultipart<ScorecardSource>('/api/scoring/scorecards/import-xlsx', file),
  createScorecard: (body: ScorecardBody) => api.post<ScorecardDetailDto>('/api/scoring/scorecards', body),
  updateScorecard: (id: string, body: ScorecardBody & { rankingTarget: ScorecardDetailDto['rankingTarget']; expectedVersion: number }) =>
    api.put<ScorecardDetailDto>(`/api/scoring/scorecards/${id}`, body),
  activateScorecard: (id: string, expectedVersion: number) =>
    api.post<ScorecardDetailDto>(`/api/scoring/scorecards/${id}/activate`, { expectedVersion }),
  copyScorecard: (id: string, body: { decisionNumber: string; decisionDate: string }) =>
    api.post<ScorecardDetailDto>(`/api/scoring/scorecards/${id}/copy`, body),
  downloadScorecardXlsx: (id: string) =>
    downloadFile(`/api/scoring/scorecards/${id}/xlsx`, { fallbackName: t('scoring.scorecard.xlsxFileName') }),

  assessments: (year: number) => api.get<AssessmentSummaryDto[]>('/api/scoring/assessments', { year }),
  unitAssessments: (unitId: string) => api.get<AssessmentSummaryDto[]>('/api/scoring/assessments', { unitId }),
  assessment: (id: string) => api.get<AssessmentDetailDto>(`/api/scoring/assessments/${id}`),
  /** The unit's dossier for the year, created on first open. */
  openAssessment: (unitId: string, year: number) => api.post<AssessmentDetailDto>('/api/scoring/assessments', { unitId, year }),
  saveSelf: (id: string, body: SelfAssessmentBody) => api.put<AssessmentDetailDto>(`/api/scoring/assessments/${id}/self`, body),
  submit: (id: string, body: SubmitSelfAssessmentRequest) => api.post<AssessmentDetailDto>(`/api/scoring/assessments/${id}/submit`, body),
  recordVeto: (id: string, body: RecordVetoBody) => api.post<AssessmentDetailDto>(`/api/scoring/assessments/${id}/veto-events`, body),
  finalise: (id: string, expectedVersion: number, unappraisedReasons: Record<string, string>) =>
    api.post<AssessmentDetailDto>(`/api/scoring/assessments/${id}/finalise`, { expectedVersion, unappraisedReasons }),
  reopen: (id: string, expectedVersion: number, reason: string) =>
    api.post<AssessmentDetailDto>(`/api/scoring/assessments/${id}/reopen`, { expectedVersion, reason }),
  withdrawVeto: (id: string, vetoId: string, reason: string) =>
    api.post<AssessmentDetailDto>(`/api/scoring/assessments/${id}/veto-events/${vetoId}/withdraw`, { reason }),
  appraise: (id: string, code: string, body: { score: number | null; reason: string | null }) =>
    api.put<AssessmentDetailDto>(`/api/scoring/assessments/${id}/criteria/${encodeURIComponent(code)}/appraisal`, body),
  sendBack: (id: string, code: string, note: string) =>
    api.post<AssessmentDetailDto>(`/api/scoring/assessments/${id}/criteria/${encodeURIComponent(code)}/send-back`, { note }),
  uploadEvidence: (unitId: string, file: File) => uploadUnitFile(unitId, file),

  ranking: (scorecardId: string, year: number) => api.get<RankingResponseDto>('/api/scoring/ranking', { scorecardId, year }),
  /** A later page of one unit group's rows (the first pages come with the ranking). */
  rankingRows: (scorecardId: string, year: number, group: string, offset: number) =>
    api.get<RankingResponseDto>('/api/scoring/ranking', { scorecardId, year, group, offset }),
  issueRanking: (body: IssueRankingBody) => api.post('/api/scoring/ranking/issue', body),
  downloadDossierDocx: (assessmentId: string) =>
    downloadFile(`/api/scoring/assessments/${assessmentId}/dossier.docx`, { fallbackName: t('scoring.assessment.dossierFileName') }),
  downloadRankingDocx: (scorecardId: string, year: number) =>
    downloadFile(`/api/scoring/ranking/docx?${rankingQuery(scorecardId, year)}`, { fallbackName: t('scoring.ranking.docxFileName') }),
  downloadRankingXlsx: (scorecardId: string, year: number) =>
    downloadFile(`/api/scoring/ranking/xlsx?${rankingQuery(scorecardId, year)}`, { fallbackName: t('scoring.ranking.xlsxFileName') }),
  progress: (scorecardId: string, year: number) => api.get<AppraisalProgressDto>('/api/scoring/progress', { scorecardId, year }),
  commendationCandidates: (scorecardId: string, year: number) =>
    api.get<CommendationCandidatesDto>('/api/scoring/commendation/candidates', { scorecardId, year }),
  saveCommendationProposal: (body: SaveCommendationProposalRequest) =>
    api.put<CommendationProposalDto>('/api/scoring/commendation/proposal', body),
  submitCommendationProposal: (body: SubmitCommendationProposalRequest) =>
    api.post<CommendationProposalDto>('/api/scoring/commendation/proposal/submit', body),
  downloadCommendationDocx: (scorecardId: string, year: number) =>
    downloadFile(`/api/scoring/commendation/proposal/docx?${rankingQuery(scorecardId, year)}`, {
      fallbackName: t('scoring.commendation.docxFileName'),
    }),
  downloadCommendationXlsx: (scorecardId: string, year: number) =>
    downloadFile(`/api/scoring/commendation/proposal/xlsx?${rankingQuery(scorecardId, year)}`, {
      fallbackName: t('scoring.commendation.xlsxFileName'),
    }),
};

export const useScorecards = () => useQuery({ queryKey: scoringKeys.scorecards, queryFn: scoringApi.scorecards });
export const useScorecard = (id: string | undefined) =>
  useQuery({ queryKey: scoringKeys.scorecard(id ?? ''), queryFn: () => scoringApi.scorecard(id!), enabled: !!id });
export const useAssessments = (year: number) =>
  useQuery({ queryKey: scoringKeys.assessments(year), queryFn: () => scoringApi.assessments(year) });
/** Every year's assessment of one unit. */
export const useUnitAssessments = (unitId: string) =>
  useQuery({ queryKey: scoringKeys.unitAssessments(unitId), queryFn: () => scoringApi.unitAssessments(unitId) });
export const useAssessment = (id: string | undefined) =>
  useQuery({ queryKey: scoringKeys.assessment(id ?? ''), queryFn: () => scoringApi.assessment(id!), enabled: !!id });
export const useRanking = (scorecardId: string | undefined, year: number) =>
  useQuery({
    queryKey: scoringKeys.ranking(scorecardId ?? '', year),
    queryFn: () => scoringApi.ranking(scorecardId!, year),
    enabled: !!scorecardId,
    retry: false,
  });
export const useRankingRows = (scorecardId: string, year: number, group: string, offset: number) =>
  useQuery({
    queryKey: [...scoringKeys.ranking(scorecardId, year), group, offset],
    queryFn: () => scoringApi.rankingRows(scorecardId, year, group, offset),
    enabled: offset > 0,
    placeholderData: keepPreviousData,
    retry: false,
  });
export const useProgress = (scorecardId: string | undefined, year: number) =>
  useQuery({
    queryKey: scoringKeys.progress(scorecardId ?? '', year),
    queryFn: () => scoringApi.progress(scorecardId!, year),
    enabled: !!scorecardId,
    retry: false,
  });

export const useCommendationCandidates = (scorecardId: string | undefined, year: number, enabled: boolean) =>
  useQuery({
    queryKey: scoringKeys.commendation(scorecardId ?? '', year),
    queryFn: () => scoringApi.commendationCandidates(scorecardId!, year),
    enabled: !!scorecardId && enabled,
    retry: false,
  });

/** The current year in the province. */
export const currentYear = (): number => yearInProvince(new Date());
