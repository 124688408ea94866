import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ApiTokenDto, UserSummaryDto } from '../../api/types.ts';

export const userKeys = {
  all: ['users'] as const,
  list: (q: string) => ['users', 'list', q] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
  tokens: (id: string) => ['users', 'tokens', id] as const,
};

export function useUsers(q: string) {
  return useQuery({
    queryKey: userKeys.list(q),
    queryFn: () => api.get<UserSummaryDto[]>('/api/users', { q, limit: 500 }),
    placeholderData: (prev) => prev,
  });
}

export function useUser(id: string | null) {
  return useQuery({
    queryKey: userKeys.detail(id ?? ''),
    queryFn: () => api.get<UserSummaryDto>(`/api/users/${id}`),
    enabled: !!id,
  });
}

export function useTokens(id: string | null) {
  return useQuery({
    queryKey: userKeys.tokens(id ?? ''),
    queryFn: () => api.get<ApiTokenDto[]>(`/api/users/${id}/tokens`),
    enabled: !!id,
  });
}
