// API calls and query keys of the org tree: units, their details and history, changes, the CSV import.
import { useQuery } from '@tanstack/react-query';
import type {
  ImportOrgBatchResponseDto,
  OrgBatchDto,
  OrgBatchPreviewDto,
  OrgBatchRequest,
  OrgEventDto,
  OrgTreeDto,
  UnitKind,
  UnitLineageDto,
} from '@dvcq/shared';
import { api } from '../../api/client.ts';
import { uploadMultipart } from '../../api/files.ts';
import type { ImportPreviewDto, OrgUnitDetailDto, OrgUnitDto } from '../../api/types.ts';

export const orgKeys = {
  all: ['org-units'] as const,
  list: (includeClosed: boolean) => ['org-units', 'list', includeClosed] as const,
  detail: (id: string) => ['org-units', 'detail', id] as const,
  treeAsOf: (asOf: string) => ['org-units', 'tree', asOf] as const,
  lineage: (id: string) => ['org-units', 'lineage', id] as const,
  events: ['org-units', 'events'] as const,
};

/** Where the units a resolution forms go and how their codes begin; the file or its text comes with it. */
export interface ResolutionImportQuery {
  effectiveDate: string;
  parentId: string;
  codePrefix: string;
}

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

  // The tree through time (issue 11): restructuring batches, the tree as of a date, lineage.
  treeAsOf: (asOf: string) => api.get<OrgTreeDto>('/api/org-tree', { asOf }),
  lineage: (id: string) => api.get<UnitLineageDto>(`/api/org-units/${id}/lineage`),
  events: () => api.get<OrgEventDto[]>('/api/org-events', { limit: 5000 }),
  previewBatch: (body: OrgBatchRequest) => api.post<OrgBatchPreviewDto>('/api/org-batches/preview', body),
  applyBatch: (body: OrgBatchRequest) => api.post<OrgBatchDto>('/api/org-batches', body),
  revertBatch: (id: string) => api.post<OrgBatchDto>(`/api/org-batches/${id}/revert`),
  /** Reads an uploaded resolution (.docx, .pdf, .txt) into a proposed batch; nothing is written. */
  importResolution: (file: File, q: ResolutionImportQuery, onProgress?: (p: number) => void) =>
    uploadMultipart<ImportOrgBatchResponseDto>(`/api/org-batches/import-file?${new URLSearchParams({ ...q }).toString()}`, file, {
      ...(onProgress ? { onProgress } : {}),
    }),
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

/** The tree that stood on `asOf` (null: today's tree, read with useOrgUnits instead). */
export function useOrgTreeAsOf(asOf: string | null) {
  return useQuery({
    queryKey: orgKeys.treeAsOf(asOf ?? ''),
    queryFn: () => orgApi.treeAsOf(asOf!),
    enabled: !!asOf,
    staleTime: 60_000,
  });
}

export function useUnitLineage(id: string) {
  return useQuery({ queryKey: orgKeys.lineage(id), queryFn: () => orgApi.lineage(id) });
}

export function useOrgEvents(enabled: boolean) {
  return useQuery({ queryKey: orgKeys.events, queryFn: () => orgApi.events(), enabled });
}
