import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import { operation } from '../../http/operation.ts';
import { createUsersRepository } from './users.repository.ts';
import * as users from './users.usecases.ts';

const tags = ['Người dùng'];

export function userRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = createUsersRepository(deps.database.db);
  const ctx = (request: Parameters<typeof contextOf>[0]) => contextOf(request, deps);

  r.route({
    ...operation('listUsers', { tags, summary: 'Danh sách người dùng trong phạm vi quản lý' }),
    handler: async (request) => users.listUsers(repo, ctx(request), request.query),
  });
  r.route({
    ...operation('getUser', { tags, summary: 'Chi tiết người dùng' }),
    handler: async (request) => users.getUser(repo, ctx(request), request.params.id),
  });
  r.route({
    ...operation('createUser', { tags, summary: 'Tạo người dùng' }),
    handler: async (request, reply) => reply.status(201).send(await users.createUser(repo, ctx(request), request.body)),
  });
  r.route({
    ...operation('updateUser', { tags, summary: 'Sửa thông tin người dùng' }),
    handler: async (request) => users.updateUser(repo, ctx(request), request.params.id, request.body),
  });
  r.route({
    ...operation('disableUser', { tags, summary: 'Vô hiệu hoá tài khoản' }),
    handler: async (request) => users.setUserDisabled(repo, ctx(request), request.params.id, true),
  });
  r.route({
    ...operation('enableUser', { tags, summary: 'Kích hoạt lại tài khoản' }),
    handler: async (request) => users.setUserDisabled(repo, ctx(request), request.params.id, false),
  });
  r.route({
    ...operation('resetUserPassword', { tags, summary: 'Đặt lại mật khẩu (người dùng phải đổi khi đăng nhập)' }),
    handler: async (request) => users.resetPassword(repo, ctx(request), request.params.id, request.body.newPassword),
  });
  r.route({
    ...operation('grantRole', { tags, summary: 'Phân vai trò tại một đơn vị' }),
    handler: async (request) => users.grantRole(repo, ctx(request), request.params.id, request.body),
  });
  r.route({
    ...operation('revokeRole', { tags, summary: 'Thu hồi vai trò' }),
    handler: async (request) => users.revokeRole(repo, ctx(request), request.params.id, request.params.assignmentId),
  });
  r.route({
    ...operation('listApiTokens', { tags, summary: 'Mã truy cập API của người dùng' }),
    handler: async (request) => users.listApiTokens(repo, ctx(request), request.params.id),
  });
  r.route({
    ...operation('createApiToken', { tags, summary: 'Cấp mã truy cập API (chỉ hiển thị một lần)' }),
    handler: async (request, reply) =>
      reply.status(201).send(
        await users.createApiToken(repo, ctx(request), request.params.id, request.body.name, {
          expiresOn: request.body.expiresOn ?? null,
          scope: request.body.scope,
          modules: request.body.modules ?? null,
        }),
      ),
  });
  r.route({
    ...operation('revokeApiToken', { tags, summary: 'Thu hồi mã truy cập API' }),
    handler: async (request) => users.revokeApiToken(repo, ctx(request), request.params.id, request.params.tokenId),
  });
}
