import { z } from 'zod';
import { ROLES, UNIT_KINDS } from '../vocabulary.ts';
import { text, uuid } from './common.ts';

export const loginRequest = z.object({
  username: text(1, 100),
  password: z.string().min(1).max(200),
});

export const roleAssignment = z.object({
  id: uuid,
  role: z.enum(ROLES),
  unitId: uuid,
  unitName: z.string(),
  unitKind: z.enum(UNIT_KINDS),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});
export type RoleAssignmentDto = z.infer<typeof roleAssignment>;

export const currentUser = z.object({
  id: uuid,
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  mustChangePassword: z.boolean(),
  roles: z.array(roleAssignment),
});
export type CurrentUserDto = z.infer<typeof currentUser>;

export const sessionResponse = z.object({
  user: currentUser,
  csrfToken: z.string().nullable(),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

export const changePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});
