// Dashboards and the table behind each chart.
import { defineOperations } from './operation.ts';
import {
  dashboardExportQuery,
  dashboardHeatmapQuery,
  dashboardHeatmapResponse,
  dashboardQuery,
  dashboardResponse,
} from '../schemas/dashboards.ts';

export const DASHBOARD_OPERATIONS = defineOperations({
  getDashboard: { method: 'GET', path: '/api/dashboard', query: dashboardQuery, response: dashboardResponse },
  getDashboardHeatmap: { method: 'GET', path: '/api/dashboard/heatmap', query: dashboardHeatmapQuery, response: dashboardHeatmapResponse },
  exportDashboardXlsx: { method: 'GET', path: '/api/dashboard/export.xlsx', query: dashboardExportQuery },
});
