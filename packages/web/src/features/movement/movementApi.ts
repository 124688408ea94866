// API calls of the "Dân vận khéo" movement (issue #13): models and their steps, results, exemplary
// people, commendations, the Excel registry, the province's public page.
import type {
  CommendationDto,
  DeletedMovementRecordDto,
  ModelDto,
  PersonDto,
  PublicModelsDto,
  RecogniseModelRequest,
  SaveCommendationRequest,
  SaveModelRequest,
  SavePersonRequest,
} from '@dvcq/shared';
import type { ModelField, ModelState } from '@dvcq/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { downloadFile } from '../../api/files.ts';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/movement.ts';

export interface ModelsFilter {
  unitId?: string | undefined;
  field?: ModelField | undefined;
  year?: number | undefined;
  state?: ModelState | undefined;
  q?: string | undefined;
}

export type StateAction = 'start' | 'propose' | 'withdraw' | 'not_recognise' | 'resume';

export const movementKeys = {
  all: ['movement'] as const,
  models: (f: ModelsFilter) => ['movement', 'models', f] as const,
  people: (f: ModelsFilter) => ['movement', 'people', f] as const,
  downloadDocx: (year: number, unitId?: string) =>
    downloadFile(`/api/movement/recognised.docx?${new URLSearchParams(unitId ? { year: String(year), unitId } : { year: String(year) })}`, {
      fallbackName: t('movement.wordFileName'),
    }),
  publicPage: (provinceId: string) => ['movement', 'public-page', provinceId] as const,
  publicModels: (provinceId: string) => ['movement', 'public-models', provinceId] as const,
};

const clean = (q: Record<string, string | number | undefined>) =>
  Object.fromEntries(Object.entries(q).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== ''));

export const movementApi = {
  listModels: (f: ModelsFilter) => api.get<ModelDto[]>('/api/movement/models', clean({ ...f })),
  saveModel: (body: SaveModelRequest) => api.put<ModelDto>('/api/movement/models', body),
  deleteModel: (id: string) => api.delete<DeletedMovementRecordDto>(`/api/movement/models/${id}`),
  changeState: (id: string, action: StateAction, reason?: string) =>
    api.post<ModelDto>(`/api/movement/models/${id}/state`, { action, reason: reason ?? null }),
  recognise: (id: string, body: RecogniseModelRequest) => api.post<ModelDto>(`/api/movement/models/${id}/recognise`, body),
  addResult: (id: string, body: { reportedOn: string; summary: string; fileId?: string | null }) =>
    api.post<ModelDto>(`/api/movement/models/${id}/results`, body),
  listPeople: (f: ModelsFilter) => api.get<PersonDto[]>('/api/movement/people', clean({ unitId: f.unitId, year: f.year, q: f.q })),
  savePerson: (body: SavePersonRequest) => api.put<PersonDto>('/api/movement/people', body),
  deletePerson: (id: string) => api.delete<DeletedMovementRecordDto>(`/api/movement/people/${id}`),
  commend: (body: SaveCommendationRequest) => api.post<CommendationDto>('/api/movement/commendations', body),
  downloadXlsx: (f: ModelsFilter) =>
    downloadFile(`/api/movement/export.xlsx?${new URLSearchParams(Object.entries(clean({ ...f })).map(([k, v]) => [k, String(v)]))}`, {
      fallbackName: t('movement.excelFileName'),
    }),
  downloadDocx: (year: number, unitId?: string) =>
    downloadFile(`/api/movement/recognised.docx?${new URLSearchParams(unitId ? { year: String(year), unitId } : { year: String(year) })}`, {
      fallbackName: t('movement.wordFileName'),
    }),
  publicPage: (provinceId: string) =>
    api.get<{ provinceUnitId: string; provinceName: string; enabled: boolean }>(`/api/movement/public-pages/${provinceId}`),
  setPublicPage: (provinceId: string, enabled: boolean) =>
    api.put<{ provinceUnitId: string; provinceName: string; enabled: boolean }>(`/api/movement/public-pages/${provinceId}`, { enabled }),
  publicModels: (provinceId: string) => api.get<PublicModelsDto>(`/api/public/movement/${provinceId}`),
};

export function useModels(f: ModelsFilter) {
  return useQuery({ queryKey: movementKeys.models(f), queryFn: () => movementApi.listModels(f) });
}

export function usePeople(f: ModelsFilter, enabled = true) {
  return useQuery({ queryKey: movementKeys.people(f), queryFn: () => movementApi.listPeople(f), enabled });
}

export function usePublicPage(provinceId: string | null) {
  return useQuery({
    queryKey: movementKeys.publicPage(provinceId ?? ''),
    queryFn: () => movementApi.publicPage(provinceId!),
    enabled: !!provinceId,
    retry: false,
  });
}

export function usePublicModels(provinceId: string) {
  return useQuery({ queryKey: movementKeys.publicModels(provinceId), queryFn: () => movementApi.publicModels(provinceId), retry: false });
}
