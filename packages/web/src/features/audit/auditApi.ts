// API call of the audit log: one page of entries matching the filters.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { AuditPageDto } from '../../api/types.ts';

export interface AuditQuery {
  userId?: string | undefined;
  unitId?: string | undefined;
  entityType?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

export const auditKeys = {
  page: (q: AuditQuery) => ['audit', q] as const,
};

export const auditApi = {
  page: (q: AuditQuery) => api.get<AuditPageDto>('/api/audit', { ...q }),
};

export function useAuditPage(q: AuditQuery) {
  return useQuery({ queryKey: auditKeys.page(q), queryFn: () => auditApi.page(q), placeholderData: (prev) => prev });
}
