// Dashboards: coordinator (subtree) and unit views, and the Excel table behind each chart.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { dashboardExportQuery, dashboardQuery, dashboardResponse } from '@dvcq/shared';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { getDashboard } from './dashboards.usecases.ts';
import { dashboardXlsx } from './dashboards.export.ts';

const tags = ['Bảng điều khiển'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function dashboardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get(
    '/api/dashboard',
    {
      schema: {
        operationId: 'getDashboard',
        tags,
        summary: 'Bảng điều khiển: tiến độ theo hạn, bản đồ đơn vị × hạn, xếp loại so với chỉ tiêu, báo cáo chờ xem xét, tiến độ thẩm định; việc đơn vị cần làm',
        querystring: dashboardQuery,
        response: { 200: dashboardResponse },
      },
    },
    async (request) => {
      const ctx = contextOf(request, deps);
      return getDashboard(db, ctx.actor, ctx.now, request.query);
    },
  );

  r.get(
    '/api/dashboard/export.xlsx',
    { schema: { operationId: 'exportDashboardXlsx', tags, summary: 'Tải bảng số liệu của một biểu đồ ra Excel', querystring: dashboardExportQuery } },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      const { chart, ...q } = request.query;
      const d = await getDashboard(db, ctx.actor, ctx.now, q);
      const data = await dashboardXlsx(d, chart);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`Bang-dieu-khien-${chart}-${d.year}.xlsx`)}`)
        .send(data);
    },
  );
}
