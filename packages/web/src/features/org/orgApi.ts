// API calls and query keys of the org tree: units, their details and history, changes, the CSV import.
import { useQuery } from '@tanstack/react-query';
import type { UnitKind } from '@dvcq/shared';
import { api } from '../../api/client.ts';
import type { ImportPreviewDto, OrgUnitDetailDto, OrgUnitDto } from '../../api/types.ts';

export const orgKeys = {
  all: ['org-units'] as const,
  list: (includeClosed: boolean) => ['org-units', 'list', includeClosed] as const,
  detail: (id: string) => ['org-units', 'detail', id] as const,
};

export interface CreateUnitBody {
  parentId: string;
  kind: UnitKind;
  code: string;
  name: string;
  shortName: string | null;
  validFrom: string | undefined;
}

export interface UpdateUnitBody {
  name: string;
  shortName: string | null;
  kind: UnitKind;
  renamedOn?: string | undefined;
  expectedVersion: number;
}

export const orgApi = {
  list: (includeClosed: boolean) => api.get<OrgUnitDto[]>('/api/org-units', { includeClosed }),
  get: (id: string) => api.get<OrgUnitDetailDto>(`/api/org-units/${id}`),
  create: (body: CreateUnitBody) => api.post<OrgUnitDto>('/api/org-units', body),
  update: (id: string, body: UpdateUnitBody) => api.patch<OrgUnitDto>(`/api/org-units/${id}`, body),
  move: (id: string, body: { newParentId: string; expectedVersion: number }) => api.post<OrgUnitDto>(`/api/org-units/${id}/move`, body),
  close: (id: string, body: { closedOn: string | undefined; reason: string }) => api.post<OrgUnitDto>(`/api/org-units/${id}/close`, body),
  /** `apply: false` checks the file and answers what would change; `apply: true` writes it. */
  importCsv: (csv: string, apply: boolean) => api.post<ImportPreviewDto>('/api/org-units/import', { csv, apply }),
};

export function useOrgUnits(includeClosed: boolean) {
  return useQuery({
    queryKey: orgKeys.list(includeClosed),
    queryFn: () => orgApi.list(includeClosed),
    staleTime: 60_000,
  });
}

export function useOrgUnit(id: string | undefined) {
  return useQuery({
    queryKey: orgKeys.detail(id ?? ''),
    queryFn: () => orgApi.get(id!),
    enabled: !!id,
  });
}
