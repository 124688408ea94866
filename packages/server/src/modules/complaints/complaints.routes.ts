// Complaint statistics: a unit's figures of a period by kind, and its subtree's totals.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { operation } from '../../http/operation.ts';
import { createComplaintsRepository } from './complaints.repository.ts';
import { getComplaintStatistics, saveComplaintStatistics } from './complaints.usecases.ts';

const tags = ['Tiếp công dân, khiếu nại, tố cáo'];

export function complaintsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createComplaintsRepository(deps.database.db);

  r.route({
    ...operation('getComplaintStatistics', {
      tags,
      summary: 'Số liệu tiếp công dân, khiếu nại, tố cáo, kiến nghị của một đơn vị trong kỳ, và tổng của các đơn vị trực thuộc',
    }),
    handler: async (request) => getComplaintStatistics(repo, contextOf(request, deps), request.query),
  });
  r.route({
    ...operation('saveComplaintStatistics', {
      tags,
      summary: 'Nhập hoặc sửa số liệu của kỳ theo từng loại (kiểm tra tính thống nhất, không lưu dở dang)',
    }),
    handler: async (request) => saveComplaintStatistics(repo, contextOf(request, deps), request.body),
  });
}
