// Dashboards: coordinator (subtree) and unit views, and the Excel table behind each chart.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { attachment, CONTENT_TYPES } from '../../http/downloads.ts';
import { operation, presentedResponse } from '../../http/operation.ts';
import { createDashboardsRepository } from './dashboards.repository.ts';
import { getDashboard, getDashboardHeatmapPage } from './dashboards.usecases.ts';
import { dashboardXlsx } from './dashboards.export.ts';

const tags = ['Bảng điều khiển'];

export function dashboardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createDashboardsRepository(deps.database.db);

  r.route({
    ...operation('getDashboard', {
      tags,
      summary:
        'Bảng điều khiển: tiến độ theo hạn, bản đồ đơn vị × hạn, xếp loại so với chỉ tiêu, báo cáo chờ xem xét, tiến độ thẩm định; việc đơn vị cần làm',
    }),
    ...presentedResponse,
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      return getDashboard(repo, ctx.actor, ctx.now, request.query);
    },
  });

  r.route({
    ...operation('getDashboardHeatmap', {
      tags,
      summary: 'Bản đồ đơn vị × hạn theo trang (đơn vị xếp theo tên), tìm theo tên hoặc mã đơn vị',
    }),
    ...presentedResponse,
    handler: async (request) => {
      const ctx = contextOf(request, deps);
      return getDashboardHeatmapPage(repo, ctx.actor, ctx.now, request.query);
    },
  });

  r.route({
    ...operation('exportDashboardXlsx', { tags, summary: 'Tải bảng số liệu của một biểu đồ ra Excel' }),
    handler: async (request, reply) => {
      const ctx = contextOf(request, deps);
      const { chart, ...q } = request.query;
      const d = await getDashboard(repo, ctx.actor, ctx.now, q, { allHeatmapUnits: chart === 'heatmap' });
      return attachment(reply, `Bang-dieu-khien-${chart}-${d.year}.xlsx`, CONTENT_TYPES.xlsx, await dashboardXlsx(d, chart));
    },
  });
}
