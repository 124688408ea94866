// Scoring API hooks. The client computes running totals with the same domain code as the server.
import { useQuery } from '@tanstack/react-query';
import type {
  AppraisalProgressDto,
  AssessmentDetailDto,
  AssessmentSummaryDto,
  RankingResponseDto,
  ScorecardDetailDto,
  ScorecardSummaryDto,
} from '@dvcq/shared';
import { yearInProvince } from '@dvcq/domain';
import { api, apiRequest, getCsrfToken } from '../../api/client.ts';

export const scoringKeys = {
  all: ['scoring'] as const,
  scorecards: ['scoring', 'scorecards'] as const,
  scorecard: (id: string) => ['scoring', 'scorecard', id] as const,
  assessments: (year: number) => ['scoring', 'assessments', year] as const,
  assessment: (id: string) => ['scoring', 'assessment', id] as const,
  ranking: (scorecardId: string, year: number) => ['scoring', 'ranking', scorecardId, year] as const,
  progress: (scorecardId: string, year: number) => ['scoring', 'progress', scorecardId, year] as const,
};

export const useScorecards = () => useQuery({ queryKey: scoringKeys.scorecards, queryFn: () => api.get<ScorecardSummaryDto[]>('/api/scoring/scorecards') });
export const useScorecard = (id: string | undefined) =>
  useQuery({ queryKey: scoringKeys.scorecard(id ?? ''), queryFn: () => api.get<ScorecardDetailDto>(`/api/scoring/scorecards/${id}`), enabled: !!id });
export const useAssessments = (year: number) =>
  useQuery({ queryKey: scoringKeys.assessments(year), queryFn: () => api.get<AssessmentSummaryDto[]>('/api/scoring/assessments', { year }) });
export const useAssessment = (id: string | undefined) =>
  useQuery({ queryKey: scoringKeys.assessment(id ?? ''), queryFn: () => api.get<AssessmentDetailDto>(`/api/scoring/assessments/${id}`), enabled: !!id });
export const useRanking = (scorecardId: string | undefined, year: number) =>
  useQuery({ queryKey: scoringKeys.ranking(scorecardId ?? '', year), queryFn: () => api.get<RankingResponseDto>('/api/scoring/ranking', { scorecardId, year }), enabled: !!scorecardId, retry: false });
export const useProgress = (scorecardId: string | undefined, year: number) =>
  useQuery({ queryKey: scoringKeys.progress(scorecardId ?? '', year), queryFn: () => api.get<AppraisalProgressDto>('/api/scoring/progress', { scorecardId, year }), enabled: !!scorecardId, retry: false });

export const put = <T,>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body });

/** multipart upload through the same CSRF-protected session (the API client only sends JSON). */
export async function uploadEvidence(unitId: string, file: File): Promise<{ id: string; filename: string; sizeBytes: number }> {
  const form = new FormData();
  form.append('file', file);
  const token = getCsrfToken();
  const res = await fetch(`/api/files?unitId=${unitId}`, { method: 'POST', body: form, credentials: 'same-origin', headers: token ? { 'x-csrf-token': token } : {} });
  const body = (await res.json()) as { error?: { message: string } } & { id: string; filename: string; sizeBytes: number };
  if (!res.ok) throw new Error(body.error?.message ?? 'Tải tệp không thành công');
  return body;
}

export const currentYear = () => yearInProvince(new Date());
