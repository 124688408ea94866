import { z } from 'zod';
import { API_MODULES, ROLES } from '../vocabulary.ts';
import { isoDate, optionalText, text, uuid } from './common.ts';
import { roleAssignment } from './auth.ts';

export const userSummary = z.object({
  id: uuid,
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  roles: z.array(roleAssignment),
});
export type UserSummaryDto = z.infer<typeof userSummary>;

export const usernameText = text(3, 64).pipe(
  z.string().regex(/^[a-z0-9._-]+$/i, 'Tên đăng nhập chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang.'),
);

export const roleInput = z.object({
  role: z.enum(ROLES),
  unitId: uuid,
  validFrom: isoDate.nullish(),
  validTo: isoDate.nullish(),
});

export const createUserRequest = z.object({
  username: usernameText,
  fullName: text(1, 200),
  email: z.email({ error: 'Địa chỉ e-mail không hợp lệ.' }).nullish(),
  password: z.string().min(1).max(200),
  roles: z.array(roleInput).max(20).default([]),
});

export const updateUserRequest = z.object({
  fullName: text(1, 200).optional(),
  email: z.email({ error: 'Địa chỉ e-mail không hợp lệ.' }).nullish(),
});

export const resetPasswordRequest = z.object({ newPassword: z.string().min(1).max(200) });

export const listUsersQuery = z.object({
  q: optionalText(100),
  unitId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const apiTokenSummary = z.object({
  id: uuid,
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  scope: z.enum(['full', 'read']),
  /** The modules the token may use; null: every module (see API_MODULES). */
  modules: z.array(z.enum(API_MODULES)).nullable(),
});
export const createTokenRequest = z.object({
  name: text(1, 100),
  expiresOn: isoDate.nullish(),
  /** 'read': the token may only read (GET), e.g. for a reporting integration. */
  scope: z.enum(['full', 'read']).default('full'),
  /** Limit the token to these modules (plans, reports…); absent or null: every module. */
  modules: z
    .array(z.enum(API_MODULES))
    .min(1, 'Chọn ít nhất một phân hệ.')
    .max(API_MODULES.length)
    .refine((m) => new Set(m).size === m.length, 'Mỗi phân hệ chỉ chọn một lần.')
    .nullish(),
});
export const createdToken = apiTokenSummary.extend({ token: z.string() });
