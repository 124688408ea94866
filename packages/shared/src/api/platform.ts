// Health, sign-in, org tree, users and tokens, audit log, files.
import { z } from 'zod';
import { defineOperations } from './operation.ts';
import { idParams, okBody, uuid } from '../schemas/common.ts';
import { changePasswordRequest, loginRequest, sessionResponse } from '../schemas/auth.ts';
import {
  closeUnitRequest,
  createUnitRequest,
  importPreview,
  importUnitsRequest,
  listUnitsQuery,
  moveUnitRequest,
  orgUnit,
  orgUnitDetail,
  updateUnitRequest,
} from '../schemas/org.ts';
import {
  apiTokenSummary,
  createdToken,
  createTokenRequest,
  createUserRequest,
  listUsersQuery,
  resetPasswordRequest,
  roleInput,
  updateUserRequest,
  userSummary,
} from '../schemas/users.ts';
import { auditPage, auditQuery } from '../schemas/audit.ts';
import { globalSearchQuery, searchResults } from '../schemas/search.ts';
import {
  importOrgBatchFileQuery,
  importOrgBatchRequest,
  importOrgBatchResponse,
  listOrgEventsQuery,
  orgBatchDto,
  orgBatchPreview,
  orgBatchRequest,
  orgEventDto,
  orgTreeDto,
  orgTreeQuery,
  unitLineageDto,
} from '../schemas/org-history.ts';
import { fileSignatureCheck, storedFile, uploadFileQuery } from '../schemas/files.ts';

const databaseKind = z.enum(['embedded', 'postgres']);
/** One dependency: 'off' when it is not configured (no SMTP_URL), `reason` in Vietnamese when degraded. */
const healthCheck = z.object({ status: z.enum(['ok', 'degraded', 'off']), reason: z.string().nullable() });
/**
 * 200 while the database answers. `status` is 'degraded' when the file store cannot take files or mail
 * waits for the SMTP server: the app still serves everything else, so a load balancer keeps the instance.
 */
export const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  database: databaseKind,
  version: z.string(),
  migrations: z.number().int(),
  time: z.string(),
  checks: z.object({
    database: healthCheck,
    storage: healthCheck.extend({ kind: z.enum(['local', 's3']) }),
    mail: healthCheck.extend({ waiting: z.number().int() }),
  }),
});
/** 503 while the database is out of reach: load balancers see `degraded`, clients the usual error body. */
export const healthUnavailable = z.object({
  status: z.literal('degraded'),
  database: databaseKind,
  message: z.string(),
  error: z.object({ code: z.literal('service.unavailable'), message: z.string() }),
});

export const PLATFORM_OPERATIONS = defineOperations({
  getHealth: { method: 'GET', path: '/api/health', public: true, response: healthResponse },

  login: { method: 'POST', path: '/api/auth/login', public: true, body: loginRequest, response: sessionResponse },
  logout: { method: 'POST', path: '/api/auth/logout', response: okBody },
  getCurrentUser: { method: 'GET', path: '/api/auth/me', response: sessionResponse },
  changePassword: { method: 'POST', path: '/api/auth/change-password', body: changePasswordRequest, response: okBody },

  listOrgUnits: { method: 'GET', path: '/api/org-units', query: listUnitsQuery, response: z.array(orgUnit) },
  getOrgUnit: { method: 'GET', path: '/api/org-units/:id', params: idParams, response: orgUnitDetail },
  createOrgUnit: { method: 'POST', path: '/api/org-units', body: createUnitRequest, status: 201, response: orgUnit },
  updateOrgUnit: { method: 'PATCH', path: '/api/org-units/:id', params: idParams, body: updateUnitRequest, response: orgUnit },
  moveOrgUnit: { method: 'POST', path: '/api/org-units/:id/move', params: idParams, body: moveUnitRequest, response: orgUnit },
  closeOrgUnit: { method: 'POST', path: '/api/org-units/:id/close', params: idParams, body: closeUnitRequest, response: orgUnit },
  importOrgUnits: { method: 'POST', path: '/api/org-units/import', body: importUnitsRequest, response: importPreview },
  getOrgTree: { method: 'GET', path: '/api/org-tree', query: orgTreeQuery, response: orgTreeDto },
  getUnitLineage: { method: 'GET', path: '/api/org-units/:id/lineage', params: idParams, response: unitLineageDto },
  listOrgEvents: { method: 'GET', path: '/api/org-events', query: listOrgEventsQuery, response: z.array(orgEventDto) },
  previewOrgBatch: { method: 'POST', path: '/api/org-batches/preview', body: orgBatchRequest, response: orgBatchPreview },
  applyOrgBatch: { method: 'POST', path: '/api/org-batches', body: orgBatchRequest, status: 201, response: orgBatchDto },
  revertOrgBatch: { method: 'POST', path: '/api/org-batches/:id/revert', params: idParams, response: orgBatchDto },
  importOrgBatchFromDocument: {
    method: 'POST',
    path: '/api/org-batches/import',
    body: importOrgBatchRequest,
    response: importOrgBatchResponse,
  },
  importOrgBatchFromFile: {
    method: 'POST',
    path: '/api/org-batches/import-file',
    query: importOrgBatchFileQuery,
    upload: true,
    response: importOrgBatchResponse,
  },

  listUsers: { method: 'GET', path: '/api/users', query: listUsersQuery, response: z.array(userSummary) },
  getUser: { method: 'GET', path: '/api/users/:id', params: idParams, response: userSummary },
  createUser: { method: 'POST', path: '/api/users', body: createUserRequest, status: 201, response: userSummary },
  updateUser: { method: 'PATCH', path: '/api/users/:id', params: idParams, body: updateUserRequest, response: userSummary },
  disableUser: { method: 'POST', path: '/api/users/:id/disable', params: idParams, response: userSummary },
  enableUser: { method: 'POST', path: '/api/users/:id/enable', params: idParams, response: userSummary },
  resetUserPassword: {
    method: 'POST',
    path: '/api/users/:id/reset-password',
    params: idParams,
    body: resetPasswordRequest,
    response: userSummary,
  },
  grantRole: { method: 'POST', path: '/api/users/:id/roles', params: idParams, body: roleInput, response: userSummary },
  revokeRole: {
    method: 'DELETE',
    path: '/api/users/:id/roles/:assignmentId',
    params: z.object({ id: uuid, assignmentId: uuid }),
    response: userSummary,
  },
  listApiTokens: { method: 'GET', path: '/api/users/:id/tokens', params: idParams, response: z.array(apiTokenSummary) },
  createApiToken: {
    method: 'POST',
    path: '/api/users/:id/tokens',
    params: idParams,
    body: createTokenRequest,
    status: 201,
    response: createdToken,
  },
  revokeApiToken: {
    method: 'DELETE',
    path: '/api/users/:id/tokens/:tokenId',
    params: z.object({ id: uuid, tokenId: uuid }),
    response: apiTokenSummary,
  },

  listAuditLog: { method: 'GET', path: '/api/audit', query: auditQuery, response: auditPage },

  uploadFile: { method: 'POST', path: '/api/files', query: uploadFileQuery, upload: true, status: 201, response: storedFile },
  downloadFile: { method: 'GET', path: '/api/files/:id', params: idParams },
  checkFileSignatures: { method: 'GET', path: '/api/files/:id/signatures', params: idParams, response: fileSignatureCheck },

  globalSearch: { method: 'GET', path: '/api/search', query: globalSearchQuery, response: searchResults },
});
