import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiTokenSummary,
  createdToken,
  createTokenRequest,
  createUserRequest,
  idParams,
  listUsersQuery,
  resetPasswordRequest,
  roleInput,
  updateUserRequest,
  userSummary,
  uuid,
} from '@dvcq/shared';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../http/auth-hooks.ts';
import * as users from './users.usecases.ts';

const tags = ['Người dùng'];

export function userRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const ctx = (request: Parameters<typeof contextOf>[0]) => contextOf(request, deps);

  r.get('/api/users', { schema: { operationId: 'listUsers', tags, summary: 'Danh sách người dùng trong phạm vi quản lý', querystring: listUsersQuery, response: { 200: z.array(userSummary) } } }, async (request) =>
    users.listUsers(db, ctx(request), request.query),
  );
  r.get('/api/users/:id', { schema: { operationId: 'getUser', tags, summary: 'Chi tiết người dùng', params: idParams, response: { 200: userSummary } } }, async (request) =>
    users.getUser(db, ctx(request), request.params.id),
  );
  r.post('/api/users', { schema: { operationId: 'createUser', tags, summary: 'Tạo người dùng', body: createUserRequest, response: { 201: userSummary } } }, async (request, reply) =>
    reply.status(201).send(await users.createUser(db, ctx(request), request.body)),
  );
  r.patch('/api/users/:id', { schema: { operationId: 'updateUser', tags, summary: 'Sửa thông tin người dùng', params: idParams, body: updateUserRequest, response: { 200: userSummary } } }, async (request) =>
    users.updateUser(db, ctx(request), request.params.id, request.body),
  );
  r.post('/api/users/:id/disable', { schema: { operationId: 'disableUser', tags, summary: 'Vô hiệu hoá tài khoản', params: idParams, response: { 200: userSummary } } }, async (request) =>
    users.setUserDisabled(db, ctx(request), request.params.id, true),
  );
  r.post('/api/users/:id/enable', { schema: { operationId: 'enableUser', tags, summary: 'Kích hoạt lại tài khoản', params: idParams, response: { 200: userSummary } } }, async (request) =>
    users.setUserDisabled(db, ctx(request), request.params.id, false),
  );
  r.post('/api/users/:id/reset-password', { schema: { operationId: 'resetUserPassword', tags, summary: 'Đặt lại mật khẩu (người dùng phải đổi khi đăng nhập)', params: idParams, body: resetPasswordRequest, response: { 200: userSummary } } }, async (request) =>
    users.resetPassword(db, ctx(request), request.params.id, request.body.newPassword),
  );
  r.post('/api/users/:id/roles', { schema: { operationId: 'grantRole', tags, summary: 'Phân vai trò tại một đơn vị', params: idParams, body: roleInput, response: { 200: userSummary } } }, async (request) =>
    users.grantRole(db, ctx(request), request.params.id, request.body),
  );
  r.delete(
    '/api/users/:id/roles/:assignmentId',
    { schema: { operationId: 'revokeRole', tags, summary: 'Thu hồi vai trò', params: z.object({ id: uuid, assignmentId: uuid }), response: { 200: userSummary } } },
    async (request) => users.revokeRole(db, ctx(request), request.params.id, request.params.assignmentId),
  );
  r.get('/api/users/:id/tokens', { schema: { operationId: 'listApiTokens', tags, summary: 'Mã truy cập API của người dùng', params: idParams, response: { 200: z.array(apiTokenSummary) } } }, async (request) =>
    users.listApiTokens(db, ctx(request), request.params.id),
  );
  r.post('/api/users/:id/tokens', { schema: { operationId: 'createApiToken', tags, summary: 'Cấp mã truy cập API (chỉ hiển thị một lần)', params: idParams, body: createTokenRequest, response: { 201: createdToken } } }, async (request, reply) =>
    reply.status(201).send(await users.createApiToken(db, ctx(request), request.params.id, request.body.name, request.body.expiresOn)),
  );
  r.delete(
    '/api/users/:id/tokens/:tokenId',
    { schema: { operationId: 'revokeApiToken', tags, summary: 'Thu hồi mã truy cập API', params: z.object({ id: uuid, tokenId: uuid }), response: { 200: apiTokenSummary } } },
    async (request) => users.revokeApiToken(db, ctx(request), request.params.id, request.params.tokenId),
  );
}
