import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { OrgUnitDetailDto, OrgUnitDto } from '../../api/types.ts';

export const orgKeys = {
  all: ['org-units'] as const,
  list: (includeClosed: boolean) => ['org-units', 'list', includeClosed] as const,
  detail: (id: string) => ['org-units', 'detail', id] as const,
};

export function useOrgUnits(includeClosed: boolean) {
  return useQuery({
    queryKey: orgKeys.list(includeClosed),
    queryFn: () => api.get<OrgUnitDto[]>('/api/org-units', { includeClosed }),
    staleTime: 60_000,
  });
}

export function useOrgUnit(id: string | undefined) {
  return useQuery({
    queryKey: orgKeys.detail(id ?? ''),
    queryFn: () => api.get<OrgUnitDetailDto>(`/api/org-units/${id}`),
    enabled: !!id,
  });
}
