// API calls and query keys of the reports pages. Types come from the shared Zod schemas.
import type {
  ConsolidationDto,
  ConsolidationMissingPageDto,
  ConsolidationTextDto,
  ExportConsolidationDocxRequest,
  ReportDetailDto,
  ReportFormDto,
  ReportListItemDto,
  SaveConsolidationTextRequest,
  SaveReportDraftRequest,
} from '@dvcq/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { downloadFile } from '../../api/files.ts';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/reports.ts';

export type ReportFormWithCandidates = ReportFormDto & {
  copyCandidates: { id: string; planNumber: string | null; planTitle: string; periodLabel: string; indicatorCount: number }[];
};

export const reportKeys = {
  list: (q: object) => ['reports', 'list', q] as const,
  one: (obligationId: string) => ['reports', 'one', obligationId] as const,
  form: (q: object) => ['reports', 'form', q] as const,
  consolidation: (q: object) => ['reports', 'consolidation', q] as const,
  consolidationText: (q: object) => ['reports', 'consolidation-text', q] as const,
  all: ['reports'] as const,
  lists: ['reports', 'list'] as const,
  forms: ['reports', 'form'] as const,
};

export interface PeriodQuery {
  planId: string;
  periodKind: string;
  periodYear: number;
  unitId?: string | undefined;
}

export const reportsApi = {
  list: (q: {
    periodYear?: number | undefined;
    periodKind?: string | undefined;
    status?: string | undefined;
    planId?: string | undefined;
  }) => api.get<ReportListItemDto[]>('/api/reports', q),
  get: (obligationId: string) => api.get<ReportDetailDto>(`/api/reports/${obligationId}`),
  saveDraft: (obligationId: string, body: SaveReportDraftRequest, opts?: { keepalive?: boolean }) =>
    api.put<ReportDetailDto>(`/api/reports/${obligationId}/draft`, body, opts),
  submit: (obligationId: string, body: { expectedVersion: number; requestKey: string; signerTitle?: string | null }) =>
    api.post<ReportDetailDto>(`/api/reports/${obligationId}/submit`, body),
  returnReport: (
    obligationId: string,
    body: { expectedVersion: number; requestKey: string; comment: string | null; sectionComments: Record<string, string> },
  ) => api.post<ReportDetailDto>(`/api/reports/${obligationId}/return`, body),
  accept: (obligationId: string, body: { expectedVersion: number; requestKey: string; comment?: string | null }) =>
    api.post<ReportDetailDto>(`/api/reports/${obligationId}/accept`, body),
  reopen: (obligationId: string, body: { expectedVersion: number; requestKey: string; reason: string }) =>
    api.post<ReportDetailDto>(`/api/reports/${obligationId}/reopen`, body),
  form: (q: { planId?: string; periodKind?: string; periodYear?: number; formId?: string }) =>
    api.get<ReportFormWithCandidates>('/api/report-forms', q),
  saveForm: (body: SaveReportFormBody) => api.put<ReportFormDto>('/api/report-forms', body),
  consolidation: (q: PeriodQuery) => api.get<ConsolidationDto>('/api/consolidation', { ...q }),
  /** A further page of the units whose report is not accepted yet. */
  consolidationMissing: (q: PeriodQuery & { cursor: string }) =>
    api.get<ConsolidationMissingPageDto>('/api/consolidation/missing', { ...q }),
  /** The coordinator's edited text as last saved on the server (version 0: nothing saved yet). */
  consolidationText: (q: PeriodQuery) => api.get<ConsolidationTextDto>('/api/consolidation/text', { ...q }),
  saveConsolidationText: (body: SaveConsolidationTextRequest) => api.put<ConsolidationTextDto>('/api/consolidation/text', body),
  /** The accepted figures of a period, unit by unit, as an Excel table. */
  downloadConsolidationXlsx: (q: PeriodQuery) => {
    const qs = new URLSearchParams({
      planId: q.planId,
      periodKind: q.periodKind,
      periodYear: String(q.periodYear),
      ...(q.unitId ? { unitId: q.unitId } : {}),
    });
    return downloadFile(`/api/consolidation/xlsx?${qs}`, { fallbackName: t('reports.consolidation.xlsxFileName') });
  },
  /** The consolidated report laid out per Decree 30, with the coordinator's edited section texts. */
  downloadConsolidationDocx: (body: ExportConsolidationDocxRequest) =>
    downloadFile('/api/consolidation/docx', { method: 'POST', body, fallbackName: t('reports.consolidation.docxFileName') }),
};

export type SaveReportFormBody = Pick<ReportFormDto, 'title' | 'sections' | 'indicators' | 'rules'> & {
  planId: string;
  periodKind: string;
  periodYear: number;
  expectedVersion: number;
};

export type ReportListQuery = Parameters<typeof reportsApi.list>[0];
export type FormQuery = Parameters<typeof reportsApi.form>[0];

export const useReports = (q: ReportListQuery) => useQuery({ queryKey: reportKeys.list(q), queryFn: () => reportsApi.list(q) });
export const useReport = (obligationId: string) =>
  useQuery({ queryKey: reportKeys.one(obligationId), queryFn: () => reportsApi.get(obligationId) });
/** The saved form of a period, or the proposal when there is none yet (with forms to copy from). */
export const useReportForm = (q: FormQuery & { planId: string }) =>
  useQuery({ queryKey: reportKeys.form(q), queryFn: () => reportsApi.form(q), enabled: !!q.planId });
export const useConsolidation = (q: PeriodQuery) =>
  useQuery({ queryKey: reportKeys.consolidation(q), queryFn: () => reportsApi.consolidation(q), enabled: !!q.planId });
export const useConsolidationText = (q: PeriodQuery) =>
  useQuery({ queryKey: reportKeys.consolidationText(q), queryFn: () => reportsApi.consolidationText(q), enabled: !!q.planId });
