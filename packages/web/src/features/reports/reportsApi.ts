// API calls and query keys of the reports pages. Types come from the shared Zod schemas.
import type {
  ConsolidationDto,
  ExportConsolidationDocxRequest,
  NotificationListDto,
  ReportDetailDto,
  ReportFormDto,
  ReportListItemDto,
  SaveReportDraftRequest,
} from '@dvcq/shared';
import { ApiError, api, apiRequest, getCsrfToken } from '../../api/client.ts';

export type ReportFormWithCandidates = ReportFormDto & {
  copyCandidates: { id: string; planNumber: string | null; planTitle: string; periodLabel: string; indicatorCount: number }[];
};

export const reportKeys = {
  list: (q: Record<string, unknown>) => ['reports', 'list', q] as const,
  one: (obligationId: string) => ['reports', 'one', obligationId] as const,
  form: (q: Record<string, unknown>) => ['reports', 'form', q] as const,
  consolidation: (q: Record<string, unknown>) => ['reports', 'consolidation', q] as const,
  notifications: ['notifications'] as const,
};

export interface PeriodQuery {
  planId: string;
  periodKind: string;
  periodYear: number;
  unitId?: string | undefined;
}

export const reportsApi = {
  list: (q: { periodYear?: number | undefined; periodKind?: string | undefined; status?: string | undefined; planId?: string | undefined }) =>
    api.get<ReportListItemDto[]>('/api/reports', q),
  get: (obligationId: string) => api.get<ReportDetailDto>(`/api/reports/${obligationId}`),
  saveDraft: (obligationId: string, body: SaveReportDraftRequest) => apiRequest<ReportDetailDto>('PUT', `/api/reports/${obligationId}/draft`, { body }),
  submit: (obligationId: string, body: { expectedVersion: number; requestKey: string; signerTitle?: string | null }) =>
    api.post<ReportDetailDto>(`/api/reports/${obligationId}/submit`, body),
  returnReport: (obligationId: string, body: { expectedVersion: number; requestKey: string; comment: string | null; sectionComments: Record<string, string> }) =>
    api.post<ReportDetailDto>(`/api/reports/${obligationId}/return`, body),
  accept: (obligationId: string, body: { expectedVersion: number; requestKey: string; comment?: string | null }) =>
    api.post<ReportDetailDto>(`/api/reports/${obligationId}/accept`, body),
  reopen: (obligationId: string, body: { expectedVersion: number; requestKey: string; reason: string }) =>
    api.post<ReportDetailDto>(`/api/reports/${obligationId}/reopen`, body),
  form: (q: { planId?: string; periodKind?: string; periodYear?: number; formId?: string }) => api.get<ReportFormWithCandidates>('/api/report-forms', q),
  saveForm: (body: unknown) => apiRequest<ReportFormDto>('PUT', '/api/report-forms', { body }),
  consolidation: (q: PeriodQuery) => api.get<ConsolidationDto>('/api/consolidation', { ...q }),
  notifications: () => api.get<NotificationListDto>('/api/notifications'),
  markRead: (id: string) => api.post(`/api/notifications/${id}/read`),
};

/** Uploads one file for a unit; throws ApiError with the server's Vietnamese message. */
export async function uploadFile(unitId: string, file: File): Promise<{ id: string; filename: string; contentType: string; sizeBytes: number }> {
  const data = new FormData();
  data.append('file', file, file.name);
  const headers: Record<string, string> = {};
  const csrf = getCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(`/api/files?unitId=${encodeURIComponent(unitId)}`, { method: 'POST', body: data, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'Không kết nối được máy chủ. Tệp chưa được tải lên.');
  }
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'request.failed', body?.error?.message ?? 'Tải tệp lên không thành công.');
  return body as unknown as { id: string; filename: string; contentType: string; sizeBytes: number };
}

/** Downloads a binary export (GET or POST) and saves it under the server's file name. */
export async function downloadExport(method: 'GET' | 'POST', url: string, body?: ExportConsolidationDocxRequest): Promise<void> {
  const headers: Record<string, string> = {};
  const csrf = getCsrfToken();
  if (method === 'POST') {
    headers['content-type'] = 'application/json';
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  const res = await fetch(url, { method, headers, credentials: 'same-origin', ...(body ? { body: JSON.stringify(body) } : {}) });
  if (!res.ok) {
    const err = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new ApiError(res.status, err?.error?.code ?? 'request.failed', err?.error?.message ?? 'Không xuất được tệp.');
  }
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name ? decodeURIComponent(name) : 'tong-hop';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 2000);
}

export const newKey = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);
