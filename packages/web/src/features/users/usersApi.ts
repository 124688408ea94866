// API calls and query keys of accounts: users, their roles, API tokens.
import { useQuery } from '@tanstack/react-query';
import type { ApiModule, Role } from '@dvcq/shared';
import { api } from '../../api/client.ts';
import type { ApiTokenDto, CreatedTokenDto, UserSummaryDto } from '../../api/types.ts';

export const userKeys = {
  all: ['users'] as const,
  list: (q: string) => ['users', 'list', q] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
  tokens: (id: string) => ['users', 'tokens', id] as const,
};

export interface CreateUserBody {
  username: string;
  fullName: string;
  email: string | null;
  password: string;
  roles: { role?: Role; unitId?: string }[];
}

export interface CreateTokenBody {
  name: string;
  expiresOn: string | null;
  scope: 'full' | 'read';
  /** null: every module. */
  modules: ApiModule[] | null;
}

export const usersApi = {
  list: (q: string) => api.get<UserSummaryDto[]>('/api/users', { q, limit: 500 }),
  get: (id: string) => api.get<UserSummaryDto>(`/api/users/${id}`),
  create: (body: CreateUserBody) => api.post<UserSummaryDto>('/api/users', body),
  update: (id: string, body: { fullName: string; email: string | null }) => api.patch<UserSummaryDto>(`/api/users/${id}`, body),
  setDisabled: (id: string, disabled: boolean) => api.post(`/api/users/${id}/${disabled ? 'disable' : 'enable'}`),
  resetPassword: (id: string, newPassword: string) => api.post(`/api/users/${id}/reset-password`, { newPassword }),
  grantRole: (id: string, body: { role: Role; unitId: string }) => api.post(`/api/users/${id}/roles`, body),
  revokeRole: (id: string, assignmentId: string) => api.delete(`/api/users/${id}/roles/${assignmentId}`),
  tokens: (id: string) => api.get<ApiTokenDto[]>(`/api/users/${id}/tokens`),
  createToken: (id: string, body: CreateTokenBody) => api.post<CreatedTokenDto>(`/api/users/${id}/tokens`, body),
  revokeToken: (id: string, tokenId: string) => api.delete(`/api/users/${id}/tokens/${tokenId}`),
};

export function useUsers(q: string) {
  return useQuery({
    queryKey: userKeys.list(q),
    queryFn: () => usersApi.list(q),
    placeholderData: (prev) => prev,
  });
}

export function useUser(id: string | null) {
  return useQuery({
    queryKey: userKeys.detail(id ?? ''),
    queryFn: () => usersApi.get(id!),
    enabled: !!id,
  });
}

export function useTokens(id: string | null) {
  return useQuery({
    queryKey: userKeys.tokens(id ?? ''),
    queryFn: () => usersApi.tokens(id!),
    enabled: !!id,
  });
}
