// API call of the search box (Ctrl+K).
import { useQuery } from '@tanstack/react-query';
import type { SearchResultsDto } from '@dvcq/shared';
import { api } from '../../api/client.ts';

export const searchApi = {
  search: (q: string) => api.get<SearchResultsDto>('/api/search', { q, limit: 5 }),
};

/** Results for a query of at least two letters; the previous results stay while the next ones load. */
export function useGlobalSearch(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: ['search', query],
    queryFn: () => searchApi.search(query),
    enabled: query.length >= 2,
    placeholderData: (previous) => previous,
    staleTime: 30_000,
  });
}
