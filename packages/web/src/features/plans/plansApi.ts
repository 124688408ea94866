// Plans, obligations and compliance: React Query hooks over the plans API, plus who may do what on the
// client (the server decides; these only choose which buttons to show).
import { useQuery } from '@tanstack/react-query';
import type {
  assignmentDto,
  ObligationDto,
  PlanComplianceDto,
  PlanDetailDto,
  PlanInput,
  PlanSummaryDto,
  Role,
  UnitKind,
  updatePlanRequest,
} from '@dvcq/shared';
import { ApiError, api, getCsrfToken } from '../../api/client.ts';
import type { CurrentUserDto } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';

export type { ObligationDto, PlanComplianceDto, PlanDetailDto, PlanInput, PlanSummaryDto };
export type UpdatePlanBody = (typeof updatePlanRequest)['_input'];
export type AssignmentDto = (typeof assignmentDto)['_output'];
export type PlanMilestoneDto = PlanDetailDto['milestones'][number];

export interface PlanListFilters {
  q?: string;
  year?: number;
  status?: 'draft' | 'published';
  issuerUnitId?: string;
}

export const planKeys = {
  all: ['plans'] as const,
  list: (f: PlanListFilters) => ['plans', 'list', f] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
  compliance: (id: string, asOf: string, unitKind: string) => ['plans', 'compliance', id, asOf, unitKind] as const,
  obligations: (unitId: string) => ['obligations', unitId] as const,
  assignable: (id: string) => ['plans', 'assignable', id] as const,
  myAssignments: ['assignments', 'mine'] as const,
};

export interface AssignableUser {
  id: string;
  fullName: string;
  username: string;
  role: Role;
  unitName: string;
}

/** People the plan's items can be assigned to; fails with 403 when the user may not draft the plan. */
export function useAssignableUsers(planId: string) {
  return useQuery({
    queryKey: planKeys.assignable(planId),
    queryFn: () => api.get<AssignableUser[]>(`/api/plans/${planId}/assignable-users`),
  });
}

export function useMyAssignments(enabled = true) {
  return useQuery({
    queryKey: planKeys.myAssignments,
    queryFn: () => api.get<AssignmentDto[]>('/api/assignments/mine'),
    enabled,
  });
}

export function usePlans(filters: PlanListFilters) {
  return useQuery({
    queryKey: planKeys.list(filters),
    queryFn: ({ signal }) => api.get<PlanSummaryDto[]>('/api/plans', { ...filters, limit: 200 }, { signal }),
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: planKeys.detail(id ?? ''),
    queryFn: () => api.get<PlanDetailDto>(`/api/plans/${id}`),
    enabled: !!id,
  });
}

export function usePlanCompliance(id: string, asOf: string, unitKind: UnitKind | undefined, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.compliance(id, asOf, unitKind ?? ''),
    queryFn: () => api.get<PlanComplianceDto>(`/api/plans/${id}/compliance`, { asOf, unitKind }),
    enabled,
  });
}

export function useUnitObligations(unitId: string | undefined) {
  return useQuery({
    queryKey: planKeys.obligations(unitId ?? ''),
    queryFn: () => api.get<ObligationDto[]>('/api/obligations', { unitId }),
    enabled: !!unitId,
  });
}

/** Units where the user holds one of the roles (first grant first). */
export function unitsWithRole(user: CurrentUserDto, roles: readonly Role[]): { unitId: string; unitName: string; role: Role }[] {
  const out: { unitId: string; unitName: string; role: Role }[] = [];
  for (const r of user.roles) {
    if (roles.includes(r.role) && !out.some((o) => o.unitId === r.unitId)) out.push({ unitId: r.unitId, unitName: r.unitName, role: r.role });
  }
  return out;
}

export function hasRole(user: CurrentUserDto, ...roles: Role[]): boolean {
  return user.roles.some((r) => roles.includes(r.role));
}

/** The roles the user holds on one unit (grants on ancestors are not known client-side; the server checks). */
export function rolesOn(user: CurrentUserDto, unitId: string): Set<Role> {
  return new Set(user.roles.filter((r) => r.unitId === unitId).map((r) => r.role));
}

/**
 * Multipart upload through XMLHttpRequest so the page can show upload progress (fetch cannot).
 * Errors are parsed into ApiError like the JSON client.
 */
export function uploadWithProgress<T>(url: string, file: File, onProgress?: (percent: number) => void, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      const err = (body as { error?: { code?: string; message?: string; fields?: Record<string, string> } } | null)?.error;
      if (err?.code && err.message) reject(new ApiError(xhr.status, err.code, err.message, err.fields ?? {}));
      else if (xhr.status === 413) reject(new ApiError(413, 'import.too_large', t('docImport.tooLarge')));
      else reject(new ApiError(xhr.status, 'request.failed', t('common.loadError')));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', t('common.networkError')));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    const data = new FormData();
    data.append('file', file, file.name);
    xhr.send(data);
  });
}

export interface UploadedFile {
  id: string;
  filename: string;
}

export function uploadSignedFile(unitId: string, file: File, onProgress?: (p: number) => void): Promise<UploadedFile> {
  return uploadWithProgress<UploadedFile>(`/api/files?unitId=${encodeURIComponent(unitId)}`, file, onProgress);
}

/** Plan body for PUT from a detail (all editable fields). */
export function planToInput(p: PlanDetailDto): PlanInput {
  return {
    issuerUnitId: p.issuerUnitId,
    parentPlanId: p.parentPlanId,
    year: p.year,
    number: p.number,
    issuedOn: p.issuedOn,
    place: p.place,
    title: p.title,
    summary: p.summary,
    signerName: p.signerName,
    signerTitle: p.signerTitle,
    legalBases: p.legalBases,
    sections: p.sections,
    contentAreas: p.contentAreas,
    targets: p.targets,
    activities: p.activities.map((a) => ({
      contentAreaCode: a.contentAreaCode,
      content: a.content,
      leadUnitId: a.leadUnitId,
      leadText: a.leadText,
      coordinatingUnitIds: a.coordinatingUnitIds,
      coordinatingText: a.coordinatingText,
      expectedOutputs: a.expectedOutputs,
      dueDate: a.dueDate,
      budgetSource: a.budgetSource,
      appliesToKinds: a.appliesToKinds,
    })),
    milestones: p.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      dueDate: m.dueDate,
      inclusive: m.inclusive,
      phrase: m.phrase,
      deliverableKind: m.deliverableKind,
      periodKind: m.periodKind,
      periodYear: m.periodYear,
      audience: m.audience,
      parentMilestoneId: m.parentMilestoneId,
    })),
    recipients: p.recipients,
    cascadeLeadDays: p.cascadeLeadDays,
  };
}
