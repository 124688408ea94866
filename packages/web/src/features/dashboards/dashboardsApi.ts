// API calls of the dashboards; the Excel table behind each chart comes from the server (same figures).
import type { DashboardDto, DashboardHeatmapPageDto } from '@dvcq/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { downloadFile } from '../../api/files.ts';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/dashboards.ts';

export interface DashboardQuery {
  unitId?: string | undefined;
  year?: number | undefined;
}

export const dashboardKeys = {
  one: (q: DashboardQuery) => ['dashboard', q] as const,
};

export const dashboardsApi = {
  get: (q: DashboardQuery) => api.get<DashboardDto>('/api/dashboard', { ...q }),
  /** A further page of the heat map (units by name), or the first page of a search. */
  heatmapPage: (q: DashboardQuery & { q?: string | undefined; cursor?: string | undefined }) =>
    api.get<DashboardHeatmapPageDto>('/api/dashboard/heatmap', { ...q }),
  /** "Tải Excel": the table behind one chart. */
  downloadXlsx: (q: DashboardQuery, chart: string) => {
    const params = new URLSearchParams({ chart });
    if (q.unitId) params.set('unitId', q.unitId);
    if (q.year) params.set('year', String(q.year));
    return downloadFile(`/api/dashboard/export.xlsx?${params}`, { fallbackName: t('dashboards.chart.excelFileName', { chart }) });
  },
};

export function useDashboard(q: DashboardQuery) {
  return useQuery({ queryKey: dashboardKeys.one(q), queryFn: () => dashboardsApi.get(q) });
}
