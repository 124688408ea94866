// API calls of communication KPIs (issue #12): sets, appendix import, evidence and review, progress, Excel.
import type {
  KpiEvidenceDto,
  KpiImportResponseDto,
  KpiProgressDto,
  KpiSetDto,
  RecordKpiEvidenceRequest,
  SaveKpiSetRequest,
} from '@dvcq/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { downloadFile, uploadMultipart } from '../../api/files.ts';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/kpi.ts';

export interface KpiProgressQuery {
  asOf?: string | undefined;
  unitId?: string | undefined;
  channel?: string | undefined;
  unitKind?: string | undefined;
}

export const kpiKeys = {
  all: ['kpi'] as const,
  sets: (year?: number) => ['kpi', 'sets', year ?? null] as const,
  progress: (setId: string, q: KpiProgressQuery) => ['kpi', 'progress', setId, q] as const,
  evidence: (setId: string, q: { unitId?: string | undefined; rowId?: string | undefined }) => ['kpi', 'evidence', setId, q] as const,
};

const clean = (q: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(q).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));

export const kpiApi = {
  listSets: (year?: number) => api.get<KpiSetDto[]>('/api/kpi/sets', year ? { year } : {}),
  saveSet: (body: SaveKpiSetRequest) => api.put<KpiSetDto>('/api/kpi/sets', body),
  importAppendix: (planId: string, file: File, onProgress: (p: number) => void) =>
    uploadMultipart<KpiImportResponseDto>(`/api/kpi/import?planId=${encodeURIComponent(planId)}`, file, { onProgress }),
  progress: (setId: string, q: KpiProgressQuery) => api.get<KpiProgressDto>(`/api/kpi/sets/${setId}/progress`, clean({ ...q })),
  evidence: (setId: string, q: { unitId?: string | undefined; rowId?: string | undefined }) =>
    api.get<KpiEvidenceDto[]>(`/api/kpi/sets/${setId}/evidence`, clean({ ...q })),
  recordEvidence: (setId: string, body: RecordKpiEvidenceRequest) => api.post<KpiEvidenceDto>(`/api/kpi/sets/${setId}/evidence`, body),
  review: (id: string, decision: 'accepted' | 'rejected', reason?: string) =>
    api.post<KpiEvidenceDto>(`/api/kpi/evidence/${id}/review`, { decision, reason: reason ?? null }),
  checkLink: (id: string) => api.post<KpiEvidenceDto>(`/api/kpi/evidence/${id}/check-link`),
  downloadXlsx: (setId: string, q: KpiProgressQuery) =>
    downloadFile(`/api/kpi/sets/${setId}/export.xlsx?${new URLSearchParams(clean({ ...q }))}`, { fallbackName: t('kpi.excelFileName') }),
};

export function useKpiSets(year?: number) {
  return useQuery({ queryKey: kpiKeys.sets(year), queryFn: () => kpiApi.listSets(year) });
}

export function useKpiProgress(setId: string | null, q: KpiProgressQuery) {
  return useQuery({ queryKey: kpiKeys.progress(setId ?? '', q), queryFn: () => kpiApi.progress(setId!, q), enabled: !!setId });
}

export function useKpiEvidence(setId: string | null, q: { unitId?: string | undefined; rowId?: string | undefined }, enabled = true) {
  return useQuery({ queryKey: kpiKeys.evidence(setId ?? '', q), queryFn: () => kpiApi.evidence(setId!, q), enabled: !!setId && enabled });
}
